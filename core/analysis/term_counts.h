// Term frequencies and document frequencies over a selection of documents: the counts word
// lists, TF-IDF and keyness start from. Dense vectors indexed by TermId, built per call and
// dropped after, so the Corpus itself carries no per-document tables.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/doc_set.h"
#include "analysis/term_selector.h"
#include "index/corpus.h"

namespace lectern {

struct TermCounts {
  std::vector<std::uint32_t> freq;  // occurrences the selector keeps, by TermId
  std::vector<std::uint32_t> docs;  // documents with at least one of them, by TermId
  std::size_t tokens = 0;           // every token of the selection, kept or not
  std::size_t documents = 0;        // documents of the selection
};

TermCounts count_terms(const Corpus& corpus, const DocSet& selection, TermSelector& selector);

// The positions of a document's tokens, [begin, end).
inline std::uint32_t tokens_begin(const DocumentEntry& doc) { return to_index(doc.first_token); }
inline std::uint32_t tokens_end(const DocumentEntry& doc) {
  return to_index(doc.first_token) + doc.token_count;
}

}  // namespace lectern
