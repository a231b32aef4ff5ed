// Language identification with CLD2 (Compact Language Detector 2), which knows 80+ languages
// from character n-gram statistics and needs no external data.
#pragma once

#include <string>
#include <string_view>

namespace lectern {

struct LanguageGuess {
  std::string code;      // ISO 639-1 where one exists ("en", "sv"); "und" when unknown
  int percent = 0;       // share of the text's bytes in that language
  bool reliable = false;  // CLD2's own judgement: enough text, one clear winner
};

LanguageGuess identify_language(std::string_view utf8);

}  // namespace lectern
