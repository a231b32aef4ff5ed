// The terms that set one document apart from the others of a selection, by TF-IDF (Salton &
// Buckley 1988, "Term-weighting approaches in automatic text retrieval"; Manning, Raghavan &
// Schuetze 2008, "Introduction to Information Retrieval", ch. 6.2). The variant used:
//   tf  = the term's count in the document / the document's tokens (all tokens),
//   idf = ln(N / df), N the documents of the selection (the document included), df those
//         holding the term,
//   score = tf * idf.
// A term found in every document scores 0, however frequent.
//
//   std::vector<ScoredTerm> top = tfidf(corpus, DocSet::all(corpus), DocId{2}, {});
#pragma once

#include <cstdint>
#include <vector>

#include "analysis/doc_set.h"
#include "analysis/term_selector.h"
#include "index/corpus.h"

namespace lectern {

struct TfidfOptions {
  TermSelection keep{};
  std::uint32_t min_freq = 1;  // in the document
};

struct TfidfTerm {
  TermId term{};
  std::uint32_t freq = 0;  // in the document
  std::uint32_t docs = 0;  // df: documents of the selection holding the term
  double tf = 0;
  double idf = 0;
  double score = 0;
};

// The document's terms, highest score first (ties: higher freq, then term key).
std::vector<TfidfTerm> tfidf(const Corpus& corpus, const DocSet& filter, DocId doc,
                             const TfidfOptions& options);

}  // namespace lectern
