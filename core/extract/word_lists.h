// The per-language word lists entity extraction reads (data/*.txt, embedded at build time) and
// the first-name lists: what is a title, an organisation or place head word, a connector inside a
// name, a context cue, or never an entity. Entries are stored as term keys (term_key(), words of a
// phrase joined by one space, hyphens read as spaces), so lookups compare like with like.
//
//   const EntityWordLists& lists = entity_word_lists();   // parsed once, on first use
//   lists.is(WordList::title, "sv", "statsminister")       // true
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lectern {

enum class WordList : std::uint8_t {
  title,         // before a person's name
  org_head,      // makes a name an organisation
  place_head,    // makes a name a place, unless it has an organisation head word
  generic_head,  // names a kind of body or place: alone after an article or determiner, a reference
  connector,     // may stand inside a name
  before_loc,    // a cue before a place
  after_per,     // a cue after a person
  article,       // may stand between a cue and the name ("in the Middle East")
  determiner,    // a possessive or demonstrative: before a generic head word, as an article is
  not_entity,    // furniture and adjectives
  first_name,    // language-neutral
  count
};

// Hash maps looked up by string_view without making a string (C++20 heterogeneous lookup):
// the lists are consulted for most capitalised words of a corpus.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

class EntityWordLists {
 public:
  // Whether key is on the list for language. Titles, organisation head words, first names and
  // non-entities are capitalised words whose meaning does not depend on the language around
  // them, so they match whatever the language; connectors and cues are short function words
  // ("i" is Swedish "in", English "I") and match only in their own language.
  bool is(WordList list, std::string_view language, std::string_view key) const;
  // Most words in a title phrase ("secretary general" is 2).
  std::size_t longest_title() const { return longest_title_; }
  // Whether a title of two words or more begins with word ("secretary" of "secretary
  // general"): a phrase whose first word begins none needs no lookup.
  bool starts_title_phrase(std::string_view word) const { return title_starts_.contains(word); }
  // Whether word (a term key) ends in an organisation head word of at least six letters, as
  // compounds do in Swedish and German ("utrikesdepartementet", "bundesministerium").
  bool ends_in_org_head(std::string_view word) const;
  // ICU transform rules for name keys (data/cyrillic_latin.txt).
  std::string_view name_key_rules() const { return name_key_rules_; }
  // Names of states CLDR does not name, with codes of their own (data/former_states.txt):
  // {"Soviet Union", "SUHH"}.
  struct FormerState {
    std::string name;
    std::string code;
  };
  const std::vector<FormerState>& former_states() const { return former_states_; }

  static EntityWordLists parse();

 private:
  friend class WordListsBuilder;
  // Lines of the data file file_name (whole lines; a file may come in several pieces).
  void add_lines(std::string_view file_name, std::string_view text);

  // Value: bit i set when the key is listed for languages_[i]; bit 63 for "any language".
  StringMap<std::uint64_t> entries_[static_cast<int>(WordList::count)];
  StringMap<int> language_bits_;
  std::size_t longest_title_ = 1;
  StringMap<bool> title_starts_;
  std::string name_key_rules_;
  std::vector<FormerState> former_states_;
};

// The lists parsed a piece at a time, for a caller that must not stop for all of them at once
// (the web app's entity extraction, a piece a unit of work; the first names are most of it).
class WordListsBuilder {
 public:
  // Parses the next piece (at most kPieceBytes of one file's lines). True when all are parsed.
  bool step();
  EntityWordLists finish();

  static constexpr std::size_t kPieceBytes = 8 * 1024;

 private:
  EntityWordLists lists_;
  std::size_t file_ = 0;    // in entity_data_files()
  std::size_t offset_ = 0;  // bytes of that file parsed
};

// Parsed on first use and kept for the program's life.
const EntityWordLists& entity_word_lists();
// Whether entity_word_lists() has them, and handing it lists built piece by piece (ignored if
// it has them already).
bool word_lists_built();
void install_word_lists(EntityWordLists built);

// A phrase folded the way the lists store it: term keys of its words, joined by one space.
std::string phrase_key(std::string_view phrase);

}  // namespace lectern
