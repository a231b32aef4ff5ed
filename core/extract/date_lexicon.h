// One language's date words in one table, for the temporal-expression grammar: CLDR month and
// weekday names (month_names.h) and the cue phrases of date_cue_words.h, looked up by the
// case-folded word a phrase or name starts with. Built once per language and kept.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/date_cue_words.h"
#include "extract/month_names.h"

namespace lectern {

struct DateWord;

struct DateCuePhrase {
  std::vector<std::string> words;  // case-folded
  std::vector<const DateWord*> entries;  // the lexicon entry of each word, to compare tokens by
  DateCue cue;
  int value;
};

struct DateWord {
  std::optional<CalendarName> name;
  std::vector<std::uint16_t> phrases;  // indices of the phrases this word starts
};

class DateLexicon {
 public:
  explicit DateLexicon(std::string_view language);

  // The entry of a case-folded word, or nullptr for a word that is no date word.
  const DateWord* find(const std::string& folded) const;
  // A declined month or weekday name (Russian "июне"), for a word find() does not know.
  std::optional<CalendarName> find_declined(std::string_view folded) const;
  const DateCuePhrase& phrase(std::uint16_t index) const { return phrases_[index]; }
  bool month_first_numeric() const { return month_first_numeric_; }
  bool modifier_after() const { return modifier_after_; }
  const std::vector<std::string>& past_weekday_suffixes() const { return past_weekday_suffixes_; }
  // Longer words are no date words: the scanner skips them without folding.
  std::size_t longest_word() const { return longest_word_; }

 private:
  std::unordered_map<std::string, DateWord> words_;
  std::vector<DateCuePhrase> phrases_;
  CalendarNames names_;
  std::vector<std::string> past_weekday_suffixes_;
  bool month_first_numeric_ = false;
  bool modifier_after_ = false;
  std::size_t longest_word_ = 0;
};

const DateLexicon& date_lexicon(std::string_view language);

}  // namespace lectern
