// Periods of the Gregorian calendar as the timeline speaks of them: a day, an ISO week, a month,
// a quarter, a half year, a year, a decade, or an interval between two of those. Each has the
// value the CLI contract writes ("2022-06-17", "2024-Q2", "2024-H1", "199X", "2024/2028") and
// its first and last day, so any two can be compared and bucketed.
//
//   month_period(2024, 2)            // {"2024-02", 2024-02-01, 2024-02-29, month}
//   interval(year_period(2024), year_period(2028)).value   // "2024/2028"
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace lectern {

enum class Granularity : unsigned char { day, week, month, quarter, half, year, decade };
const char* to_string(Granularity granularity);

using CivilDay = std::chrono::year_month_day;

// A document date ("YYYY-MM-DD", "YYYY-MM" or "YYYY") as the anchor of relative expressions:
// its first day and how precise it is.
struct DateAnchor {
  CivilDay day;
  Granularity granularity = Granularity::day;
};
std::optional<DateAnchor> parse_date_anchor(std::string_view document_date);

// A period of the calendar as the contract writes it: value ("2022-06-17", "2024-H1",
// "199X", "2024/2028"), first and last day, granularity.
struct DatePeriod {
  std::string value;
  CivilDay begin;
  CivilDay end;
  Granularity granularity = Granularity::day;

  bool operator==(const DatePeriod&) const = default;
};

std::string format_day(CivilDay day);

DatePeriod day_period(CivilDay day);
DatePeriod week_period(CivilDay any_day);  // Monday to Sunday
DatePeriod month_period(int year, int month);
DatePeriod quarter_period(int year, int quarter);
DatePeriod half_period(int year, int half);
DatePeriod year_period(int year);
DatePeriod decade_period(int first_year);
// The days from begin to end, written "BEGIN/END" ("early June": 2024-06-01/2024-06-10).
DatePeriod day_span(CivilDay begin, CivilDay end);
// From the start of first to the end of last; value "FIRST/LAST", first's granularity.
DatePeriod interval(const DatePeriod& first, const DatePeriod& last);

}  // namespace lectern
