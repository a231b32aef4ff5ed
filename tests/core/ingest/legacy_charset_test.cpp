#include "ingest/legacy_charset.h"

#include <doctest/doctest.h>

#include "core/ingest/ingest_fixtures.h"

using namespace lectern;

TEST_CASE("detect_legacy_charset names the charset of real paragraphs") {
  struct Case {
    const char* fixture;
    const char* charset;
  };
  const Case cases[] = {
      {"malmo_cafe.txt", "windows-1252"},
      {"astana_summit_koi8r.txt", "KOI8-R"},
      {"after_summit_cp1251.txt", "windows-1251"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.fixture);
    const auto guess = detect_legacy_charset(test::ingest_fixture(c.fixture).bytes, false);
    REQUIRE(guess);
    CHECK(guess->name == c.charset);
    CHECK(guess->confidence > 0);
  }
}

TEST_CASE("convert_to_utf8 converts with the shipped converters only") {
  struct Case {
    const char* charset;
    std::string bytes;
    const char* utf8;
  };
  const Case cases[] = {
      {"windows-1252", "\x93Nej\x94 \x96 3 \x80", "“Nej” – 3 €"},
      {"ISO-8859-1", "Malm\xF6", "Malmö"},
      {"ISO-8859-2", "\xA3\xF3\x64\xBC", "Łódź"},
      {"KOI8-R", "\xF0\xD5\xD4\xC9\xCE", "Путин"},
      {"windows-1251", "\xCF\xF3\xF2\xE8\xED", "Путин"},
      {"ISO-8859-7", "\xC1\xE8\xDE\xED\xE1", "Αθήνα"},
      // Unassigned in windows-1252: ICU, like Windows itself, passes it through as U+0081.
      {"windows-1252", "\x81", "\xC2\x81"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.charset);
    CHECK(convert_to_utf8(c.bytes, c.charset).value_or("none") == c.utf8);
  }
  CHECK_FALSE(convert_to_utf8("x", "Shift_JIS"));  // not shipped: 150 KB of tables
  CHECK_FALSE(convert_to_utf8("x", "no-such-charset"));
}
