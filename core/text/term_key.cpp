#include "text/term_key.h"

#include <cassert>

#include "text/icu_includes.h"

namespace lectern {
namespace {

// The possessive ending of an already folded key, or 0 when there is none; at least one
// character must remain ("'s" alone is not a possessive).
std::size_t possessive_length(std::string_view key) {
  for (std::string_view ending : {std::string_view("'s"), std::string_view("\u2019s")}) {
    if (key.size() > ending.size() && key.ends_with(ending)) return ending.size();
  }
  return 0;
}

}  // namespace

std::string term_key(std::string_view utf8_word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  assert(U_SUCCESS(status) && "nfkc_cf.nrm must be in the ICU data");
  const auto word = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8_word.data(), static_cast<int32_t>(utf8_word.size())));
  icu::UnicodeString folded = fold->normalize(word, status);
  std::string key;
  folded.toUTF8String(key);
  key.resize(key.size() - possessive_length(key));
  return key;
}

}  // namespace lectern
