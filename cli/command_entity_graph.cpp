// lectern entity-graph: entities named together in a sentence or a document, as graph data.
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "command_args.h"
#include "commands.h"
#include "curated_entities.h"
#include "extract/cooccurrence.h"
#include "filter.h"
#include "table.h"

namespace lectern::cli {

int run_entity_graph(const LoadedInput& input, const Options& options) {
  const Corpus& corpus = *input.corpus;
  DocSet selection = DocSet::all(corpus);
  std::size_t top = 0;
  std::string scope_name;
  Entities found;
  for (const Problem& problem :
       {curated_entities(corpus, options, found), read_selection(corpus, options, selection),
        read_where(corpus, options, selection, &found), read_top(options, 20, top),
        read_choice(options, "scope", {"sentence", "document"}, "sentence", scope_name)}) {
    if (!problem.empty()) return usage_problem(problem);
  }
  const CooccurrenceScope scope =
      scope_name == "document" ? CooccurrenceScope::document : CooccurrenceScope::sentence;
  const CooccurrenceGraph graph = entity_cooccurrence(found, selection, scope);
  const std::size_t rows = top == 0 ? graph.edges.size() : std::min(top, graph.edges.size());
  const auto name = [&](std::uint32_t e) { return found.entities[e].name; };

  if (options.json) {
    nlohmann::ordered_json out;
    out["scope"] = scope_name;
    out["units"] = graph.units;
    out["nodes"] = nlohmann::json::array();
    for (const EntityNode& node : graph.nodes) {
      out["nodes"].push_back({{"name", name(node.entity)},
                              {"type", to_string(found.entities[node.entity].type)},
                              {"units", node.units}});
    }
    out["edges"] = nlohmann::json::array();
    for (std::size_t i = 0; i < rows; ++i) {
      const EntityEdge& edge = graph.edges[i];
      out["edges"].push_back({{"a", name(edge.a)},
                              {"b", name(edge.b)},
                              {"count", edge.count},
                              {"log_dice", rounded(edge.log_dice, 2)}});
    }
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }
  Table table({{"entity"}, {"with"}, {"count", Align::right}, {"logdice", Align::right}});
  for (std::size_t i = 0; i < rows; ++i) {
    const EntityEdge& edge = graph.edges[i];
    table.add({name(edge.a), name(edge.b), std::to_string(edge.count), fixed(edge.log_dice, 2)});
  }
  std::fputs(table.render().c_str(), stdout);
  return 0;
}

}  // namespace lectern::cli
