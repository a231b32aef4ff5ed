#include "analysis/keyness.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "analysis/statistics.h"
#include "analysis/term_counts.h"

namespace lectern {

DocSet rest_of(const DocSet& target, const DocSet& filter) {
  return filter.intersect(target.complement());
}

namespace {

bool one_language(const Corpus& corpus) {
  const auto documents = corpus.documents();
  return std::all_of(documents.begin(), documents.end(), [&](const DocumentEntry& d) {
    return d.meta.language == documents.front().meta.language;
  });
}

// The reference's counts when it is every document outside the target (the default): the
// corpus-wide frequencies less the target's, one pass over the lexicon instead of over the rest
// of the corpus (which is most of it). Each term's kept count corpus-wide is its frequency, less
// its occurrences as a number when numbers are left out, or nothing when it is a stopword left
// out. That needs one verdict per term, so a corpus whose documents are in several languages
// (where a stopword list is per document) is counted in full; so is any other reference, and
// the groups of stemming (which are per language too).
std::optional<TermCounts> counts_of_the_rest(const Corpus& corpus, const DocSet& target,
                                             const DocSet& reference, const TermCounts& in_target,
                                             TermSelector& selector, TermSelection keep) {
  if (reference != target.complement() || corpus.document_count() == 0 || keep.stem) {
    return std::nullopt;
  }
  if (!keep.stopwords && !one_language(corpus)) return std::nullopt;
  selector.enter(DocId{0});
  const auto frequencies = corpus.term_frequencies();
  const auto numbers = corpus.number_frequencies();
  TermCounts rest;
  rest.freq.resize(in_target.freq.size());
  for (std::uint32_t t = 0; t < rest.freq.size(); ++t) {
    if (!keep.stopwords && selector.is_stopword(TermId{t})) continue;
    const std::uint32_t kept = keep.numbers ? frequencies[t] : frequencies[t] - numbers[t];
    rest.freq[t] = kept - in_target.freq[t];
  }
  rest.tokens = corpus.token_count() - in_target.tokens;
  rest.documents = corpus.document_count() - in_target.documents;
  return rest;  // rest.docs is not needed by keyness, and left empty
}

}  // namespace

Keyness keyness(const Corpus& corpus, const DocSet& target, const DocSet& reference,
                const KeynessOptions& options) {
  TermSelector selector(corpus, options.keep);
  const TermCounts in_target = count_terms(corpus, target, selector);
  std::optional<TermCounts> rest =
      counts_of_the_rest(corpus, target, reference, in_target, selector, options.keep);
  const TermCounts in_reference =
      rest ? std::move(*rest) : count_terms(corpus, reference, selector);

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
