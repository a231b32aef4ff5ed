#include "ingest/read_source.h"

#include <doctest/doctest.h>

#include "core/ingest/ingest_fixtures.h"
#include "support/printing.h"
#include "support/sample_corpus.h"

using namespace lectern;

TEST_CASE("read_source takes a plain-text article's title from its first line") {
  const ReadResult result = read_source(test::sample_file("000_e50c1cd99b7197a3.txt"));
  REQUIRE(result.skip_reason.empty());
  REQUIRE(result.documents.size() == 1);
  const Document& document = result.documents[0];
  CHECK(document.id == "000_e50c1cd99b7197a3.txt");
  CHECK(document.title == "Putin Humiliated by the President of Kazakhstan at CSTO Summit");
  CHECK(document.text.find("Collective Security Treaty Organization") != std::string::npos);
}

TEST_CASE("read_source skips unreadable files with a reason and warns about repairs") {
  CHECK(read_source({"empty.txt", ""}).skip_reason == "empty file");
  CHECK(read_source({"image.png", std::string("\x89PNG\r\n\x1a\n\0\0", 10)}).skip_reason ==
        "binary file (no text encoding detected)");

  // One good ö in UTF-8 and one bad byte: damaged UTF-8, repaired, not a legacy charset.
  const ReadResult repaired = read_source({"mixed.txt", "Malm\xC3\xB6 och G\xF6teborg\n"});
  REQUIRE(repaired.documents.size() == 1);
  CHECK(repaired.documents[0].title == "Malmö och G\xEF\xBF\xBDteborg");
  REQUIRE(repaired.warnings.size() == 1);
  CHECK(repaired.warnings[0] == "invalid UTF-8: 1 bytes replaced by U+FFFD");

  // The same words all in Latin-1 are recognised as such.
  const ReadResult latin1 = read_source({"latin1.txt", "Malm\xF6 och G\xF6teborg\n"});
  REQUIRE(latin1.documents.size() == 1);
  CHECK(latin1.documents[0].title == "Malmö och Göteborg");
  CHECK(latin1.warnings ==
        std::vector<std::string>{"not UTF-8: read as ISO-8859-1 (detected, confidence 45%)"});
}

TEST_CASE("whitespace only is an empty file; a one-line file is its own title") {
  const ReadResult result = read_source({"notes/untitled.txt", "\xEF\xBB\xBF\n\n   \n"});
  CHECK(result.skip_reason == "empty file");
  const ReadResult one_line = read_source({"notes/one.txt", "  Only a line  "});
  CHECK(one_line.documents[0].title == "Only a line");
}

TEST_CASE("read_source gives each format its documents, ids and metadata") {
  struct Expected {
    const char* id;
    const char* title;
    const char* date;
    DateSource date_source;
    const char* author;
    const char* source;
    const char* language;
  };
  struct Case {
    const char* fixture;
    std::vector<Expected> documents;
    std::vector<std::string> skipped;  // "path: reason"
  };
  const Case cases[] = {
      {"news_page.html",
       {{"news_page.html", "Tokayev answers Putin in Kazakh", "2024-11-28", DateSource::metadata,
         "Dana Sultanova", "The Steppe Herald", "en"}},
       {}},
      {"notes.md",
       {{"notes.md", "Notes from the Astana summit", "2024-11-29", DateSource::metadata,
         "Erik Lindqvist", "", "sv"}},
       {}},
      {"speeches.json",
       {{"speeches.json#0", "First Annual Message to Congress", "1790-01-08", DateSource::metadata,
         "George Washington", "", ""},
        {"speeches.json#1", "Annual Message to Congress", "1862-12-01", DateSource::metadata,
         "Abraham Lincoln", "", ""},
        {"speeches.json#2",
         "Mr. Vice President, Mr. Speaker, Members of the Seventy-seventh Congress:", "1941",
         DateSource::metadata, "Franklin D. Roosevelt", "", ""}},
       {"speeches.json#3: no text field (looked for text, body, content, full_text, fulltext, "
        "article, transcript, speech, message)"}},
      {"summit_reports.csv",
       {{"summit_reports.csv#0", "Summit ends with 14 signed documents", "2024-11-28",
         DateSource::metadata, "Aigerim Bekova", "", ""},
        {"summit_reports.csv#1", "Armenia stays away again", "2024-11-27", DateSource::metadata,
         "Gor Sargsyan", "", ""}},
       {}},
      {"press_conference.tsv",
       {{"press_conference.tsv#0",
         "We are open to cooperation with all partners on the basis of mutual respect.",
         "2024-11-28", DateSource::metadata, "Kassym-Jomart Tokayev", "", ""},
        {"press_conference.tsv#1", "Kazakhstan is our closest ally and strategic partner.",
         "2024-11-28", DateSource::metadata, "Vladimir Putin", "", ""}},
       {}},
      {"astana_summit_koi8r.txt",
       {{"astana_summit_koi8r.txt", "Саммит ОДКБ в Астане", "2024-11-28", DateSource::text_header,
         "", "", ""}},
       {}},
      {"broken_export.csv",
       {{"broken_export.csv#0", "Summit opens", "", DateSource::none, "", "", ""}},
       {"broken_export.csv#1: unterminated quoted field starting on line 3; the rest of the file "
        "(3 lines) was not read"}},
      {"broken_export.json", {}, {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.fixture);
    const ReadResult result = read_source(test::ingest_fixture(c.fixture));
    REQUIRE(result.documents.size() == c.documents.size());
    for (std::size_t i = 0; i < c.documents.size(); ++i) {
      const Document& d = result.documents[i];
      const Expected& e = c.documents[i];
      CHECK(d.id == e.id);
      CHECK(d.title == e.title);
      CHECK(d.date == e.date);
      CHECK(d.date_source == e.date_source);
      CHECK(d.author == e.author);
      CHECK(d.source == e.source);
      CHECK(d.language == e.language);
    }
    std::vector<std::string> skipped;
    for (const ImportIssue& issue : result.skipped_records) {
      skipped.push_back(issue.path + ": " + issue.message);
    }
    CHECK(skipped == c.skipped);
  }
  CHECK(read_source(test::ingest_fixture("broken_export.json")).skip_reason ==
        "invalid JSON at line 3, column 3: syntax error while parsing array - unexpected '{'; "
        "expected ']'");
}

TEST_CASE("dates come from metadata, then the text's header, then the file name") {
  struct Case {
    SourceFile file;
    const char* date;
    DateSource source;
  };
  const Case cases[] = {
      {{"1790_george_washington.txt",
        "Fellow-Citizens of the Senate and House of "
        "Representatives:\nI embrace with great satisfaction."},
       "1790",
       DateSource::filename},
      {{"2024-11-30_putin.txt", "Putin in Astana\nNov.30 - 2024 2:53 PM CET\nText."},
       "2024-11-30",
       DateSource::text_header},
      {{"2024-11-30_putin.txt", "Putin in Astana\nText."}, "2024-11-30", DateSource::filename},
      {{"page.html", "<meta name=date content='2024-11-27'><p>Nov.30 - 2024 2:53 PM CET</p>"},
       "2024-11-27",
       DateSource::metadata},
      {{"page.html", "<meta name=date content='soon'><p>Nov.30 - 2024 2:53 PM CET</p>"},
       "2024-11-30",
       DateSource::text_header},
      {{"notes/untitled.txt", "No date anywhere in this text."}, "", DateSource::none},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file.bytes);
    const ReadResult result = read_source(c.file);
    REQUIRE(result.documents.size() == 1);
    CHECK(result.documents[0].date == c.date);
    CHECK(result.documents[0].date_source == c.source);
  }
}

TEST_CASE("record field names given by the user override the common names") {
  IngestOptions options;
  options.fields.text = "remarks";
  options.fields.author = "orator";
  const ReadResult result = read_source(
      {"debate.csv", "orator,text,remarks\nTokayev,short,\"We are open to cooperation.\"\n"},
      options);
  REQUIRE(result.documents.size() == 1);
  CHECK(result.documents[0].text == "We are open to cooperation.");
  CHECK(result.documents[0].author == "Tokayev");
}

TEST_CASE("read_source reports what it could not read in a record file and keeps the rest") {
  const ReadResult lines = read_source(test::ingest_fixture("letters.jsonl"));
  REQUIRE(lines.documents.size() == 3);
  CHECK(lines.documents[2].id == "letters.jsonl#3");
  CHECK(lines.documents[2].date == "2024-11-30");  // a Unix time in created_at
  REQUIRE(lines.skipped_records.size() == 1);
  CHECK(lines.skipped_records[0].path == "letters.jsonl#2");

  const ReadResult no_text = read_source({"x.json", "[{\"title\": \"a\"}, {\"title\": \"b\"}]"});
  CHECK(no_text.skip_reason == "no record could be read");
  CHECK(no_text.skipped_records.size() == 2);
  CHECK(read_source({"x.json", "[]"}).skip_reason == "no records");
  CHECK(read_source({"page.html", "<script>only()</script>"}).skip_reason ==
        "no text (only markup)");
}

TEST_CASE("legacy charsets are converted with a warning naming the charset") {
  const ReadResult result = read_source(test::ingest_fixture("malmo_cafe.txt"));
  REQUIRE(result.documents.size() == 1);
  CHECK(result.documents[0].title == "Café Europa i Malmö – en kväll med ”toppmötet” i centrum");
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0] == "not UTF-8: read as windows-1252 (detected, confidence 75%)");

  const ReadResult declared =
      read_source({"page.html", "<meta charset=\"windows-1251\"><p>\xCF\xF0\xE8\xE2\xE5\xF2</p>"});
  REQUIRE(declared.documents.size() == 1);
  CHECK(declared.documents[0].text == "Привет");
  CHECK(declared.warnings ==
        std::vector<std::string>{"not UTF-8: read as windows-1251 (declared in the file)"});
}
