// Running a Query over a Corpus, from postings rather than by scanning the token stream.
//
//   DocSet docs = std::get<DocSet>(matching_documents(corpus, query));     // the filter box
//   std::vector<Match> hits = std::get<std::vector<Match>>(
//       find_matches(corpus, query, DocSet::all(corpus)));                 // a concordance
//
// Semantics are document-level: a document satisfies `a AND b` when it contains both, `NOT a`
// when it does not contain a, `lang:sv` when its metadata says so. The matches of a query are
// the tokens found by its positive word, phrase, wildcard and regex leaves (those under an even
// number of NOTs) in the documents that satisfy the whole query.
//
// Wildcards and regular expressions walk the whole lexicon, testing each term (fine for the
// lexicons of a browser-sized corpus; a sorted lexicon would serve prefixes by binary search).
// entity:NAME selects the documents naming an entity one of whose names or aliases is NAME, in
// any spelling the entity list merged (entity:Tokajev finds the documents about Tokayev), or a
// person by surname (entity:Lukashenko).
// Given no entity list, evaluation extracts one (extract/entities.h) the first time an entity:
// leaf needs it; callers that keep the list, or a curated one, pass it.
#pragma once

#include <variant>
#include <vector>

#include "analysis/doc_set.h"
#include "analysis/match.h"
#include "extract/entities.h"
#include "index/corpus.h"
#include "query/query.h"
#include "query/query_error.h"

namespace lectern {

std::variant<DocSet, QueryError> matching_documents(const Corpus& corpus, const Query& query);
std::variant<DocSet, QueryError> matching_documents(const Corpus& corpus, const Query& query,
                                                    const Entities& entities);

// The matches, in corpus order, in documents of within that satisfy query. A match inside a
// longer one ("putin" within "vladimir putin" for `putin OR "vladimir putin"`) is left out, so
// each place in the text is reported once.
std::variant<std::vector<Match>, QueryError> find_matches(const Corpus& corpus, const Query& query,
                                                          const DocSet& within);
std::variant<std::vector<Match>, QueryError> find_matches(const Corpus& corpus, const Query& query,
                                                          const DocSet& within, const Entities& entities);

// Whether a document's metadata passes a field leaf (lang:, date:, doc:, source:, author:); the
// whole-word, case-insensitive comparison author:hartz uses is here. entity: is no metadata and
// never passes here; matching_documents() evaluates it.
bool passes_field(const Document& document, const Query& field);

}  // namespace lectern
