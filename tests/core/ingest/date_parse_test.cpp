#include "ingest/date_parse.h"

#include <doctest/doctest.h>

using namespace lectern;

namespace {

std::string or_none(const std::optional<std::string>& date) { return date.value_or("none"); }

}  // namespace

TEST_CASE("parse_date_value reads the date formats metadata fields hold") {
  struct Case {
    const char* value;
    const char* date;
  };
  const Case cases[] = {
      {"2024-11-30", "2024-11-30"},
      {"2024-11-30T14:53:00+01:00", "2024-11-30"},
      {"2024-11-30 14:53:00", "2024-11-30"},
      {"2024/11/30", "2024-11-30"},
      {"2024-11", "2024-11"},
      {"1790", "1790"},
      {"January 8, 1790", "1790-01-08"},
      {"8 January 1790", "1790-01-08"},
      {"Jan. 8th, 1790", "1790-01-08"},
      {"30 november 2024", "2024-11-30"},
      {"30 ноября 2024", "2024-11-30"},
      {"30. November 2024", "2024-11-30"},
      {"30 décembre 2023", "2023-12-30"},
      {"November 2024", "2024-11"},
      {"Wed Oct 10 20:19:24 +0000 2018", "2018-10-10"},
      {"30.11.2024", "2024-11-30"},
      {"11/30/2024", "2024-11-30"},
      {"30/11/2024", "2024-11-30"},
      {"03/04/2024", "2024"},           // day and month cannot be told apart
      {"29 February 2023", "2023-02"},  // no such day: the month stands
      {"undated draft", "none"},
      {"0000-00-00", "none"},
      {"", "none"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.value);
    CHECK(or_none(parse_date_value(c.value)) == c.date);
  }
}

TEST_CASE("parse_dateline takes lines that are a date, not sentences that mention one") {
  struct Case {
    const char* line;
    const char* date;
  };
  const Case cases[] = {
      {"Nov.30 - 2024 2:53 PM CET", "2024-11-30"},  // the seed article 000
      {"November 30, 2024", "2024-11-30"},
      {"Saturday, November 30, 2024 at 14:53 GMT", "2024-11-30"},
      {"Published: 30/11/2024", "2024-11-30"},
      {"Publicerad 30 november 2024 kl. 14.53", "2024-11-30"},
      {"Uppdaterad 2024-11-30 15:01", "2024-11-30"},
      {"ASTANA, 28 November 2024", "2024-11-28"},
      {"28 ноября 2024", "2024-11-28"},
      {"November 2024", "2024-11"},
      {"2024", "none"},  // a bare year is no dateline
      {"Putin met Tokayev on 30 November 2024 in Astana", "none"},
      {"The first incident occurred on June 17, 2022, when Tokayev declared", "none"},
      {"Fourteen documents were signed on 28 November 2024", "none"},
      {"Photo: Gil Corzo / Shutterstock.com", "none"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    CHECK(or_none(parse_dateline(c.line)) == c.date);
  }
}

TEST_CASE("date_from_file_name finds dates standing apart in the name, not in hashes") {
  struct Case {
    const char* path;
    const char* date;
  };
  const Case cases[] = {
      {"1790_george_washington.txt", "1790"},
      {"speeches/1862_abraham_lincoln.txt", "1862"},
      {"2024-11-30_putin_astana.txt", "2024-11-30"},
      {"news/20241130-summit.html", "2024-11-30"},
      {"report_2024-11.md", "2024-11"},
      {"washington-1790.txt", "1790"},
      {"000_e50c1cd99b7197a3.txt", "none"},  // the seed corpus: a counter and a hash
      {"2024/notes.txt", "none"},            // folders are not looked at
      {"item_4711.txt", "none"},             // out of the year range
      {"1999x.txt", "none"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.path);
    CHECK(or_none(date_from_file_name(c.path)) == c.date);
  }
}

TEST_CASE("date_from_unix_seconds gives the UTC day") {
  CHECK(date_from_unix_seconds(0) == "1970-01-01");
  CHECK(date_from_unix_seconds(86399) == "1970-01-01");
  CHECK(date_from_unix_seconds(951782400) == "2000-02-29");  // a leap day of a 400-year leap year
  CHECK(date_from_unix_seconds(1732974780) == "2024-11-30");
  CHECK(date_from_unix_seconds(-1) == "1969-12-31");
}
