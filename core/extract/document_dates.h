// The temporal expressions of a corpus document, found by reading only the stretches of its
// text around its date words: the term ids at its corpus positions (already folded by the index)
// say where the anchors of dates are (extract/date_terms.h), and each stretch runs from the plain
// word before an anchor to the plain word after it. What it finds is exactly what
// find_temporal_expressions finds in the whole text outside boilerplate
// (tests/core/extract/document_dates_test.cpp checks it on the seed corpus, SOTU and the
// labelled sentences); most of a text holds no date, so this reads a small part of it.
//
//   const DateTerms terms(corpus.lexicon(), "en");
//   for (const TemporalExpression& e : document_dates(corpus, doc, terms)) ...
#pragma once

#include <vector>

#include "extract/date_terms.h"
#include "extract/temporal_expressions.h"
#include "index/corpus.h"

namespace lectern {

// terms must be made for the document's language from corpus.lexicon(). The expressions that
// overlap a boilerplate line are left out (the index has no tokens there to find them by).
std::vector<TemporalExpression> document_dates(const Corpus& corpus, DocId doc,
                                               const DateTerms& terms);

// The same, read from the whole text: the reference document_dates is checked against.
std::vector<TemporalExpression> document_dates_full_scan(const Document& document);

}  // namespace lectern
