#include "analysis/term_counts.h"

#include <limits>

namespace lectern {

TermCounts count_terms(const Corpus& corpus, const DocSet& selection, TermSelector& selector) {
  TermCounts counts;
  const std::size_t terms = corpus.lexicon().size();
  counts.freq.assign(terms, 0);
  counts.docs.assign(terms, 0);
  // The last document each term was counted in, so a document adds 1 to docs only once.
  std::vector<std::uint32_t> last_doc(terms, std::numeric_limits<std::uint32_t>::max());
  for (std::uint32_t d = 0; d < corpus.document_count(); ++d) {
    const DocId doc{d};
    if (!selection.contains(doc)) continue;
    const DocumentEntry& entry = corpus.document(doc);
    counts.documents += 1;
    counts.tokens += entry.token_count;
    selector.enter(doc);
    for (std::uint32_t p = tokens_begin(entry); p < tokens_end(entry); ++p) {
      const CorpusPos pos{p};
      if (!selector.keeps(pos)) continue;
      const std::uint32_t term = to_index(selector.term_at(pos));
      counts.freq[term] += 1;
      if (last_doc[term] != d) {
        last_doc[term] = d;
        counts.docs[term] += 1;
      }
    }
  }
  return counts;
}

}  // namespace lectern
