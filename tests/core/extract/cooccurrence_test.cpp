#include "extract/cooccurrence.h"

#include <string>

#include <doctest/doctest.h>

#include "core/analysis/analysis_fixtures.h"

namespace lectern {
namespace {

const EntityEdge* edge_between(const Entities& found, const CooccurrenceGraph& graph,
                               const std::string& a, const std::string& b) {
  for (const EntityEdge& edge : graph.edges) {
    const std::string& x = found.entities[edge.a].name;
    const std::string& y = found.entities[edge.b].name;
    if ((x == a && y == b) || (x == b && y == a)) return &edge;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("entity co-occurrence: sentence and document counts with logDice, worked by hand") {
  // Sentences: {Putin, Tokayev, Astana}, {Tokayev}, {Putin, Astana}; one document.
  const auto corpus = test::corpus_of(
      {{"en", "Yesterday Putin met Tokayev in Astana. Then Tokayev spoke. Later Putin left Astana."}});
  const Entities found = extract_entities(*corpus);
  const CooccurrenceGraph sentences =
      entity_cooccurrence(found, DocSet::all(*corpus), CooccurrenceScope::sentence);
  CHECK(sentences.units == 3);
  CHECK(sentences.nodes.size() == 3);
  const EntityEdge* putin_astana = edge_between(found, sentences, "Putin", "Astana");
  const EntityEdge* putin_tokayev = edge_between(found, sentences, "Putin", "Tokayev");
  REQUIRE(putin_astana != nullptr);
  REQUIRE(putin_tokayev != nullptr);
  // f_xy = 2, f_x = f_y = 2: 14 + log2(2*2 / (2+2)) = 14.
  CHECK(putin_astana->count == 2);
  CHECK(putin_astana->log_dice == doctest::Approx(14.0));
  // f_xy = 1, f_x = f_y = 2: 14 + log2(2 / 4) = 13.
  CHECK(putin_tokayev->count == 1);
  CHECK(putin_tokayev->log_dice == doctest::Approx(13.0));
  CHECK(sentences.edges.front().count == 2);  // strongest first

  const CooccurrenceGraph documents =
      entity_cooccurrence(found, DocSet::all(*corpus), CooccurrenceScope::document);
  CHECK(documents.units == 1);
  CHECK(documents.edges.size() == 3);
  CHECK(edge_between(found, documents, "Putin", "Tokayev")->log_dice == doctest::Approx(14.0));
}

TEST_CASE("entity co-occurrence: only the documents of the set count") {
  const auto corpus = test::sample();
  const Entities found = extract_entities(*corpus);
  DocSet swedish = DocSet::none(*corpus);
  swedish.insert(static_cast<DocId>(2));  // 002_e67f6fabb1a4c6ef.txt, the Swedish article
  const CooccurrenceGraph all = entity_cooccurrence(found, DocSet::all(*corpus), CooccurrenceScope::document);
  const CooccurrenceGraph one = entity_cooccurrence(found, swedish, CooccurrenceScope::document);
  CHECK(one.units == 1);
  CHECK(all.units == 5);
  for (const EntityEdge& edge : one.edges) CHECK(edge.count == 1);
  CHECK(one.edges.size() < all.edges.size());
}

}  // namespace lectern
