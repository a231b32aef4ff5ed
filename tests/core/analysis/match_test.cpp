#include "analysis/match.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analysis_fixtures.h"
#include "support/printing.h"

using namespace lectern;

TEST_CASE("phrase keys are segmented and folded like the corpus") {
  struct Row {
    std::string phrase;
    std::vector<std::string> keys;
  };
  const Row rows[] = {
      {"Tokayev", {"tokayev"}},
      {"Kassym-Jomart Tokayev", {"kassym", "jomart", "tokayev"}},
      {"  COLLECTIVE   Security ", {"collective", "security"}},
      {"Toppmötet", {"toppmötet"}},
      {"", {}},
      {"?!", {}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.phrase);
    CHECK(phrase_keys(row.phrase) == row.keys);
  }
}

TEST_CASE("phrases match consecutive positions within one document and the filter") {
  // Positions: collective 0, security 1, matters 2 | security 3, collective 4, security 5.
  const auto corpus = test::corpus_of(
      {{"en", "Collective security matters."}, {"en", "Security: collective security."}});
  const DocSet all = DocSet::all(*corpus);
  CHECK(match_phrase(*corpus, "collective security", all) ==
        std::vector<Match>{{CorpusPos{0}, 2}, {CorpusPos{4}, 2}});
  CHECK(match_phrase(*corpus, "security", all) ==
        std::vector<Match>{{CorpusPos{1}, 1}, {CorpusPos{3}, 1}, {CorpusPos{5}, 1}});
  // "matters security" would run across the two documents.
  CHECK(match_phrase(*corpus, "matters security", all).empty());
  CHECK(match_phrase(*corpus, "unknown word", all).empty());
  CHECK(match_phrase(*corpus, "", all).empty());
  DocSet second = DocSet::none(*corpus);
  second.insert(DocId{1});
  CHECK(match_phrase(*corpus, "collective security", second) ==
        std::vector<Match>{{CorpusPos{4}, 2}});
}
