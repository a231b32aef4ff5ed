#include "analysis/keyness.h"

#include <algorithm>
#include <cmath>

#include "analysis/statistics.h"
#include "analysis/term_counts.h"

namespace lectern {

DocSet rest_of(const DocSet& target, const DocSet& filter) {
  return filter.intersect(target.complement());
}

Keyness keyness(const Corpus& corpus, const DocSet& target, const DocSet& reference,
                const KeynessOptions& options) {
  TermSelector selector(corpus, options.keep);
  const TermCounts in_target = count_terms(corpus, target, selector);
  const TermCounts in_reference = count_terms(corpus, reference, selector);

  Keyness out;
  out.target_tokens = in_target.tokens;
  out.reference_tokens = in_reference.tokens;
  if (out.target_tokens == 0 || out.reference_tokens == 0) return out;
  const double c = static_cast<double>(out.target_tokens);
  const double d = static_cast<double>(out.reference_tokens);

  std::vector<KeynessTerm> all;
  for (std::uint32_t t = 0; t < in_target.freq.size(); ++t) {
    const std::uint32_t a = in_target.freq[t];
    const std::uint32_t b = in_reference.freq[t];
    if (a + b == 0 || a + b < options.min_freq) continue;
    KeynessTerm term;
    term.term = TermId{t};
    term.freq = a;
    term.docs = in_target.docs[t];
    term.ref_freq = b;
    term.sign = keyness_sign(a, b, c, d);
    term.log_likelihood = term.sign * log_likelihood(a, b, c, d);
    term.log_ratio = log_ratio(a, b, c, d);
    term.p = chi_square_p(std::abs(term.log_likelihood));
    all.push_back(term);
  }
  out.comparisons = all.size();

  const auto wanted = [&](const KeynessTerm& term) {
    switch (options.direction) {
      case KeynessDirection::positive: return term.sign > 0;
      case KeynessDirection::negative: return term.sign < 0;
      case KeynessDirection::both: return true;
    }
    return true;
  };
  for (KeynessTerm& term : all) {
    if (options.bonferroni) {
      term.p = std::min(1.0, term.p * static_cast<double>(out.comparisons));
    }
    if (wanted(term) && term.p <= options.max_p) out.terms.push_back(term);
  }

  const auto score = [&](const KeynessTerm& term) {
    return options.measure == KeynessMeasure::log_likelihood ? term.log_likelihood : term.log_ratio;
  };
  // Negative keywords read best most-underused first; otherwise the highest score leads.
  const bool ascending = options.direction == KeynessDirection::negative;
  const Lexicon& lexicon = corpus.lexicon();
  std::sort(out.terms.begin(), out.terms.end(), [&](const KeynessTerm& x, const KeynessTerm& y) {
    const double sx = score(x);
    const double sy = score(y);
    if (sx != sy) return ascending ? sx < sy : sx > sy;
    if (x.freq != y.freq) return x.freq > y.freq;
    return lexicon.str(x.term) < lexicon.str(y.term);
  });
  return out;
}

}  // namespace lectern
