#include "analysis/collocates.h"

#include <algorithm>
#include <limits>

#include "analysis/statistics.h"
#include "analysis/term_counts.h"

namespace lectern {

Collocates collocates(const Corpus& corpus, const DocSet& filter, std::span<const Match> nodes,
                      const CollocateOptions& options) {
  Collocates out;
  const std::size_t terms = corpus.lexicon().size();
  TermSelector everything(corpus, {.stopwords = true, .numbers = true});
  const TermCounts counts = count_terms(corpus, filter, everything);
  out.tokens = counts.tokens;

  std::vector<Match> inside;
  for (const Match& node : nodes) {
    if (filter.contains(corpus.document_at(node.first))) inside.push_back(node);
  }
  out.node_freq = inside.size();

  // A position is taken once it is a node's or already counted in an earlier window.
  std::vector<bool> taken(corpus.token_count(), false);
  for (const Match& node : inside) {
    for (std::uint32_t i = 0; i < node.length; ++i) taken[to_index(node.first) + i] = true;
  }
  std::vector<std::uint32_t> together(terms, 0);
  std::vector<std::uint32_t> docs(terms, 0);
  std::vector<std::uint32_t> last_doc(terms, std::numeric_limits<std::uint32_t>::max());
  TermSelector selector(corpus, options.keep);
  for (const Match& node : inside) {
    const DocId doc = corpus.document_at(node.first);
    const DocumentEntry& entry = corpus.document(doc);
    selector.enter(doc);
    const std::uint32_t first = to_index(node.first);
    const std::uint32_t after = first + node.length;
    const std::uint32_t left_begin =
        std::max(tokens_begin(entry), first - std::min(first, options.left));
    const std::uint32_t right_end = std::min(tokens_end(entry), after + options.right);
    const auto visit = [&](std::uint32_t p) {
      if (taken[p]) return;
      taken[p] = true;
      out.window_tokens += 1;
      if (!selector.keeps(CorpusPos{p})) return;
      const std::uint32_t term = to_index(corpus.term_at(CorpusPos{p}));
      together[term] += 1;
      if (last_doc[term] != to_index(doc)) {
        last_doc[term] = to_index(doc);
        docs[term] += 1;
      }
    };
    for (std::uint32_t p = left_begin; p < first; ++p) visit(p);
    for (std::uint32_t p = after; p < right_end; ++p) visit(p);
  }

  const double n = static_cast<double>(out.tokens);
  const double r1 = static_cast<double>(out.window_tokens);
  for (std::uint32_t t = 0; t < terms; ++t) {
    if (together[t] == 0 || together[t] < options.min_freq) continue;
    Collocate c;
    c.term = TermId{t};
    c.freq = together[t];
    c.docs = docs[t];
    c.term_freq = counts.freq[t];
    const double f_xy = c.freq;
    const double f_y = c.term_freq;
    const Contingency table{f_xy, r1 - f_xy, f_y - f_xy, n - r1 - (f_y - f_xy)};
    c.log_dice = log_dice(f_xy, static_cast<double>(out.node_freq), f_y);
    c.mutual_information = mutual_information(table);
    c.t_score = t_score(table);
    c.log_likelihood = log_likelihood(table);
    switch (options.measure) {
      case CollocationMeasure::log_dice: c.score = c.log_dice; break;
      case CollocationMeasure::mutual_information: c.score = c.mutual_information; break;
      case CollocationMeasure::t_score: c.score = c.t_score; break;
      case CollocationMeasure::log_likelihood: c.score = c.log_likelihood; break;
    }
    out.terms.push_back(c);
  }
  const Lexicon& lexicon = corpus.lexicon();
  std::sort(out.terms.begin(), out.terms.end(), [&](const Collocate& x, const Collocate& y) {
    if (x.score != y.score) return x.score > y.score;
    if (x.freq != y.freq) return x.freq > y.freq;
    return lexicon.str(x.term) < lexicon.str(y.term);
  });
  return out;
}

}  // namespace lectern
