#include "analysis/summary.h"

#include <doctest/doctest.h>

#include "index/corpus_builder.h"
#include "support/sample_corpus.h"

using namespace lectern;

TEST_CASE("summary counts tokens and distinct folded types") {
  CorpusBuilder builder;
  builder.add({"a.txt", "The summit, THE Summit and the summit of 2024."});
  const CorpusSummary summary = summarize(*builder.finish());
  CHECK(summary.documents == 1);
  CHECK(summary.tokens == 9);
  CHECK(summary.types == 5);  // the, summit, and, of, 2024
}

TEST_CASE("summary of the sample corpus: five documents, four English and one Swedish") {
  CorpusBuilder builder;
  for (SourceFile& file : test::sample_corpus()) builder.add(std::move(file));
  builder.add({"notes.bin", std::string("\0\1\2\3binary", 10)});
  const CorpusSummary summary = summarize(*builder.finish());
  CHECK(summary.documents == 5);
  CHECK(summary.languages == std::map<std::string, std::size_t>{{"en", 4}, {"sv", 1}});
  CHECK(summary.tokens > 2500);
  CHECK(summary.types < summary.tokens);
  REQUIRE(summary.skipped.size() == 1);
  CHECK(summary.skipped[0].path == "notes.bin");
}
