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

#include "extract/word_lists.h"

namespace lectern {

class Gazetteer {
 public:
  // The region code of a name given as phrase_key() folds it, if CLDR names a region so.
  std::optional<std::string_view> region(std::string_view key) const;
  // The same for a key of a declining language already folded by InflectionFolder
  // ("казахстана" -> "казахстан" -> KZ).
  std::optional<std::string_view> folded_region(std::string_view language, std::string_view folded) const;
  bool is_language_or_demonym(std::string_view key) const { return adjectives_.contains(key); }
  bool is_calendar_word(std::string_view key) const { return calendar_.contains(key); }

  static Gazetteer build();

 private:
  StringMap<std::string> regions_;  // phrase key -> region code
  // Per declining language: folded phrase key -> region code.
  StringMap<StringMap<std::string>> folded_regions_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> adjectives_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> calendar_;
};

const Gazetteer& gazetteer();

}  // namespace lectern
