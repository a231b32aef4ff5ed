#include "extract/gazetteer.h"

#include <optional>
#include <string_view>

#include <doctest/doctest.h>

#include "extract/inflection.h"
#include "extract/word_lists.h"

namespace lectern {

TEST_CASE("gazetteer: CLDR region names in several languages meet in one region code") {
  const Gazetteer& places = gazetteer();
  CHECK(places.region(phrase_key("Kazakhstan")) == "KZ");
  CHECK(places.region(phrase_key("Kazakstan")) == "KZ");
  CHECK(places.region(phrase_key("Казахстан")) == "KZ");
  CHECK(places.region(phrase_key("Armenia")) == "AM");
  CHECK(places.region(phrase_key("Ryssland")) == "RU");
  CHECK(places.region(phrase_key("United States")) == "US");
  CHECK(places.region(phrase_key("US")) == "US");
  CHECK_FALSE(places.region(phrase_key("Putin")));
}

TEST_CASE("gazetteer: former states CLDR leaves out meet under their ISO 3166-3 codes") {
  const Gazetteer& places = gazetteer();
  for (const char* name : {"Soviet Union", "USSR", "Sovjetunionen", "Sowjetunion", "Советский Союз", "СССР"}) {
    CAPTURE(name);
    CHECK(places.region(phrase_key(name)) == "SUHH");
  }
  CHECK(places.region(phrase_key("Jugoslavien")) == "YUCS");
  CHECK(places.region(phrase_key("East Germany")) == "DDDE");
  // A Russian case form, through the folded table: "распада Советского Союза".
  CHECK(places.folded_region("ru", InflectionFolder().fold("ru", phrase_key("Советского Союза"))) == "SUHH");
}

TEST_CASE("gazetteer: the first words of region names of several words") {
  const Gazetteer& places = gazetteer();
  CHECK(places.begins_region_of_words(phrase_key("United")));  // United States, United Kingdom
  CHECK(places.begins_region_of_words(phrase_key("South")));   // South Africa
  CHECK(places.begins_region_of_words(phrase_key("Förenade")));  // Förenade Arabemiraten (sv)
  // Names of one word begin none; nor do words that are no region's.
  CHECK_FALSE(places.begins_region_of_words(phrase_key("Kazakhstan")));
  CHECK_FALSE(places.begins_region_of_words(phrase_key("Putin")));
  // Every region name of several words is found by its first word.
  CHECK(places.region(phrase_key("South Africa")) == "ZA");
}

TEST_CASE("gazetteer: languages and nationality adjectives are known, places are not among them") {
  const Gazetteer& places = gazetteer();
  CHECK(places.is_language_or_demonym(phrase_key("Russian")));
  CHECK(places.is_language_or_demonym(phrase_key("Kazakh")));
  CHECK(places.is_language_or_demonym(phrase_key("Armenian")));
  CHECK(places.is_language_or_demonym(phrase_key("Kazakhstani")));
  CHECK(places.is_language_or_demonym(phrase_key("Ukrainians")));
  CHECK_FALSE(places.is_language_or_demonym(phrase_key("Kazakhstan")));
  CHECK_FALSE(places.is_language_or_demonym(phrase_key("Tokayev")));
}

TEST_CASE("gazetteer: month and weekday names of the supported languages") {
  const Gazetteer& places = gazetteer();
  CHECK(places.is_calendar_word(phrase_key("November")));
  CHECK(places.is_calendar_word(phrase_key("Nov")));
  CHECK(places.is_calendar_word(phrase_key("Tuesday")));
  CHECK(places.is_calendar_word(phrase_key("januari")));
  CHECK_FALSE(places.is_calendar_word(phrase_key("Astana")));
}


TEST_CASE("gazetteer: built a unit at a time, it answers as the one built at once") {
  GazetteerBuilder builder;
  int units = 1;
  while (!builder.step()) ++units;
  CHECK(units > 10);  // English, each supported language twice, the adjectives
  const Gazetteer stepped = builder.finish();
  const Gazetteer& whole = gazetteer();
  for (const char* name : {"Kazakhstan", "Kazakstan", "Казахстан", "Sverige", "Russia", "Moscow", "Astana"}) {
    CAPTURE(name);
    CHECK(stepped.region(phrase_key(name)) == whole.region(phrase_key(name)));
  }
  CHECK(stepped.region(phrase_key("Kazakstan")) == std::optional<std::string_view>("KZ"));
  CHECK(stepped.folded_region("ru", "казахста") == whole.folded_region("ru", "казахста"));
  for (const char* word : {"Russian", "Kazakh", "svenska", "Armenians"}) {
    CAPTURE(word);
    CHECK(stepped.is_language_or_demonym(phrase_key(word)) == whole.is_language_or_demonym(phrase_key(word)));
  }
  CHECK(stepped.is_calendar_word(phrase_key("November")));
  CHECK(stepped.is_calendar_word(phrase_key("November")) == whole.is_calendar_word(phrase_key("November")));
}

}  // namespace lectern
