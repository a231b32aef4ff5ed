#include "ingest/markdown_text.h"

#include <doctest/doctest.h>

using namespace lectern;

TEST_CASE("read_markdown strips markup and keeps words, one line per line") {
  struct Case {
    const char* markdown;
    const char* text;
    const char* title;
  };
  const Case cases[] = {
      {"# Toppmötet\n\nPutin **besökte** [Astana](https://x.kz).",
       "Toppmötet\n\nPutin besökte Astana.", "Toppmötet"},
      {"Summit notes\n============\n\n- one *item*\n* two\n1. three\n> quoted `code`",
       "Summit notes\n\n\none item\ntwo\nthree\nquoted code", "Summit notes"},
      {"![Tokayev at the podium](img/t.jpg)\n\nSee <https://example.org> and [the "
       "report][1].\n\n[1]: https://example.org/report",
       "Tokayev at the podium\n\nSee https://example.org and the report.\n\n", ""},
      {"```\nint *p = nullptr;\n```\nsnake_case and 2 * 3 and ~~gone~~ \\*star\\*",
       "\nint *p = nullptr;\n\nsnake_case and 2 * 3 and gone *star*", ""},
      {"## Level two ##\n---\ntext", "Level two\n\ntext", "Level two"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.markdown);
    const MarkdownText md = read_markdown(c.markdown);
    CHECK(md.text == c.text);
    CHECK(md.title == c.title);
  }
}

TEST_CASE("read_markdown reads YAML front matter as metadata") {
  const MarkdownText md = read_markdown(
      "---\ntitle: \"Notes from Astana\"\ndate: 2024-11-29\nauthor: Erik Lindqvist\nlang: "
      "sv\n---\n# Anteckningar\n\nText.");
  CHECK(md.title == "Notes from Astana");
  CHECK(md.date == "2024-11-29");
  CHECK(md.author == "Erik Lindqvist");
  CHECK(md.language == "sv");
  CHECK(md.text == "Anteckningar\n\nText.");

  const MarkdownText unclosed = read_markdown("---\ntitle: no end\n\nText.");
  CHECK(unclosed.title.empty());
  CHECK(unclosed.text == "\ntitle: no end\n\nText.");
}
