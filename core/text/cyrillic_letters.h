// A fallback for short Cyrillic texts, where CLD2 has too few character n-grams to go on and
// answers "und" (a greeting such as "Привет, как дела?"): the language told by the letters
// that only some Cyrillic alphabets have. Serbian alone writes ђ and ћ, Macedonian ѓ, ќ and ѕ,
// both ј, љ, њ and џ; Kazakh adds ә ғ қ ң ө ұ ү һ; Belarusian ў, and і beside ы or э;
// Ukrainian і ї є ґ; Russian ы and э, and ё; Bulgarian uses ъ as a vowel, where Russian has it
// rarely and Ukrainian not at all. A text with none of them is taken for Russian, the language most
// text in Cyrillic is in; that guess is marked unreliable.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lectern {

struct LetterGuess {
  std::string code;  // ISO 639-1
  int percent = 0;   // share of the text's letters that are Cyrillic
};

// The language of a text whose letters are mostly (at least two thirds) Cyrillic, by the
// letters above; nothing for any other text.
std::optional<LetterGuess> cyrillic_language_by_letters(std::string_view utf8);

}  // namespace lectern
