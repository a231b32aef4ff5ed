#include "query/date_range.h"

#include <limits>

namespace lectern {
namespace {

std::optional<int> digits(std::string_view text, std::size_t count) {
  if (text.size() != count) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

// The Gregorian rule: every fourth year, except centuries not divisible by 400.
bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

int day_number(int year, int month, int day) { return year * 10000 + month * 100 + day; }

std::string not_a_date(std::string_view text) {
  return "'" + std::string(text) + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD";
}

}  // namespace

std::optional<DayInterval> date_period(std::string_view text) {
  const auto year = digits(text.substr(0, 4), 4);
  if (!year) return std::nullopt;
  if (text.size() == 4) return DayInterval{day_number(*year, 1, 1), day_number(*year, 12, 31)};
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  const auto month = digits(text.substr(5, 2), 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  const int month_days = days_in_month(*year, *month);
  if (text.size() == 7) {
    return DayInterval{day_number(*year, *month, 1), day_number(*year, *month, month_days)};
  }
  if (text[7] != '-') return std::nullopt;
  const auto day = digits(text.substr(8), 2);
  if (!day || *day < 1 || *day > month_days) return std::nullopt;
  return DayInterval{day_number(*year, *month, *day), day_number(*year, *month, *day)};
}

std::variant<DateRange, DateRangeError> parse_date_range(std::string_view text) {
  const std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) {
    if (!date_period(text)) return DateRangeError{not_a_date(text), 0};
    return DateRange{std::string(text), std::string(text)};
  }
  const std::string_view from = text.substr(0, dots);
  const std::string_view to = text.substr(dots + 2);
  if (from.empty() && to.empty()) {
    return DateRangeError{"a date range needs a start or an end (date:2024.., date:..1945)", 0};
  }
  const auto first = date_period(from);
  if (!from.empty() && !first) return DateRangeError{not_a_date(from), 0};
  const auto last = date_period(to);
  if (!to.empty() && !last) return DateRangeError{not_a_date(to), dots + 2};
  if (first && last && first->first > last->last) {
    return DateRangeError{
        "the date range starts (" + std::string(from) + ") after it ends (" + std::string(to) + ")",
        0};
  }
  return DateRange{std::string(from), std::string(to)};
}

bool date_in_range(std::string_view document_date, const DateRange& range) {
  const auto period = date_period(document_date);
  if (!period) return false;
  int lower = std::numeric_limits<int>::min();
  int upper = std::numeric_limits<int>::max();
  if (!range.from.empty()) {
    const auto from = date_period(range.from);
    if (!from) return false;
    lower = from->first;
  }
  if (!range.to.empty()) {
    const auto to = date_period(range.to);
    if (!to) return false;
    upper = to->last;
  }
  return period->first >= lower && period->last <= upper;
}

std::string to_string(const DateRange& range) {
  if (range.from == range.to) return range.from;
  return range.from + ".." + range.to;
}

}  // namespace lectern
