// The fast path of document_dates (reading only the stretches around date words, found by term
// id) against the whole-text scan it stands for: the same expressions, byte for byte, on the
// seed corpus, every State of the Union address, the labelled sentences and texts written to
// trip it (words glued to punctuation, boilerplate, scripts the index splits by dictionary).
#include "extract/document_dates.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "../analysis/timeline_fixtures.h"

using namespace lectern;
using namespace lectern::test;

namespace {

std::string described(const Document& document, const std::vector<TemporalExpression>& found) {
  std::string out;
  for (const TemporalExpression& e : found) {
    out += document.text.substr(e.span.offset, e.span.length) + " @" +
           std::to_string(e.span.offset) + " => " + (e.anchored ? "*" : "");
    // An unresolved expression's period is left empty: only a resolved one's is compared.
    if (e.resolved) {
      out += e.period.value + " " + format_day(e.period.begin) + " " + format_day(e.period.end) +
             " " + to_string(e.period.granularity);
    } else {
      out += "?";
    }
    out += "\n";
  }
  return out;
}

// Every document of the corpus: the fast path finds what the full scan finds. Returns how many
// expressions that was, so a caller can check the comparison was not empty.
std::size_t check_same_as_full_scan(const Corpus& corpus) {
  std::size_t expressions = 0;
  std::map<std::string, DateTerms> terms;
  for (std::uint32_t d = 0; d < corpus.document_count(); ++d) {
    const Document& document = corpus.document(DocId{d}).meta;
    auto made = terms.find(document.language);
    if (made == terms.end()) {
      made = terms.emplace(document.language, DateTerms(corpus.lexicon(), document.language)).first;
    }
    const std::vector<TemporalExpression> fast = document_dates(corpus, DocId{d}, made->second);
    const std::vector<TemporalExpression> full = document_dates_full_scan(document);
    CAPTURE(document.id);
    CHECK(described(document, fast) == described(document, full));
    expressions += full.size();
  }
  return expressions;
}

std::shared_ptr<const Corpus> labelled_corpus() {
  const auto path = std::filesystem::path(LECTERN_CORPUS_DIR) / ".." / "tests" / "data" /
                    "dates" / "labelled_sentences.tsv";
  std::ifstream stream(path);
  REQUIRE(stream.good());
  std::vector<DatedText> rows;
  std::string line;
  while (std::getline(stream, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::istringstream split(line);
    for (std::string field; std::getline(split, field, '\t');) fields.push_back(field);
    REQUIRE(fields.size() >= 4);
    rows.push_back({fields[0], fields[1], fields[3]});
  }
  return dated_corpus(rows);
}

}  // namespace

TEST_CASE("The fast path finds what the full scan finds: written texts that trip it") {
  const std::size_t found = check_same_as_full_scan(*dated_corpus({
      {"en", "2024-11-30",
       "Sales rose(June 2024)and fell in 2025-2026;prices peaked mid-2023.Then, yesterday, "
       "the 4th of March, 1801 (in 1990s) and 17.06.2022 were named."},
      {"en", "2024-11-30", "Q3 2022 came early. In\n2025 it ended. December\n\n2024 too."},
      {"en", "", "Next week, last Tuesday, two years ago, in the spring of 2020 and from June "
                 "to August 2024."},
      {"sv", "2024-11-30", "I går kväll, i tisdags och i början av 1990-talet kom han; år 2025."},
      {"de", "2024-11-30", "Am 17. Juni 2022 und vor 3 Tagen, Anfang 2023, im Jahr 1999."},
      {"fr", "2024-11-30", "Aujourd'hui, l'année 2022, d'août à la mi-juin 2021."},
      {"ru", "2024-11-30", "В июне 2024 года, вчера и в 1990-х годах."},
      {"zh", "2024-11-30", "二〇二四年六月十七日星期二，2024年6月17日。"},
      {"ja", "2024-11-30", "2024年6月17日火曜日に会議。"},
  }));
  CHECK(found >= 25);
}

TEST_CASE("The fast path finds what the full scan finds: the seed corpus") {
  const auto corpus = sample();
  CHECK(check_same_as_full_scan(*corpus) >= 10);
}

TEST_CASE("The fast path finds what the full scan finds: the labelled sentences") {
  CHECK(check_same_as_full_scan(*labelled_corpus()) >= 200);
}

TEST_CASE("The fast path finds what the full scan finds: every State of the Union address") {
  const std::vector<SourceFile> files = sotu_files();
  REQUIRE(files.size() == 233);
  CorpusBuilder builder;
  for (const SourceFile& file : files) builder.add(file);
  const auto corpus = builder.finish();
  CHECK(check_same_as_full_scan(*corpus) >= 5000);
}
