#include "index/corpus_builder.h"

#include <doctest/doctest.h>

#include "support/printing.h"

#include "support/sample_corpus.h"

using namespace lectern;

TEST_CASE("the corpus stream holds each document's tokens at consecutive positions") {
  CorpusBuilder builder;
  builder.add({"a.txt", "The summit in Astana.\nThe summit ended."});
  builder.add({"b.txt", "Toppmötet i Astana."});
  const auto corpus = builder.finish();

  REQUIRE(corpus->document_count() == 2);
  const DocumentEntry& a = corpus->document(DocId{0});
  const DocumentEntry& b = corpus->document(DocId{1});
  CHECK(a.token_count == 7);
  CHECK(to_index(b.first_token) == 7);
  CHECK(b.token_count == 3);
  CHECK(corpus->token_count() == 10);
  CHECK(a.sentence_count == 2);
  CHECK(b.first_sentence == 2);

  const Lexicon& lexicon = corpus->lexicon();
  CHECK(lexicon.str(corpus->term_at(CorpusPos{0})) == "the");
  CHECK(lexicon.str(corpus->term_at(CorpusPos{7})) == "toppmötet");
  const TermId astana = *lexicon.find("astana");
  CHECK(corpus->term_frequencies()[to_index(astana)] == 2);
  const TokenSpan& span = corpus->span_at(CorpusPos{7});
  CHECK(b.meta.text.substr(span.offset, span.length) == "Toppmötet");
}

TEST_CASE("bad files are reported and never stop the others") {
  CorpusBuilder builder;
  builder.add({"good.txt", "A readable article."});
  builder.add({"empty.txt", ""});
  builder.add({"photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11)});
  builder.add({"broken.txt", "Caf\xE9 society."});
  const auto corpus = builder.finish();

  CHECK(corpus->document_count() == 2);
  const ImportReport& report = corpus->import_report();
  CHECK(report.read == std::vector<std::string>{"good.txt", "broken.txt"});
  REQUIRE(report.skipped.size() == 2);
  CHECK(report.skipped[0].path == "empty.txt");
  CHECK(report.skipped[0].message == "empty file");
  CHECK(report.skipped[1].path == "photo.jpg");
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0].path == "broken.txt");
}

TEST_CASE("step() works in slices and reports progress until done") {
  CorpusBuilder builder;
  std::size_t total_bytes = 0;
  for (SourceFile& file : test::sample_corpus()) {
    total_bytes += file.bytes.size();
    builder.add(std::move(file));
  }
  CHECK(builder.progress().files_total == 5);
  CHECK(builder.progress().bytes_total == total_bytes);
  CHECK(builder.progress().fraction() == 0.0f);

  // A zero budget still advances by one file, so the loop ends after exactly five steps.
  int steps = 0;
  while (!builder.step(std::chrono::microseconds(0))) {
    ++steps;
    CHECK(builder.progress().files_done == static_cast<std::size_t>(steps));
  }
  CHECK(steps == 4);
  CHECK(builder.progress().fraction() == 1.0f);
  const auto corpus = builder.finish();
  CHECK(corpus->document_count() == 5);
  CHECK(builder.progress().files_total == 0);  // the builder is empty again
}

TEST_CASE("postings list every position of a term in order, and positions map to documents") {
  CorpusBuilder builder;
  builder.add({"a.txt", "Putin met Tokayev. Putin spoke."});
  builder.add({"b.txt", "No tokens here? Yes: Putin."});
  builder.add({"c.txt", "Tokajev svarade Putin."});
  const auto corpus = builder.finish();
  const TermId putin = *corpus->lexicon().find("putin");
  std::vector<std::uint32_t> positions;
  for (CorpusPos pos : corpus->postings(putin)) positions.push_back(to_index(pos));
  CHECK(positions == std::vector<std::uint32_t>{0, 3, 9, 12});
  CHECK(corpus->postings(putin).size() == corpus->term_frequencies()[to_index(putin)]);

  CHECK(corpus->document_at(CorpusPos{0}) == DocId{0});
  CHECK(corpus->document_at(CorpusPos{4}) == DocId{0});
  CHECK(corpus->document_at(CorpusPos{5}) == DocId{1});
  CHECK(corpus->document_at(CorpusPos{9}) == DocId{1});
  CHECK(corpus->document_at(CorpusPos{10}) == DocId{2});

  std::size_t total = 0;
  for (std::uint32_t t = 0; t < corpus->lexicon().size(); ++t) total += corpus->postings(TermId{t}).size();
  CHECK(total == corpus->token_count());
}
