#include "extract/date_period.h"

#include <doctest/doctest.h>

using namespace lectern;

namespace {
std::string days(const DatePeriod& p) { return format_day(p.begin) + ".." + format_day(p.end); }
}  // namespace

TEST_CASE("Periods have the contract's value and their first and last day") {
  const auto day = parse_date_anchor("2024-02-29");
  REQUIRE(day.has_value());
  CHECK(day_period(day->day).value == "2024-02-29");
  CHECK(days(month_period(2024, 2)) == "2024-02-01..2024-02-29");
  CHECK(days(month_period(2023, 2)) == "2023-02-01..2023-02-28");
  CHECK(quarter_period(2024, 2).value == "2024-Q2");
  CHECK(days(quarter_period(2024, 2)) == "2024-04-01..2024-06-30");
  CHECK(half_period(2024, 2).value == "2024-H2");
  CHECK(days(half_period(2024, 2)) == "2024-07-01..2024-12-31");
  CHECK(decade_period(1990).value == "199X");
  CHECK(days(decade_period(1990)) == "1990-01-01..1999-12-31");
  // 2024-11-30 is a Saturday; its ISO week runs Monday 25 to Sunday 1 December.
  CHECK(week_period(parse_date_anchor("2024-11-30")->day).value == "2024-11-25/2024-12-01");
  const DatePeriod range = interval(year_period(2024), year_period(2028));
  CHECK(range.value == "2024/2028");
  CHECK(days(range) == "2024-01-01..2028-12-31");
}

TEST_CASE("Document dates parse as anchors of their precision; anything else does not") {
  CHECK(parse_date_anchor("1790")->granularity == Granularity::year);
  CHECK(parse_date_anchor("2024-11")->granularity == Granularity::month);
  CHECK(parse_date_anchor("2024-11-30")->granularity == Granularity::day);
  CHECK_FALSE(parse_date_anchor("").has_value());
  CHECK_FALSE(parse_date_anchor("2024-13").has_value());
  CHECK_FALSE(parse_date_anchor("2023-02-29").has_value());
  CHECK_FALSE(parse_date_anchor("soon").has_value());
}
