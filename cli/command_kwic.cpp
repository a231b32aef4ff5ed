// lectern kwic QUERY: a concordance of a word or phrase.
#include <cstdio>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "analysis/kwic.h"
#include "command_args.h"
#include "commands.h"
#include "filter.h"
#include "query/evaluate.h"
#include "table.h"

namespace lectern::cli {

int run_kwic(const LoadedInput& input, const Options& options) {
  const Corpus& corpus = *input.corpus;
  const std::string query = options.arguments.at(0);
  DocSet selection = DocSet::all(corpus);
  long window = 0;
  std::string sort;
  std::size_t top = 0;
  for (const Problem& problem :
       {read_selection(corpus, options, selection), read_where(corpus, options, selection),
        read_number(options, "window", 0, 50, 5, window),
        read_choice(options, "sort", {"doc", "left", "right"}, "doc", sort),
        read_top(options, 0, top)}) {
    if (!problem.empty()) return usage_problem(problem);
  }
  // QUERY is in the query language: its words, phrases, wildcards and regular expressions give
  // the hits, in the documents that satisfy it as a whole.
  std::vector<Match> matches;
  if (Problem problem = filter_matches(corpus, "QUERY", query, selection, matches);
      !problem.empty()) {
    return usage_problem(problem);
  }
  const Kwic concordance = kwic(corpus, matches,
                                {.window = static_cast<std::uint32_t>(window),
                                 .sort = sort == "left"    ? KwicSort::left
                                         : sort == "right" ? KwicSort::right
                                                           : KwicSort::document,
                                 .limit = top});

  if (options.json) {
    nlohmann::ordered_json out;
    out["query"] = query;
    out["total"] = concordance.total;
    out["hits"] = nlohmann::json::array();
    for (const KwicHit& hit : concordance.hits) {
      out["hits"].push_back({{"doc", corpus.document(hit.doc).meta.id},
                             {"left", hit.left},
                             {"match", hit.text},
                             {"right", hit.right},
                             {"offset", hit.offset},
                             {"length", hit.length}});
    }
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }
  Table table({{"doc"}, {"left", Align::right}, {"match"}, {"right"}});
  for (const KwicHit& hit : concordance.hits) {
    table.add({corpus.document(hit.doc).meta.id, hit.left, hit.text, hit.right});
  }
  std::fputs(table.render().c_str(), stdout);
  std::printf("%zu of %zu hits\n", concordance.hits.size(), concordance.total);
  return 0;
}

}  // namespace lectern::cli
