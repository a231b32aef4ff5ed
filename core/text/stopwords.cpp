#include "text/stopwords.h"

#include <algorithm>

#include "text/stopword_tables.h"

namespace lectern {

std::span<const std::string_view> stopword_list(std::string_view language) {
  const std::span<const StopwordTable> tables = stopword_tables();
  const auto found = std::lower_bound(
      tables.begin(), tables.end(), language,
      [](const StopwordTable& table, std::string_view code) { return table.language < code; });
  if (found == tables.end() || found->language != language) return {};
  return found->words;
}

bool is_stopword(std::string_view language, std::string_view term_key) {
  const std::span<const std::string_view> words = stopword_list(language);
  return std::binary_search(words.begin(), words.end(), term_key);
}

}  // namespace lectern
