#include "extract/temporal_expressions.h"

#include <algorithm>

#include "extract/date_lexicon.h"
#include "extract/date_tokens.h"
#include "extract/month_names.h"
#include "text/icu_includes.h"

namespace lectern {
namespace {

using namespace std::chrono;
using Token = DateToken;
using Kind = DateTokenKind;

// ---------------------------------------------------------------------------------------------
// The grammar. Each rule reads tokens from a position and says how far it got; the first rule
// that matches at a position wins and scanning goes on after it.

// What a date rule found, before resolving: a calendar date with the fields the text gave.
struct Found {
  enum class What : unsigned char {
    day,          // year, month, day
    day_no_year,  // month, day: needs the document's year
    month,        // year, month
    month_no_year,
    year,
    decade,       // year is its first
    century,      // year is its first: Swedish "1800-talet"
    quarter,      // year, and the quarter in month
    day_of_relative_month,  // day, and in month the months from the document's: "the 4th instant"
  };
  What what = What::year;
  int year = 0;
  int month = 0;
  int day = 0;
  std::size_t first = 0;  // tokens
  std::size_t last = 0;
  // For a month or day without a year: -1 when "last" follows it ("July last", "the 30th of
  // September last", "juin dernier"), the latest before the document; 1 for "next".
  int direction = 0;
};

// A relative expression before resolving.
struct Relative {
  enum class What : unsigned char { days, weeks, months, years, weekday };
  What what = What::days;
  int offset = 0;   // days, units, or for a weekday -1 last, 0 nearest past, 1 next
  int weekday = 0;  // ISO, 1 Monday
};

struct Expression {
  std::size_t first = 0;
  std::size_t last = 0;
  std::optional<DatePeriod> period;  // empty when it needs an anchor it lacks
  bool anchored = false;
};

// The offset of a bare weekday in a sentence in the future tense: ahead, or the day itself.
constexpr int kComingOrToday = 2;

constexpr int kFirstYear = 1000;
constexpr int kLastYear = 2199;

class Grammar {
 public:
  Grammar(std::string_view text, const std::vector<Token>& tokens, const DateLexicon& lexicon,
          std::optional<DateAnchor> anchor)
      : text_(text), t_(tokens), lexicon_(lexicon), anchor_(anchor) {}

  // The expressions that start at token keep_first or later and end before token keep_end.
  void run(std::size_t keep_first, std::size_t keep_end, std::vector<TemporalExpression>& out) {
    std::size_t i = 0;
    while (i < keep_end) {
      if (!may_start(t_[i])) {
        ++i;
        continue;
      }
      std::optional<Expression> found = expression_at(i);
      if (!found) {
        ++i;
        continue;
      }
      if (found->first < keep_first || found->last >= keep_end) {
        i = found->last + 1;
        continue;
      }
      TemporalExpression expression;
      expression.span = {t_[found->first].begin, t_[found->last].end - t_[found->first].begin};
      expression.anchored = found->anchored;
      expression.resolved = found->period.has_value();
      if (found->period) expression.period = *found->period;
      out.push_back(std::move(expression));
      i = found->last + 1;
    }
  }

 private:
  // --- token tests ---------------------------------------------------------------------------

  // Every expression starts with a number, a month or weekday name, a cue word that can open
  // one (not "of" or "and", which only join) or the "Q" of "Q3 2022": the grammar tries no
  // rule on other tokens.
  static bool may_start(const Token& token) {
    if (token.kind == Kind::number) return true;
    if (token.kind != Kind::word || token.filler) return false;
    if (token.name || token.end - token.begin == 1) return true;
    constexpr std::uint32_t kOpeners =
        cue_bit(DateCue::relative_day) | cue_bit(DateCue::relative_year) |
        cue_bit(DateCue::modifier) | cue_bit(DateCue::unit) | cue_bit(DateCue::early) |
        cue_bit(DateCue::mid) | cue_bit(DateCue::late) | cue_bit(DateCue::decade_before) |
        cue_bit(DateCue::range_from) | cue_bit(DateCue::ago_before) |
        cue_bit(DateCue::later_before) | cue_bit(DateCue::count_word) |
        cue_bit(DateCue::quarter_ordinal);
    return token.word != nullptr && (token.word->cues & kOpeners) != 0;
  }

  bool valid(std::size_t i) const { return i < t_.size(); }
  bool glued(std::size_t i) const { return valid(i) && !t_[i].space_before; }
  bool punct(std::size_t i, int mark) const {
    return valid(i) && t_[i].kind == Kind::punct && t_[i].value == mark;
  }
  bool dash(std::size_t i) const {
    return valid(i) && t_[i].kind == Kind::punct && is_date_dash(t_[i].value);
  }
  bool number(std::size_t i, int min_digits, int max_digits) const {
    return valid(i) && t_[i].kind == Kind::number && t_[i].digits >= min_digits &&
           t_[i].digits <= max_digits;
  }
  bool day_number(std::size_t i) const {
    return number(i, 1, 2) && t_[i].value >= 1 && t_[i].value <= 31;
  }
  bool year_value(std::size_t i) const {
    return number(i, 4, 4) && t_[i].value >= kFirstYear && t_[i].value <= kLastYear;
  }
  // A four-digit year standing alone: not part of "2,024,000" or "1.2024".
  bool year_number(std::size_t i) const {
    if (!year_value(i)) return false;
    const bool separator_before = i >= 2 && glued(i) && (punct(i - 1, ',') || punct(i - 1, '.')) &&
                                  glued(i - 1) && t_[i - 2].kind == Kind::number;
    const bool digits_after =
        (punct(i + 1, ',') || punct(i + 1, '.')) && glued(i + 1) && glued(i + 2) &&
        number(i + 2, 3, 3);
    return !separator_before && !digits_after;
  }

  // A month name at i that may stand as one: the capital the language writes it with (so the
  // modal "may" and the verb "march" are no months), and a full name unless allow_abbreviated.
  bool month_name(std::size_t i, bool allow_abbreviated) const {
    if (!valid(i) || !t_[i].name || t_[i].name->kind != CalendarNameKind::month) return false;
    if (t_[i].name->capitalized && !t_[i].upper) return false;
    return allow_abbreviated || !t_[i].name->abbreviated;
  }
  bool weekday_name(std::size_t i) const {
    if (!valid(i) || !t_[i].name || t_[i].name->kind != CalendarNameKind::weekday ||
        t_[i].past_weekday) {
      return false;
    }
    if (t_[i].name->capitalized && !t_[i].upper) return false;
    return !t_[i].name->abbreviated;
  }
  // After an abbreviated month its full stop belongs to it ("Jun. 17", "17 févr. 2022").
  std::size_t after_month(std::size_t i) const {
    return t_[i].name->abbreviated && punct(i + 1, '.') && glued(i + 1) ? i + 2 : i + 1;
  }

  // --- cue phrases ---------------------------------------------------------------------------

  struct Cue {
    std::size_t last = 0;  // its last token
    int value = 0;
  };

  // The longest phrase with this cue starting at i. Hyphens may join its words.
  std::optional<Cue> cue_at(std::size_t i, DateCue cue) const {
    if (!valid(i) || t_[i].word == nullptr || (t_[i].word->cues & cue_bit(cue)) == 0) {
      return std::nullopt;
    }
    std::optional<Cue> best;
    for (const std::uint16_t index : t_[i].word->phrases) {
      const DateCuePhrase& phrase = lexicon_.phrase(index);
      if (phrase.cue != cue) continue;
      std::size_t at = i;
      bool matched = true;
      for (std::size_t w = 1; w < phrase.words.size() && matched; ++w) {
        std::size_t next = at + 1;
        if (dash(next) && glued(next)) ++next;
        matched = valid(next) && t_[next].word == phrase.entries[w];
        at = next;
      }
      if (matched && (!best || at > best->last)) best = Cue{at, phrase.value};
    }
    return best;
  }

  // A phrase with this cue ending at token last (the cue before a year: "in", "i början av").
  std::optional<std::size_t> cue_ending_at(std::size_t last, DateCue cue) const {
    for (std::size_t back = 0; back < 6 && back <= last; ++back) {
      const std::optional<Cue> found = cue_at(last - back, cue);
      if (found && found->last == last) return last - back;
    }
    return std::nullopt;
  }

  // --- dates ---------------------------------------------------------------------------------

  std::optional<Found> date_at(std::size_t i) const {
    if (auto found = numeric_date(i)) return found;
    if (auto found = day_first(i)) return found;
    if (auto found = month_first(i)) return found;
    if (auto found = month_year(i)) return found;
    if (auto found = decade(i)) return found;
    if (auto found = quarter(i)) return found;
    if (auto found = quarter_in_words(i)) return found;
    if (year_number(i)) return Found{Found::What::year, t_[i].value, 0, 0, i, i};
    if (month_name(i, false)) return Found{Found::What::month_no_year, 0, t_[i].name->value, 0, i, i};
    return std::nullopt;
  }

  // 2022-06-17, 2022/06/17, 17.06.2022, 17/06/2022, 06/17/2022 (US English).
  std::optional<Found> numeric_date(std::size_t i) const {
    if (!valid(i + 4) || t_[i].kind != Kind::number) return std::nullopt;
    if (t_[i + 1].kind != Kind::punct || !glued(i + 1) || !glued(i + 2) || !glued(i + 3) ||
        !glued(i + 4)) {
      return std::nullopt;
    }
    const int separator = t_[i + 1].value;
    if (separator != '-' && separator != '/' && separator != '.') return std::nullopt;
    if (!punct(i + 3, separator) || !number(i + 2, 1, 2)) return std::nullopt;
    if (glued(i + 5) && (t_[i + 5].kind == Kind::number ||
                         (t_[i + 5].kind == Kind::punct && t_[i + 5].value == separator &&
                          glued(i + 6) && number(i + 6, 1, 9)))) {
      return std::nullopt;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    if (year_value(i) && number(i + 4, 1, 2) && separator != '.') {
      y = t_[i].value;
      m = t_[i + 2].value;
      d = t_[i + 4].value;
    } else if (number(i, 1, 2) && year_value(i + 4)) {
      y = t_[i + 4].value;
      const bool month_first = lexicon_.month_first_numeric() && separator == '/';
      m = month_first ? t_[i].value : t_[i + 2].value;
      d = month_first ? t_[i + 2].value : t_[i].value;
      if (m > 12 && d <= 12) std::swap(m, d);
    } else {
      return std::nullopt;
    }
    if (!valid_day(y, m, d)) return std::nullopt;
    return Found{Found::What::day, y, m, d, i, i + 4};
  }

  static bool valid_day(int y, int m, int d) {
    return m >= 1 && m <= 12 && d >= 1 &&
           CivilDay{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}.ok();
  }

  // The year after a month or day, if any: "June 17, 2022", "17 de junio de 2022",
  // "17 июня 2022 года".
  std::optional<std::size_t> year_after(std::size_t i) const {
    std::size_t at = i;
    if (punct(at, ',')) ++at;
    if (auto connector = cue_at(at, DateCue::connector)) at = connector->last + 1;
    if (!year_number(at)) return std::nullopt;
    return at;
  }

  // Includes a following "года" / "års" in the span.
  std::size_t with_year_after_cue(std::size_t year_token) const {
    if (auto after = cue_at(year_token + 1, DateCue::year_after)) {
      if (!glued(year_token + 1) || t_[year_token + 1].kind == Kind::word) return after->last;
    }
    return year_token;
  }

  // 17 June 2022, 17th of June, 17. Juni 2022, 17 juin, 17 de junio de 2022, 1er mai.
  std::optional<Found> day_first(std::size_t i) const {
    if (!day_number(i)) return std::nullopt;
    std::size_t at = i + 1;
    if (glued(at) && cue_at(at, DateCue::ordinal_suffix)) {
      ++at;
    } else if (punct(at, '.') && glued(at)) {
      ++at;
    }
    if (auto reckoned = cue_at(punct(at, ',') ? at + 1 : at, DateCue::relative_month)) {
      return Found{Found::What::day_of_relative_month, 0, reckoned->value, t_[i].value, i,
                   reckoned->last};
    }
    if (auto connector = cue_at(at, DateCue::connector)) at = connector->last + 1;
    if (!month_name(at, true) || glued(at)) return std::nullopt;
    const int m = t_[at].name->value;
    const std::size_t after = after_month(at);
    if (auto y = year_after(after)) {
      if (!valid_day(t_[*y].value, m, t_[i].value)) return std::nullopt;
      return Found{Found::What::day, t_[*y].value, m, t_[i].value, i, with_year_after_cue(*y)};
    }
    if (!valid_day(2000, m, t_[i].value)) return std::nullopt;
    return Found{Found::What::day_no_year, 0, m, t_[i].value, i, after - 1};
  }

  // June 17, 2022; June 17th; Jun. 17.
  std::optional<Found> month_first(std::size_t i) const {
    if (!month_name(i, true)) return std::nullopt;
    const std::size_t at = after_month(i);
    if (!day_number(at) || glued(at)) return std::nullopt;
    std::size_t last = at;
    if (glued(at + 1) && cue_at(at + 1, DateCue::ordinal_suffix)) ++last;
    // "June 17:30" is a time, "May 5-7" a range of days handled elsewhere, "June 1.5" no date.
    if (glued(last + 1) && (punct(last + 1, ':') || punct(last + 1, '.')) && number(last + 2, 1, 9)) {
      return std::nullopt;
    }
    const int m = t_[i].name->value;
    const int d = t_[at].value;
    if (auto y = year_after(last + 1)) {
      if (!valid_day(t_[*y].value, m, d)) return std::nullopt;
      return Found{Found::What::day, t_[*y].value, m, d, i, with_year_after_cue(*y)};
    }
    if (t_[i].name->abbreviated || !valid_day(2000, m, d)) return std::nullopt;
    return Found{Found::What::day_no_year, 0, m, d, i, last};
  }

  // February 2024, August, 1848, juni 2024, Feb. 2024, junio de 2024, июня 2024 года.
  std::optional<Found> month_year(std::size_t i) const {
    if (!month_name(i, true)) return std::nullopt;
    const std::optional<std::size_t> found_year = year_after(after_month(i));
    if (!found_year) return std::nullopt;
    const std::size_t year_token = *found_year;
    return Found{Found::What::month, t_[year_token].value, t_[i].name->value, 0, i,
                 with_year_after_cue(year_token)};
  }

  // Q3 2022, Q3/2022.
  std::optional<Found> quarter(std::size_t i) const {
    const bool q = valid(i) && t_[i].kind == Kind::word && t_[i].end - t_[i].begin == 1 &&
                   (text_[t_[i].begin] == 'Q' || text_[t_[i].begin] == 'q');
    if (!q || !glued(i + 1) || !number(i + 1, 1, 1) || t_[i + 1].value < 1 || t_[i + 1].value > 4) {
      return std::nullopt;
    }
    std::size_t at = i + 2;
    if ((punct(at, '/') || dash(at)) && glued(at)) ++at;
    if (!year_number(at)) return std::nullopt;
    return Found{Found::What::quarter, t_[at].value, t_[i + 1].value, 0, i, at};
  }

  // the third quarter of 2022, andra kvartalet 2023, im dritten Quartal 2022, au troisième
  // trimestre 2021, el tercer trimestre de 2020, в третьем квартале 2023 года.
  std::optional<Found> quarter_in_words(std::size_t i) const {
    const std::optional<Cue> ordinal = cue_at(i, DateCue::quarter_ordinal);
    if (!ordinal) return std::nullopt;
    const std::optional<Cue> word = cue_at(ordinal->last + 1, DateCue::quarter_word);
    if (!word) return std::nullopt;
    const std::optional<std::size_t> y = year_after(word->last + 1);
    if (!y) return std::nullopt;
    return Found{Found::What::quarter, t_[*y].value, ordinal->value, 0, i, with_year_after_cue(*y)};
  }

  // 1990s, 1990's, 1990-talet, 1990er, 1990-х, les années 1990, la década de 1990.
  std::optional<Found> decade(std::size_t i) const {
    if (auto before = cue_at(i, DateCue::decade_before)) {
      const std::size_t at = before->last + 1;
      if (year_number(at) && t_[at].value % 10 == 0) {
        return Found{Found::What::decade, t_[at].value, 0, 0, i, at};
      }
    }
    if (!year_number(i) || t_[i].value % 10 != 0) return std::nullopt;
    std::size_t at = i + 1;
    if (glued(at) && (dash(at) || punct(at, '\'') || punct(at, 0x2019))) ++at;
    if (!glued(at)) return std::nullopt;
    if (auto suffix = cue_at(at, DateCue::decade_suffix)) {
      const bool century = suffix->value == 100 && t_[i].value % 100 == 0;
      return Found{century ? Found::What::century : Found::What::decade, t_[i].value, 0, 0, i,
                   suffix->last};
    }
    return std::nullopt;
  }

  // --- expressions ---------------------------------------------------------------------------

  std::optional<Expression> expression_at(std::size_t i) const {
    if (t_[i].kind == Kind::punct) return std::nullopt;
    if (auto found = relative_at(i)) return found;
    if (auto found = part_at(i)) return found;
    if (auto found = range_at(i)) return found;
    const std::optional<Found> date = date_at(i);
    if (!date) return std::nullopt;
    Found found = *date;
    if (found.what == Found::What::month_no_year || found.what == Found::What::day_no_year) {
      // "July last", "the 1st of January next", but not "May last year".
      const std::size_t at = found.last + 1;
      if (auto modifier = cue_at(at, DateCue::modifier);
          modifier && modifier->value != 0 && !cue_at(modifier->last + 1, DateCue::unit) &&
          !weekday_name(modifier->last + 1)) {
        found.direction = modifier->value;
        found.last = modifier->last;
      }
    }
    if (!stands_as_date(found)) return std::nullopt;
    if (found.what == Found::What::year) found.last = with_year_after_cue(found.first);
    return resolve(found);
  }

  // Full dates, months with years and decades are dates wherever they stand; a bare year or
  // month only after a cue ("in 2025", "seit Juni") or before one ("2024 года").
  bool stands_as_date(const Found& found) const {
    using What = Found::What;
    if (found.what != What::year && found.what != What::month_no_year) return true;
    if (found.direction != 0) return true;
    if (found.first > 0 && cue_ending_at(found.first - 1, DateCue::year_before)) return true;
    // "during the 2022 unrest", "the spring of 2020"
    if (found.what == What::year && found.first > 1) {
      for (const DateCue between : {DateCue::article, DateCue::connector}) {
        if (auto first = cue_ending_at(found.first - 1, between);
            first && *first > 0 && cue_ending_at(*first - 1, DateCue::year_before)) {
          return true;
        }
      }
    }
    if (found.first > 0 && cue_ending_at(found.first - 1, DateCue::range_from)) {
      return found.what == What::year;
    }
    return found.what == What::year && with_year_after_cue(found.first) != found.first;
  }

  // Parts of years, months and decades: early 2022, I slutet av 2024, Anfang 2023, mid-2022,
  // à la mi-juin, a mediados de los años 1990.
  std::optional<Expression> part_at(std::size_t i) const {
    for (const DateCue cue : {DateCue::early, DateCue::mid, DateCue::late}) {
      const std::optional<Cue> found = cue_at(i, cue);
      if (!found) continue;
      std::size_t at = found->last + 1;
      if (dash(at) && glued(at)) ++at;
      const std::optional<Found> date = date_at(at);
      if (!date || date->what == Found::What::day || date->what == Found::What::day_no_year) {
        continue;
      }
      Found whole = *date;
      whole.first = i;
      if (whole.what == Found::What::year) whole.last = with_year_after_cue(date->first);
      std::optional<Expression> expression = resolve(whole);
      if (expression->period) expression->period = part_of(*expression->period, cue);
      return expression;
    }
    return std::nullopt;
  }

  static DatePeriod part_of(const DatePeriod& whole, DateCue cue) {
    const int part = cue == DateCue::early ? 0 : cue == DateCue::mid ? 1 : 2;
    const int y = static_cast<int>(whole.begin.year());
    switch (whole.granularity) {
      case Granularity::year:
        if (part == 1) return interval(quarter_period(y, 2), quarter_period(y, 3));
        return half_period(y, part == 0 ? 1 : 2);
      case Granularity::decade: {
        constexpr int kFirst[] = {0, 4, 7};
        constexpr int kLast[] = {3, 6, 9};
        // A century (an interval of ten decades) in thirds: "mitten av 1800-talet" 1834/1866.
        if (static_cast<int>(whole.end.year()) - y == 99) {
          constexpr int kCenturyFirst[] = {0, 34, 67};
          constexpr int kCenturyLast[] = {33, 66, 99};
          return interval(year_period(y + kCenturyFirst[part]), year_period(y + kCenturyLast[part]));
        }
        return interval(year_period(y + kFirst[part]), year_period(y + kLast[part]));
      }
      default: {
        // A month: days 1-10, 11-20, 21 to its end.
        const sys_days first{whole.begin};
        const CivilDay begin{first + days{part * 10}};
        const CivilDay end = part == 2 ? whole.end : CivilDay{first + days{part * 10 + 9}};
        return day_span(begin, end);
      }
    }
  }

  // 2024-2028, 2024–28, from June to August 2024, between 2020 and 2022, 17-19 June 2024,
  // de 2020 à 2022, с 2020 по 2022 год.
  std::optional<Expression> range_at(std::size_t i) const {
    std::size_t at = i;
    bool opened = false;
    if (auto from = cue_at(i, DateCue::range_from)) {
      at = from->last + 1;
      opened = true;
    }
    // Days of one month: "17-19 June 2024".
    if (day_number(at) && dash(at + 1)) {
      if (auto last = day_first(at + 2); last && last->what == Found::What::day &&
                                         valid_day(last->year, last->month, t_[at].value) &&
                                         t_[at].value < last->day) {
        Found first = *last;
        first.day = t_[at].value;
        first.first = at;
        return join(resolve(first), resolve(*last), i, last->last);
      }
    }
    const std::optional<Found> first = date_at(at);
    if (!first || first->what == Found::What::decade || first->what == Found::What::century) {
      return std::nullopt;
    }
    std::size_t to = first->last + 1;
    if (first->what == Found::What::year || first->what == Found::What::month) {
      to = with_year_after_cue(first->last) + 1;
    }
    std::size_t second_at = 0;
    if (dash(to)) {
      second_at = to + 1;
    } else if (auto closing = cue_at(to, DateCue::range_to)) {
      if (closing->value == 1 && !opened) return std::nullopt;
      second_at = closing->last + 1;
    } else {
      return std::nullopt;
    }
    // 2024–28: the century of the first year.
    if (first->what == Found::What::year && number(second_at, 2, 2) && glued(second_at) &&
        dash(to) && glued(to)) {
      const int end_year = t_[first->first].value / 100 * 100 + t_[second_at].value;
      if (end_year <= t_[first->first].value) return std::nullopt;
      Found last{Found::What::year, end_year, 0, 0, second_at, second_at};
      return join(resolve(*first), resolve(last), i, with_year_after_cue(second_at));
    }
    std::optional<Found> second = date_at(second_at);
    if (!second || second->what == Found::What::decade || second->what == Found::What::century) {
      return std::nullopt;
    }
    Found start = *first;
    using What = Found::What;
    if (start.what == What::month_no_year && second->what == What::month) {
      start.what = What::month;
      start.year = second->year;
    } else if (start.what == What::day_no_year && second->what == What::day) {
      start.what = What::day;
      start.year = second->year;
    } else if (start.what == What::year && second->what == What::year) {
      if (second->year <= start.year) return std::nullopt;
      // Bare years need the cue, or the dash between them: "2024-2028", "from 2020 to 2022".
      if (!opened && !dash(to) && !stands_as_date(start)) return std::nullopt;
      second->last = with_year_after_cue(second->first);
    } else if (start.what != second->what &&
               !(start.what == What::month_no_year && second->what == What::month_no_year)) {
      return std::nullopt;
    }
    if (start.what == What::month_no_year && !opened && !stands_as_date(start)) {
      return std::nullopt;
    }
    return join(resolve(start), resolve(*second), i, second->last);
  }

  static std::optional<Expression> join(std::optional<Expression> first,
                                        std::optional<Expression> last, std::size_t begin,
                                        std::size_t end) {
    Expression whole{begin, end, std::nullopt, first->anchored || last->anchored};
    if (first->period && last->period) {
      if (last->period->end < first->period->begin) return std::nullopt;
      whole.period = interval(*first->period, *last->period);
    }
    return whole;
  }

  // yesterday, i går, heute, last week, la semaine dernière, в прошлом году, i fjol, on
  // Tuesday, last Tuesday, i tisdags, el martes pasado.
  std::optional<Expression> relative_at(std::size_t i) const {
    if (auto found = ago_at(i)) return found;
    if (auto day_cue = cue_at(i, DateCue::relative_day)) {
      const bool blocked = i > 0 && cue_ending_at(i - 1, DateCue::blocker);
      if (!blocked) return relative(i, day_cue->last, {Relative::What::days, day_cue->value});
    }
    if (auto year_cue = cue_at(i, DateCue::relative_year)) {
      return relative(i, year_cue->last, {Relative::What::years, year_cue->value});
    }
    if (auto modifier = cue_at(i, DateCue::modifier)) {
      const std::size_t at = modifier->last + 1;
      if (auto unit = cue_at(at, DateCue::unit);
          unit && unit->value != 1 && !year_number(unit->last + 1)) {
        return relative(i, unit->last, {unit_of(unit->value), modifier->value});
      }
      if (weekday_name(at)) {
        return relative(i, at, {Relative::What::weekday, modifier->value, t_[at].name->value});
      }
    }
    if (auto unit = cue_at(i, DateCue::unit); unit && unit->value != 1 && lexicon_.modifier_after()) {
      if (auto modifier = cue_at(unit->last + 1, DateCue::modifier);
          modifier && modifier->value != 0) {
        return relative(i, modifier->last, {unit_of(unit->value), modifier->value});
      }
    }
    if (weekday_name(i)) return weekday_at(i);
    if (auto past = past_weekday(i)) return past;
    return std::nullopt;
  }

  // Two years ago, för två år sedan, vor 3 Tagen, il y a deux ans, hace dos años, два года назад.
  // And ahead: in two weeks, om två veckor, dans deux semaines, через две недели.
  std::optional<Expression> ago_at(std::size_t i) const {
    std::size_t at = i;
    std::optional<Cue> before = cue_at(i, DateCue::ago_before);
    const std::optional<Cue> ahead = before ? std::nullopt : cue_at(i, DateCue::later_before);
    if (ahead) before = ahead;
    if (before) at = before->last + 1;
    int count = 0;
    if (number(at, 1, 2) && !glued(at + 1)) {
      count = t_[at].value;
    } else if (auto word = cue_at(at, DateCue::count_word)) {
      count = word->value;
      at = word->last;
    } else {
      return std::nullopt;
    }
    const std::optional<Cue> unit = cue_at(at + 1, DateCue::unit);
    if (!unit) return std::nullopt;
    std::size_t last = unit->last;
    if (ahead) return relative(i, last, {unit_of(unit->value), count});
    if (auto after = cue_at(last + 1, DateCue::ago_after)) {
      last = after->last;
    } else if (!before) {
      return std::nullopt;
    }
    return relative(i, last, {unit_of(unit->value), -count});
  }

  std::optional<Expression> weekday_at(std::size_t i) const {
    // "Tuesday, June 17, 2022": the date says it all.
    std::size_t at = i + 1;
    if (punct(at, ',')) ++at;
    if (auto date = date_at(at); date && (date->what == Found::What::day ||
                                          date->what == Found::What::day_no_year)) {
      Found whole = *date;
      whole.first = i;
      return resolve(whole);
    }
    const int weekday = t_[i].name->value;
    if (auto modifier = cue_at(i + 1, DateCue::modifier);
        modifier && modifier->value != 0 && lexicon_.modifier_after()) {
      return relative(i, modifier->last, {Relative::What::weekday, modifier->value, weekday});
    }
    const int offset = clause_tense(i) > 0 ? kComingOrToday : 0;
    return relative(i, i, {Relative::What::weekday, offset, weekday});
  }

  // The tense of the sentence around token i, read from tense words in the text as HeidelTime
  // reads it from part-of-speech tags (ContextAnalyzer.getLastTense, Strötgen & Gertz 2013,
  // "Multilingual and cross-domain temporal tagging", LRE 47(2)): the last tense word before it
  // in its sentence, else (when it opens the sentence) the first after it. 1 future, -1 past, 0
  // when none says.
  int clause_tense(std::size_t i) const {
    const auto ends_sentence = [](char c) {
      return c == '.' || c == '!' || c == '?' || c == '\n';
    };
    std::uint32_t begin = t_[i].begin;
    while (begin > 0 && !ends_sentence(text_[begin - 1])) --begin;
    std::uint32_t end = t_[i].end;
    while (end < text_.size() && !ends_sentence(text_[end])) ++end;
    const std::vector<std::string> before = folded_words(text_.substr(begin, t_[i].begin - begin));
    const std::vector<std::string> after = folded_words(text_.substr(t_[i].end, end - t_[i].end));
    int tense = 0;
    std::size_t best = 0;
    for (const DateLexicon::TensePhrase& phrase : lexicon_.tense_phrases()) {
      for (std::size_t k = 0; k + phrase.words.size() <= before.size(); ++k) {
        const std::size_t phrase_end = k + phrase.words.size();
        if (phrase_end > best && std::equal(phrase.words.begin(), phrase.words.end(),
                                            before.begin() + static_cast<std::ptrdiff_t>(k))) {
          best = phrase_end;
          tense = phrase.tense;
        }
      }
    }
    // With no part-of-speech tags a verb before it may go unseen ("spoke on Monday and will
    // travel"): the words after it are read only when it opens its sentence ("On Tuesday the
    // minister will ...").
    constexpr std::size_t kOpeningWords = 2;
    if (tense != 0 || before.size() > kOpeningWords) return tense;
    best = after.size();
    for (const DateLexicon::TensePhrase& phrase : lexicon_.tense_phrases()) {
      for (std::size_t k = 0; k + phrase.words.size() <= after.size() && k < best; ++k) {
        if (std::equal(phrase.words.begin(), phrase.words.end(),
                       after.begin() + static_cast<std::ptrdiff_t>(k))) {
          best = k;
          tense = phrase.tense;
        }
      }
    }
    return tense;
  }

  // The case-folded runs of letters of a stretch of text ("he'll" is "he", "ll").
  static std::vector<std::string> folded_words(std::string_view stretch) {
    std::vector<std::string> words;
    const auto length = static_cast<std::int32_t>(stretch.size());
    std::int32_t at = 0;
    std::int32_t start = -1;
    while (at <= length) {
      const std::int32_t here = at;
      UChar32 c = 0;
      if (at < length) U8_NEXT(stretch.data(), at, length, c);
      else ++at;
      const bool letter = here < length && c > 0 && u_isalpha(c);
      if (letter && start < 0) start = here;
      if (!letter && start >= 0) {
        words.push_back(fold_word(stretch.substr(static_cast<std::size_t>(start),
                                                 static_cast<std::size_t>(here - start))));
        start = -1;
      }
    }
    return words;
  }

  // Swedish "i tisdags": a weekday with a suffix that makes it the last one.
  std::optional<Expression> past_weekday(std::size_t i) const {
    if (!t_[i].past_weekday) return std::nullopt;
    const std::size_t first = i > 0 && cue_at(i - 1, DateCue::modifier) ? i - 1 : i;
    return relative(first, i, {Relative::What::weekday, -1, t_[i].name->value});
  }

  static Relative::What unit_of(int days) {
    if (days == 1) return Relative::What::days;
    if (days == 7) return Relative::What::weeks;
    if (days == 30) return Relative::What::months;
    return Relative::What::years;
  }

  // --- resolving -----------------------------------------------------------------------------

  bool anchor_at_least(Granularity needed) const {
    return anchor_ && static_cast<int>(anchor_->granularity) <= static_cast<int>(needed);
  }

  Expression relative(std::size_t first, std::size_t last, Relative what) const {
    Expression expression{first, last, std::nullopt, true};
    using What = Relative::What;
    switch (what.what) {
      case What::days:
        if (anchor_at_least(Granularity::day)) {
          expression.period = day_period(CivilDay{sys_days{anchor_->day} + days{what.offset}});
        }
        break;
      case What::weeks:
        if (anchor_at_least(Granularity::day)) {
          expression.period =
              week_period(CivilDay{sys_days{anchor_->day} + days{7 * what.offset}});
        }
        break;
      case What::months:
        if (anchor_at_least(Granularity::month)) {
          const year_month ym = year_month{anchor_->day.year(), anchor_->day.month()} +
                                months{what.offset};
          expression.period = month_period(static_cast<int>(ym.year()),
                                           static_cast<int>(static_cast<unsigned>(ym.month())));
        }
        break;
      case What::years:
        if (anchor_at_least(Granularity::year)) {
          expression.period = year_period(static_cast<int>(anchor_->day.year()) + what.offset);
        }
        break;
      case What::weekday:
        if (anchor_at_least(Granularity::day)) expression.period = day_period(weekday_day(what));
        break;
    }
    return expression;
  }

  // The weekday nearest the anchor in the direction asked: "last Tuesday" and a bare
  // "Tuesday" look back (news reports what happened; a bare weekday may be the day itself),
  // "next Tuesday" ahead, and a bare "Tuesday" in a sentence in the future tense ahead or to the
  // day itself (HeidelTime's rule for news, ResolveAmbiguousValues: the last one, or the next
  // one when the tense is future).
  CivilDay weekday_day(Relative what) const {
    const sys_days anchor{anchor_->day};
    const int today = static_cast<int>(weekday{anchor}.iso_encoding());
    int delta = 0;
    if (what.offset > 0) {
      delta = (what.weekday - today + 7) % 7;
      if (delta == 0 && what.offset != kComingOrToday) delta = 7;
    } else {
      delta = -((today - what.weekday + 7) % 7);
      if (what.offset < 0 && delta == 0) delta = -7;
    }
    return CivilDay{anchor + days{delta}};
  }

  std::optional<Expression> resolve(const Found& found) const {
    Expression expression{found.first, found.last, std::nullopt, false};
    using What = Found::What;
    const auto ymd = [](int y, int m, int d) {
      return CivilDay{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    };
    switch (found.what) {
      case What::day:
        expression.period = day_period(ymd(found.year, found.month, found.day));
        break;
      case What::month:
        expression.period = month_period(found.year, found.month);
        break;
      case What::year:
        expression.period = year_period(found.year);
        break;
      case What::decade:
        expression.period = decade_period(found.year);
        break;
      case What::century:
        // The contract has no century: its ten decades, "180X/189X".
        expression.period = interval(decade_period(found.year), decade_period(found.year + 90));
        break;
      case What::day_of_relative_month: {
        expression.anchored = true;
        if (!anchor_at_least(Granularity::month)) break;
        const year_month ym = year_month{anchor_->day.year(), anchor_->day.month()} +
                              months{found.month};
        const int y = static_cast<int>(ym.year());
        const int m = static_cast<int>(static_cast<unsigned>(ym.month()));
        if (valid_day(y, m, found.day)) expression.period = day_period(ymd(y, m, found.day));
        break;
      }
      case What::quarter:
        expression.period = quarter_period(found.year, found.month);
        break;
      case What::day_no_year:
      case What::month_no_year: {
        expression.anchored = true;
        if (!anchor_) break;
        const int y = found.direction != 0 ? year_in_direction(found) : year_near_anchor(found.month);
        if (found.what == What::month_no_year) {
          expression.period = month_period(y, found.month);
        } else if (valid_day(y, found.month, found.day)) {
          expression.period = day_period(ymd(y, found.month, found.day));
        }
        break;
      }
    }
    return expression;
  }

  // The year of "July last" or "the 1st of January next": the latest such month or day before
  // the document date, or the first after it (the current month or day is neither: the old
  // style calls it "instant"). A document dated only to its year is taken as written late in
  // it, as annual messages and reports are: "last" is in its year, "next" in the one after.
  int year_in_direction(const Found& found) const {
    const int y = static_cast<int>(anchor_->day.year());
    if (anchor_->granularity == Granularity::year) return found.direction < 0 ? y : y + 1;
    const int anchor_month = static_cast<int>(static_cast<unsigned>(anchor_->day.month()));
    const int anchor_day = anchor_->granularity == Granularity::day
                               ? static_cast<int>(static_cast<unsigned>(anchor_->day.day()))
                               : 0;
    // Compare month and day as one number; a month alone, or a document dated to its month,
    // compares by month.
    const bool by_day = found.what == Found::What::day_no_year && anchor_day != 0;
    const int named = found.month * 100 + (by_day ? found.day : 0);
    const int now = anchor_month * 100 + (by_day ? anchor_day : 0);
    if (found.direction < 0) return named < now ? y : y - 1;
    return named > now ? y : y + 1;
  }

  // The year of a month named without one: the document's, or for a document dated to the
  // month, the neighbouring year across the turn of the year ("December 30" in a text of
  // January 2025 is 2024). News mostly looks back, so "in March" in November is this March.
  int year_near_anchor(int m) const {
    const int y = static_cast<int>(anchor_->day.year());
    if (anchor_->granularity == Granularity::year) return y;
    const int anchor_month = static_cast<int>(static_cast<unsigned>(anchor_->day.month()));
    constexpr int kAcrossNewYear = 9;
    if (m - anchor_month > kAcrossNewYear) return y - 1;
    if (anchor_month - m > kAcrossNewYear) return y + 1;
    return y;
  }

  std::string_view text_;
  const std::vector<Token>& t_;
  const DateLexicon& lexicon_;
  std::optional<DateAnchor> anchor_;
};

}  // namespace

std::vector<TemporalExpression> find_temporal_expressions(std::string_view text,
                                                          std::string_view language,
                                                          std::optional<DateAnchor> anchor) {
  const DateLexicon& lexicon = date_lexicon(language);
  const std::vector<Token> tokens = scan_date_tokens(text, lexicon);
  std::vector<TemporalExpression> out;
  Grammar(text, tokens, lexicon, anchor).run(0, tokens.size(), out);
  return out;
}

std::optional<std::vector<TemporalExpression>> find_temporal_expressions_in(
    std::string_view text, std::string_view language, std::optional<DateAnchor> anchor,
    std::span<const DateWindow> windows) {
  const DateLexicon& lexicon = date_lexicon(language);
  const auto size = static_cast<std::uint32_t>(text.size());
  const auto space = [&](std::uint32_t at) {
    const char c = text[at];
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  };
  std::vector<TemporalExpression> out;
  for (const DateWindow& window : windows) {
    std::uint32_t begin = window.from_start ? 0 : window.begin;
    while (begin > 0 && !space(begin - 1)) --begin;
    std::uint32_t end = window.to_end ? size : window.end;
    while (end < size && !space(end)) ++end;
    const std::vector<Token> tokens = scan_date_tokens(text, {begin, end - begin}, lexicon);
    // The words at the ends must be fillers to the scanner too: a rule reads no further.
    const auto filler_at = [&](std::uint32_t byte) -> std::optional<std::size_t> {
      for (std::size_t k = 0; k < tokens.size(); ++k) {
        if (tokens[k].begin <= byte && byte < tokens[k].end) {
          if (tokens[k].filler) return k;
          return std::nullopt;
        }
      }
      return std::nullopt;
    };
    std::size_t keep_first = 0;
    std::size_t keep_end = tokens.size();
    if (!window.from_start) {
      const std::optional<std::size_t> first = filler_at(window.begin);
      if (!first) return std::nullopt;
      keep_first = *first + 1;
    }
    if (!window.to_end) {
      const std::optional<std::size_t> last = window.end > window.begin ? filler_at(window.end - 1)
                                                                         : std::nullopt;
      if (!last) return std::nullopt;
      keep_end = *last;
    }
    Grammar(text, tokens, lexicon, anchor).run(keep_first, keep_end, out);
  }
  return out;
}

}  // namespace lectern
