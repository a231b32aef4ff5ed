#include "text/term_key.h"

#include <cassert>

#include "text/icu_includes.h"

namespace lectern {

std::string term_key(std::string_view utf8_word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  assert(U_SUCCESS(status) && "nfkc_cf.nrm must be in the ICU data");
  const auto word = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8_word.data(), static_cast<int32_t>(utf8_word.size())));
  icu::UnicodeString folded = fold->normalize(word, status);
  std::string key;
  folded.toUTF8String(key);
  return key;
}

}  // namespace lectern
