#include "analysis/timeline.h"

#include <doctest/doctest.h>

#include "timeline_fixtures.h"

using namespace lectern;
using namespace lectern::test;

namespace {
std::string surface(const Corpus& corpus, const TimelineEvent& e) {
  return corpus.document(e.doc).meta.text.substr(e.expression.span.offset,
                                                 e.expression.span.length);
}
}  // namespace

TEST_CASE("The sample corpus: one document dated by its header, dates in the texts by date") {
  const auto corpus = sample();
  const Timeline timeline = build_timeline(*corpus, DocSet::all(*corpus));
  REQUIRE(timeline.documents.size() == 1);
  CHECK(corpus->document(timeline.documents[0].doc).meta.id == "000_e50c1cd99b7197a3.txt");
  CHECK(timeline.documents[0].period.value == "2024-11-30");
  CHECK(timeline.undated.size() == 4);
  REQUIRE(timeline.events.size() >= 10);
  for (std::size_t i = 1; i < timeline.events.size(); ++i) {
    CHECK(timeline.events[i - 1].expression.period.begin <= timeline.events[i].expression.period.begin);
  }
  bool found_june = false;
  for (const TimelineEvent& e : timeline.events) {
    if (surface(*corpus, e) != "June 17, 2022") continue;
    found_june = true;
    CHECK(e.expression.period.value == "2022-06-17");
    CHECK(e.snippet.find("The first incident occurred on June 17, 2022") == 0);
  }
  CHECK(found_june);
  // "Yesterday" and "Today" in an undated article are listed, not resolved against today.
  REQUIRE(timeline.unresolved.size() >= 2);
  CHECK(surface(*corpus, timeline.unresolved[0]) == "Yesterday");
  CHECK(timeline.unresolved[0].expression.anchored);
}

TEST_CASE("Relative expressions resolve against each document's own date") {
  const auto corpus = dated_corpus({
      {"en", "2024-11-30", "Putin arrived yesterday. The summit ends on Sunday."},
      {"sv", "2024-05-08", "Regeringen presenterade f\xC3\xB6rslaget i g\xC3\xA5r."},
      {"en", "", "Putin arrived yesterday."},
  });
  const Timeline timeline = build_timeline(*corpus, DocSet::all(*corpus));
  REQUIRE(timeline.events.size() == 3);
  CHECK(timeline.events[0].expression.period.value == "2024-05-07");
  // A bare weekday is taken as the last one (news reports what happened), by date first.
  CHECK(timeline.events[1].expression.period.value == "2024-11-24");
  CHECK(timeline.events[1].snippet == "The summit ends on Sunday.");
  CHECK(timeline.events[2].expression.period.value == "2024-11-29");
  CHECK(timeline.events[2].snippet == "Putin arrived yesterday.");
  REQUIRE(timeline.unresolved.size() == 1);
  CHECK(timeline.unresolved[0].doc == DocId{2});
  CHECK(timeline.undated == std::vector<DocId>{DocId{2}});
}

TEST_CASE("A selection limits the timeline to its documents") {
  const auto corpus = dated_corpus({{"en", "2020", "It began in 2019."}, {"en", "2021", "In 2030."}});
  DocSet second = DocSet::none(*corpus);
  second.insert(DocId{1});
  const Timeline timeline = build_timeline(*corpus, second);
  REQUIRE(timeline.documents.size() == 1);
  CHECK(timeline.documents[0].period.value == "2021");
  REQUIRE(timeline.events.size() == 1);
  CHECK(timeline.events[0].expression.period.value == "2030");
}
