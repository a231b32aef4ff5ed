#include "text/plain_words.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/printing.h"

using namespace lectern;

namespace {

// The tokens of one run as "word" strings, numbers marked "#"; nothing when ICU is needed.
struct Split {
  bool plain;
  std::vector<std::string> tokens;
};

Split split(std::string_view run) {
  std::vector<TokenSpan> spans{{0, 0, TokenKind::word}};  // must survive a refusal untouched
  const bool plain = append_plain_run(run, 0, run.size(), spans);
  REQUIRE(!spans.empty());
  std::vector<std::string> tokens;
  for (std::size_t i = 1; i < spans.size(); ++i) {
    const std::string text(run.substr(spans[i].offset, spans[i].length));
    tokens.push_back(spans[i].kind == TokenKind::number ? "#" + text : text);
  }
  return {plain, tokens};
}

}  // namespace

TEST_CASE("plain runs split into letter words and digit numbers; others are refused") {
  struct Case {
    const char* run;
    bool plain;
    std::vector<std::string> tokens;
  };
  const Case cases[] = {
      {"freedom", true, {"freedom"}},
      {"Union.", true, {"Union"}},
      {"(1941),", true, {"#1941"}},
      {"war--and", true, {"war", "and"}},
      {"\"peace!\"", true, {"peace"}},
      {"self-government;", true, {"self", "government"}},
      {"a.", true, {"a"}},
      {".5", true, {"#5"}},  // a middle character joins only between two
      // Refused: ICU joins across these, or may.
      {"U.S.", false, {}},          // letters around "."
      {"don't", false, {}},         // letters around "'"
      {"3,000", false, {}},         // digits around ","
      {"1990s", false, {}},         // digits then letters
      {"A4", false, {}},            // letters then digits
      {"snake_case", false, {}},    // "_" joins anything
      {"na\xC3\xAFve", false, {}},  // non-ASCII
      {"4:30", false, {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.run);
    const Split s = split(c.run);
    CHECK(s.plain == c.plain);
    CHECK(s.tokens == c.tokens);
  }
}

TEST_CASE("ASCII white space separates runs; nothing else does") {
  for (char c : std::string(" \t\n\r\v\f")) CHECK(is_ascii_space(c));
  for (char c : std::string("a0.-_\"")) CHECK_FALSE(is_ascii_space(c));
  CHECK_FALSE(is_ascii_space('\xC2'));
}
