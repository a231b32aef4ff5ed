// Keywords: the terms more (or less) frequent in a target selection than in a reference, by
// Dunning's log-likelihood and Hardie's log ratio (formulas in analysis/statistics.h).
//
//   DocSet target = DocSet::none(corpus);  target.insert(swedish_doc);
//   Keyness k = keyness(corpus, target, rest_of(target, DocSet::all(corpus)), {});
//   k.terms[0]  // the most distinctive term of the target
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/doc_set.h"
#include "analysis/term_selector.h"
#include "index/corpus.h"

namespace lectern {

enum class KeynessMeasure { log_likelihood, log_ratio };
enum class KeynessDirection {
  positive,  // overused in the target: the usual "keywords"
  negative,  // underused in the target
  both,
};

struct KeynessOptions {
  KeynessMeasure measure = KeynessMeasure::log_likelihood;
  KeynessDirection direction = KeynessDirection::positive;
  TermSelection keep{};
  std::uint32_t min_freq = 1;  // in target and reference together
  // p-values are multiplied by the number of terms compared (Bonferroni), capped at 1.
  bool bonferroni = false;
  double max_p = 1.0;  // terms with a (corrected) p above this are left out
};

struct KeynessTerm {
  TermId term{};
  std::uint32_t freq = 0;      // a: in the target
  std::uint32_t docs = 0;      // target documents holding it
  std::uint32_t ref_freq = 0;  // b: in the reference
  int sign = 0;                // +1 overused in the target, -1 underused
  double log_likelihood = 0;   // G2, signed by `sign`
  double log_ratio = 0;
  double p = 1;  // from G2 with one degree of freedom, Bonferroni-corrected if asked
};

struct Keyness {
  std::size_t target_tokens = 0;     // c
  std::size_t reference_tokens = 0;  // d
  std::size_t comparisons = 0;       // terms tested: the m of the Bonferroni correction
  // Strongest first by the chosen measure: for negative keywords the most underused first.
  std::vector<KeynessTerm> terms;
};

// The reference by default: the documents of filter that are not in target.
DocSet rest_of(const DocSet& target, const DocSet& filter);

Keyness keyness(const Corpus& corpus, const DocSet& target, const DocSet& reference,
                const KeynessOptions& options);

}  // namespace lectern
