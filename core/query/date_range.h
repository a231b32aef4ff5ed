// Dates in the query language: `date:FROM..TO` with YYYY, YYYY-MM or YYYY-MM-DD bounds, either
// side open (`date:2024..`, `date:..1945`), or one value naming a whole period (`date:2024-11`).
//
// A document's date is itself a period (a day, a month or a year). It matches when that period
// lies wholly inside the range: a document dated only "2024" is not known to be from November,
// so date:2024-11 leaves it out, while date:2024 takes every document dated in 2024.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace lectern {

// The first and last day of a period, as yyyymmdd numbers so that they compare as dates.
struct DayInterval {
  int first = 0;
  int last = 0;
};

// The days a YYYY, YYYY-MM or YYYY-MM-DD date covers, or nothing when text is not one of those
// or names no real day (2024-02-30, 2024-13).
std::optional<DayInterval> date_period(std::string_view text);

struct DateRange {
  std::string from;  // a date as written, or empty for an open start
  std::string to;    // a date as written, or empty for an open end
};

struct DateRangeError {
  std::string message;
  std::size_t offset = 0;  // bytes into the text given to parse_date_range
};

// Parses the value of a date: field ("2024", "2024-11..2024-12", "..1945").
std::variant<DateRange, DateRangeError> parse_date_range(std::string_view text);

// Whether a document dated document_date falls inside range; undated documents never do.
bool date_in_range(std::string_view document_date, const DateRange& range);

// "2024-11", "2024..", "..1945", "2024-11..2024-12".
std::string to_string(const DateRange& range);

}  // namespace lectern
