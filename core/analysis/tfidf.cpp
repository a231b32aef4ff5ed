#include "analysis/tfidf.h"

#include <algorithm>
#include <cmath>

#include "analysis/term_counts.h"

namespace lectern {

std::vector<TfidfTerm> tfidf(const Corpus& corpus, const DocSet& filter, DocId doc,
                             const TfidfOptions& options) {
  DocSet selection = filter;
  selection.insert(doc);
  TermSelector selector(corpus, options.keep);
  const TermCounts counts = count_terms(corpus, selection, selector);
  DocSet just_doc = DocSet::none(corpus);
  just_doc.insert(doc);
  const TermCounts in_doc = count_terms(corpus, just_doc, selector);

  std::vector<TfidfTerm> out;
  if (in_doc.tokens == 0) return out;
  const double documents = static_cast<double>(counts.documents);
  for (std::uint32_t t = 0; t < in_doc.freq.size(); ++t) {
    if (in_doc.freq[t] == 0 || in_doc.freq[t] < options.min_freq) continue;
    TfidfTerm term;
    term.term = TermId{t};
    term.freq = in_doc.freq[t];
    term.docs = counts.docs[t];
    term.tf = static_cast<double>(term.freq) / static_cast<double>(in_doc.tokens);
    term.idf = std::log(documents / static_cast<double>(term.docs));
    term.score = term.tf * term.idf;
    out.push_back(term);
  }
  const Lexicon& lexicon = corpus.lexicon();
  std::sort(out.begin(), out.end(), [&](const TfidfTerm& x, const TfidfTerm& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.freq != y.freq) return x.freq > y.freq;
    return lexicon.str(x.term) < lexicon.str(y.term);
  });
  return out;
}

}  // namespace lectern
