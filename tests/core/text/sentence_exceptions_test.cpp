#include "text/sentence_exceptions.h"

#include <doctest/doctest.h>

#include <string>

using namespace lectern;

TEST_CASE("English abbreviations suppress the break after them, as ICU's en data lists them") {
  const SentenceExceptions english("en");
  REQUIRE_FALSE(english.empty());
  struct Case {
    const char* text;
    std::size_t at;  // where the sentence rules break
    bool suppressed;
  };
  const Case cases[] = {
      {"Mr. Smith", 4, true},        // one space is stepped over
      {"Mr.Smith", 3, true},         // none needed
      {"Mr.  Smith", 5, false},      // but only one
      {"Mrs. Jones", 5, true},
      {"Prof. Smith", 6, true},
      {"XMr. Smith", 5, true},       // ICU does not look for the start of a word
      {"He left. Smith", 9, false},  // "left." is no abbreviation
      {"Mr.\nSmith", 4, false},      // a line break is not a space
      // "U.S." is matched from "U." forwards, and ICU's backward walk stops at the longest
      // entry ending the text ("S."), so the whole entry is never tried: ICU breaks here.
      {"The U.S. Congress", 9, false},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    CHECK(english.suppresses(c.text, c.at) == c.suppressed);
  }
}

TEST_CASE("a language without a list, and the root, suppress nothing") {
  for (const char* language : {"", "sv", "zz"}) {
    CAPTURE(language);
    const SentenceExceptions none(language);
    CHECK(none.empty());
    CHECK_FALSE(none.suppresses("Mr. Smith", 4));
  }
}

TEST_CASE("Greek has sentence rules of its own; English, Swedish and the root use the root's") {
  CHECK(has_root_sentence_rules("en"));
  CHECK(has_root_sentence_rules("sv"));
  CHECK(has_root_sentence_rules(""));
  CHECK_FALSE(has_root_sentence_rules("el"));
}
