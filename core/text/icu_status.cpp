#include "text/icu_status.h"

#include <memory>

#include "text/icu_includes.h"

namespace lectern {

std::string check_icu_data() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    return std::string("ICU word break rules are missing from the data: ") + u_errorName(status);
  }
  icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) {
    return std::string("ICU NFKC case folding data is missing: ") + u_errorName(status);
  }
  return {};
}

}  // namespace lectern
