#include "extract/date_tokens.h"

#include <string>

#include "text/icu_includes.h"

namespace lectern {
namespace {

bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

DateToken make_token(std::int32_t begin, std::int32_t end, DateTokenKind kind, bool space_before) {
  DateToken token;
  token.begin = static_cast<std::uint32_t>(begin);
  token.end = static_cast<std::uint32_t>(end);
  token.kind = kind;
  token.space_before = space_before;
  return token;
}

class Scanner {
 public:
  Scanner(std::string_view text, const DateLexicon& lexicon, bool look_up_every_word)
      : text_(text), lexicon_(lexicon), look_up_every_word_(look_up_every_word) {}

  // The tokens of text[begin, end), at their offsets in the whole text. The scan starts as
  // after white space.
  std::vector<DateToken> scan(std::uint32_t begin, std::uint32_t end) {
    std::vector<DateToken> tokens;
    end_ = end;
    const auto length = static_cast<std::int32_t>(end);
    std::int32_t i = static_cast<std::int32_t>(begin);
    bool space = true;
    while (i < length) {
      const std::int32_t start = i;
      UChar32 c = static_cast<unsigned char>(text_[static_cast<std::size_t>(i)]);
      if (c < 0x80) {
        ++i;
      } else {
        U8_NEXT(text_.data(), i, length, c);
      }
      if (c >= '0' && c <= '9') {
        DateToken token = make_token(start, start, DateTokenKind::number, space);
        i = start;
        while (i < length && text_[static_cast<std::size_t>(i)] >= '0' &&
               text_[static_cast<std::size_t>(i)] <= '9') {
          if (token.digits < 9) token.value = token.value * 10 + (text_[static_cast<std::size_t>(i)] - '0');
          ++token.digits;
          ++i;
        }
        token.end = static_cast<std::uint32_t>(i);
        tokens.push_back(token);
        space = false;
      } else if (is_letter(c)) {
        i = scan_word(start, tokens, space);
        space = false;
      } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c < 0 ||
                 (c >= 0x80 && u_isUWhiteSpace(c))) {
        space = true;
      } else {
        DateToken token = make_token(start, i, DateTokenKind::punct, space);
        token.value = c;
        tokens.push_back(token);
        space = false;
      }
    }
    return tokens;
  }

 private:
  static bool is_letter(UChar32 c) {
    if (c < 0x80) return is_ascii_letter(static_cast<unsigned char>(c));
    return u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK;
  }

  // A run of letters, with apostrophes between letters kept ("aujourd'hui") except after a
  // one- or two-letter elided article or preposition ("l'année", "d'août"), which is a word
  // of its own.
  std::int32_t scan_word(std::int32_t start, std::vector<DateToken>& tokens, bool space) {
    const auto length = static_cast<std::int32_t>(end_);
    std::int32_t i = start;
    std::int32_t letters = 0;
    bool apostrophe = false;
    while (i < length) {
      std::int32_t next = i;
      UChar32 c = static_cast<unsigned char>(text_[static_cast<std::size_t>(i)]);
      if (c < 0x80) {
        ++next;
      } else {
        U8_NEXT(text_.data(), next, length, c);
      }
      if (is_letter(c)) {
        i = next;
        ++letters;
        continue;
      }
      if (!is_apostrophe(c) || next >= length) break;
      std::int32_t after = next;
      UChar32 following = 0;
      U8_NEXT(text_.data(), after, length, following);
      if (!is_letter(following)) break;
      // "It's", "I'm", "we'd": one letter after the apostrophe is an English contraction's, and
      // stays in its word, as the corpus's word breaks keep it (so a window of document_dates()
      // ends on the same word here); "l'an", "d'août" and "qu'il" are elisions.
      std::int32_t beyond = after;
      UChar32 third = 0;
      if (beyond < length) U8_NEXT(text_.data(), beyond, length, third);
      const bool one_letter_after = beyond == after || !is_letter(third);
      if (letters <= 2 && !one_letter_after) {
        add_word(start, next, tokens, space, true);
        return scan_word(next, tokens, false);
      }
      apostrophe = true;
      i = next;
    }
    add_word(start, i, tokens, space, apostrophe);
    return i;
  }

  // Most words are no date words: a run of them becomes one filler token, so the grammar walks
  // a few tokens per sentence rather than every word.
  void add_word(std::int32_t begin, std::int32_t end, std::vector<DateToken>& tokens, bool space,
                bool apostrophe) {
    DateToken token = make_token(begin, end, DateTokenKind::word, space);
    const std::string_view word = text_.substr(static_cast<std::size_t>(begin),
                                               static_cast<std::size_t>(end - begin));
    // A word of ASCII letters folds to its lower case, so the lexicon's table of first bytes
    // and lengths turns most words away before folding them.
    const bool ascii_miss = !apostrophe && !lexicon_.declines() && is_ascii(word) &&
                            !lexicon_.may_hold_ascii(word);
    if (ascii_miss) {
      if (auto past = past_weekday(word)) {
        token.name = past;
        token.past_weekday = true;
      }
    } else if (look_up_every_word_ || word.size() <= lexicon_.longest_word() + 2) {
      fold_word_into(word, folded_);
      if (apostrophe) {
        normalise_apostrophes(folded_);
        if (!folded_.empty() && folded_.back() == '\'') folded_.pop_back();
      }
      token.word = lexicon_.find(folded_);
      if (token.word != nullptr) {
        token.name = token.word->name;
      } else if (auto declined = lexicon_.find_declined(folded_)) {
        token.name = declined;
      } else if (auto past = past_weekday(word)) {
        token.name = past;
        token.past_weekday = true;
      }
    }
    const bool date_word = token.word != nullptr || token.name || word.size() == 1;
    if (date_word) {
      UChar32 first = 0;
      std::int32_t at = 0;
      U8_NEXT(word.data(), at, static_cast<std::int32_t>(word.size()), first);
      token.upper = u_isupper(first) || u_istitle(first);
    }
    // Only white space can stand between two fillers (punctuation is a token), and no rule
    // reads past a filler, so one token stands for the run.
    if (!date_word && !tokens.empty() && tokens.back().filler) {
      tokens.back().end = static_cast<std::uint32_t>(end);
      return;
    }
    token.filler = !date_word;
    tokens.push_back(token);
  }

  // Swedish "tisdags": a weekday name with a suffix of past_weekday_suffixes().
  std::optional<CalendarName> past_weekday(std::string_view word) const {
    for (const std::string& suffix : lexicon_.past_weekday_suffixes()) {
      if (!word.ends_with(suffix)) continue;
      const DateWord* entry = lexicon_.find(fold_word(word.substr(0, word.size() - suffix.size())));
      if (entry != nullptr && entry->name && entry->name->kind == CalendarNameKind::weekday &&
          !entry->name->abbreviated) {
        return entry->name;
      }
    }
    return std::nullopt;
  }

  static bool is_ascii(std::string_view word) {
    for (const char c : word) {
      if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
  }

  static void normalise_apostrophes(std::string& folded) {
    static constexpr std::string_view kRightQuote = "\xE2\x80\x99";
    for (std::size_t at = folded.find(kRightQuote); at != std::string::npos;
         at = folded.find(kRightQuote, at)) {
      folded.replace(at, kRightQuote.size(), "'");
    }
  }

  std::string_view text_;
  const DateLexicon& lexicon_;
  bool look_up_every_word_ = false;
  std::uint32_t end_ = 0;
  std::string folded_;
};

}  // namespace

bool is_date_dash(int c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2212; }

std::vector<DateToken> scan_date_tokens(std::string_view text, const DateLexicon& lexicon) {
  return Scanner(text, lexicon, false).scan(0, static_cast<std::uint32_t>(text.size()));
}

std::vector<DateToken> scan_date_tokens(std::string_view text, TextSpan range,
                                        const DateLexicon& lexicon) {
  return Scanner(text, lexicon, false).scan(range.offset, range.offset + range.length);
}

std::vector<DateToken> scan_date_term(std::string_view term, const DateLexicon& lexicon) {
  return Scanner(term, lexicon, true).scan(0, static_cast<std::uint32_t>(term.size()));
}

bool is_anchor_token(const DateToken& token) {
  if (token.kind == DateTokenKind::number) return true;
  if (token.kind != DateTokenKind::word) return false;
  if (token.name) return true;
  return token.word != nullptr && token.word->anchor;
}

}  // namespace lectern
