#include "analysis/tfidf.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis_fixtures.h"
#include "support/printing.h"

using namespace lectern;

namespace {

auto three_documents() {
  return test::corpus_of({{"en", "Putin met Tokayev in Astana."},
                          {"en", "Tokayev spoke Kazakh. Putin listened."},
                          {"en", "The summit closed."}});
}

std::vector<std::string> keys(const Corpus& corpus, const std::vector<TfidfTerm>& terms) {
  std::vector<std::string> out;
  for (const TfidfTerm& term : terms) out.emplace_back(corpus.lexicon().str(term.term));
  return out;
}

}  // namespace

TEST_CASE("TF-IDF of one document, worked by hand") {
  const auto corpus = three_documents();
  const std::vector<TfidfTerm> terms = tfidf(*corpus, DocSet::all(*corpus), DocId{1}, {});
  // The second document has 5 tokens, so tf = 1/5 = 0.2 for each of its words; N = 3.
  // kazakh, listened, spoke: df = 1, idf = ln(3/1) = 1.098612, score = 0.219722
  // putin, tokayev: df = 2, idf = ln(3/2) = 0.405465, score = 0.081093
  CHECK(keys(*corpus, terms) ==
        std::vector<std::string>{"kazakh", "listened", "spoke", "putin", "tokayev"});
  REQUIRE(terms.size() == 5);
  CHECK(terms[0].tf == doctest::Approx(0.2));
  CHECK(terms[0].idf == doctest::Approx(1.098612).epsilon(1e-6));
  CHECK(terms[0].score == doctest::Approx(0.219722).epsilon(1e-5));
  CHECK(terms[4].docs == 2);
  CHECK(terms[4].score == doctest::Approx(0.081093).epsilon(1e-5));
}

TEST_CASE("TF-IDF counts documents within the filter") {
  const auto corpus = three_documents();
  DocSet last_two = DocSet::all(*corpus);
  last_two.erase(DocId{0});
  // N = 2 and tokayev's df = 1 there: 0.2 * ln(2) = 0.138629
  const std::vector<TfidfTerm> terms = tfidf(*corpus, last_two, DocId{1}, {});
  REQUIRE(terms.size() == 5);
  CHECK(terms.back().score == doctest::Approx(0.138629).epsilon(1e-5));

  // In the first two documents putin and tokayev are in both: idf = ln(2/2) = 0.
  DocSet first_two = DocSet::all(*corpus);
  first_two.erase(DocId{2});
  const std::vector<TfidfTerm> shared = tfidf(*corpus, first_two, DocId{1}, {});
  CHECK(shared.back().score == 0.0);
  CHECK(shared[shared.size() - 2].score == 0.0);
}

TEST_CASE("TF-IDF of the Swedish sample document puts Swedish words first") {
  const auto corpus = test::sample();
  DocId swedish{};
  for (std::uint32_t d = 0; d < corpus->document_count(); ++d) {
    if (corpus->document(DocId{d}).meta.id == "002_e67f6fabb1a4c6ef.txt") swedish = DocId{d};
  }
  REQUIRE(corpus->document(swedish).meta.language == "sv");
  const std::vector<TfidfTerm> terms = tfidf(*corpus, DocSet::all(*corpus), swedish, {});
  REQUIRE(terms.size() > 10);
  std::vector<std::string> top = keys(*corpus, terms);
  top.resize(10);
  CAPTURE(top);
  CHECK(std::find(top.begin(), top.end(), "toppmötet") != top.end());
  CHECK(std::find(top.begin(), top.end(), "putin") == top.end());  // in every document
}
