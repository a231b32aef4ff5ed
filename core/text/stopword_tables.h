// The compiled-in stopword lists behind stopwords.h. The definition is generated at build time
// by tools/gen_stopwords.py from the stopwords-iso package (see cmake/Dependencies.cmake).
#pragma once

#include <span>
#include <string_view>

namespace lectern {

struct StopwordTable {
  std::string_view language;                // ISO 639-1
  std::span<const std::string_view> words;  // term keys, sorted bytewise, no duplicates
};

// All lists, sorted by language code.
std::span<const StopwordTable> stopword_tables();

}  // namespace lectern
