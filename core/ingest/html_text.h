// HTML to the text a reader sees, and the metadata the page carries. Scripts, styles, comments,
// navigation, forms, asides, and headers and footers outside the article are dropped; block
// elements end lines; entities (named and numeric) are decoded. Metadata: the title (og:title,
// else <title> without its " | Site" suffix, else the first <h1>), the publication date
// (article:published_time, datePublished, pubdate, date, DC.date, ... else the first
// <time datetime>), the author (meta author, article:author, byl), the site (og:site_name) and
// the language (<html lang>).
//
//   HtmlText page = read_html(utf8);
//   document.text = page.text;  // "Toppmötet i Astana\n\nPutin besökte ..."
#pragma once

#include <string>
#include <string_view>

namespace lectern {

struct HtmlText {
  std::string text;
  std::string title;
  std::string date;  // as the page writes it ("2024-11-30T14:53:00+01:00"); empty if none
  std::string author;
  std::string source;
  std::string language;  // the lang attribute as written ("sv-SE")
};

HtmlText read_html(std::string_view utf8);

// The charset a page declares in its first 1024 bytes (<meta charset="...">, or the
// http-equiv Content-Type form), lower-cased; empty if none.
std::string html_declared_charset(std::string_view bytes);

// Character references: &amp; &eacute; &#233; &#xE9; (and &#150;-style windows-1252 numbers,
// as browsers read them). Unknown names stay as written.
std::string decode_entities(std::string_view text);

}  // namespace lectern
