#include "extract/entity_extraction.h"

#include <chrono>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "core/analysis/analysis_fixtures.h"
#include "index/corpus_builder.h"
#include "support/sample_corpus.h"

namespace lectern {
namespace {

// Everything a caller of extract_entities() can see, field by field, so a difference says where.
void check_same(const Entities& a, const Entities& b) {
  REQUIRE(a.forms.size() == b.forms.size());
  for (std::size_t f = 0; f < a.forms.size(); ++f) {
    CHECK(a.forms[f].text == b.forms[f].text);
    CHECK(a.forms[f].key == b.forms[f].key);
    CHECK(a.forms[f].mentions == b.forms[f].mentions);
  }
  REQUIRE(a.entities.size() == b.entities.size());
  for (std::size_t e = 0; e < a.entities.size(); ++e) {
    const Entity& x = a.entities[e];
    const Entity& y = b.entities[e];
    CHECK(x.name == y.name);
    CHECK(x.type == y.type);
    CHECK(x.forms == y.forms);
    CHECK(x.mentions == y.mentions);
    REQUIRE(x.docs.size() == y.docs.size());
    for (std::size_t d = 0; d < x.docs.size(); ++d) {
      CHECK(x.docs[d].doc == y.docs[d].doc);
      CHECK(x.docs[d].mentions == y.docs[d].mentions);
    }
    REQUIRE(x.evidence.size() == y.evidence.size());
    for (std::size_t v = 0; v < x.evidence.size(); ++v) {
      CHECK(x.evidence[v].kind == y.evidence[v].kind);
      CHECK(x.evidence[v].detail == y.evidence[v].detail);
      CHECK(x.evidence[v].count == y.evidence[v].count);
    }
    REQUIRE(x.merges.size() == y.merges.size());
    for (std::size_t m = 0; m < x.merges.size(); ++m) {
      CHECK(x.merges[m].from == y.merges[m].from);
      CHECK(x.merges[m].into == y.merges[m].into);
      CHECK(x.merges[m].reason == y.merges[m].reason);
    }
  }
  REQUIRE(a.mentions.size() == b.mentions.size());
  std::size_t differing = 0;
  for (std::size_t i = 0; i < a.mentions.size(); ++i) {
    const EntityMention& x = a.mentions[i];
    const EntityMention& y = b.mentions[i];
    const bool same = x.doc == y.doc && x.first == y.first && x.tokens == y.tokens && x.offset == y.offset &&
                      x.length == y.length && x.sentence == y.sentence && x.form == y.form && x.entity == y.entity;
    if (!same) ++differing;
  }
  CHECK(differing == 0);
}

// Steps of the smallest budget (one unit each) until done, counting them and checking that
// progress only grows.
Entities stepwise(const Corpus& corpus, std::size_t& steps) {
  EntityExtraction extraction(corpus);
  float last = extraction.progress();
  CHECK(last == 0.0f);
  steps = 0;
  while (!extraction.step(std::chrono::microseconds(0))) {
    ++steps;
    const float now = extraction.progress();
    CHECK(now >= last);
    CHECK(now < 1.0f);
    last = now;
  }
  CHECK(extraction.progress() == 1.0f);
  return extraction.result();
}

}  // namespace

TEST_CASE("entity extraction: a step at a time finds what extract_entities() finds at once") {
  const auto corpus = test::sample();
  std::size_t steps = 0;
  const Entities sliced = stepwise(*corpus, steps);
  // Three tables, then a survey and a search of each document, then the grouping.
  CHECK(steps >= 3 + 2 * corpus->document_count());
  const Entities whole = extract_entities(*corpus);
  CHECK(whole.entities.size() > 40);
  check_same(sliced, whole);
}

TEST_CASE("entity extraction: the same on State of the Union addresses beside the sample corpus") {
  CorpusBuilder builder;
  for (const char* name : {"1941_franklin_d_roosevelt_d.txt", "2021_joseph_r_biden_d.txt",
                           "1980_jimmy_carter_d.txt"}) {
    SourceFile file = test::sotu_file(name);
    REQUIRE(!file.bytes.empty());
    builder.add(std::move(file));
  }
  for (SourceFile& file : test::sample_corpus()) builder.add(std::move(file));
  const auto corpus = builder.finish();
  std::size_t steps = 0;
  const Entities sliced = stepwise(*corpus, steps);
  const Entities whole = extract_entities(*corpus);
  CHECK(whole.mentions.size() > 500);
  check_same(sliced, whole);
}

TEST_CASE("entity extraction: result() finishes an extraction stopped half-way") {
  const auto corpus = test::sample();
  EntityExtraction extraction(*corpus);
  for (int i = 0; i < 5; ++i) extraction.step(std::chrono::microseconds(0));
  CHECK_FALSE(extraction.done());
  check_same(extraction.result(), extract_entities(*corpus));
}

TEST_CASE("entity extraction: phase_name() names the phases in the order they run") {
  const auto corpus = test::sample();
  EntityExtraction extraction(*corpus);
  std::vector<std::string> phases{extraction.phase_name()};
  while (!extraction.done()) {
    extraction.step(std::chrono::microseconds(0));
    if (phases.back() != extraction.phase_name()) phases.emplace_back(extraction.phase_name());
  }
  // Tables may be built already by an earlier test in this program; then the first unit of
  // "tables" only makes the finder.
  const std::vector<std::string> expected{"tables", "survey", "find", "group", "form evidence",
                                          "mention evidence", "settle", "order", "done"};
  CHECK(phases == expected);
}

}  // namespace lectern
