// Markdown to plain text for counting: headings, emphasis, links, images, code fences, block
// quotes and list markers lose their markup and keep their words; one output line per input
// line, so the line structure (and boilerplate detection by line) survives. YAML front matter
// (title, date, author, lang) is metadata, not text.
//
//   MarkdownText md = read_markdown("# Toppmötet\n\nPutin **besökte** [Astana](https://x.kz).");
//   // md.title "Toppmötet", md.text "Toppmötet\n\nPutin besökte Astana."
#pragma once

#include <string>
#include <string_view>

namespace lectern {

struct MarkdownText {
  std::string text;
  std::string title;     // front matter title, else the first heading; empty if neither
  std::string date;      // front matter date, as written
  std::string author;    // front matter author
  std::string language;  // front matter lang or language
};

MarkdownText read_markdown(std::string_view utf8);

}  // namespace lectern
