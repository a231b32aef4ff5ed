#include "text/language_id.h"

#include <doctest/doctest.h>

#include "ingest/read_source.h"
#include "support/sample_corpus.h"

using namespace lectern;

TEST_CASE("identify_language on sentences of several languages") {
  struct Case {
    const char* code;
    const char* text;
  };
  const Case cases[] = {
      {"en", "All human beings are born free and equal in dignity and rights. They are endowed "
             "with reason and conscience and should act towards one another in a spirit of brotherhood."},
      {"sv", "Alla människor är födda fria och lika i värde och rättigheter. De har utrustats med "
             "förnuft och samvete och bör handla gentemot varandra i en anda av broderskap."},
      {"de", "Alle Menschen sind frei und gleich an Würde und Rechten geboren. Sie sind mit Vernunft "
             "und Gewissen begabt und sollen einander im Geist der Brüderlichkeit begegnen."},
      {"ru", "Все люди рождаются свободными и равными в своем достоинстве и правах. Они наделены "
             "разумом и совестью и должны поступать в отношении друг друга в духе братства."},
      {"fr", "Tous les êtres humains naissent libres et égaux en dignité et en droits. Ils sont doués "
             "de raison et de conscience et doivent agir les uns envers les autres dans un esprit de fraternité."},
  };
  for (const Case& c : cases) {
    CAPTURE(c.code);
    const LanguageGuess guess = identify_language(c.text);
    CHECK(guess.code == c.code);
    CHECK(guess.reliable);
  }
}

TEST_CASE("identify_language gives 'und' when there is nothing to go on") {
  CHECK(identify_language("").code == "und");
  CHECK(identify_language("12345 67 890").code == "und");
}

TEST_CASE("the seed articles: four English, one Swedish") {
  for (const SourceFile& file : test::sample_corpus()) {
    CAPTURE(file.path);
    const std::string expected = file.path == "002_e67f6fabb1a4c6ef.txt" ? "sv" : "en";
    CHECK(identify_language(read_source(file).documents.at(0).text).code == expected);
  }
}
