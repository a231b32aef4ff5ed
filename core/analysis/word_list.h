// The word list of a selection of documents: each term's frequency, the documents it occurs
// in, its frequency per million tokens and how evenly it is spread (Gries' DP).
//
//   WordList list = word_list(corpus, DocSet::all(corpus), {});
//   for (const WordListEntry& e : list.terms) print(corpus.lexicon().str(e.term), e.freq);
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/doc_set.h"
#include "analysis/term_selector.h"
#include "index/corpus.h"

namespace lectern {

struct WordListOptions {
  TermSelection keep{};  // stopwords and numbers are left out unless kept
  std::uint32_t min_freq = 1;
};

struct WordListEntry {
  TermId term{};
  std::uint32_t freq = 0;
  std::uint32_t docs = 0;
  double per_million = 0;  // freq / tokens of the selection * 10^6
  double dp = 0;           // Gries' DP over the selection's documents (analysis/statistics.h)
  double dp_norm = 0;
};

struct WordList {
  std::size_t tokens = 0;            // every token of the selection, stopwords and numbers included
  std::size_t documents = 0;         // documents of the selection with at least one token
  std::vector<WordListEntry> terms;  // most frequent first, ties by term key
};

WordList word_list(const Corpus& corpus, const DocSet& filter, const WordListOptions& options);

}  // namespace lectern
