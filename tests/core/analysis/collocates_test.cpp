#include "analysis/collocates.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis_fixtures.h"
#include "support/printing.h"

using namespace lectern;

namespace {

const Collocate* find(const Corpus& corpus, const Collocates& found, const std::string& key) {
  for (const Collocate& c : found.terms) {
    if (corpus.lexicon().str(c.term) == key) return &c;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("collocates of a node, one word each side, worked by hand") {
  // Positions: doc 1: collective 0, SECURITY 1, is 2, the aim leaders signed the treaty 8,
  //   delegates met in astana (0-12); doc 2: the 13, collective 14, SECURITY 15, treaty 16,
  //   was signed they read the treaty 22 delegates agreed (13-24); doc 3: collective 25,
  //   SECURITY 26, treaty 27, delegates met (25-29). N = 30.
  // Three matches (f_x = 3); windows 0, 2 / 14, 16 / 25, 27: R1 = 6 window tokens.
  const auto corpus = test::corpus_of(
      {{"en",
        "Collective security is the aim. Leaders signed the treaty. Delegates met in Astana."},
       {"en", "The collective security treaty was signed. They read the treaty. Delegates agreed."},
       {"en", "Collective security treaty delegates met."}});
  const DocSet all = DocSet::all(*corpus);
  const std::vector<Match> nodes = match_phrase(*corpus, "security", all);
  const Collocates found = collocates(*corpus, all, nodes, {.left = 1, .right = 1});
  CHECK(found.node_freq == 3);
  CHECK(found.window_tokens == 6);
  CHECK(found.tokens == 30);
  REQUIRE(found.terms.size() == 2);  // "is" is a stopword; min_freq 2

  // collective: O11 = 3, f_y = 3. O12 = 6 - 3 = 3, O21 = 0, O22 = 30 - 6 - 0 = 24.
  //   E11 = 6 * 3 / 30 = 0.6; E12 = 6 * 27 / 30 = 5.4; E21 = 24 * 3 / 30 = 2.4;
  //   E22 = 24 * 27 / 30 = 21.6.
  //   logDice = 14 + log2(2 * 3 / (3 + 3)) = 14
  //   MI = log2(3 / 0.6) = log2(5) = 2.321928
  //   t = (3 - 0.6) / sqrt(3) = 2.4 / 1.732051 = 1.385641
  //   G2 = 2 (3 ln 5 + 3 ln(3 / 5.4) + 0 + 24 ln(24 / 21.6))
  //      = 2 (4.828314 - 1.763360 + 2.528652) = 11.187212
  const Collocate& collective = found.terms[0];
  CHECK(corpus->lexicon().str(collective.term) == "collective");
  CHECK(collective.freq == 3);
  CHECK(collective.docs == 3);
  CHECK(collective.term_freq == 3);
  CHECK(collective.log_dice == doctest::Approx(14.0));
  CHECK(collective.mutual_information == doctest::Approx(2.321928).epsilon(1e-6));
  CHECK(collective.t_score == doctest::Approx(1.385641).epsilon(1e-6));
  CHECK(collective.log_likelihood == doctest::Approx(11.187212).epsilon(1e-6));

  // treaty: O11 = 2 (positions 16, 27), f_y = 4 (8, 16, 22, 27). O12 = 4, O21 = 2, O22 = 22.
  //   E11 = 6 * 4 / 30 = 0.8; E12 = 6 * 26 / 30 = 5.2; E21 = 24 * 4 / 30 = 3.2;
  //   E22 = 24 * 26 / 30 = 20.8.
  //   logDice = 14 + log2(2 * 2 / (3 + 4)) = 14 + log2(4/7) = 13.192645
  //   MI = log2(2 / 0.8) = log2(2.5) = 1.321928
  //   t = (2 - 0.8) / sqrt(2) = 0.848528
  //   G2 = 2 (2 ln 2.5 + 4 ln(4 / 5.2) + 2 ln(2 / 3.2) + 22 ln(22 / 20.8))
  //      = 2 (1.832581 - 1.049457 - 0.940007 + 1.233968) = 2.154171
  const Collocate& treaty = found.terms[1];
  CHECK(corpus->lexicon().str(treaty.term) == "treaty");
  CHECK(treaty.freq == 2);
  CHECK(treaty.docs == 2);
  CHECK(treaty.term_freq == 4);
  CHECK(treaty.score == doctest::Approx(13.192645).epsilon(1e-6));
  CHECK(treaty.mutual_information == doctest::Approx(1.321928).epsilon(1e-6));
  CHECK(treaty.t_score == doctest::Approx(0.848528).epsilon(1e-6));
  CHECK(treaty.log_likelihood == doctest::Approx(2.154171).epsilon(1e-6));

  // Ranked by another measure, the score follows it.
  const Collocates by_t = collocates(
      *corpus, all, nodes, {.left = 1, .right = 1, .measure = CollocationMeasure::t_score});
  CHECK(by_t.terms[0].score == doctest::Approx(1.385641).epsilon(1e-6));
}

TEST_CASE("overlapping windows count a token once; node positions are not collocates") {
  // security 0, council 1, and 2, security 3, council 4, met 5. Windows of 2: the first
  // match covers 1, 2; the second 1, 2 (already counted), 4, 5. R1 = 4, council O11 = 2.
  const auto corpus = test::corpus_of({{"en", "Security council and security council met."}});
  const DocSet all = DocSet::all(*corpus);
  const auto nodes = match_phrase(*corpus, "security", all);
  const Collocates found = collocates(*corpus, all, nodes, {.left = 2, .right = 2, .min_freq = 1});
  CHECK(found.window_tokens == 4);
  const Collocate* council = find(*corpus, found, "council");
  REQUIRE(council);
  CHECK(council->freq == 2);
  CHECK(find(*corpus, found, "security") == nullptr);
  CHECK(find(*corpus, found, "and") == nullptr);  // a stopword
  const Collocates with_stopwords = collocates(
      *corpus, all, nodes, {.left = 2, .right = 2, .min_freq = 1, .keep = {.stopwords = true}});
  CHECK(find(*corpus, with_stopwords, "and") != nullptr);
}

TEST_CASE("windows stop at the document's edge") {
  const auto corpus =
      test::corpus_of({{"en", "Astana hosted the summit."}, {"en", "Security talks followed."}});
  const DocSet all = DocSet::all(*corpus);
  const auto nodes = match_phrase(*corpus, "security", all);
  const Collocates found = collocates(*corpus, all, nodes, {.left = 3, .right = 3, .min_freq = 1});
  CHECK(found.window_tokens == 2);  // talks, followed; nothing from the first document
  CHECK(find(*corpus, found, "summit") == nullptr);
}

TEST_CASE("collocates of security in the sample corpus") {
  const auto corpus = test::sample();
  const DocSet all = DocSet::all(*corpus);
  const auto nodes = match_phrase(*corpus, "security", all);
  REQUIRE(nodes.size() >= 3);
  const Collocates found = collocates(*corpus, all, nodes, {});
  std::vector<std::string> keys;
  for (const Collocate& c : found.terms) keys.emplace_back(corpus->lexicon().str(c.term));
  CAPTURE(keys);
  CHECK(std::find(keys.begin(), keys.end(), "collective") != keys.end());
  CHECK(std::find(keys.begin(), keys.end(), "treaty") != keys.end());
}
