#include "extract/date_lexicon.h"

#include <algorithm>

#include "extract/language_cache.h"
#include "text/icu_includes.h"

namespace lectern {
namespace {

std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= phrase.size()) {
    const std::size_t space = std::min(phrase.find(' ', start), phrase.size());
    if (space > start) words.emplace_back(phrase.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

bool unbroken_by_index(std::string_view word) {
  std::int32_t at = 0;
  const auto length = static_cast<std::int32_t>(word.size());
  while (at < length) {
    UChar32 c = 0;
    U8_NEXT(word.data(), at, length, c);
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
      case U_WB_ALETTER:
      case U_WB_HEBREW_LETTER:
      case U_WB_EXTEND:
      case U_WB_FORMAT:
      case U_WB_MIDLETTER:
      case U_WB_MIDNUMLET:
      case U_WB_SINGLE_QUOTE:
        break;
      default:
        return false;
    }
  }
  return true;
}

}  // namespace

DateLexicon::DateLexicon(std::string_view language) : names_(calendar_names(language)) {
  for (const DateLanguageRules& rules : date_language_rules()) {
    if (rules.language != language) continue;
    month_first_numeric_ = rules.month_first_numeric;
    modifier_after_ = rules.modifier_after;
    declines_ = !rules.stem_letters.empty();
    if (declines_) names_.set_stem_letters(rules.stem_letters);
  }
  for (const DateCueWord& cue : date_cue_words()) {
    if (cue.language != language) continue;
    if (cue.cue == DateCue::month_form) {
      names_.add(cue.phrase, CalendarName{CalendarNameKind::month, cue.value, true, false});
      continue;
    }
    if (cue.cue == DateCue::future_tense || cue.cue == DateCue::past_tense) {
      tense_phrases_.push_back({split_words(cue.phrase), cue.cue == DateCue::future_tense ? 1 : -1});
      continue;
    }
    if (cue.cue == DateCue::past_weekday_suffix) {
      past_weekday_suffixes_.emplace_back(cue.phrase);
      continue;
    }
    const auto index = static_cast<std::uint16_t>(phrases_.size());
    phrases_.push_back({split_words(cue.phrase), {}, cue.cue, cue.value});
    const std::string& first = phrases_.back().words.front();
    words_[first].phrases.push_back(index);
    words_[first].cues |= cue_bit(cue.cue);
    for (const std::string& word : phrases_.back().words) {
      longest_word_ = std::max(longest_word_, word.size());
    }
  }
  // Every word of a phrase has an entry, so tokens compare with phrase words by entry.
  // (References into an unordered_map stay valid as it grows.)
  for (DateCuePhrase& phrase : phrases_) {
    for (const std::string& word : phrase.words) phrase.entries.push_back(&words_[word]);
    if (phrase.cue == DateCue::relative_day || phrase.cue == DateCue::relative_year ||
        phrase.cue == DateCue::unit) {
      words_[phrase.words.back()].anchor = true;
    }
  }
  names_.for_each([this](const std::string& folded, const CalendarName& name) {
    words_[folded].name = name;
    longest_word_ = std::max(longest_word_, folded.size());
  });
  for (const auto& entry : words_) {
    const std::string& word = entry.first;
    if (word.empty()) continue;
    words_unbroken_by_index_ = words_unbroken_by_index_ && unbroken_by_index(word);
    shapes_[static_cast<unsigned char>(word[0])] |= std::uint64_t{1} << std::min<std::size_t>(word.size(), 63);
  }
}

const DateWord* DateLexicon::find_entry(const std::string& folded) const {
  const auto found = words_.find(folded);
  return found == words_.end() ? nullptr : &found->second;
}

const DateLexicon& date_lexicon(std::string_view language) {
  return per_language<DateLexicon>(language,
                                   [](std::string_view l) { return DateLexicon(l); });
}

}  // namespace lectern
