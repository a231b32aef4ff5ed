#include "analysis/ngrams.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis_fixtures.h"
#include "support/printing.h"

using namespace lectern;

namespace {

// Sentences in brackets, stopwords (English list) starred:
//   [Collective security is* the* aim.] [Leaders signed the* treaty.] [Delegates met in* Astana.]
//   [The* collective security treaty was* signed.] [They* read the* treaty.] [Delegates agreed.]
//   [Collective security treaty delegates met.]
// 13 + 12 + 5 = 30 tokens. "treaty delegates" occurs three times, but twice across a
// sentence boundary, so it is counted once.
auto treaty_corpus() {
  return test::corpus_of(
      {{"en",
        "Collective security is the aim. Leaders signed the treaty. Delegates met in Astana."},
       {"en", "The collective security treaty was signed. They read the treaty. Delegates agreed."},
       {"en", "Collective security treaty delegates met."}});
}

struct Row {
  std::string gram;
  std::uint32_t freq, docs;
};

std::vector<Row> rows(const Corpus& corpus, const Ngrams& grams) {
  std::vector<Row> out;
  for (const Ngram& gram : grams.grams) {
    std::string text;
    for (const TermId term : gram.terms)
      text += (text.empty() ? "" : " ") + std::string(corpus.lexicon().str(term));
    out.push_back({text, gram.freq, gram.docs});
  }
  return out;
}

void check_rows(const std::vector<Row>& actual, const std::vector<Row>& expected) {
  REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i) {
    CAPTURE(i);
    CHECK(actual[i].gram == expected[i].gram);
    CHECK(actual[i].freq == expected[i].freq);
    CHECK(actual[i].docs == expected[i].docs);
  }
}

}  // namespace

TEST_CASE("bigrams: within sentences, no stopword at either edge") {
  const auto corpus = treaty_corpus();
  const Ngrams grams = ngrams(*corpus, DocSet::all(*corpus), {.n = 2, .min_freq = 2});
  CHECK(grams.tokens == 30);
  // "security is", "the treaty", "met in" have a stopword edge; "aim leaders" crosses a
  // sentence; "treaty delegates" is within a sentence only once.
  check_rows(rows(*corpus, grams),
             {{"collective security", 3, 3}, {"delegates met", 2, 2}, {"security treaty", 2, 2}});
  // 3 / 30 tokens * 10^6
  CHECK(grams.grams[0].per_million == doctest::Approx(100000.0));
}

TEST_CASE("bigrams with a minimum frequency of 1 include the one in-sentence occurrence") {
  const auto corpus = treaty_corpus();
  const Ngrams grams = ngrams(*corpus, DocSet::all(*corpus), {.n = 2, .min_freq = 1});
  // collective security 3; delegates met 2, security treaty 2; then once each:
  // delegates agreed, leaders signed, treaty delegates (doc 3; the two across sentences not)
  check_rows(rows(*corpus, grams), {{"collective security", 3, 3},
                                    {"delegates met", 2, 2},
                                    {"security treaty", 2, 2},
                                    {"delegates agreed", 1, 1},
                                    {"leaders signed", 1, 1},
                                    {"treaty delegates", 1, 1}});
}

TEST_CASE("trigrams and a filter") {
  const auto corpus = treaty_corpus();
  // "treaty was signed" starts fine but "was" is inside, allowed; it occurs once.
  // "treaty delegates met" crosses a sentence in the first document.
  check_rows(rows(*corpus, ngrams(*corpus, DocSet::all(*corpus), {.n = 3, .min_freq = 2})),
             {{"collective security treaty", 2, 2}});
  DocSet last_two = DocSet::all(*corpus);
  last_two.erase(DocId{0});
  check_rows(rows(*corpus, ngrams(*corpus, last_two, {.n = 2, .min_freq = 2})),
             {{"collective security", 2, 2}, {"security treaty", 2, 2}});
  CHECK(ngrams(*corpus, DocSet::all(*corpus), {.n = 5, .min_freq = 2}).grams.empty());
}

TEST_CASE("n-grams of the sample corpus") {
  const auto corpus = test::sample();
  const Ngrams grams = ngrams(*corpus, DocSet::all(*corpus), {.n = 2, .min_freq = 2});
  REQUIRE(grams.grams.size() > 5);
  std::vector<std::string> top;
  for (std::size_t i = 0; i < 10 && i < grams.grams.size(); ++i) {
    std::string text;
    for (const TermId term : grams.grams[i].terms)
      text += (text.empty() ? "" : " ") + std::string(corpus->lexicon().str(term));
    top.push_back(text);
  }
  CAPTURE(top);
  CHECK(std::find(top.begin(), top.end(), "vladimir putin") != top.end());
  for (const Ngram& gram : grams.grams) CHECK(gram.freq >= 2);
}
