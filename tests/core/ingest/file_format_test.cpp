#include "ingest/file_format.h"

#include <doctest/doctest.h>

using namespace lectern;

TEST_CASE("format_of goes by the extension, case-insensitively, plain text otherwise") {
  struct Case {
    const char* path;
    FileFormat format;
  };
  const Case cases[] = {
      {"000_e50c1cd99b7197a3.txt", FileFormat::plain_text},
      {"notes/README", FileFormat::plain_text},
      {"v1.2/notes", FileFormat::plain_text},
      {"notes.md", FileFormat::markdown},
      {"page.HTML", FileFormat::html},
      {"page.htm", FileFormat::html},
      {"speeches.json", FileFormat::json},
      {"tweets.jsonl", FileFormat::json_lines},
      {"tweets.ndjson", FileFormat::json_lines},
      {"export.CSV", FileFormat::csv},
      {"export.tsv", FileFormat::tsv},
  };
  for (const Case& c : cases) {
    CAPTURE(c.path);
    CHECK(format_of(c.path) == c.format);
  }
}
