#include "analysis/kwic.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "analysis_fixtures.h"
#include "support/printing.h"

using namespace lectern;

namespace {

// Positions: putin 0, met 1, TOKAYEV 2, astana 3, welcomed 4, TOKAYEV 5, kazakh 6, TOKAYEV 7,
// spoke 8 | president 9, kassym 10, jomart 11, TOKAYEV 12, answered 13.
auto tokayev_corpus() {
  return test::corpus_of(
      {{"en", "Putin met Tokayev. Astana welcomed Tokayev.\nKazakh Tokayev spoke."},
       {"en", "President Kassym-Jomart Tokayev answered."}});
}

struct Line {
  std::string left, match, right;
};

std::vector<Line> lines(const Kwic& concordance) {
  std::vector<Line> out;
  for (const KwicHit& hit : concordance.hits) out.push_back({hit.left, hit.text, hit.right});
  return out;
}

void check_lines(const std::vector<Line>& actual, const std::vector<Line>& expected) {
  REQUIRE(actual.size() == expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i) {
    CAPTURE(i);
    CHECK(actual[i].left == expected[i].left);
    CHECK(actual[i].match == expected[i].match);
    CHECK(actual[i].right == expected[i].right);
  }
}

}  // namespace

TEST_CASE("KWIC in document order: context from the text, line breaks as spaces") {
  const auto corpus = tokayev_corpus();
  const auto matches = match_phrase(*corpus, "Tokayev", DocSet::all(*corpus));
  const Kwic concordance = kwic(*corpus, matches, {.window = 2});
  CHECK(concordance.total == 4);
  check_lines(lines(concordance), {{"Putin met", "Tokayev", ". Astana welcomed"},
                                   {"Astana welcomed", "Tokayev", ". Kazakh Tokayev"},
                                   {"Tokayev. Kazakh", "Tokayev", "spoke"},
                                   {"Kassym-Jomart", "Tokayev", "answered"}});
  // "Putin met " is 10 bytes; "President Kassym-Jomart " is 24.
  CHECK(concordance.hits[0].offset == 10);
  CHECK(concordance.hits[0].length == 7);
  CHECK(concordance.hits[3].doc == DocId{1});
  CHECK(concordance.hits[3].offset == 24);
}

TEST_CASE("KWIC sorted by left and by right context") {
  const auto corpus = tokayev_corpus();
  const auto matches = match_phrase(*corpus, "Tokayev", DocSet::all(*corpus));
  // Nearest left word: met, welcomed, kazakh, jomart -> jomart, kazakh, met, welcomed.
  const Kwic by_left = kwic(*corpus, matches, {.window = 2, .sort = KwicSort::left});
  std::vector<std::uint32_t> positions;
  for (const KwicHit& hit : by_left.hits) positions.push_back(to_index(hit.match.first));
  CHECK(positions == std::vector<std::uint32_t>{12, 7, 2, 5});
  // Nearest right word: astana, kazakh, spoke, answered -> answered, astana, kazakh, spoke.
  const Kwic by_right = kwic(*corpus, matches, {.window = 2, .sort = KwicSort::right});
  positions.clear();
  for (const KwicHit& hit : by_right.hits) positions.push_back(to_index(hit.match.first));
  CHECK(positions == std::vector<std::uint32_t>{12, 2, 5, 7});
}

TEST_CASE("KWIC: a limit renders fewer hits but reports the total; window 0 has no context") {
  const auto corpus = tokayev_corpus();
  const auto matches = match_phrase(*corpus, "Tokayev", DocSet::all(*corpus));
  const Kwic first_two = kwic(*corpus, matches, {.window = 1, .limit = 2});
  CHECK(first_two.total == 4);
  check_lines(lines(first_two),
              {{"met", "Tokayev", ". Astana"}, {"welcomed", "Tokayev", ". Kazakh"}});
  const Kwic bare = kwic(*corpus, matches, {.window = 0});
  check_lines(lines(bare),
              {{"", "Tokayev", ""}, {"", "Tokayev", ""}, {"", "Tokayev", ""}, {"", "Tokayev", ""}});
}

TEST_CASE("KWIC of a phrase shows it as written") {
  const auto corpus = tokayev_corpus();
  const auto matches = match_phrase(*corpus, "kassym-jomart TOKAYEV", DocSet::all(*corpus));
  const Kwic concordance = kwic(*corpus, matches, {.window = 3});
  check_lines(lines(concordance), {{"President", "Kassym-Jomart Tokayev", "answered"}});
  CHECK(concordance.hits[0].offset == 10);
  CHECK(concordance.hits[0].length == 21);
}

TEST_CASE("KWIC of Tokayev in the sample corpus: hits in several documents") {
  const auto corpus = test::sample();
  const auto matches = match_phrase(*corpus, "Tokayev", DocSet::all(*corpus));
  const Kwic concordance = kwic(*corpus, matches, {.window = 5});
  CHECK(concordance.total >= 5);
  std::set<std::uint32_t> documents;
  for (const KwicHit& hit : concordance.hits) {
    documents.insert(to_index(hit.doc));
    // The match is the token as written: the name, or its possessive (Tokayev's, Tokayev’s).
    CHECK(hit.text.starts_with("Tokayev"));
    CHECK(hit.text.size() <= std::string_view("Tokayev’s").size());
    CHECK_FALSE(hit.left.empty());
    CHECK(corpus->document(hit.doc).meta.text.substr(hit.offset, hit.length) == hit.text);
  }
  CHECK(documents.size() >= 3);
}
