#include "analysis/keyness.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis/term_counts.h"
#include "analysis_fixtures.h"
#include "support/printing.h"

using namespace lectern;

namespace {

// Target: the first document, 6 tokens (c). Reference: the other two, 6 + 5 = 11 tokens (d).
// "and" is a stopword and is not compared, but counts in d.
auto three_documents() {
  return test::corpus_of({{"en", "Tokayev spoke Kazakh. Tokayev thanked Putin."},
                          {"en", "Putin spoke Russian. Putin visited Astana."},
                          {"en", "Putin praised Astana and Kazakhstan."}});
}

std::vector<std::string> keys(const Corpus& corpus, const Keyness& keyness) {
  std::vector<std::string> out;
  for (const KeynessTerm& term : keyness.terms) out.emplace_back(corpus.lexicon().str(term.term));
  return out;
}

DocSet first_document(const Corpus& corpus) {
  DocSet target = DocSet::none(corpus);
  target.insert(DocId{0});
  return target;
}

}  // namespace

TEST_CASE("keyness: G2, log ratio and p against the rest, worked by hand") {
  const auto corpus = three_documents();
  const DocSet target = first_document(*corpus);
  const Keyness k = keyness(*corpus, target, rest_of(target, DocSet::all(*corpus)), {});
  CHECK(k.target_tokens == 6);
  CHECK(k.reference_tokens == 11);
  // tokayev, spoke, kazakh, thanked, putin, russian, visited, astana, praised, kazakhstan
  CHECK(k.comparisons == 10);
  // Positive keywords only (a / c > b / d), highest G2 first; kazakh and thanked tie.
  CHECK(keys(*corpus, k) == std::vector<std::string>{"tokayev", "kazakh", "thanked", "spoke"});

  // tokayev: a = 2, b = 0. E1 = 6 * 2 / 17 = 0.705882, E2 = 11 * 2 / 17 = 1.294118.
  // G2 = 2 (2 ln(2 / 0.705882) + 0) = 4 ln(17/6) = 4 * 1.041454 = 4.165815.
  // log ratio, b = 0 taken as 0.5: log2((2/6) / (0.5/11)) = log2(7.3333) = 2.874469.
  // p = erfc(sqrt(4.165815 / 2)) = 0.041248.
  const KeynessTerm& tokayev = k.terms[0];
  CHECK(tokayev.freq == 2);
  CHECK(tokayev.ref_freq == 0);
  CHECK(tokayev.docs == 1);
  CHECK(tokayev.sign == 1);
  CHECK(tokayev.log_likelihood == doctest::Approx(4.165815).epsilon(1e-6));
  CHECK(tokayev.log_ratio == doctest::Approx(2.874469).epsilon(1e-6));
  CHECK(tokayev.p == doctest::Approx(0.041248).epsilon(1e-4));

  // spoke: a = 1, b = 1. E1 = 6 * 2 / 17 = 0.705882, E2 = 1.294118.
  // G2 = 2 (ln(1 / 0.705882) + ln(1 / 1.294118)) = 2 (0.348307 - 0.257829) = 0.180955.
  // log ratio = log2((1/6) / (1/11)) = log2(11/6) = 0.874469.
  const KeynessTerm& spoke = k.terms[3];
  CHECK(spoke.log_likelihood == doctest::Approx(0.180955).epsilon(1e-5));
  CHECK(spoke.log_ratio == doctest::Approx(0.874469).epsilon(1e-6));
}

TEST_CASE("keyness: negative keywords are signed and most underused first") {
  const auto corpus = three_documents();
  const DocSet target = first_document(*corpus);
  const Keyness k = keyness(*corpus, target, rest_of(target, DocSet::all(*corpus)),
                            {.direction = KeynessDirection::negative});
  // astana: a = 0, b = 2. E2 = 11 * 2 / 17 = 1.294118, G2 = 2 * 2 ln(2 / 1.294118)
  //   = 4 ln(17/11) = 4 * 0.435318 = 1.741274, signed -1.741274.
  // kazakhstan, praised, russian, visited: a = 0, b = 1: G2 = 2 ln(17/11) = 0.870637.
  // putin: a = 1, b = 3; 1/6 < 3/11. E1 = 6 * 4 / 17 = 1.411765, E2 = 11 * 4 / 17 = 2.588235,
  //   G2 = 2 (ln(1 / 1.411765) + 3 ln(3 / 2.588235)) = 2 (-0.344840 + 0.442908) = 0.196135.
  CHECK(keys(*corpus, k) ==
        std::vector<std::string>{"astana", "kazakhstan", "praised", "russian", "visited", "putin"});
  CHECK(k.terms[0].log_likelihood == doctest::Approx(-1.741274).epsilon(1e-6));
  CHECK(k.terms[0].sign == -1);
  CHECK(k.terms[1].log_likelihood == doctest::Approx(-0.870637).epsilon(1e-6));
  // putin: log ratio = log2((1/6) / (3/11)) = log2(11/18) = -0.710493
  CHECK(k.terms[5].log_likelihood == doctest::Approx(-0.196135).epsilon(1e-5));
  CHECK(k.terms[5].log_ratio == doctest::Approx(-0.710493).epsilon(1e-6));
}

TEST_CASE("keyness: significance threshold with and without Bonferroni") {
  const auto corpus = three_documents();
  const DocSet target = first_document(*corpus);
  const DocSet reference = rest_of(target, DocSet::all(*corpus));
  // Only tokayev has p < 0.05 (0.041248; kazakh's G2 = 2 ln(17/6) = 2.082908 gives 0.148956).
  const Keyness plain = keyness(*corpus, target, reference, {.max_p = 0.05});
  CHECK(keys(*corpus, plain) == std::vector<std::string>{"tokayev"});
  // Ten comparisons: tokayev's p becomes 10 * 0.041248 = 0.41248, no longer below 0.05.
  const Keyness corrected = keyness(*corpus, target, reference, {.bonferroni = true});
  CHECK(corrected.terms[0].p == doctest::Approx(0.41248).epsilon(1e-4));
  CHECK(keyness(*corpus, target, reference, {.bonferroni = true, .max_p = 0.05}).terms.empty());
}

TEST_CASE("keyness by log ratio ranks by effect size") {
  const auto corpus = three_documents();
  const DocSet target = first_document(*corpus);
  const Keyness k = keyness(*corpus, target, rest_of(target, DocSet::all(*corpus)),
                            {.measure = KeynessMeasure::log_ratio});
  // tokayev 2.874469; kazakh, thanked log2((1/6) / (0.5/11)) = 1.874469; spoke 0.874469
  CHECK(keys(*corpus, k) == std::vector<std::string>{"tokayev", "kazakh", "thanked", "spoke"});
  CHECK(k.terms[1].log_ratio == doctest::Approx(1.874469).epsilon(1e-6));
}

TEST_CASE("keywords of the Swedish sample document against the rest are Swedish") {
  const auto corpus = test::sample();
  DocSet target = DocSet::none(*corpus);
  for (std::uint32_t d = 0; d < corpus->document_count(); ++d) {
    if (corpus->document(DocId{d}).meta.id == "002_e67f6fabb1a4c6ef.txt") target.insert(DocId{d});
  }
  REQUIRE(target.size() == 1);
  const Keyness k = keyness(*corpus, target, rest_of(target, DocSet::all(*corpus)), {});
  REQUIRE(k.terms.size() >= 10);
  std::vector<std::string> top = keys(*corpus, k);
  top.resize(10);
  CAPTURE(top);
  CHECK(std::find(top.begin(), top.end(), "toppmötet") != top.end());
  CHECK(std::find(top.begin(), top.end(), "kazakstan") != top.end());
  for (std::size_t i = 0; i < 10; ++i) {
    CAPTURE(top[i]);
    CHECK(k.terms[i].ref_freq == 0);  // words of the Swedish text alone
    CHECK(k.terms[i].p < 0.05);
  }
}

TEST_CASE("keyness: the rest's counts taken from corpus-wide frequencies equal a full count") {
  // The seed corpus mixes English and Swedish, so with stopwords left out the rest is counted
  // in full; the English-only corpus takes the corpus-wide frequencies for every selection.
  // "2024" and "30" are numbers, "and", "the" and "i" stopwords, so each selection differs.
  const auto mixed = test::sample();
  const auto english = test::corpus_of(
      {{"en", "On 30 November 2024 the summit in Astana opened, and Tokayev spoke Kazakh."},
       {"en", "Putin spoke Russian in 2024 and visited Astana for the 30th summit."},
       {"en", "The summit of 2024 ended; Tokayev thanked Putin and the guests."}});
  for (const auto& corpus : {mixed, english}) {
    for (bool stopwords : {false, true}) {
      for (bool numbers : {false, true}) {
        CAPTURE(corpus->document_count());
        CAPTURE(stopwords);
        CAPTURE(numbers);
        const DocSet target = first_document(*corpus);
        const DocSet reference = rest_of(target, DocSet::all(*corpus));
        const TermSelection keep{.stopwords = stopwords, .numbers = numbers};
        const Keyness k = keyness(*corpus, target, reference,
                                  {.direction = KeynessDirection::both, .keep = keep});
        TermSelector selector(*corpus, keep);
        const TermCounts full = count_terms(*corpus, reference, selector);
        CHECK(k.reference_tokens == full.tokens);
        std::size_t compared = 0;
        for (const KeynessTerm& term : k.terms) {
          CHECK(term.ref_freq == full.freq[to_index(term.term)]);
          ++compared;
        }
        // Every term the full count has in the reference is compared (min_freq 1).
        std::size_t in_reference = 0;
        for (std::uint32_t f : full.freq) in_reference += f > 0 ? 1 : 0;
        CHECK(compared >= in_reference);
        CHECK(in_reference > 5);
      }
    }
  }
}

TEST_CASE("keyness with stemming compares the forms of a word together") {
  // "talks" and "talked" in the target, "talk" once in the reference: stemmed, the target has
  // 2 of the group "talk" (shown as its most frequent form) against 1.
  const auto corpus = test::corpus_of({{"en", "Leaders talks. Leaders talked."},
                                       {"en", "Ministers talk. Ministers met."},
                                       {"en", "Ministers waited."}});
  const DocSet target = first_document(*corpus);
  const DocSet reference = rest_of(target, DocSet::all(*corpus));
  const Keyness forms = keyness(*corpus, target, reference, {});
  const Keyness stems = keyness(*corpus, target, reference, {.keep = {.stem = true}});
  const auto entry = [&](const Keyness& k, const std::string& key) -> const KeynessTerm* {
    for (const KeynessTerm& t : k.terms) {
      if (corpus->lexicon().str(t.term) == key) return &t;
    }
    return nullptr;
  };
  REQUIRE(entry(forms, "talks"));
  CHECK(entry(forms, "talks")->freq == 1);
  CHECK(entry(forms, "talks")->ref_freq == 0);
  // The group's most frequent form: all three occur once, so the first in the lexicon.
  const KeynessTerm* talk = entry(stems, "talks");
  REQUIRE(talk);
  CHECK(talk->freq == 2);
  CHECK(talk->ref_freq == 1);
  CHECK(entry(stems, "talked") == nullptr);
  CHECK(stems.target_tokens == forms.target_tokens);
  CHECK(stems.reference_tokens == forms.reference_tokens);
}
