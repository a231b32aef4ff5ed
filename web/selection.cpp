#include "selection.h"

#include <utility>
#include <variant>

#include "entity_state.h"
#include "query/evaluate.h"
#include "query/parse_query.h"

namespace lectern {

std::string Selection::cache_key() const {
  return std::to_string(corpus_serial) + '\n' + metadata_query_text(filter) + '\n' + filter.query;
}

Selection select(std::shared_ptr<const Corpus> corpus, std::uint64_t corpus_serial,
                 const Filter& filter, std::uint64_t serial) {
  Selection s;
  s.corpus = std::move(corpus);
  s.corpus_serial = corpus_serial;
  s.filter = filter;
  s.serial = serial;
  if (!s.corpus) return s;

  DocSet documents = DocSet::all(*s.corpus);
  // The chips' conditions are built by the app, so the only way they fail is a date the user
  // typed that the query language does not take; the message says which.
  if (const std::string metadata = metadata_query_text(filter); !metadata.empty()) {
    auto parsed = parse_query(metadata);
    if (auto* error = std::get_if<QueryError>(&parsed)) {
      s.metadata_error = error->message;
    } else {
      // The app's entity list, extracted once per corpus and curated, rather than a fresh one;
      // not extracted here at once, which would hold up a frame.
      s.waiting_for_entities = !filter.entity.empty() && !entity_state().ready(corpus_serial);
      if (s.waiting_for_entities) {
        documents = DocSet::none(*s.corpus);
      } else {
        auto matched =
            filter.entity.empty()
                ? matching_documents(*s.corpus, std::get<Query>(parsed))
                : matching_documents(*s.corpus, std::get<Query>(parsed),
                                     entity_state().entities(*s.corpus, corpus_serial));
        if (auto* error = std::get_if<QueryError>(&matched)) {
          s.metadata_error = error->message;
        } else {
          documents = std::get<DocSet>(std::move(matched));
        }
      }
    }
  }

  if (!filter.query.empty()) {
    auto parsed = parse_query(filter.query);
    if (auto* error = std::get_if<QueryError>(&parsed)) {
      s.query_error = std::move(*error);
    } else {
      Query query = std::get<Query>(std::move(parsed));
      auto matched = find_matches(*s.corpus, query, documents);
      auto selected = matching_documents(*s.corpus, query);
      if (auto* error = std::get_if<QueryError>(&matched)) {
        s.query_error = std::move(*error);
      } else if (auto* error = std::get_if<QueryError>(&selected)) {
        s.query_error = std::move(*error);
      } else {
        s.hits = std::get<std::vector<Match>>(std::move(matched));
        documents = documents.intersect(std::get<DocSet>(selected));
        s.query = std::move(query);
      }
    }
  }
  s.documents = std::move(documents);
  return s;
}

}  // namespace lectern
