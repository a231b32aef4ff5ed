#include "extract/word_lists.h"

#include <algorithm>

#include "extract/entity_data.h"
#include "text/term_key.h"

namespace lectern {
namespace {

constexpr std::uint64_t kAnyLanguage = std::uint64_t{1} << 63;

bool language_neutral(WordList list) {
  return list == WordList::title || list == WordList::org_head || list == WordList::not_entity ||
         list == WordList::first_name;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

template <typename Each>
void for_each_line(std::string_view text, Each each) {
  while (!text.empty()) {
    const auto end = text.find('\n');
    const std::string_view line = trim(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    if (!line.empty() && line.front() != '#') each(line);
  }
}

}  // namespace

std::string phrase_key(std::string_view phrase) {
  std::string spaced(phrase);
  std::replace(spaced.begin(), spaced.end(), '-', ' ');
  std::string out;
  std::string_view rest = spaced;
  while (!rest.empty()) {
    const auto space = rest.find(' ');
    const std::string_view word = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
    if (word.empty()) continue;
    if (!out.empty()) out += ' ';
    out += term_key(word);
  }
  return out;
}

bool EntityWordLists::is(WordList list, std::string_view language, std::string_view key) const {
  const auto& entries = entries_[static_cast<int>(list)];
  const auto found = entries.find(key);
  if (found == entries.end()) return false;
  if (language_neutral(list) || (found->second & kAnyLanguage) != 0) return true;
  const auto bit = language_bits_.find(language);
  return bit != language_bits_.end() && (found->second >> bit->second & 1) != 0;
}

EntityWordLists EntityWordLists::parse() {
  EntityWordLists lists;
  const auto add = [&lists](WordList list, std::string_view language, std::string_view phrase) {
    std::uint64_t bit = kAnyLanguage;
    if (!language.empty()) {
      const auto [it, fresh] = lists.language_bits_.try_emplace(
          std::string(language), static_cast<int>(lists.language_bits_.size()));
      bit = std::uint64_t{1} << std::min(it->second, 62);
    }
    const std::string key = phrase_key(phrase);
    if (list == WordList::title) {
      lists.longest_title_ = std::max<std::size_t>(
          lists.longest_title_, 1 + std::count(key.begin(), key.end(), ' '));
      if (const auto space = key.find(' '); space != std::string::npos) {
        lists.title_starts_.try_emplace(key.substr(0, space), true);
      }
    }
    lists.entries_[static_cast<int>(list)][key] |= bit;
  };
  const auto language_lines = [&add](std::string_view text, WordList list) {
    for_each_line(text, [&](std::string_view line) {
      const auto space = line.find(' ');
      if (space == std::string_view::npos) return;
      add(list, line.substr(0, space), trim(line.substr(space + 1)));
    });
  };
  for (const EntityDataFile& file : entity_data_files()) {
    if (file.name == "titles") language_lines(file.text, WordList::title);
    if (file.name == "org_heads") language_lines(file.text, WordList::org_head);
    if (file.name == "connectors") language_lines(file.text, WordList::connector);
    if (file.name == "not_entities") language_lines(file.text, WordList::not_entity);
    if (file.name == "cyrillic_latin") lists.name_key_rules_ = std::string(file.text);
    if (file.name.starts_with("first_names")) {
      for_each_line(file.text, [&](std::string_view line) { add(WordList::first_name, {}, line); });
    }
    if (file.name == "context_cues") {
      // "LANG before-loc WORD" or "LANG after-per WORDS".
      for_each_line(file.text, [&](std::string_view line) {
        const auto first = line.find(' ');
        if (first == std::string_view::npos) return;
        const std::string_view rest = line.substr(first + 1);
        const auto second = rest.find(' ');
        if (second == std::string_view::npos) return;
        const std::string_view kind = rest.substr(0, second);
        const WordList list = kind == "before-loc" ? WordList::before_loc
                              : kind == "article"  ? WordList::article
                                                   : WordList::after_per;
        add(list, line.substr(0, first), trim(rest.substr(second + 1)));
      });
    }
  }
  return lists;
}

bool EntityWordLists::ends_in_org_head(std::string_view word) const {
  constexpr std::size_t kShortestCompoundHead = 6;
  for (const auto& [head, languages] : entries_[static_cast<int>(WordList::org_head)]) {
    if (head.size() >= kShortestCompoundHead && word.size() > head.size() && word.ends_with(head)) return true;
  }
  return false;
}

const EntityWordLists& entity_word_lists() {
  static const EntityWordLists lists = EntityWordLists::parse();
  return lists;
}

}  // namespace lectern
