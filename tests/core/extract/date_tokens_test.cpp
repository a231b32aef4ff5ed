#include "extract/date_tokens.h"

#include <doctest/doctest.h>

#include <string>

using namespace lectern;

namespace {

// Each token as its text, fillers in [brackets], numbers as #, punctuation as is, date words
// (names or cues) marked with *.
std::string shown(std::string_view text, const char* language) {
  std::string out;
  for (const DateToken& t : scan_date_tokens(text, date_lexicon(language))) {
    const std::string part(text.substr(t.begin, t.end - t.begin));
    if (!out.empty()) out += t.space_before ? " " : "|";
    if (t.filler) {
      out += "[" + part + "]";
    } else if (t.kind == DateTokenKind::number) {
      out += "#" + part;
    } else if (t.kind == DateTokenKind::word && (t.word != nullptr || t.name)) {
      out += part + "*";
    } else {
      out += part;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("Date tokens: numbers, punctuation and date words apart, other words in runs") {
  CHECK(shown("The treaty was signed on 17.06.2022, in Astana.", "en") ==
        "The* [treaty was signed on] #17|.|#06|.|#2022|, in* [Astana]|.");
  CHECK(shown("Growth in the 1990's and mid-2023.", "en") ==
        "[Growth] in* the* #1990|'|s* and* mid*|-|#2023|.");
  CHECK(shown("Han landade i tisdags, l'ann\xC3\xA9" "e d'avant.", "sv") ==
        "[Han landade] i* tisdags*|, [l'ann\xC3\xA9" "e d'avant]|.");
  CHECK(shown("l'ann\xC3\xA9" "e derni\xC3\xA8re, aujourd'hui", "fr") ==
        "[l']|ann\xC3\xA9" "e* derni\xC3\xA8re*|, aujourd'hui*");  // the elided article apart
  // An English contraction is one word, as the corpus's word breaks have it (State of the Union
  // 2015): a window of document_dates() that ends on "It's" ends on a filler here too, rather
  // than sending the whole address to the full scan.
  CHECK(shown("It's 2015. It's time. We're here, I'm told.", "en") ==
        "[It's] #2015|. [It's time]|. [We're here]|, [I'm told]|.");
  CHECK(shown("\xD0\x92 \xD0\xB8\xD1\x8E\xD0\xBD\xD0\xB5", "ru") ==  // В июне: declined, by stem
        "\xD0\x92* \xD0\xB8\xD1\x8E\xD0\xBD\xD0\xB5*");
}
