#include "index/corpus_builder.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/printing.h"

#include "support/sample_corpus.h"
#include "text/language_id.h"

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

TEST_CASE("step() reads every file, then indexes every document, in slices with progress") {
  CorpusBuilder builder;
  std::size_t total_bytes = 0;
  for (SourceFile& file : test::sample_corpus()) {
    total_bytes += file.bytes.size();
    builder.add(std::move(file));
  }
  CHECK(builder.progress().files_total == 5);
  CHECK(builder.progress().bytes_total == total_bytes);
  CHECK(builder.progress().phase == BuildPhase::reading);
  CHECK(builder.progress().fraction() == 0.0f);

  // A zero budget still does one unit of work: five files to read, five documents to index,
  // then the postings (a few thousand positions: one unit), so the eleventh step finishes.
  int steps = 0;
  float last_fraction = 0.0f;
  while (!builder.step(std::chrono::microseconds(0))) {
    ++steps;
    const BuildProgress progress = builder.progress();
    CHECK(progress.fraction() > last_fraction);
    last_fraction = progress.fraction();
    if (steps < 5) {
      CHECK(progress.phase == BuildPhase::reading);
      CHECK(progress.files_done == static_cast<std::size_t>(steps));
    } else if (steps < 10) {
      CHECK(progress.phase == BuildPhase::indexing);
      CHECK(progress.files_done == 5);
      CHECK(progress.documents_total == 5);
      CHECK(progress.documents_done == static_cast<std::size_t>(steps - 5));
    } else {
      CHECK(progress.phase == BuildPhase::postings);
      CHECK(progress.documents_done == 5);
      // Indexing is over; the postings, laid out by the next step, fill the rest of the bar.
      CHECK(progress.fraction() == doctest::Approx(1.0f - BuildProgress::kPostingsShare));
    }
  }
  CHECK(steps == 10);
  CHECK(builder.progress().phase == BuildPhase::done);
  CHECK(builder.progress().fraction() == 1.0f);
  const auto corpus = builder.finish();
  CHECK(corpus->document_count() == 5);
  CHECK(builder.progress().files_total == 0);  // the builder is empty again
}

TEST_CASE("boilerplate lines stay in the text and out of tokens, postings and sentences") {
  // The sign-up line is in three documents of four: a template. "Leave a Reply" is furniture.
  const std::string signup = "Sign up for the Steppe Herald morning briefing";
  CorpusBuilder builder;
  builder.add({"a.txt", "Tokayev spoke Kazakh.\n" + signup + "\nLeave a Reply"});
  builder.add({"b.txt", "Putin listened.\n" + signup});
  builder.add({"c.txt", signup + "\nThe summit ended."});
  builder.add({"d.txt", "Oil prices fell."});
  const auto corpus = builder.finish();

  const DocumentEntry& a = corpus->document(DocId{0});
  CHECK(a.meta.text == "Tokayev spoke Kazakh.\n" + signup + "\nLeave a Reply");
  REQUIRE(a.meta.boilerplate.size() == 2);
  CHECK(a.meta.boilerplate[0] == TextSpan{22, static_cast<std::uint32_t>(signup.size())});
  CHECK(a.token_count == 3);  // Tokayev spoke Kazakh
  CHECK(a.sentence_count == 1);
  CHECK(corpus->document(DocId{1}).token_count == 2);
  CHECK(corpus->document(DocId{2}).token_count == 3);
  CHECK(corpus->token_count() == 3 + 2 + 3 + 3);
  CHECK_FALSE(corpus->lexicon().find("briefing"));
  CHECK_FALSE(corpus->lexicon().find("reply"));
  const TermId summit = *corpus->lexicon().find("summit");
  REQUIRE(corpus->postings(summit).size() == 1);
  const CorpusPos pos = corpus->postings(summit)[0];
  CHECK(corpus->document_at(pos) == DocId{2});
  const DocumentEntry& c = corpus->document(DocId{2});
  CHECK(c.meta.text.substr(corpus->span_at(pos).offset, corpus->span_at(pos).length) == "summit");
}

TEST_CASE("a file added while indexing is counted with the others, as if added first") {
  const std::string signup = "Sign up for the Steppe Herald morning briefing";
  CorpusBuilder late;
  late.add({"a.txt", "Tokayev spoke.\n" + signup});
  late.add({"b.txt", "Putin listened."});
  late.add({"c.txt", "The summit ended."});
  while (late.progress().documents_done < 2) late.step(std::chrono::microseconds(0));
  // a.txt was indexed when its sign-up line was in one document only: not yet boilerplate.
  late.add({"d.txt", "Oil prices fell.\n" + signup});
  const auto corpus = late.finish();

  REQUIRE(corpus->document_count() == 4);
  CHECK(corpus->document(DocId{0}).meta.boilerplate.size() == 1);
  CHECK(corpus->document(DocId{0}).token_count == 2);
  CHECK(corpus->document(DocId{3}).meta.boilerplate.size() == 1);
  CHECK(corpus->document(DocId{3}).token_count == 3);
  CHECK(corpus->import_report().read.size() == 4);
  CHECK(corpus->token_count() == 2 + 2 + 3 + 3);
}

TEST_CASE("records of a file become documents, and bad records are reported by id") {
  CorpusBuilder builder;
  builder.add({"speeches.jsonl",
               "{\"text\": \"Four score and seven years ago.\"}\n{\"text\": \"cut\n{\"title\": "
               "\"no text\"}\n"});
  const auto corpus = builder.finish();
  REQUIRE(corpus->document_count() == 1);
  CHECK(corpus->document(DocId{0}).meta.id == "speeches.jsonl#0");
  const ImportReport& report = corpus->import_report();
  REQUIRE(report.skipped.size() == 2);
  CHECK(report.skipped[0].path == "speeches.jsonl#1");
  CHECK(report.skipped[1].path == "speeches.jsonl#2");
  CHECK(report.read == std::vector<std::string>{"speeches.jsonl"});
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
  for (std::uint32_t t = 0; t < corpus->lexicon().size(); ++t)
    total += corpus->postings(TermId{t}).size();
  CHECK(total == corpus->token_count());
}

TEST_CASE("postings of a large corpus are placed a unit at a time, every position once, in order") {
  // The 60 latest State of the Union addresses: some 400,000 tokens, two units and more.
  std::vector<SourceFile> files = test::sotu_files();
  REQUIRE(files.size() == 233);
  CorpusBuilder builder;
  for (std::size_t i = files.size() - 60; i < files.size(); ++i) builder.add(std::move(files[i]));
  std::size_t postings_steps = 0;
  // The progress bar goes on moving while the postings are placed, short of full until done.
  std::vector<float> postings_fractions;
  while (!builder.step(std::chrono::microseconds(0))) {
    if (builder.progress().phase != BuildPhase::postings) continue;
    ++postings_steps;
    postings_fractions.push_back(builder.progress().fraction());
  }
  REQUIRE(postings_fractions.size() >= 2);
  CHECK(postings_fractions.front() == doctest::Approx(1.0f - BuildProgress::kPostingsShare));
  // Rising at every unit.
  CHECK(std::adjacent_find(postings_fractions.begin(), postings_fractions.end(), std::greater_equal<>()) ==
        postings_fractions.end());
  CHECK(postings_fractions.back() < 1.0f);
  const auto corpus = builder.finish();
  const std::size_t units =
      (corpus->token_count() + CorpusBuilder::kPostingsPerUnit - 1) / CorpusBuilder::kPostingsPerUnit;
  REQUIRE(units >= 2);
  // The step that indexes the last document leaves the phase at postings, and the one that
  // places the last unit returns true.
  CHECK(postings_steps == units);
  std::vector<bool> listed(corpus->token_count(), false);
  std::size_t wrong_term = 0;
  std::size_t out_of_order = 0;
  for (std::uint32_t t = 0; t < corpus->lexicon().size(); ++t) {
    const auto postings = corpus->postings(TermId{t});
    CHECK(postings.size() == corpus->term_frequencies()[t]);
    for (std::size_t i = 0; i < postings.size(); ++i) {
      listed[to_index(postings[i])] = true;
      if (corpus->term_at(postings[i]) != TermId{t}) ++wrong_term;
      if (i > 0 && to_index(postings[i - 1]) >= to_index(postings[i])) ++out_of_order;
    }
  }
  CHECK(wrong_term == 0);
  CHECK(out_of_order == 0);
  CHECK(std::count(listed.begin(), listed.end(), false) == 0);
}

TEST_CASE("long documents are identified from slices of their text, as the whole text would be") {
  const auto sotu = [](const char* name) {
    std::ifstream stream(std::filesystem::path(LECTERN_SOTU_DIR) / name, std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    return std::move(bytes).str();
  };
  const std::string swedish = test::sample_file("002_e67f6fabb1a4c6ef.txt").bytes;
  const std::string roosevelt = sotu("1941_franklin_d_roosevelt_d.txt");
  REQUIRE(roosevelt.size() > 8192);
  struct Case {
    std::string name;
    std::string text;
    std::string language;
  };
  const std::vector<Case> cases = {
      {"a.txt", sotu("2021_joseph_r_biden_d.txt"), "en"},
      {"b.txt", roosevelt, "en"},
      // A Swedish preface (2 KB) before an English address (19 KB): the address decides.
      {"c.txt", swedish + "\n\n" + roosevelt, "en"},
      // Swedish throughout, over the sample size.
      {"d.txt", swedish + "\n\n" + swedish + "\n\n" + swedish + "\n\n" + swedish + "\n\n" + swedish,
       "sv"},
  };
  CorpusBuilder builder;
  for (const Case& c : cases) {
    CHECK(c.text.size() > 8192);
    builder.add({c.name, c.text});
  }
  const auto corpus = builder.finish();
  REQUIRE(corpus->document_count() == cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    CAPTURE(cases[i].name);
    const Document& document = corpus->document(DocId{static_cast<std::uint32_t>(i)}).meta;
    CHECK(document.language == cases[i].language);
    CHECK(identify_language(document.text).code == cases[i].language);
  }
}
