#include "index/lexicon.h"

#include <doctest/doctest.h>

using namespace lectern;

TEST_CASE("lexicon maps strings to dense ids and back") {
  Lexicon lexicon;
  const TermId summit = lexicon.intern("summit");
  const TermId astana = lexicon.intern("astana");
  CHECK(to_index(summit) == 0);
  CHECK(to_index(astana) == 1);
  CHECK(lexicon.intern("summit") == summit);
  CHECK(lexicon.size() == 2);
  CHECK(lexicon.str(astana) == "astana");
  CHECK(lexicon.find("astana") == astana);
  CHECK_FALSE(lexicon.find("moscow").has_value());
}

TEST_CASE("lexicon strings stay valid as it grows") {
  Lexicon lexicon;
  const TermId first = lexicon.intern("first");
  for (int i = 0; i < 10000; ++i) lexicon.intern("term" + std::to_string(i));
  CHECK(lexicon.str(first) == "first");
  CHECK(lexicon.find("term9999").has_value());
  CHECK(lexicon.size() == 10001);
}
