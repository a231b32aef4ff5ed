// What CLDR (through ICU's trimmed data) and CLD2 know about names: country and region names in
// every supported language mapped to their region codes, so Kazakhstan, Kazakstan and Казахстан
// are all KZ; language names and the nationality adjectives formed from country names
// (Russian, Armenian, Kazakhstani), which are not entities; and month and weekday names.
//
//   const Gazetteer& places = gazetteer();             // built once, on first use
//   places.region(phrase_key("Kazakstan"))             // "KZ"
//   places.is_language_or_demonym(phrase_key("Kazakh"))   // true
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extract/inflection.h"
#include "extract/word_lists.h"

namespace lectern {

class Gazetteer {
 public:
  // The region code of a name given as phrase_key() folds it, if CLDR names a region so.
  std::optional<std::string_view> region(std::string_view key) const;
  // The same for a key of a declining language already folded by InflectionFolder
  // ("казахстана" -> "казахстан" -> KZ).
  std::optional<std::string_view> folded_region(std::string_view language, std::string_view folded) const;
  // Whether some region name of two or more words begins with word, as phrase_key() folds it:
  // a run of words whose first word begins none is no region, without putting the phrase together.
  bool begins_region_of_words(std::string_view word) const { return region_first_words_.contains(word); }
  bool is_language_or_demonym(std::string_view key) const { return adjectives_.contains(key); }
  bool is_calendar_word(std::string_view key) const { return calendar_.contains(key); }

  static Gazetteer build();

 private:
  friend class GazetteerBuilder;

  StringMap<std::string> regions_;  // phrase key -> region code
  // Per declining language: folded phrase key -> region code.
  StringMap<StringMap<std::string>> folded_regions_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> region_first_words_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> adjectives_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> calendar_;
};

// Builds a Gazetteer a unit at a time (a language's names, a declining language's folded table,
// the adjectives), for a caller that must not stop for the whole (EntityExtraction: it takes
// most of a second, ICU reading a bundle per language).
class GazetteerBuilder {
 public:
  // Does one unit; true when every unit is done.
  bool step();
  Gazetteer finish();

 private:
  Gazetteer out_;
  std::size_t next_ = 0;              // 0: English; then the supported language next_ - 1
  std::size_t folding_language_ = 0;  // into supported_languages()
  std::size_t folded_ = 0;            // keys of folding_order_ folded for it
  std::vector<const std::pair<const std::string, std::string>*> folding_order_;
  InflectionFolder folder_;
};

// The program's gazetteer, built on first use (or installed).
const Gazetteer& gazetteer();
// Whether gazetteer() is built; if not, install_gazetteer() hands it one built step by step.
bool gazetteer_built();
void install_gazetteer(Gazetteer built);

}  // namespace lectern
