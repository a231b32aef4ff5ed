#include "ingest/date_parse.h"

#include <array>
#include <cstdio>
#include <vector>

namespace lectern {
namespace {

enum class Mode { value, dateline, file_name };

// "Saturday, November 30, 2024 at 2:53 PM CET" is 10 tokens; a sentence is longer.
constexpr std::size_t kMaxDatelineTokens = 14;

enum class Kind { word, number };

// A run of letters or of digits. Runs glued to a run of the other kind ("e50c1", "30T14")
// are marked, so the digits in a hash are never read as a year.
struct Token {
  std::string_view text;
  Kind kind;
  std::size_t begin;
  std::size_t end;
  bool glued_before = false;
  bool glued_after = false;
  bool used = false;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
// Bytes of multi-byte UTF-8 sequences count as letters: month names like "märz" stay whole.
bool is_letter(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!is_digit(s[i]) && !is_letter(s[i])) {
      ++i;
      continue;
    }
    const bool digits = is_digit(s[i]);
    const std::size_t begin = i;
    while (i < s.size() && (digits ? is_digit(s[i]) : is_letter(s[i]))) ++i;
    Token token{s.substr(begin, i - begin), digits ? Kind::number : Kind::word, begin, i};
    if (!tokens.empty() && tokens.back().end == begin) {
      tokens.back().glued_after = true;
      token.glued_before = true;
    }
    tokens.push_back(token);
  }
  return tokens;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

int number(const Token& t) {
  int value = 0;
  for (char c : t.text.substr(0, 6)) value = value * 10 + (c - '0');
  return value;
}

struct MonthName {
  const char* name;
  int month;
};

// Full names and the usual abbreviations. Russian months are in the genitive, the form a date
// takes ("30 ноября 2024").
constexpr MonthName kMonths[] = {
    {"january", 1},
    {"february", 2},
    {"march", 3},
    {"april", 4},
    {"may", 5},
    {"june", 6},
    {"july", 7},
    {"august", 8},
    {"september", 9},
    {"october", 10},
    {"november", 11},
    {"december", 12},
    {"jan", 1},
    {"feb", 2},
    {"mar", 3},
    {"apr", 4},
    {"jun", 6},
    {"jul", 7},
    {"aug", 8},
    {"sep", 9},
    {"sept", 9},
    {"oct", 10},
    {"nov", 11},
    {"dec", 12},
    // Swedish
    {"januari", 1},
    {"februari", 2},
    {"mars", 3},
    {"maj", 5},
    {"juni", 6},
    {"juli", 7},
    {"augusti", 8},
    {"oktober", 10},
    {"okt", 10},
    // German
    {"januar", 1},
    {"februar", 2},
    {"m\xC3\xA4rz", 3},
    {"mai", 5},
    {"dezember", 12},
    {"dez", 12},
    // French
    {"janvier", 1},
    {"f\xC3\xA9vrier", 2},
    {"avril", 4},
    {"juin", 6},
    {"juillet", 7},
    {"ao\xC3\xBBt", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"d\xC3\xA9\x63\x65mbre", 12},
    // Spanish
    {"enero", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"septiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    // Russian, genitive
    {"\xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F", 1},
    {"\xD1\x84\xD0\xB5\xD0\xB2\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8F", 2},
    {"\xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0", 3},
    {"\xD0\xB0\xD0\xBF\xD1\x80\xD0\xB5\xD0\xBB\xD1\x8F", 4},
    {"\xD0\xBC\xD0\xB0\xD1\x8F", 5},
    {"\xD0\xB8\xD1\x8E\xD0\xBD\xD1\x8F", 6},
    {"\xD0\xB8\xD1\x8E\xD0\xBB\xD1\x8F", 7},
    {"\xD0\xB0\xD0\xB2\xD0\xB3\xD1\x83\xD1\x81\xD1\x82\xD0\xB0", 8},
    {"\xD1\x81\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 9},
    {"\xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 10},
    {"\xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F", 11},
    {"\xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F", 12},
};

// Words a dateline may hold besides the date itself: weekdays, labels, clock words.
constexpr const char* kDatelineWords[] = {"monday",
                                          "tuesday",
                                          "wednesday",
                                          "thursday",
                                          "friday",
                                          "saturday",
                                          "sunday",
                                          "mon",
                                          "tue",
                                          "tues",
                                          "wed",
                                          "thu",
                                          "thur",
                                          "thurs",
                                          "fri",
                                          "sat",
                                          "sun",
                                          "m\xC3\xA5ndag",
                                          "tisdag",
                                          "onsdag",
                                          "torsdag",
                                          "fredag",
                                          "l\xC3\xB6rdag",
                                          "s\xC3\xB6ndag",
                                          "published",
                                          "updated",
                                          "posted",
                                          "last",
                                          "modified",
                                          "date",
                                          "publicerad",
                                          "publicerat",
                                          "uppdaterad",
                                          "uppdaterat",
                                          "datum",
                                          "on",
                                          "at",
                                          "the",
                                          "of",
                                          "den",
                                          "kl",
                                          "am",
                                          "pm",
                                          "a",
                                          "p",
                                          "m",
                                          "st",
                                          "nd",
                                          "rd",
                                          "th",
                                          "t",
                                          "z",
                                          "utc",
                                          "gmt"};

int month_of(std::string_view word) {
  const std::string key = lower(word);
  for (const MonthName& m : kMonths) {
    if (key == m.name) return m.month;
  }
  return 0;
}

bool is_dateline_word(const Token& t) {
  const std::string key = lower(t.text);
  for (const char* word : kDatelineWords) {
    if (key == word) return true;
  }
  // Time zone abbreviations: CET, CEST, EST, MSK, ...
  if (t.text.size() >= 2 && t.text.size() <= 5) {
    bool upper = true;
    for (char c : t.text) upper = upper && c >= 'A' && c <= 'Z';
    return upper;
  }
  return false;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool valid_day(int y, int m, int d) {
  static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= days[static_cast<std::size_t>(m - 1)] + (m == 2 && is_leap(y) ? 1 : 0);
}

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  std::string text() const {
    char buffer[16];
    if (day) {
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    } else if (month) {
      std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    } else {
      std::snprintf(buffer, sizeof buffer, "%04d", year);
    }
    return buffer;
  }
};

class Reader {
 public:
  Reader(std::string_view s, Mode mode) : s_(s), mode_(mode), tokens_(tokenize(s)) {}

  std::optional<Date> find() {
    if (auto d = numeric_date()) return d;
    if (auto d = named_month_date()) return d;
    if (mode_ == Mode::dateline) return std::nullopt;
    if (mode_ == Mode::file_name) {
      if (auto d = compact_date()) return d;
    }
    return bare_year();
  }

  // A dateline holds its date and little else: at most two other words (a place name) and no
  // numbers that are not part of the date or a time of day.
  bool short_enough_for_dateline() const { return tokens_.size() <= kMaxDatelineTokens; }

  bool rest_is_dateline() {
    mark_times();
    int unknown_words = 0;
    for (const Token& t : tokens_) {
      if (t.used) continue;
      if (t.kind == Kind::number) return false;
      if (!is_dateline_word(t)) ++unknown_words;
    }
    return unknown_words <= 2;
  }

 private:
  bool standalone(const Token& t) const { return !t.glued_before && !t.glued_after; }

  // Two tokens separated by exactly one character sep.
  bool joined(std::size_t a, std::size_t b, char sep) const {
    return b < tokens_.size() && tokens_[b].begin == tokens_[a].end + 1 &&
           s_[tokens_[a].end] == sep;
  }

  bool digits(std::size_t i, std::size_t min, std::size_t max) const {
    return i < tokens_.size() && tokens_[i].kind == Kind::number && tokens_[i].text.size() >= min &&
           tokens_[i].text.size() <= max;
  }

  bool year_in_range(int year) const {
    return mode_ == Mode::value ? year >= 1000 && year <= 2999 : year >= 1400 && year <= 2100;
  }

  // "2024-11-30T14:53": the T glues the day to the time; nothing else may.
  bool ends_cleanly(std::size_t i) const {
    if (!tokens_[i].glued_after) return true;
    return i + 1 < tokens_.size() && lower(tokens_[i + 1].text) == "t";
  }

  std::optional<Date> numeric_date() {
    for (std::size_t i = 0; i + 1 < tokens_.size(); ++i) {
      if (tokens_[i].kind != Kind::number || tokens_[i].glued_before) continue;
      if (tokens_[i].end >= s_.size()) continue;
      const char sep = s_[tokens_[i].end];
      if (sep != '-' && sep != '/' && sep != '.' && sep != '_') continue;
      if (!joined(i, i + 1, sep) || tokens_[i + 1].kind != Kind::number) continue;
      const bool third = joined(i + 1, i + 2, sep) && tokens_[i + 2].kind == Kind::number;
      if (digits(i, 4, 4) && digits(i + 1, 1, 2)) {
        const int y = number(tokens_[i]);
        const int m = number(tokens_[i + 1]);
        if (!year_in_range(y) || m < 1 || m > 12) continue;
        if (third && digits(i + 2, 1, 2) && ends_cleanly(i + 2) &&
            valid_day(y, m, number(tokens_[i + 2]))) {
          use(i, i + 3);
          return Date{y, m, number(tokens_[i + 2])};
        }
        if (!third && ends_cleanly(i + 1) && sep != '.' && sep != '_') {
          use(i, i + 2);
          return Date{y, m, 0};
        }
        continue;
      }
      if (third && digits(i, 1, 2) && digits(i + 1, 1, 2) && digits(i + 2, 4, 4) &&
          ends_cleanly(i + 2)) {
        const int a = number(tokens_[i]);
        const int b = number(tokens_[i + 1]);
        const int y = number(tokens_[i + 2]);
        if (!year_in_range(y)) continue;
        use(i, i + 3);
        // Day first with dots and dashes (Europe); with slashes only the numbers can tell
        // 11/30/2024 from 30/11/2024, and 03/04/2024 keeps just its year.
        if (sep != '/' || a > 12) {
          if (valid_day(y, b, a)) return Date{y, b, a};
        } else if (b > 12) {
          if (valid_day(y, a, b)) return Date{y, a, b};
        } else {
          return Date{y, 0, 0};
        }
      }
    }
    return std::nullopt;
  }

  bool is_day(std::size_t i) const {
    if (!digits(i, 1, 2) || tokens_[i].glued_before) return false;
    const int d = number(tokens_[i]);
    if (d < 1 || d > 31) return false;
    if (!tokens_[i].glued_after) return true;
    const std::string suffix = lower(tokens_[i + 1].text);
    return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
  }

  // A year is four digits standing apart, not a clock time (20:19) nor a UTC offset (+0000).
  bool is_year(std::size_t i) const {
    if (!digits(i, 4, 4) || !standalone(tokens_[i])) return false;
    const std::size_t b = tokens_[i].begin;
    const std::size_t e = tokens_[i].end;
    if (b > 0 && (s_[b - 1] == '+' || s_[b - 1] == ':')) return false;
    if (e < s_.size() && s_[e] == ':') return false;
    return year_in_range(number(tokens_[i]));
  }

  std::optional<Date> named_month_date() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].kind != Kind::word || tokens_[i].glued_after) continue;
      const int m = month_of(tokens_[i].text);
      if (m == 0) continue;
      std::optional<std::size_t> day;
      if (is_day(i + 1) && !is_year(i + 1)) {
        day = i + 1;
      } else if (i > 0 && is_day(i - 1)) {
        day = i - 1;
      }
      std::optional<std::size_t> year;
      const std::size_t from = day && *day > i ? *day + 1 : i + 1;
      for (std::size_t j = from; j < tokens_.size() && j <= from + 5 && !year; ++j) {
        if (is_year(j)) year = j;
      }
      if (!year) continue;
      const int y = number(tokens_[*year]);
      tokens_[i].used = tokens_[*year].used = true;
      if (day && valid_day(y, m, number(tokens_[*day]))) {
        tokens_[*day].used = true;
        if (tokens_[*day].glued_after) tokens_[*day + 1].used = true;
        return Date{y, m, number(tokens_[*day])};
      }
      return Date{y, m, 0};
    }
    return std::nullopt;
  }

  std::optional<Date> compact_date() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (!digits(i, 8, 8) || !standalone(tokens_[i])) continue;
      const std::string_view t = tokens_[i].text;
      const int y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
      const int m = (t[4] - '0') * 10 + (t[5] - '0');
      const int d = (t[6] - '0') * 10 + (t[7] - '0');
      if (year_in_range(y) && valid_day(y, m, d)) return Date{y, m, d};
    }
    return std::nullopt;
  }

  std::optional<Date> bare_year() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (is_year(i)) return Date{number(tokens_[i]), 0, 0};
    }
    return std::nullopt;
  }

  // Clock times (2:53, 14.53 after "kl") and UTC offsets (+0100) belong in a dateline.
  void mark_times() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      Token& t = tokens_[i];
      if (t.used || t.kind != Kind::number) continue;
      const bool clock_start = digits(i, 1, 2) && (joined(i, i + 1, ':') || joined(i, i + 1, '.'));
      const bool clock_part = i > 0 && tokens_[i - 1].used && tokens_[i - 1].kind == Kind::number &&
                              (joined(i - 1, i, ':') || joined(i - 1, i, '.')) && digits(i, 2, 2);
      const bool offset = t.begin > 0 && (s_[t.begin - 1] == '+' || s_[t.begin - 1] == '-') &&
                          digits(i, 4, 4) && (i == 0 || tokens_[i - 1].end < t.begin - 1);
      if (clock_start || clock_part || offset) t.used = true;
    }
  }

  void use(std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) tokens_[i].used = true;
  }

  std::string_view s_;
  Mode mode_;
  std::vector<Token> tokens_;
};

}  // namespace

std::optional<std::string> parse_date_value(std::string_view text) {
  Reader reader(text, Mode::value);
  if (auto date = reader.find()) return date->text();
  return std::nullopt;
}

std::optional<std::string> parse_dateline(std::string_view line) {
  Reader reader(line, Mode::dateline);
  if (!reader.short_enough_for_dateline()) return std::nullopt;  // before the costly search
  const auto date = reader.find();
  if (!date || date->month == 0 || !reader.rest_is_dateline()) return std::nullopt;
  return date->text();
}

std::optional<std::string> date_from_file_name(std::string_view path) {
  std::string_view name = path.substr(path.find_last_of('/') + 1);
  if (const auto dot = name.find_last_of('.'); dot != std::string_view::npos && dot > 0) {
    name = name.substr(0, dot);
  }
  Reader reader(name, Mode::file_name);
  if (auto date = reader.find()) return date->text();
  return std::nullopt;
}

// Days to civil date, Howard Hinnant's algorithm (proleptic Gregorian calendar).
std::string date_from_unix_seconds(std::int64_t seconds) {
  std::int64_t z = (seconds >= 0 ? seconds : seconds - 86399) / 86400 + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return Date{y, m, d}.text();
}

}  // namespace lectern
