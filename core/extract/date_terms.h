// Which terms of a corpus can hold a date, worked out once per language from the term strings
// (already case-folded by the index, index/lexicon.h), so that finding the dates of a document
// reads its term ids rather than its every byte (extract/document_dates.h).
//
// An anchor term holds a token every date expression has (extract/date_tokens.h,
// is_anchor_token: a number, a month or weekday name, "yesterday", "week"); a plain term is one
// word that is no date word at all, not even a cue like "in" or "the", so no rule of the grammar
// reads past it. Other terms ("in", "since", "år", "the") are neither: they matter only beside an
// anchor.
//
//   const DateTerms terms(corpus.lexicon(), "en");
//   terms.anchor(*corpus.lexicon().find("june"))      // true
//   terms.plain(*corpus.lexicon().find("president"))  // true
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "index/lexicon.h"

namespace lectern {

class DateTerms {
 public:
  DateTerms(const Lexicon& terms, std::string_view language);

  bool anchor(TermId term) const { return kinds_[to_index(term)] == Kind::anchor; }
  bool plain(TermId term) const { return kinds_[to_index(term)] == Kind::plain; }
  // False for a language whose date words the index may split (words of scripts ICU breaks by
  // dictionary, such as Chinese or Thai): its documents are read whole.
  bool usable() const { return usable_; }

 private:
  enum class Kind : std::uint8_t { other, anchor, plain };
  std::vector<Kind> kinds_;
  bool usable_ = true;
};

}  // namespace lectern
