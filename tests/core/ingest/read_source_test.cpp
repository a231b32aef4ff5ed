#include "ingest/read_source.h"

#include <doctest/doctest.h>

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

  const ReadResult repaired = read_source({"latin1.txt", "Malm\xF6 och G\xF6teborg\n"});
  REQUIRE(repaired.documents.size() == 1);
  CHECK(repaired.documents[0].title == "Malm\xEF\xBF\xBD och G\xEF\xBF\xBDteborg");
  REQUIRE(repaired.warnings.size() == 1);
  CHECK(repaired.warnings[0] == "invalid UTF-8: 2 bytes replaced by U+FFFD");
}

TEST_CASE("whitespace only is an empty file; a one-line file is its own title") {
  const ReadResult result = read_source({"notes/untitled.txt", "\xEF\xBB\xBF\n\n   \n"});
  CHECK(result.skip_reason == "empty file");
  const ReadResult one_line = read_source({"notes/one.txt", "  Only a line  "});
  CHECK(one_line.documents[0].title == "Only a line");
}
