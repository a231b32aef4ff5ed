#include "extract/gazetteer.h"

#include <doctest/doctest.h>

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

}  // namespace lectern
