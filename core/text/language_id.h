// Language identification with CLD2 (Compact Language Detector 2), which knows 80+ languages
// from character n-gram statistics and needs no external data. A short Cyrillic text CLD2
// cannot place with confidence is told by its letters instead (cyrillic_letters.h).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lectern {

struct LanguageGuess {
  // ISO 639-1 where one exists ("en", "sv"; "nb" for Norwegian Bokmål, "zh" for both Chinese
  // scripts), else CLD2's ISO 639-2/3 code ("haw"); "und" when unknown.
  std::string code;
  int percent = 0;        // share of the text's bytes in that language
  bool reliable = false;  // CLD2's own judgement: enough text, one clear winner
};

LanguageGuess identify_language(std::string_view utf8);

// The languages identify_language() is measured to name correctly: at least 95% of the opening
// 300 characters of the UDHR translations in them (bench/language_id_eval.cpp). Sorted ISO 639-1
// codes. CLD2 names many more; those guesses are given but not vouched for.
std::span<const std::string_view> supported_languages();

// The English names of every language CLD2 knows ("Russian", "Kazakh", "Swedish"), for entity
// extraction: a language name is not an entity, nor is the adjective spelled the same.
std::vector<std::string> language_names_in_english();

}  // namespace lectern
