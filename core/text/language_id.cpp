#include "text/language_id.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include <compact_lang_det.h>
#pragma GCC diagnostic pop

namespace lectern {

LanguageGuess identify_language(std::string_view utf8) {
  CLD2::Language top3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix_bytes = 0;
  // The CheckUTF8 variant stops at invalid UTF-8 instead of reading past it; our text is
  // always valid, but CLD2 must never be the component that trusts that.
  const CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      utf8.data(), static_cast<int>(utf8.size()), /*is_plain_text=*/true,
      /*cld_hints=*/nullptr, /*flags=*/0, top3, percent3, scores3,
      /*resultchunkvector=*/nullptr, &text_bytes, &reliable, &valid_prefix_bytes);
  LanguageGuess guess;
  if (language == CLD2::UNKNOWN_LANGUAGE) {
    guess.code = "und";
    return guess;
  }
  guess.code = CLD2::LanguageCode(language);
  guess.percent = percent3[0];
  guess.reliable = reliable;
  return guess;
}

}  // namespace lectern
