// The tokens the temporal-expression grammar reads: words, numbers and single punctuation marks
// with their byte ranges, each word looked up in its language's DateLexicon. A scanner of its
// own rather than the corpus's ICU tokens: dates need the punctuation ICU drops ("17.06.2022",
// "2024-2028", "1990's"), and it runs over raw text in tests and the labelled set alike. Runs of
// words that are no date words become one filler token, so the grammar passes over a sentence
// in a few steps.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/date_lexicon.h"
#include "ingest/document.h"

namespace lectern {

enum class DateTokenKind : unsigned char { word, number, punct };

struct DateToken {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  DateTokenKind kind = DateTokenKind::word;
  bool space_before = false;  // whitespace between this token and the one before
  bool upper = false;         // a word starting with a capital letter
  int value = 0;              // a number's value (capped), or a punctuation mark's code point
  int digits = 0;             // a number's digits
  const DateWord* word = nullptr;
  std::optional<CalendarName> name;
  bool past_weekday = false;  // a weekday with a suffix that makes it the last: "tisdags"
  bool filler = false;        // a run of words no rule starts or reads, kept as one token
};

std::vector<DateToken> scan_date_tokens(std::string_view text, const DateLexicon& lexicon);
// The tokens of part of a text, with offsets in the whole text. Where range begins after white
// space (or at the start) and ends before it (or at the end), they are the tokens the whole
// scan has there, but that a filler there may stand for a longer run in the whole scan.
std::vector<DateToken> scan_date_tokens(std::string_view text, TextSpan range,
                                        const DateLexicon& lexicon);
// The tokens of a corpus term (a case-folded word, extract/date_terms.h), every word looked up
// whatever its length: a folded word may be longer than the text's.
std::vector<DateToken> scan_date_term(std::string_view term, const DateLexicon& lexicon);

// A token no date expression is without, one of which every rule of the grammar reads: a
// number, a month or weekday name, or a word that names a day, a year or a unit of time alone
// ("yesterday", "i fjol", "week" of "last week"). Cue words that only lead up to one ("in",
// "since", "år", "the end of") are none.
bool is_anchor_token(const DateToken& token);

// Hyphen, en dash, em dash, minus: what stands between the ends of "2024-2028".
bool is_date_dash(int code_point);

}  // namespace lectern
