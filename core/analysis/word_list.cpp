#include "analysis/word_list.h"

#include <algorithm>
#include <cmath>

#include "analysis/term_counts.h"

namespace lectern {

// Gries' DP summed sparsely: a term absent from part i contributes |0 - s_i| = s_i, so
// sum_i |v_i - s_i| = sum over parts holding the term of |v_i - s_i| + (1 - their sum of s_i).
// Only the parts a term occurs in are visited, in a second pass once its total is known.
WordList word_list(const Corpus& corpus, const DocSet& filter, const WordListOptions& options) {
  TermSelector selector(corpus, options.keep);
  const TermCounts counts = count_terms(corpus, filter, selector);
  const std::size_t terms = counts.freq.size();

  WordList list;
  list.tokens = counts.tokens;
  if (counts.tokens == 0) return list;

  std::vector<double> deviation(terms, 0.0);   // sum of |v_i - s_i| over parts with the term
  std::vector<double> share_held(terms, 0.0);  // sum of s_i over parts with the term
  std::vector<std::uint32_t> in_document(terms, 0);
  std::vector<TermId> seen;
  double min_share = 1.0;
  for (std::uint32_t d = 0; d < corpus.document_count(); ++d) {
    const DocId doc{d};
    const DocumentEntry& entry = corpus.document(doc);
    if (!filter.contains(doc) || entry.token_count == 0) continue;
    list.documents += 1;
    const double share =
        static_cast<double>(entry.token_count) / static_cast<double>(counts.tokens);
    min_share = std::min(min_share, share);
    selector.enter(doc);
    seen.clear();
    for (std::uint32_t p = tokens_begin(entry); p < tokens_end(entry); ++p) {
      const CorpusPos pos{p};
      if (!selector.keeps(pos)) continue;
      const TermId term = selector.term_at(pos);
      if (in_document[to_index(term)]++ == 0) seen.push_back(term);
    }
    for (const TermId term : seen) {
      const std::uint32_t t = to_index(term);
      const double v = static_cast<double>(in_document[t]) / static_cast<double>(counts.freq[t]);
      deviation[t] += std::abs(v - share);
      share_held[t] += share;
      in_document[t] = 0;
    }
  }

  for (std::uint32_t t = 0; t < terms; ++t) {
    if (counts.freq[t] == 0 || counts.freq[t] < options.min_freq) continue;
    WordListEntry entry;
    entry.term = TermId{t};
    entry.freq = counts.freq[t];
    entry.docs = counts.docs[t];
    entry.per_million = static_cast<double>(entry.freq) * 1e6 / static_cast<double>(counts.tokens);
    // Rounding can leave 1 - share_held a hair below zero for a term in every part.
    entry.dp = 0.5 * (deviation[t] + std::max(0.0, 1.0 - share_held[t]));
    entry.dp_norm = min_share < 1.0 ? entry.dp / (1.0 - min_share) : 0.0;
    list.terms.push_back(entry);
  }
  const Lexicon& lexicon = corpus.lexicon();
  std::sort(list.terms.begin(), list.terms.end(),
            [&](const WordListEntry& x, const WordListEntry& y) {
              if (x.freq != y.freq) return x.freq > y.freq;
              return lexicon.str(x.term) < lexicon.str(y.term);
            });
  return list;
}

}  // namespace lectern
