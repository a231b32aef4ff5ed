// What the current Filter selects in the current Corpus, worked out once per change of either
// and then read by every view: the documents, the user's query and its hits, and the place the
// Reader should show. Views compare `serial` with the one they last prepared for.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/doc_set.h"
#include "analysis/match.h"
#include "filter.h"
#include "index/corpus.h"
#include "query/query.h"
#include "query/query_error.h"

namespace lectern {

// A place in a document the Reader scrolls to (a concordance hit, say).
struct ReaderTarget {
  DocId doc{};
  std::uint32_t offset = 0;  // bytes into the document's text
  std::uint64_t serial = 0;  // a new request, even to the same place, has a new serial
};

struct Selection {
  std::shared_ptr<const Corpus> corpus;  // null until the first corpus is built
  std::uint64_t corpus_serial = 0;       // a new number for every corpus swapped in
  Filter filter;
  std::uint64_t serial = 0;  // changes whenever the corpus or the filter does

  // Documents passing the filter (every document while its text has an error).
  std::optional<DocSet> documents;
  std::optional<Query> query;  // the parsed filter.query, when it is valid and not empty
  // What is wrong with filter.query (offsets into it), or with the date range.
  std::optional<QueryError> query_error;
  std::string metadata_error;  // a date the query language rejects, say
  // The query's hits in the selected documents, in corpus order.
  std::vector<Match> hits;

  std::optional<ReaderTarget> reader;
  // The filter names an entity and the corpus's entities are still being extracted (a slice a
  // frame): no document is selected until they are, and then the app selects again.
  bool waiting_for_entities = false;

  std::size_t document_count() const { return documents ? documents->size() : 0; }
  // A stable text naming the filter, for caches keyed by (corpus, filter).
  std::string cache_key() const;
};

// Evaluates filter over corpus (which may be null) into a Selection numbered serial.
Selection select(std::shared_ptr<const Corpus> corpus, std::uint64_t corpus_serial,
                 const Filter& filter, std::uint64_t serial);

}  // namespace lectern
