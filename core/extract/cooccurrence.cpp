#include "extract/cooccurrence.h"

#include <algorithm>
#include <unordered_map>

#include "analysis/statistics.h"

namespace lectern {

CooccurrenceGraph entity_cooccurrence(const Entities& entities, const DocSet& documents,
                                      CooccurrenceScope scope) {
  CooccurrenceGraph graph;
  std::vector<std::uint32_t> units_of(entities.entities.size(), 0);
  // Units naming both, by pair (a << 32 | b): hashed, where an ordered map of pairs took most of
  // the time (35 ms of wasm on SOTU); the edges are sorted once at the end anyway.
  std::unordered_map<std::uint64_t, std::uint32_t> pairs;
  std::vector<std::uint32_t> in_unit;
  const auto close_unit = [&] {
    std::sort(in_unit.begin(), in_unit.end());
    in_unit.erase(std::unique(in_unit.begin(), in_unit.end()), in_unit.end());
    if (!in_unit.empty()) ++graph.units;
    for (std::size_t i = 0; i < in_unit.size(); ++i) {
      ++units_of[in_unit[i]];
      for (std::size_t j = i + 1; j < in_unit.size(); ++j) {
        ++pairs[std::uint64_t{in_unit[i]} << 32 | in_unit[j]];
      }
    }
    in_unit.clear();
  };
  // Mentions are in corpus order, so each unit's mentions are adjacent.
  std::uint32_t unit = 0;
  bool open = false;
  for (const EntityMention& m : entities.mentions) {
    if (!documents.contains(m.doc) || entities.entities[m.entity].hidden) continue;
    const std::uint32_t this_unit = scope == CooccurrenceScope::sentence ? m.sentence : to_index(m.doc);
    if (open && this_unit != unit) close_unit();
    unit = this_unit;
    open = true;
    in_unit.push_back(m.entity);
  }
  close_unit();

  for (std::uint32_t e = 0; e < units_of.size(); ++e) {
    if (units_of[e] > 0) graph.nodes.push_back({e, units_of[e]});
  }
  graph.edges.reserve(pairs.size());
  for (const auto& [pair, count] : pairs) {
    const auto a = static_cast<std::uint32_t>(pair >> 32);
    const auto b = static_cast<std::uint32_t>(pair);
    graph.edges.push_back({a, b, count, log_dice(count, units_of[a], units_of[b])});
  }
  std::sort(graph.edges.begin(), graph.edges.end(), [](const EntityEdge& x, const EntityEdge& y) {
    if (x.count != y.count) return x.count > y.count;
    if (x.log_dice != y.log_dice) return x.log_dice > y.log_dice;
    return std::pair(x.a, x.b) < std::pair(y.a, y.b);
  });
  return graph;
}

}  // namespace lectern
