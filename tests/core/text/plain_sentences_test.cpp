#include "text/plain_sentences.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/printing.h"

using namespace lectern;

namespace {

// The sentences of one paragraph, untrimmed; nothing when ICU is needed.
struct Split {
  bool plain;
  std::vector<std::string> sentences;
};

Split split(std::string_view paragraph, const SentenceExceptions& exceptions) {
  std::vector<std::uint32_t> ends{0};  // must survive a refusal untouched
  const bool plain =
      append_plain_sentence_ends(paragraph, 0, paragraph.size(), exceptions, ends);
  REQUIRE(!ends.empty());
  std::vector<std::string> sentences;
  for (std::size_t i = 1; i < ends.size(); ++i) {
    sentences.emplace_back(paragraph.substr(ends[i - 1], ends[i] - ends[i - 1]));
  }
  return {plain, sentences};
}

}  // namespace

TEST_CASE("plain paragraphs split where Unicode's sentence rules and ICU's abbreviations say") {
  const SentenceExceptions english("en");
  struct Case {
    const char* paragraph;
    bool plain;
    std::vector<std::string> sentences;
  };
  const Case cases[] = {
      {"War came. Peace followed.\n", true, {"War came. ", "Peace followed.\n"}},
      {"Why? Because!", true, {"Why? ", "Because!"}},
      {"He said \"no.\" Then left.", true, {"He said \"no.\" ", "Then left."}},  // SB9-SB11
      {"It rose 3.5 points.", true, {"It rose 3.5 points."}},                   // SB6
      {"The U.S.A. is large.", true, {"The U.S.A. is large."}},                 // SB7
      {"Apples, pears, etc. and more.", true, {"Apples, pears, etc. and more."}},  // SB8
      {"Wait... what?! Yes.", true, {"Wait... what?! ", "Yes."}},  // SB8a, SB8
      {"Stop. - said he.", true, {"Stop. - said he."}},            // SB8: no letter before "s"
      {"Stop. 5 More.", true, {"Stop. ", "5 More."}},
      {"Mr. Smith came.", true, {"Mr. Smith came."}},  // ICU's English abbreviations
      {"Le caf\xC3\xA9. Oui.", false, {}},             // non-ASCII: ICU's
  };
  for (const Case& c : cases) {
    CAPTURE(c.paragraph);
    const Split s = split(c.paragraph, english);
    CHECK(s.plain == c.plain);
    CHECK(s.sentences == c.sentences);
  }
}

TEST_CASE("a paragraph ends after its line feed, carriage return or both") {
  const std::string text = "One.\nTwo.\r\nThree.\rFour.";
  std::vector<std::size_t> ends;
  for (std::size_t begin = 0; begin < text.size(); begin = ends.back()) {
    ends.push_back(paragraph_end(text, begin));
  }
  CHECK(ends == std::vector<std::size_t>{5, 11, 18, 23});
}
