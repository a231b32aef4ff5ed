// Which token occurrences an analysis counts. Word lists and keyword tables usually leave out
// numbers and stopwords; n-grams may not start or end with a stopword. Stopwords depend on the
// language, and a corpus mixes languages, so a token is a stopword when its term is on the list
// of its own document's language ("den" is one in Swedish text, not in English).
//
// With .stem, the word forms of a stem count as one: a token counts as its group's
// representative, the term of the corpus most frequent among those with the same Snowball stem
// in the language of the token's document (the form a reader knows; stems are not words).
//
//   TermSelector selector(corpus, {.stopwords = false, .numbers = false});
//   selector.enter(doc);                          // before that document's tokens
//   if (selector.keeps(pos)) count(selector.term_at(pos));
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "index/corpus.h"
#include "index/ids.h"

namespace lectern {

// What to keep besides words that are not stopwords.
struct TermSelection {
  bool stopwords = false;
  bool numbers = false;
  bool stem = false;  // count the forms of a stem as one term (text/stemmer.h)
};

class TermSelector {
 public:
  TermSelector(const Corpus& corpus, TermSelection selection);

  // Makes doc's language the one stopwords are looked up in.
  void enter(DocId doc);

  bool keeps(CorpusPos pos);
  // On the stopword list of the entered document's language (whatever the selection says).
  bool is_stopword(TermId term);

  // The term the token at pos counts as: its own, or with stemming its group's representative.
  TermId term_at(CorpusPos pos) const {
    const TermId term = corpus_.term_at(pos);
    return selection_.stem ? current_->representative[to_index(term)] : term;
  }

 private:
  enum class Verdict : std::uint8_t { unknown, stopword, other };
  struct Language {
    std::vector<Verdict> verdicts;       // lazily filled: a lookup costs a hash only once per term
    std::vector<TermId> representative;  // by term, with stemming
  };
  Language made_for(const std::string& language);

  const Corpus& corpus_;
  TermSelection selection_;
  std::string language_;
  std::map<std::string, Language, std::less<>> languages_;
  Language* current_ = nullptr;
};

}  // namespace lectern
