#include "extract/date_period.h"

#include <cstdio>

namespace lectern {
namespace {

using namespace std::chrono;

CivilDay civil(int y, unsigned m, unsigned d) { return CivilDay{year{y}, month{m}, day{d}}; }

CivilDay last_of_month(int y, unsigned m) {
  return CivilDay{year_month_day_last{year{y}, month_day_last{month{m}}}};
}

std::string printed(const char* format, int a, int b = 0, int c = 0) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, format, a, b, c);
  return buffer;
}

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

const char* to_string(Granularity granularity) {
  switch (granularity) {
    case Granularity::day: return "day";
    case Granularity::week: return "week";
    case Granularity::month: return "month";
    case Granularity::quarter: return "quarter";
    case Granularity::half: return "half";
    case Granularity::year: return "year";
    case Granularity::decade: return "decade";
  }
  return "day";
}

std::optional<DateAnchor> parse_date_anchor(std::string_view text) {
  if (text.size() < 4 || !all_digits(text.substr(0, 4))) return std::nullopt;
  const int y = to_int(text.substr(0, 4));
  if (text.size() == 4) return DateAnchor{civil(y, 1, 1), Granularity::year};
  if (text.size() < 7 || text[4] != '-' || !all_digits(text.substr(5, 2))) return std::nullopt;
  const auto m = static_cast<unsigned>(to_int(text.substr(5, 2)));
  if (m < 1 || m > 12) return std::nullopt;
  if (text.size() == 7) return DateAnchor{civil(y, m, 1), Granularity::month};
  if (text.size() != 10 || text[7] != '-' || !all_digits(text.substr(8, 2))) return std::nullopt;
  const CivilDay day = civil(y, m, static_cast<unsigned>(to_int(text.substr(8, 2))));
  if (!day.ok()) return std::nullopt;
  return DateAnchor{day, Granularity::day};
}

std::string format_day(CivilDay day) {
  return printed("%04d-%02d-%02d", static_cast<int>(day.year()),
                 static_cast<int>(static_cast<unsigned>(day.month())),
                 static_cast<int>(static_cast<unsigned>(day.day())));
}

DatePeriod day_period(CivilDay day) { return {format_day(day), day, day, Granularity::day}; }

DatePeriod week_period(CivilDay any_day) {
  const sys_days days{any_day};
  const weekday wd{days};
  // ISO weeks start on Monday: c_encoding() is 0 for Sunday.
  const int from_monday = (static_cast<int>(wd.c_encoding()) + 6) % 7;
  const CivilDay monday{days - std::chrono::days{from_monday}};
  const CivilDay sunday{sys_days{monday} + std::chrono::days{6}};
  DatePeriod period = day_span(monday, sunday);
  period.granularity = Granularity::week;
  return period;
}

DatePeriod month_period(int y, int m) {
  const auto mu = static_cast<unsigned>(m);
  return {printed("%04d-%02d", y, m), civil(y, mu, 1), last_of_month(y, mu), Granularity::month};
}

DatePeriod quarter_period(int y, int quarter) {
  const auto first = static_cast<unsigned>(quarter * 3 - 2);
  return {printed("%04d-Q%d", y, quarter), civil(y, first, 1), last_of_month(y, first + 2),
          Granularity::quarter};
}

DatePeriod half_period(int y, int half) {
  const auto first = static_cast<unsigned>(half * 6 - 5);
  return {printed("%04d-H%d", y, half), civil(y, first, 1), last_of_month(y, first + 5),
          Granularity::half};
}

DatePeriod year_period(int y) {
  return {printed("%04d", y), civil(y, 1, 1), civil(y, 12, 31), Granularity::year};
}

DatePeriod decade_period(int first_year) {
  return {printed("%03dX", first_year / 10), civil(first_year, 1, 1),
          civil(first_year + 9, 12, 31), Granularity::decade};
}

DatePeriod day_span(CivilDay begin, CivilDay end) {
  return {format_day(begin) + "/" + format_day(end), begin, end, Granularity::day};
}

DatePeriod interval(const DatePeriod& first, const DatePeriod& last) {
  return {first.value + "/" + last.value, first.begin, last.end, first.granularity};
}

}  // namespace lectern
