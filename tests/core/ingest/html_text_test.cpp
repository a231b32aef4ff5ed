#include "ingest/html_text.h"

#include <doctest/doctest.h>

#include "core/ingest/ingest_fixtures.h"

using namespace lectern;

TEST_CASE("decode_entities: named, decimal, hex, windows-1252 numbers and the invalid") {
  struct Case {
    const char* html;
    const char* text;
  };
  const Case cases[] = {
      {"Tom &amp; Jerry", "Tom & Jerry"},
      {"Malm&ouml; &auml;r &Aring;", "Malmö är Å"},
      {"&ldquo;Nej&rdquo; &mdash; sa han&hellip;", "“Nej” — sa han…"},
      {"&#233;t&#xE9; &#XE9;", "été é"},
      {"&#8364;5 and &#128;5", "€5 and €5"},  // 128 is the euro sign in windows-1252
      {"a&nbsp;b", "a b"},
      {"&#0; &#xD800; &#x110000;", "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD"},
      {"AT&T &unknown; &amp", "AT&T &unknown; &"},
      {"?a=1&copy=2", "?a=1©=2"},  // as browsers read it
      {"no entities", "no entities"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    CHECK(decode_entities(c.html) == c.text);
  }
}

TEST_CASE("read_html keeps the article and drops scripts, styles, navigation and comments") {
  const HtmlText page = read_html(test::ingest_fixture("news_page.html").bytes);
  CHECK(page.text ==
        "Tokayev answers Putin in Kazakh\n"
        "\n"
        "By Dana Sultanova · 28 November 2024\n"
        "\n"
        "ASTANA – President Kassym-Jomart Tokayev opened the CSTO summit in Kazakh, leaving the "
        "Russian delegation reaching for their headphones.\n"
        "\n"
        "“Kazakhstan is a sovereign state,” an adviser told reporters — a remark read in Moscow "
        "as a reply to Vladimir Putin’s claim that the country is \"Russian-speaking\".\n"
        "\n"
        "The leaders signed 14 documents & agreed to meet again in 2025 in Moscow.\n"
        "\n"
        "Photo: Alexei Druzhinin / TASS\n"
        "\n"
        "Share this article");
  CHECK(page.title == "Tokayev answers Putin in Kazakh");
  CHECK(page.date == "2024-11-28T09:15:00+05:00");
  CHECK(page.author == "Dana Sultanova");
  CHECK(page.source == "The Steppe Herald");
  CHECK(page.language == "en-GB");
}

TEST_CASE("read_html finds metadata in the other usual places") {
  struct Case {
    const char* html;
    HtmlText expected;
  };
  const Case cases[] = {
      // <title> without the site's suffix, the date of the article's <time>, a "By" byline.
      {"<html><head><title>Toppmötet i Astana - Dagbladet</title>"
       "<meta property='og:site_name' content='Dagbladet'><meta name=byl content='By Erik "
       "Lindqvist'></head><body><nav><time datetime='2025-01-01'>today</time></nav><article>"
       "<time datetime=\"2024-11-29\">29 nov</time><p>Text.</p></article></body></html>",
       {"29 nov\n\nText.", "Toppmötet i Astana", "2024-11-29", "Erik Lindqvist", "Dagbladet", ""}},
      // No title element: the first <h1>; DC.date; an author that is a URL is no name.
      {"<meta name=\"DC.date\" content=\"1909-12-10\"><meta property=\"article:author\" "
       "content=\"https://example.org/selma\"><h1>Tal  vid\nNobelfesten</h1><p>Det var <b>för"
       "</b> några dagar sedan.<br>Ny rad.</p><pre>  kod\n  rad</pre>",
       {"Tal vid Nobelfesten\n\nDet var för några dagar sedan.\nNy rad.\n\n  kod\n  rad",
        "Tal vid Nobelfesten", "1909-12-10", "", "", ""}},
      // Unclosed and stray markup still gives the text.
      {"<p>2 < 3 and 5 > 4<p>Second <!-- hidden --> paragraph<script>var x = '</p>';",
       {"2 < 3 and 5 > 4\n\nSecond paragraph", "", "", "", "", ""}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    const HtmlText page = read_html(c.html);
    CHECK(page.text == c.expected.text);
    CHECK(page.title == c.expected.title);
    CHECK(page.date == c.expected.date);
    CHECK(page.author == c.expected.author);
    CHECK(page.source == c.expected.source);
  }
}

TEST_CASE("html_declared_charset reads <meta charset> and the http-equiv form") {
  CHECK(html_declared_charset("<html><head><meta charset=\"Windows-1252\">") == "windows-1252");
  CHECK(html_declared_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                              "charset=koi8-r\">") == "koi8-r");
  CHECK(html_declared_charset("<html><body>charset=utf-8 in text</body>") == "");
  CHECK(html_declared_charset(std::string(2000, ' ') + "<meta charset=utf-8>") == "");
}
