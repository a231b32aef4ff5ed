// Metadata written at the top of a plain-text article: the headline on the first line, a byline
// ("Written by Anna Hartz", "By ...", Swedish "Av ..." and "Text: ...") and a dateline
// ("Nov.30 - 2024 2:53 PM CET", "Publicerad 30 november 2024 kl. 14.53") within the first ten
// non-empty lines.
//
//   TextHeader h = read_text_header("Putin Humiliated ...\n\nWritten by Anna Hartz\n\nNov.30 - 2024
//   2:53 PM CET\n...");
//   // h.title "Putin Humiliated ...", h.author "Anna Hartz", h.date "2024-11-30"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lectern {

struct TextHeader {
  std::string title;
  std::string author;
  std::string date;  // YYYY-MM-DD or YYYY-MM; empty when the header has none
};

TextHeader read_text_header(std::string_view text);

// The author named by a byline, if the line is one.
std::optional<std::string> byline_author(std::string_view line);

// A title for a text that has none of its own: its first non-empty line, cut at a word
// boundary to at most 120 characters with an ellipsis when longer.
std::string title_from_text(std::string_view text);

}  // namespace lectern
