// N-grams: runs of 2 to 5 consecutive words that recur. An n-gram never crosses a sentence
// boundary and neither starts nor ends with a stopword of its document's language, so "of the"
// is not one but "collective security" and "president of kazakhstan" are.
//
//   std::vector<Ngram> grams = ngrams(corpus, DocSet::all(corpus), {.n = 2, .min_freq = 2});
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/doc_set.h"
#include "index/corpus.h"

namespace lectern {

struct NgramOptions {
  std::uint32_t n = 2;  // 2 to 5
  std::uint32_t min_freq = 2;
};

struct Ngram {
  std::vector<TermId> terms;
  std::uint32_t freq = 0;
  std::uint32_t docs = 0;
  double per_million = 0;  // freq / tokens of the selection * 10^6
};

struct Ngrams {
  std::size_t tokens = 0;    // of the selection
  std::vector<Ngram> grams;  // most frequent first, ties by their keys
};

Ngrams ngrams(const Corpus& corpus, const DocSet& filter, const NgramOptions& options);

}  // namespace lectern
