#include "ingest/text_header.h"

#include <doctest/doctest.h>

#include "support/sample_corpus.h"

using namespace lectern;

TEST_CASE("byline_author finds the name in English and Swedish bylines") {
  struct Case {
    const char* line;
    const char* author;  // "" when the line is no byline
  };
  const Case cases[] = {
      {"Written by Anna Hartz", "Anna Hartz"},
      {"By Anna Hartz", "Anna Hartz"},
      {"BY ANNA HARTZ", "ANNA HARTZ"},
      {"By Anna Hartz, Reuters", "Anna Hartz"},
      {"By Dana Sultanova · 28 November 2024", "Dana Sultanova"},
      {"By Anna Hartz and Erik Lindqvist", "Anna Hartz and Erik Lindqvist"},
      {"Av Erik Lindqvist", "Erik Lindqvist"},
      {"Text: Erik Lindqvist | Foto: Jonas Ekströmer/TT", "Erik Lindqvist"},
      {"By Ursula von der Leyen", "Ursula von der Leyen"},
      {"By the time the summit ended, the leaders had signed 14 documents.", ""},
      {"By Monday the delegates had gone home", ""},
      {"Av de fjorton dokumenten var inget offentligt", ""},
      {"By November 30, 2024", ""},
      {"Putin Humiliated by the President of Kazakhstan at CSTO Summit", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    CHECK(byline_author(c.line).value_or("") == c.author);
  }
}

TEST_CASE("read_text_header takes title, byline and dateline from the top of an article") {
  struct Case {
    const char* text;
    TextHeader header;
  };
  const Case cases[] = {
      {"Putin Humiliated by the President of Kazakhstan at CSTO Summit\n\nWritten by Anna "
       "Hartz\n\nNov.30 - 2024 2:53 PM CET\n\nNews\n",
       {"Putin Humiliated by the President of Kazakhstan at CSTO Summit", "Anna Hartz",
        "2024-11-30"}},
      {"30 november 2024\nToppmötet i Astana\nAv Erik Lindqvist\nTokajev talade kazakiska.",
       {"Toppmötet i Astana", "Erik Lindqvist", "2024-11-30"}},
      {"Summit ends\nBy Aigerim Bekova, November 28, 2024\nLeaders signed 14 documents.",
       {"Summit ends", "Aigerim Bekova", "2024-11-28"}},
      // A date in the body is not the document's date.
      {"Putin faces Kazakh backlash\nThe first incident occurred on June 17, 2022, when Tokayev "
       "declared that Kazakhstan would not recognise them.",
       {"Putin faces Kazakh backlash", "", ""}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const TextHeader header = read_text_header(c.text);
    CHECK(header.title == c.header.title);
    CHECK(header.author == c.header.author);
    CHECK(header.date == c.header.date);
  }
}

TEST_CASE("the seed articles: only 000 has a byline and a dateline") {
  const TextHeader a = read_text_header(test::sample_file("000_e50c1cd99b7197a3.txt").bytes);
  CHECK(a.author == "Anna Hartz");
  CHECK(a.date == "2024-11-30");
  for (const char* name : {"001_39150af03c4df962.txt", "002_e67f6fabb1a4c6ef.txt",
                           "003_f6b4428bf88e9a2f.txt", "004_caef04b4040702c7.txt"}) {
    CAPTURE(name);
    const TextHeader header = read_text_header(test::sample_file(name).bytes);
    CHECK(header.author.empty());
    CHECK(header.date.empty());
  }
}

TEST_CASE("title_from_text cuts a long first line at a word, counting characters") {
  CHECK(title_from_text("\n\n  Short headline  \nBody.") == "Short headline");
  const std::string swedish =
      "Vladimir Putins besök i Astana för toppmötet med den kollektiva säkerhetspakten CSTO "
      "uppmärksammade de växande spänningarna mellan Ryssland och Kazakstan, rapporterar WP.";
  const std::string title = title_from_text(swedish);
  CHECK(title ==
        "Vladimir Putins besök i Astana för toppmötet med den kollektiva säkerhetspakten CSTO "
        "uppmärksammade de växande…");
  CHECK(title_from_text(std::string(130, 'x')) == std::string(120, 'x') + "…");
}
