#include "analysis/word_list.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "analysis/doc_set.h"
#include "analysis_fixtures.h"
#include "support/printing.h"

using namespace lectern;

namespace {

const WordListEntry* find(const Corpus& corpus, const WordList& list, const std::string& key) {
  for (const WordListEntry& entry : list.terms) {
    if (corpus.lexicon().str(entry.term) == key) return &entry;
  }
  return nullptr;
}

}  // namespace

// Three documents of 5, 5 and 3 tokens (13): part shares s = 5/13, 5/13, 3/13.
// "in" and "the" are English stopwords.
TEST_CASE("word list: frequency, documents, per million and Gries' DP, worked by hand") {
  const auto corpus = test::corpus_of({{"en", "Putin met Tokayev in Astana."},
                                       {"en", "Tokayev spoke Kazakh. Putin listened."},
                                       {"en", "The summit closed."}});
  const WordList list = word_list(*corpus, DocSet::all(*corpus), {});
  CHECK(list.tokens == 13);
  CHECK(list.documents == 3);

  std::vector<std::string> order;
  for (const WordListEntry& entry : list.terms)
    order.emplace_back(corpus->lexicon().str(entry.term));
  // Most frequent first, ties alphabetical; stopwords left out.
  CHECK(order == std::vector<std::string>{"putin", "tokayev", "astana", "closed", "kazakh",
                                          "listened", "met", "spoke", "summit"});

  struct Row {
    const char* term;
    std::uint32_t freq, docs;
    double per_million, dp, dp_norm;
  };
  const Row rows[] = {
      // tokayev: 1 + 1 in the first two parts, v = 1/2, 1/2, 0.
      // |1/2 - 5/13| = 3/26 twice, |0 - 3/13| = 6/26: sum 12/26, DP = 6/26 = 0.230769,
      // DPnorm = (6/26) / (1 - 3/13) = (6/26) * (13/10) = 0.3; per million 2/13 * 10^6.
      {"tokayev", 2, 2, 153846.15, 0.230769, 0.3},
      // astana: v = 1, 0, 0: |1 - 5/13| + 5/13 + 3/13 = 16/13, DP = 8/13 = 0.615385,
      // DPnorm = (8/13) / (10/13) = 0.8
      {"astana", 1, 1, 76923.08, 0.615385, 0.8},
      // summit, only in the smallest part: 5/13 + 5/13 + |1 - 3/13| = 20/13, DP = 10/13,
      // DPnorm = 1
      {"summit", 1, 1, 76923.08, 0.769231, 1.0},
  };
  for (const Row& row : rows) {
    CAPTURE(row.term);
    const WordListEntry* entry = find(*corpus, list, row.term);
    REQUIRE(entry);
    CHECK(entry->freq == row.freq);
    CHECK(entry->docs == row.docs);
    CHECK(entry->per_million == doctest::Approx(row.per_million).epsilon(1e-6));
    CHECK(entry->dp == doctest::Approx(row.dp).epsilon(1e-5));
    CHECK(entry->dp_norm == doctest::Approx(row.dp_norm).epsilon(1e-5));
  }
}

TEST_CASE("word list: stopwords and numbers only when asked, per document language") {
  // "den" is a Swedish stopword but an ordinary word in English text.
  const auto corpus = test::corpus_of(
      {{"en", "In 2024 the den was empty."}, {"sv", "Den 2024 var tom och den var kall."}});
  const DocSet all = DocSet::all(*corpus);

  const WordList plain = word_list(*corpus, all, {});
  CHECK(find(*corpus, plain, "2024") == nullptr);
  CHECK(find(*corpus, plain, "the") == nullptr);
  CHECK(find(*corpus, plain, "och") == nullptr);
  REQUIRE(find(*corpus, plain, "den"));
  CHECK(find(*corpus, plain, "den")->freq == 1);  // the English one only
  CHECK(find(*corpus, plain, "den")->docs == 1);

  const WordList everything =
      word_list(*corpus, all, {.keep = {.stopwords = true, .numbers = true}});
  REQUIRE(find(*corpus, everything, "2024"));
  CHECK(find(*corpus, everything, "2024")->freq == 2);
  CHECK(find(*corpus, everything, "den")->freq == 3);
  CHECK(find(*corpus, everything, "och")->freq == 1);
  CHECK(everything.tokens == plain.tokens);  // sizes always count every token
}

TEST_CASE("word list of a selection and with a minimum frequency") {
  const auto corpus = test::corpus_of({{"en", "Putin met Tokayev in Astana."},
                                       {"en", "Tokayev spoke Kazakh. Putin listened."},
                                       {"en", "The summit closed."}});
  DocSet second = DocSet::none(*corpus);
  second.insert(DocId{1});
  const WordList list = word_list(*corpus, second, {});
  CHECK(list.tokens == 5);
  CHECK(list.terms.size() == 5);
  CHECK(find(*corpus, list, "astana") == nullptr);
  // One part: DP is 0 for every term.
  CHECK(find(*corpus, list, "tokayev")->dp == doctest::Approx(0.0));

  const WordList frequent = word_list(*corpus, DocSet::all(*corpus), {.min_freq = 2});
  CHECK(frequent.terms.size() == 2);
}

TEST_CASE("word list of the sample corpus: content words lead, DP within bounds") {
  const auto corpus = test::sample();
  const WordList list = word_list(*corpus, DocSet::all(*corpus), {});
  REQUIRE(list.terms.size() > 100);
  CHECK(list.documents == 5);
  std::vector<std::string> top;
  for (std::size_t i = 0; i < 10; ++i) top.emplace_back(corpus->lexicon().str(list.terms[i].term));
  CAPTURE(top);
  CHECK(std::find(top.begin(), top.end(), "kazakhstan") != top.end());
  CHECK(std::find(top.begin(), top.end(), "putin") != top.end());
  for (const WordListEntry& entry : list.terms) {
    CHECK(entry.dp >= 0.0);
    CHECK(entry.dp_norm <= 1.0 + 1e-9);
  }
}

TEST_CASE("word list with stemming: a word's forms count as one, under its most frequent form") {
  // English: freedoms x3 + freedom x1 share the stem "freedom"; declaration x2 + declared x1 share
  // "declar". Swedish: rättigheter x2 + rättigheterna x1 share "rätt" in Swedish stemming only.
  const auto corpus = test::corpus_of({{"en",
                                        "Freedoms declared. The declaration of freedoms. A "
                                        "freedom, and freedoms, in a declaration."},
                                       {"sv", "Rättigheter och rättigheterna. Rättigheter."}});
  const DocSet all = DocSet::all(*corpus);
  const WordList forms = word_list(*corpus, all, {});
  REQUIRE(find(*corpus, forms, "freedoms"));
  CHECK(find(*corpus, forms, "freedoms")->freq == 3);
  REQUIRE(find(*corpus, forms, "freedom"));
  CHECK(find(*corpus, forms, "freedom")->freq == 1);
  REQUIRE(find(*corpus, forms, "rättigheter"));
  CHECK(find(*corpus, forms, "rättigheter")->freq == 2);

  const WordList stems = word_list(*corpus, all, {.keep = {.stem = true}});
  REQUIRE(find(*corpus, stems, "freedoms"));
  CHECK(find(*corpus, stems, "freedoms")->freq == 4);
  CHECK(find(*corpus, stems, "freedoms")->docs == 1);
  CHECK(find(*corpus, stems, "freedom") == nullptr);  // counted under "freedoms"
  REQUIRE(find(*corpus, stems, "declaration"));
  CHECK(find(*corpus, stems, "declaration")->freq == 3);
  CHECK(find(*corpus, stems, "declared") == nullptr);
  REQUIRE(find(*corpus, stems, "rättigheter"));
  CHECK(find(*corpus, stems, "rättigheter")->freq == 3);
  CHECK(find(*corpus, stems, "rättigheterna") == nullptr);
  CHECK(stems.tokens == forms.tokens);
  // Stopwords are still judged on the form: "the", "of", "och" stay out.
  CHECK(find(*corpus, stems, "the") == nullptr);
  CHECK(find(*corpus, stems, "och") == nullptr);
}
