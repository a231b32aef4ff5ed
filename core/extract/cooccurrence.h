// Which entities are named together: pairs of entities in the same sentence or the same
// document of a document set, with the count of sentences (or documents) holding both and
// Rychlý's logDice (2008, "A lexicographer-friendly association score"):
//
//   logDice = 14 + log2(2 f_xy / (f_x + f_y))
//
// f_x and f_y are the numbers of units (sentences or documents) naming x and y, f_xy those
// naming both (analysis/statistics.h log_dice; 14 when x and y always occur together, falling
// by 1 each time the share of shared units halves). As graph data: nodes are entities with
// their unit counts, edges the pairs with a count and a score.
//
//   const CooccurrenceGraph graph =
//       entity_cooccurrence(entities, DocSet::all(corpus), CooccurrenceScope::sentence);
#pragma once

#include <cstdint>
#include <vector>

#include "analysis/doc_set.h"
#include "extract/entities.h"
#include "index/corpus.h"

namespace lectern {

enum class CooccurrenceScope : std::uint8_t { sentence, document };

struct EntityNode {
  std::uint32_t entity = 0;  // index into Entities::entities
  std::uint32_t units = 0;   // sentences or documents naming it
};

struct EntityEdge {
  std::uint32_t a = 0;  // entity indices, a < b
  std::uint32_t b = 0;
  std::uint32_t count = 0;  // units naming both
  double log_dice = 0;
};

struct CooccurrenceGraph {
  std::vector<EntityNode> nodes;  // entities named in the set, by entity index
  std::vector<EntityEdge> edges;  // strongest first (count, then logDice)
  std::uint32_t units = 0;        // sentences or documents of the set naming any entity
};

// Hidden entities (curation.h) are left out.
CooccurrenceGraph entity_cooccurrence(const Entities& entities, const DocSet& documents,
                                      CooccurrenceScope scope);

}  // namespace lectern
