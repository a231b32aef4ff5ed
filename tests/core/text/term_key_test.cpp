#include "text/term_key.h"

#include <doctest/doctest.h>

using namespace lectern;

TEST_CASE("term_key folds case and compatibility forms (NFKC_Casefold)") {
  struct Case {
    const char* word;
    const char* key;
  };
  const Case cases[] = {
      {"Tokayev", "tokayev"},
      {"TOKAYEV", "tokayev"},
      {"\xEF\xBD\x94\xEF\xBD\x8F\xEF\xBD\x8B\xEF\xBD\x81\xEF\xBD\x99\xEF\xBD\x85\xEF\xBD\x96",
       "tokayev"},
      {"Straße", "strasse"},
      {"TOPPMÖTET", "toppmötet"},
      {"Токаев", "токаев"},
      {"ΟΔΥΣΣΕΥΣ", "οδυσσευσ"},
      {"ﬁnal", "final"},
      {"Tokayev's", "tokayev"},
      {"Russia\u2019s", "russia"},
      {"PUTIN'S", "putin"},
      {"it's", "it"},
      {"'s", "'s"},
      {"aujourd'hui", "aujourd'hui"},
      {"O'Brien", "o'brien"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.word);
    CHECK(term_key(c.word) == c.key);
  }
}
