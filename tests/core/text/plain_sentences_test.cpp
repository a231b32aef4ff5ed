#include "text/plain_sentences.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/printing.h"

using namespace lectern;

namespace {

// The sentences of a text, untrimmed, as far as the fast path finds them, then "ICU" for the
// rest when it needs ICU.
std::vector<std::string> split(std::string_view text, const SentenceExceptions& exceptions) {
  std::vector<std::string> sentences;
  for (std::size_t from = 0; from < text.size();) {
    const std::optional<std::size_t> end = plain_sentence_end(text, from, exceptions);
    if (!end) {
      sentences.emplace_back("ICU");
      break;
    }
    REQUIRE(*end > from);
    sentences.emplace_back(text.substr(from, *end - from));
    from = *end;
  }
  return sentences;
}

}  // namespace

TEST_CASE("plain sentences end where Unicode's sentence rules and ICU's abbreviations say") {
  const SentenceExceptions english("en");
  struct Case {
    const char* text;
    std::vector<std::string> sentences;
  };
  const Case cases[] = {
      {"War came. Peace followed.\n", {"War came. ", "Peace followed.\n"}},
      {"Why? Because!", {"Why? ", "Because!"}},
      {"He said \"no.\" Then left.", {"He said \"no.\" ", "Then left."}},  // SB9-SB11
      {"It rose 3.5 points.", {"It rose 3.5 points."}},                   // SB6
      {"The U.S.A. is large.", {"The U.S.A. is large."}},                 // SB7
      {"Apples, pears, etc. and more.", {"Apples, pears, etc. and more."}},  // SB8
      {"Wait... what?! Yes.", {"Wait... what?! ", "Yes."}},  // SB8a, SB8
      {"Stop. - said he.", {"Stop. - said he."}},            // SB8: no letter before "s"
      {"Stop. 5 More.", {"Stop. ", "5 More."}},
      {"Mr. Smith came.", {"Mr. Smith came."}},  // ICU's English abbreviations
      {"One\nTwo\r\nThree\rFour", {"One\n", "Two\r\n", "Three\r", "Four"}},  // SB3, SB4
      {"Done.\n\nNext", {"Done.\n", "\n", "Next"}},
      // Any script's letters, quotation marks, dashes, spaces and terminators.
      {"Oui. Le caf\xC3\xA9. Non.", {"Oui. ", "Le caf\xC3\xA9. ", "Non."}},
      {"He said \xE2\x80\x9Cno.\xE2\x80\x9D Then.", {"He said \xE2\x80\x9Cno.\xE2\x80\x9D ", "Then."}},
      {"Fin. \xC3\x89tat.", {"Fin. ", "\xC3\x89tat."}},                   // "É" is a capital
      {"\xE4\xB8\x96\xE7\x95\x8C\xE3\x80\x82\xE4\xBA\xBA", {"\xE4\xB8\x96\xE7\x95\x8C\xE3\x80\x82", "\xE4\xBA\xBA"}},  // "世界。人"
      {"One\xE2\x80\xA9Two", {"One\xE2\x80\xA9", "Two"}},             // a paragraph separator
      // A combining mark or format character in the way: ICU decides; before it, the fast path.
      {"Oui. Cafe\xCC\x81. Non.", {"Oui. ", "ICU"}},
      {"Oui.\xE2\x80\x8B Non.", {"ICU"}},  // a zero-width space after the full stop
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    CHECK(split(c.text, english) == c.sentences);
  }
}
