// Month and weekday names of a language, read from ICU's CLDR data (DateFormatSymbols): wide
// and abbreviated, format and stand-alone forms, so Russian "июня" (genitive, the form a date
// takes) and "июнь" (nominative) are both months. Names are looked up by their case-folded
// form; adding a language needs its locale bundle in the ICU data, not code.
//
//   const CalendarNames& names = calendar_names("ru");
//   names.find(fold_word("июня"))   // CalendarName{kind month, value 6}
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lectern {

enum class CalendarNameKind { month, weekday };

struct CalendarName {
  CalendarNameKind kind = CalendarNameKind::month;
  int value = 0;             // month 1..12, or weekday 1 (Monday) .. 7 (Sunday), as ISO 8601
  bool abbreviated = false;  // "Jun", "ons": too ambiguous to stand alone without a number
  bool capitalized = false;  // the language writes it with a capital ("May", "Juni")

  bool operator==(const CalendarName&) const = default;
};

class CalendarNames {
 public:
  // The names of language (an ISO 639-1 code); empty when ICU has no data for it.
  static CalendarNames from_cldr(std::string_view language);

  std::optional<CalendarName> find(std::string_view folded) const;
  // A name by its stem, for languages that decline month names beyond what CLDR lists
  // (Russian "в июне": the prepositional of "июнь"). stem_letters are the case endings cut
  // from both the CLDR forms and the word; empty means exact lookup only.
  std::optional<CalendarName> find_by_stem(std::string_view folded) const;
  void add(std::string_view folded, CalendarName name);
  void set_stem_letters(std::string_view letters);
  bool empty() const { return names_.empty(); }
  template <typename Visit>
  void for_each(Visit visit) const {
    for (const auto& [folded, name] : names_) visit(folded, name);
  }

 private:
  std::string stem(std::string_view folded) const;

  std::unordered_map<std::string, CalendarName> names_;
  std::unordered_map<std::string, CalendarName> stems_;
  std::u32string stem_letters_;
};

// The names of language, built once per language and kept (CLDR lookups are slow).
const CalendarNames& calendar_names(std::string_view language);

// Unicode simple case folding of a UTF-8 word (ICU's u_foldCase), the form names are kept in.
std::string fold_word(std::string_view utf8);
// Appends the folded word to out, which the caller reuses across words (no allocation).
void fold_word_into(std::string_view utf8, std::string& out);

}  // namespace lectern
