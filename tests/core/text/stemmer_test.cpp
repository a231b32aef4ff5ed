#include "text/stemmer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "text/language_id.h"
#include "text/term_key.h"

using namespace lectern;

TEST_CASE("Snowball stems of real word forms") {
  struct Case {
    const char* language;
    const char* word;  // folded with term_key() first, as callers do
    const char* stem;
  };
  // English rows are the examples of snowballstem.org's English (Porter2) page; the others
  // are forms from the UDHR translations, grouped under one stem.
  const Case cases[] = {
      {"en", "consign", "consign"},     {"en", "consigned", "consign"},
      {"en", "consigning", "consign"},  {"en", "consignment", "consign"},
      {"en", "generously", "generous"}, {"en", "Rights", "right"},
      {"en", "declaration", "declar"},  {"sv", "rättighet", "rätt"},
      {"sv", "rättigheter", "rätt"},    {"sv", "rättigheterna", "rätt"},
      {"sv", "människor", "människ"},   {"sv", "människorna", "människ"},
      {"de", "Rechte", "recht"},        {"de", "Rechten", "recht"},
      {"de", "Menschen", "mensch"},     {"ru", "права", "прав"},
      {"ru", "правами", "прав"},        {"ru", "человека", "человек"},
      {"nb", "rettigheter", "rett"},    {"nb", "rettighetene", "rett"},
  };
  Stemmer english("en");
  for (const Case& c : cases) {
    CAPTURE(c.language);
    CAPTURE(c.word);
    Stemmer stemmer(c.language);
    CHECK(stemmer.has_algorithm());
    CHECK(stemmer.stem(term_key(c.word)) == c.stem);
  }
}

TEST_CASE("one Stemmer stems many words in a row (the Snowball buffer is copied out)") {
  Stemmer stemmer("fr");
  const std::string first = stemmer.stem("droits");
  const std::string second = stemmer.stem("libres");
  CHECK(first == "droit");
  CHECK(second == "libr");
  CHECK(stemmer.stem("") == "");
}

TEST_CASE("a language without a Snowball algorithm leaves keys as they are") {
  for (const char* language : {"pl", "zh", "ja", "xx", ""}) {
    CAPTURE(language);
    Stemmer stemmer(language);
    CHECK_FALSE(stemmer.has_algorithm());
    CHECK(stemmer.stem("prawami") == "prawami");
  }
}

TEST_CASE("stemming_languages: sorted, all supported, each with a working algorithm") {
  const auto languages = stemming_languages();
  const auto supported = supported_languages();
  CHECK(std::is_sorted(languages.begin(), languages.end()));
  CHECK(languages.size() == 25);
  for (std::string_view language : languages) {
    CAPTURE(language);
    CHECK(std::find(supported.begin(), supported.end(), language) != supported.end());
    CHECK(Stemmer(language).has_algorithm());
  }
}
