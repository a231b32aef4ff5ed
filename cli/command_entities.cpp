// lectern entities: the entity list, most mentioned first.
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "command_args.h"
#include "commands.h"
#include "curated_entities.h"
#include "extract/entities.h"
#include "filter.h"
#include "table.h"

namespace lectern::cli {
namespace {

// The entity's mentions in the documents of selection.
std::uint32_t mentions_in(const Entity& entity, const DocSet& selection) {
  std::uint32_t count = 0;
  for (const DocCount& d : entity.docs) {
    if (selection.contains(d.doc)) count += d.mentions;
  }
  return count;
}

}  // namespace

int run_entities(const LoadedInput& input, const Options& options) {
  const Corpus& corpus = *input.corpus;
  DocSet selection = DocSet::all(corpus);
  std::size_t top = 0;
  // Entities are found in the whole corpus, so evidence from every document decides types and
  // merges, and then counted in the selection.
  Entities found;
  // The curated list first: --where's entity: terms name entities as the user curated them.
  for (const Problem& problem :
       {curated_entities(corpus, options, found), read_selection(corpus, options, selection),
        read_where(corpus, options, selection, &found), read_top(options, 20, top)}) {
    if (!problem.empty()) return usage_problem(problem);
  }
  std::vector<const Entity*> shown;
  for (const Entity& entity : found.entities) {
    if (!entity.hidden && mentions_in(entity, selection) > 0) shown.push_back(&entity);
  }
  std::stable_sort(shown.begin(), shown.end(), [&](const Entity* a, const Entity* b) {
    return mentions_in(*a, selection) > mentions_in(*b, selection);
  });
  if (top != 0 && shown.size() > top) shown.resize(top);

  if (options.json) {
    nlohmann::ordered_json out;
    out["entities"] = nlohmann::json::array();
    for (const Entity* entity : shown) {
      nlohmann::ordered_json docs = nlohmann::ordered_json::object();
      for (const DocCount& d : entity->docs) {
        if (selection.contains(d.doc)) docs[corpus.document(d.doc).meta.id] = d.mentions;
      }
      nlohmann::ordered_json evidence = nlohmann::json::array();
      for (const Evidence& e : entity->evidence) {
        evidence.push_back({{"kind", to_string(e.kind)}, {"detail", e.detail}, {"count", e.count}});
      }
      nlohmann::ordered_json merges = nlohmann::json::array();
      for (const Merge& m : entity->merges) {
        merges.push_back({{"from", m.from}, {"into", m.into}, {"reason", to_string(m.reason)}});
      }
      out["entities"].push_back({{"name", entity->name},
                                 {"type", to_string(entity->type)},
                                 {"aliases", found.aliases(*entity)},
                                 {"mentions", mentions_in(*entity, selection)},
                                 {"docs", docs},
                                 {"evidence", evidence},
                                 {"merges", merges}});
    }
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }
  Table table({{"entity"}, {"type"}, {"mentions", Align::right}, {"docs", Align::right}, {"aliases"}});
  for (const Entity* entity : shown) {
    std::string aliases;
    for (const std::string& alias : found.aliases(*entity)) {
      if (alias == entity->name) continue;
      if (!aliases.empty()) aliases += ", ";
      aliases += alias;
    }
    std::size_t docs = 0;
    for (const DocCount& d : entity->docs) docs += selection.contains(d.doc) ? 1 : 0;
    table.add({entity->name, to_string(entity->type), std::to_string(mentions_in(*entity, selection)),
               std::to_string(docs), aliases});
  }
  std::fputs(table.render().c_str(), stdout);
  return 0;
}

}  // namespace lectern::cli
