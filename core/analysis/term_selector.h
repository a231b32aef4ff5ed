// Which token occurrences an analysis counts. Word lists and keyword tables usually leave out
// numbers and stopwords; n-grams may not start or end with a stopword. Stopwords depend on the
// language, and a corpus mixes languages, so a token is a stopword when its term is on the list
// of its own document's language ("den" is one in Swedish text, not in English).
//
//   TermSelector selector(corpus, {.stopwords = false, .numbers = false});
//   selector.enter(doc);                          // before that document's tokens
//   if (selector.keeps(pos)) count(corpus.term_at(pos));
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
};

class TermSelector {
 public:
  TermSelector(const Corpus& corpus, TermSelection selection);

  // Makes doc's language the one stopwords are looked up in.
  void enter(DocId doc);

  bool keeps(CorpusPos pos);
  // On the stopword list of the entered document's language (whatever the selection says).
  bool is_stopword(TermId term);

 private:
  enum class Verdict : std::uint8_t { unknown, stopword, other };

  const Corpus& corpus_;
  TermSelection selection_;
  std::string language_;
  // Per language, a lazily filled verdict per term: a lookup costs a hash only once per term.
  std::map<std::string, std::vector<Verdict>, std::less<>> verdicts_;
  std::vector<Verdict>* current_ = nullptr;
};

}  // namespace lectern
