#include "query/date_range.h"

#include <doctest/doctest.h>

using namespace lectern;

TEST_CASE("a date names the days of its period") {
  struct Case {
    const char* text;
    int first;
    int last;  // 0: not a date
  };
  const Case cases[] = {
      {"2024", 20240101, 20241231},
      {"2024-11", 20241101, 20241130},
      {"2024-02", 20240201, 20240229},  // 2024 is a leap year (divisible by 4)
      {"1900-02", 19000201, 19000228},  // 1900 is not (a century not divisible by 400)
      {"2000-02", 20000201, 20000229},  // 2000 is
      {"2024-11-30", 20241130, 20241130},
      {"2024-13", 0, 0},
      {"2024-00", 0, 0},
      {"2024-02-30", 0, 0},
      {"2023-02-29", 0, 0},
      {"2024-11-31", 0, 0},
      {"2024-1", 0, 0},
      {"24", 0, 0},
      {"2024/11", 0, 0},
      {"2024-11-30T12:00", 0, 0},
      {"", 0, 0},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const auto period = date_period(c.text);
    if (c.last == 0) {
      CHECK_FALSE(period.has_value());
    } else {
      REQUIRE(period.has_value());
      CHECK(period->first == c.first);
      CHECK(period->last == c.last);
    }
  }
}

TEST_CASE("documents match a date range when their whole period lies inside it") {
  struct Case {
    const char* range;
    const char* document_date;
    bool inside;
  };
  const Case cases[] = {
      {"2024-11", "2024-11-30", true},
      {"2024-11", "2024-11", true},
      {"2024-11", "2024-12-01", false},
      {"2024-11", "2024", false},  // only known to be in 2024
      {"2024", "2024-11-30", true},
      {"2024", "2023-12-31", false},
      {"2024..", "2024-01-01", true},
      {"2024..", "2023-12-31", false},
      {"2024..", "2031", true},
      {"..1945", "1945-12-31", true},
      {"..1945", "1945", true},
      {"..1945", "1946-01-01", false},
      {"..1945", "", false},
      {"2024", "", false},  // undated: never in a range
      {"2024-11..2024-12", "2024-12-31", true},
      {"2024-11..2024-12", "2024-10-31", false},
      {"2024-11-15..2024-11-30", "2024-11", false},
      {"2022..2025", "2022-01", true},
      {"2024", "not a date", false},
  };
  for (const Case& c : cases) {
    const std::string range_text = c.range, document_date = c.document_date;
    CAPTURE(range_text);
    CAPTURE(document_date);
    auto range = parse_date_range(c.range);
    REQUIRE(std::holds_alternative<DateRange>(range));
    CHECK(date_in_range(c.document_date, std::get<DateRange>(range)) == c.inside);
  }
}

TEST_CASE("date ranges print as they were written, a single period without dots") {
  for (const char* text : {"2024-11", "2024..", "..1945", "2024-11..2024-12-05", "2024..2024"}) {
    auto range = parse_date_range(text);
    REQUIRE(std::holds_alternative<DateRange>(range));
    CHECK(to_string(std::get<DateRange>(range)) ==
          (std::string(text) == "2024..2024" ? "2024" : text));
  }
}
