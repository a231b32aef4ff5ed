#include "extract/date_terms.h"

#include "extract/date_lexicon.h"
#include "extract/date_tokens.h"

namespace lectern {

DateTerms::DateTerms(const Lexicon& terms, std::string_view language) {
  const DateLexicon& lexicon = date_lexicon(language);
  usable_ = lexicon.words_unbroken_by_index();
  kinds_.resize(terms.size(), Kind::other);
  for (std::size_t t = 0; t < terms.size(); ++t) {
    const std::string_view term = terms.str(static_cast<TermId>(t));
    const std::vector<DateToken> tokens = scan_date_term(term, lexicon);
    bool anchor = false;
    for (const DateToken& token : tokens) anchor = anchor || is_anchor_token(token);
    if (anchor) {
      kinds_[t] = Kind::anchor;
    } else if (tokens.size() == 1 && tokens[0].filler && tokens[0].begin == 0 &&
               tokens[0].end == term.size()) {
      kinds_[t] = Kind::plain;
    }
  }
}

}  // namespace lectern
