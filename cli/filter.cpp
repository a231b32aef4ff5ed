#include "filter.h"

#include <variant>

#include "query/evaluate.h"
#include "query/parse_query.h"
#include "query/query_error.h"

namespace lectern::cli {
namespace {

Problem explain(std::string_view what, const std::string& text, const QueryError& error) {
  // caret_lines ends each of its two lines with '\n'; indent both under the message.
  const std::string lines = caret_lines(text, error);
  const std::size_t split = lines.find('\n');
  std::string problem = std::string(what) + ": " + error.message + "\n  " +
                        lines.substr(0, split + 1) + "  " + lines.substr(split + 1);
  problem.pop_back();
  return problem;
}

}  // namespace

Problem parse_filter(std::string_view what, const std::string& text, Query& query) {
  auto parsed = parse_query(text);
  if (auto* error = std::get_if<QueryError>(&parsed)) return explain(what, text, *error);
  query = std::get<Query>(std::move(parsed));
  return {};
}

Problem filter_documents(const Corpus& corpus, std::string_view what, const std::string& text,
                         DocSet& documents, const Entities* entities) {
  Query query;
  if (Problem problem = parse_filter(what, text, query); !problem.empty()) return problem;
  auto matched = entities == nullptr ? matching_documents(corpus, query)
                                     : matching_documents(corpus, query, *entities);
  if (auto* error = std::get_if<QueryError>(&matched)) return explain(what, text, *error);
  documents = std::get<DocSet>(std::move(matched));
  return {};
}

Problem filter_matches(const Corpus& corpus, std::string_view what, const std::string& text,
                       const DocSet& within, std::vector<Match>& matches) {
  Query query;
  if (Problem problem = parse_filter(what, text, query); !problem.empty()) return problem;
  auto found = find_matches(corpus, query, within);
  if (auto* error = std::get_if<QueryError>(&found)) return explain(what, text, *error);
  matches = std::get<std::vector<Match>>(std::move(found));
  return {};
}

Problem read_where(const Corpus& corpus, const Options& options, DocSet& selection,
                   const Entities* entities) {
  if (!options.has("where")) return {};
  DocSet matching = DocSet::none(corpus);
  if (Problem problem =
          filter_documents(corpus, "--where", options.text("where"), matching, entities);
      !problem.empty()) {
    return problem;
  }
  selection = selection.intersect(matching);
  return {};
}

}  // namespace lectern::cli
