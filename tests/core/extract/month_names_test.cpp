#include "extract/month_names.h"

#include <doctest/doctest.h>

using namespace lectern;

TEST_CASE("Month and weekday names come from CLDR in every form a date uses") {
  struct Case {
    const char* language;
    const char* word;
    CalendarNameKind kind;
    int value;
  };
  const Case cases[] = {
      {"en", "June", CalendarNameKind::month, 6},
      {"en", "Sep", CalendarNameKind::month, 9},
      {"en", "Tuesday", CalendarNameKind::weekday, 2},
      {"en", "Sunday", CalendarNameKind::weekday, 7},
      {"sv", "juni", CalendarNameKind::month, 6},
      {"sv", "tisdag", CalendarNameKind::weekday, 2},
      {"de", "M\xC3\xA4rz", CalendarNameKind::month, 3},
      {"fr", "ao\xC3\xBBt", CalendarNameKind::month, 8},
      {"fr", "janv", CalendarNameKind::month, 1},
      {"es", "diciembre", CalendarNameKind::month, 12},
      {"ru", "\xD0\xB8\xD1\x8E\xD0\xBD\xD1\x8F", CalendarNameKind::month, 6},  // июня, genitive
      {"ru", "\xD0\x98\xD1\x8E\xD0\xBD\xD1\x8C", CalendarNameKind::month, 6},  // Июнь
      {"ru", "\xD1\x81\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB0", CalendarNameKind::weekday, 3},  // среда
  };
  for (const Case& c : cases) {
    CAPTURE(c.language);
    CAPTURE(c.word);
    const auto found = calendar_names(c.language).find(fold_word(c.word));
    REQUIRE(found.has_value());
    CHECK(found->kind == c.kind);
    CHECK(found->value == c.value);
  }
  CHECK_FALSE(calendar_names("en").find("documents").has_value());
}

TEST_CASE("English names are capitalised and abbreviations marked, so 'may' can be told apart") {
  const auto may = calendar_names("en").find("may");
  REQUIRE(may.has_value());
  CHECK(may->capitalized);
  CHECK_FALSE(may->abbreviated);
  const auto jun = calendar_names("en").find("jun");
  REQUIRE(jun.has_value());
  CHECK(jun->abbreviated);
  CHECK_FALSE(calendar_names("sv").find("juni")->capitalized);
}

TEST_CASE("Declined Russian month names are found by their stem") {
  CalendarNames names = CalendarNames::from_cldr("ru");
  CHECK_FALSE(names.find(fold_word("\xD0\xB8\xD1\x8E\xD0\xBD\xD0\xB5")).has_value());  // июне
  names.set_stem_letters("\xD0\xB0\xD0\xB5\xD1\x8F\xD1\x8C\xD0\xB9");  // а е я ь й
  const auto june = names.find_by_stem(fold_word("\xD0\xB8\xD1\x8E\xD0\xBD\xD0\xB5"));
  REQUIRE(june.has_value());
  CHECK(june->value == 6);
  CHECK_FALSE(names.find_by_stem(fold_word("\xD0\xBC\xD0\xB0\xD0\xBC\xD0\xB0")).has_value());
}

TEST_CASE("fold_word folds case across scripts") {
  CHECK(fold_word("JUNI") == "juni");
  CHECK(fold_word("\xC3\x89t\xC3\xA9") == "\xC3\xA9t\xC3\xA9");               // Été
  CHECK(fold_word("\xD0\x98\xD0\xAE\xD0\x9D\xD0\xAF") == "\xD0\xB8\xD1\x8E\xD0\xBD\xD1\x8F");  // ИЮНЯ
}
