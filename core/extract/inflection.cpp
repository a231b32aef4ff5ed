#include "extract/inflection.h"

#include <algorithm>
#include <array>

namespace lectern {

bool InflectionFolder::declines(std::string_view language) {
  // Languages whose nouns, names included, take case endings, that Snowball can stem.
  static constexpr std::array<std::string_view, 8> declining = {"et", "fi", "hu", "lt", "ro", "ru", "tr", "uk"};
  if (std::find(declining.begin(), declining.end(), language) == declining.end()) return false;
  const auto stemmed = stemming_languages();
  return std::find(stemmed.begin(), stemmed.end(), language) != stemmed.end();
}

std::string InflectionFolder::fold(std::string_view language, std::string_view key) {
  if (!declines(language)) return std::string(key);
  auto found = stemmers_.find(language);
  if (found == stemmers_.end()) {
    found = stemmers_.emplace(std::string(language), std::make_unique<Stemmer>(language)).first;
  }
  std::string out;
  std::string word;
  const auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += ' ';
    out += found->second->stem(word);
    word.clear();
  };
  for (const char c : key) {
    if (c == ' ' || c == '-') {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

}  // namespace lectern
