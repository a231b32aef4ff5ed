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

TEST_CASE("date_range spans the documents' dates by the periods they cover") {
  struct Case {
    std::vector<std::string> texts;  // each "date|text", the date given as a metadata field
    std::optional<std::pair<std::string, std::string>> range;
  };
  const Case cases[] = {
      {{"|Undated."}, std::nullopt},
      {{"2024-11-30|A day."}, std::pair<std::string, std::string>{"2024-11-30", "2024-11-30"}},
      // "2022-01" begins before 2022-01-15; "2025" ends after 2025-06.
      {{"2022-01-15|a", "2025-06|b", "2022-01|c", "2025|d", "|e"},
       std::pair<std::string, std::string>{"2022-01", "2025"}},
      {{"2024|a", "2024-03-01|b"}, std::pair<std::string, std::string>{"2024", "2024"}},
  };
  for (const Case& c : cases) {
    std::string json = "[";
    for (const std::string& t : c.texts) {
      const auto bar = t.find('|');
      json += (json.size() > 1 ? "," : "") + std::string("{\"date\": \"") + t.substr(0, bar) +
              "\", \"text\": \"" + t.substr(bar + 1) + "\"}";
    }
    CorpusBuilder builder;
    builder.add({"dated.json", json + "]"});
    const CorpusSummary summary = summarize(*builder.finish());
    CAPTURE(json);
    CHECK(summary.date_range == c.range);
  }
}

TEST_CASE("types of a selection count only the terms its documents hold") {
  CorpusBuilder builder;
  builder.add({"a.txt", "The summit in Astana began."});
  builder.add({"b.txt", "The summit ended in Astana today."});
  const auto corpus = builder.finish();
  DocSet first = DocSet::none(*corpus);
  first.insert(DocId{0});
  CHECK(summarize(*corpus, first).types == 5);  // the, summit, in, astana, began
  CHECK(summarize(*corpus, first.complement()).types == 6);
  CHECK(summarize(*corpus).types == 7);  // began, ended and today; the rest shared
}
