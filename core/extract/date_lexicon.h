// One language's date words in one table, for the temporal-expression grammar: CLDR month and
// weekday names (month_names.h) and the cue phrases of date_cue_words.h, looked up by the
// case-folded word a phrase or name starts with. Built once per language and kept.
#pragma once

#include <algorithm>
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
  std::uint32_t cues = 0;              // bit c set when one of them has DateCue c
  // The last word of a phrase that names a day, a year or a unit of time alone ("yesterday",
  // "går" of "i går", "week"): every expression without a number or a name has one.
  bool anchor = false;
};

constexpr std::uint32_t cue_bit(DateCue cue) { return 1u << static_cast<unsigned>(cue); }

class DateLexicon {
 public:
  explicit DateLexicon(std::string_view language);

  // The entry of a case-folded word, or nullptr for a word that is no date word.
  const DateWord* find(const std::string& folded) const {
    // Most words are no date words: a table of the first bytes and lengths of those that are
    // turns most of them away before hashing.
    if (folded.empty() || !shape(folded)) return nullptr;
    return find_entry(folded);
  }
  // A declined month or weekday name (Russian "июне"), for a word find() does not know.
  std::optional<CalendarName> find_declined(std::string_view folded) const {
    if (!declines_) return std::nullopt;
    return names_.find_by_stem(folded);
  }
  // For a word of ASCII letters, unfolded: false when its lower case cannot be a date word.
  bool may_hold_ascii(std::string_view word) const {
    const unsigned char first = static_cast<unsigned char>(word[0]);
    const unsigned char lower = first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : first;
    return (shapes_[lower] >> std::min<std::size_t>(word.size(), 63)) & 1u;
  }
  bool declines() const { return declines_; }
  const DateCuePhrase& phrase(std::uint16_t index) const { return phrases_[index]; }
  bool month_first_numeric() const { return month_first_numeric_; }
  bool modifier_after() const { return modifier_after_; }
  const std::vector<std::string>& past_weekday_suffixes() const { return past_weekday_suffixes_; }
  // The tense phrases (DateCue::future_tense, past_tense), kept apart from the date words: they
  // are read only around a bare weekday, from the text, so they make no word a date word.
  struct TensePhrase {
    std::vector<std::string> words;  // case-folded
    int tense;                       // -1 past, 1 future
  };
  const std::vector<TensePhrase>& tense_phrases() const { return tense_phrases_; }
  // Longer words are no date words: the scanner skips them without folding.
  std::size_t longest_word() const { return longest_word_; }
  // Whether every date word is of letters ICU's word breaking never splits a run of (Unicode
  // Word_Break ALetter and the like), as in the alphabets of en, sv, de, fr, es and ru; not so
  // for scripts broken by dictionary (Chinese, Thai). extract/date_terms.h relies on it.
  bool words_unbroken_by_index() const { return words_unbroken_by_index_; }

 private:
  bool shape(const std::string& folded) const {
    const auto first = static_cast<unsigned char>(folded[0]);
    return (shapes_[first] >> std::min<std::size_t>(folded.size(), 63)) & 1u;
  }
  const DateWord* find_entry(const std::string& folded) const;

  std::uint64_t shapes_[256] = {};  // bit n of shapes_[b]: a word of n bytes starts with byte b
  std::unordered_map<std::string, DateWord> words_;
  std::vector<DateCuePhrase> phrases_;
  CalendarNames names_;
  std::vector<std::string> past_weekday_suffixes_;
  std::vector<TensePhrase> tense_phrases_;
  bool declines_ = false;  // the language has stem_letters
  bool month_first_numeric_ = false;
  bool modifier_after_ = false;
  std::size_t longest_word_ = 0;
  bool words_unbroken_by_index_ = true;
};

const DateLexicon& date_lexicon(std::string_view language);

}  // namespace lectern
