#include "text/stopwords.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "text/language_id.h"
#include "text/segmenter.h"
#include "text/stopword_tables.h"
#include "text/term_key.h"

using namespace lectern;

TEST_CASE("is_stopword on term keys, per language") {
  struct Case {
    const char* language;
    const char* word;  // folded with term_key() before the lookup
    bool stopword;
  };
  const Case cases[] = {
      {"en", "the", true},
      {"en", "The", true},
      {"en", "rights", false},
      {"sv", "och", true},
      {"sv", "OCH", true},
      {"sv", "rättigheter", false},
      {"de", "und", true},
      {"de", "daß", true},  // ß folds to ss: "dass" is listed
      {"de", "Menschenrechte", false},
      {"nb", "og", true},
      {"nb", "menneskerettigheter", false},
      {"ru", "и", true},
      {"ru", "права", false},
      {"fr", "les", true},
      {"el", "και", true},
      {"ar", "في", true},
      {"zh", "的", true},
      {"zh", "权", false},
      {"ja", "これ", true},
      {"th", "และ", true},
      {"en", "och", false},  // Swedish stopword, not English
      {"no", "og", false},   // Lectern says nb, not no
      {"xx", "the", false},
      {"", "the", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.language);
    CAPTURE(c.word);
    CHECK(is_stopword(c.language, term_key(c.word)) == c.stopword);
  }
}

TEST_CASE("the lookup takes keys: an unfolded word does not match") {
  CHECK(is_stopword("sv", "och"));
  CHECK_FALSE(is_stopword("sv", "Och"));
}

TEST_CASE("every list is made of term keys, sorted and without duplicates") {
  // The lists are folded at build time by tools/gen_stopwords.py with Python's Unicode tables;
  // each entry must be exactly what ICU's term_key() makes of it, or it could never match.
  CHECK(stopword_tables().size() == 58);  // every list of stopwords-iso 1.1.0
  for (const StopwordTable& table : stopword_tables()) {
    CAPTURE(table.language);
    const auto words = stopword_list(table.language);
    CHECK(words.data() == table.words.data());
    CHECK(std::adjacent_find(words.begin(), words.end(),
                             [](std::string_view a, std::string_view b) { return a >= b; }) ==
          words.end());
    for (std::string_view word : words) {
      CAPTURE(word);
      CHECK(term_key(word) == word);
    }
  }
}

TEST_CASE("the supported languages that stopwords-iso covers all have a list") {
  // stopwords-iso 1.1.0 has no list for these supported languages.
  const std::vector<std::string_view> without = {"be", "cy", "is", "ka", "kk", "km", "kn",
                                                 "ml", "mt", "ne", "pa", "ta", "te", "uz"};
  for (std::string_view language : supported_languages()) {
    CAPTURE(language);
    const bool listed = std::find(without.begin(), without.end(), language) == without.end();
    CHECK(stopword_list(language).empty() == !listed);
  }
  CHECK(stopword_list("en").size() > 1000);
  CHECK(stopword_list("sv").size() > 300);
}

TEST_CASE("stopwords in a real sentence: UDHR article 1 in Swedish") {
  // Hand-checked against stopwords-iso's Swedish list: alla, och, lika, i, de, med, en, av are
  // on it; the content words, gentemot, varandra and the archaic plurals äro / böra are not.
  const std::string text =
      "Alla människor äro födda fria och lika i värde och rättigheter. De äro utrustade med "
      "förnuft och samvete och böra handla gentemot varandra i en anda av broderskap.";
  Segmenter segmenter;
  std::vector<std::string> stopwords;
  for (const TokenSpan& token : segmenter.segment(text, "sv").tokens) {
    const std::string key = term_key(std::string_view(text).substr(token.offset, token.length));
    if (is_stopword("sv", key)) stopwords.push_back(key);
  }
  CHECK(stopwords == std::vector<std::string>{"alla", "och", "lika", "i", "och", "de", "med", "och",
                                              "och", "i", "en", "av"});
}
