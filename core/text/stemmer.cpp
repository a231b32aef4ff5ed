#include "text/stemmer.h"

#include <algorithm>
#include <array>
#include <utility>

#include <libstemmer.h>

namespace lectern {
namespace {

using namespace std::string_view_literals;

// Snowball's algorithm for each language of supported_languages() it has one for (names from
// libstemmer/modules.txt). Snowball knows Norwegian Bokmål as "norwegian"; English is Porter2
// ("english"), not the original Porter algorithm.
constexpr std::array<std::pair<std::string_view, const char*>, 25> algorithms = {{
    {"ar"sv, "arabic"},    {"ca"sv, "catalan"},  {"da"sv, "danish"},  {"de"sv, "german"},
    {"el"sv, "greek"},     {"en"sv, "english"},  {"es"sv, "spanish"}, {"eu"sv, "basque"},
    {"fi"sv, "finnish"},   {"fr"sv, "french"},   {"ga"sv, "irish"},   {"hi"sv, "hindi"},
    {"hu"sv, "hungarian"}, {"hy"sv, "armenian"}, {"it"sv, "italian"}, {"lt"sv, "lithuanian"},
    {"nb"sv, "norwegian"}, {"ne"sv, "nepali"},   {"nl"sv, "dutch"},   {"pt"sv, "portuguese"},
    {"ro"sv, "romanian"},  {"ru"sv, "russian"},  {"sv"sv, "swedish"}, {"ta"sv, "tamil"},
    {"tr"sv, "turkish"},
}};

constexpr std::array<std::string_view, algorithms.size()> language_codes = [] {
  std::array<std::string_view, algorithms.size()> codes{};
  for (std::size_t i = 0; i < algorithms.size(); ++i) codes[i] = algorithms[i].first;
  return codes;
}();
static_assert(std::is_sorted(language_codes.begin(), language_codes.end()));

const char* algorithm_for(std::string_view language) {
  const auto found = std::lower_bound(language_codes.begin(), language_codes.end(), language);
  if (found == language_codes.end() || *found != language) return nullptr;
  return algorithms[static_cast<std::size_t>(found - language_codes.begin())].second;
}

}  // namespace

void Stemmer::Close::operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }

Stemmer::Stemmer(std::string_view language) {
  const char* algorithm = algorithm_for(language);
  // libstemmer returns null for an unknown algorithm; every name in the table is one of its
  // modules, so null here means out of memory, and the Stemmer then stems nothing.
  if (algorithm != nullptr) stemmer_.reset(sb_stemmer_new(algorithm, "UTF_8"));
}

std::string Stemmer::stem(std::string_view term_key) {
  if (!stemmer_ || term_key.empty()) return std::string(term_key);
  const sb_symbol* stemmed =
      sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(term_key.data()),
                      static_cast<int>(term_key.size()));
  if (stemmed == nullptr) return std::string(term_key);  // Snowball ran out of memory
  // The result lives in the stemmer's buffer until the next call, so it is copied out.
  return std::string(reinterpret_cast<const char*>(stemmed),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_.get())));
}

std::span<const std::string_view> stemming_languages() { return language_codes; }

}  // namespace lectern
