#include "ingest/boilerplate.h"

#include <doctest/doctest.h>

#include "support/printing.h"
#include "support/sample_corpus.h"

using namespace lectern;

namespace {

std::vector<std::string> lines_of(std::string_view text, const std::vector<TextSpan>& spans) {
  std::vector<std::string> out;
  for (const TextSpan& span : spans) out.emplace_back(text.substr(span.offset, span.length));
  return out;
}

}  // namespace

TEST_CASE("is_web_furniture knows share prompts, credits and copyright, not content") {
  struct Case {
    const char* line;
    bool furniture;
  };
  const Case cases[] = {
      {"Trending Now", true},
      {"TRENDING NOW", true},
      {"Photo: Gil Corzo / Shutterstock.com", true},
      {"Foto: Jonas Ekströmer/TT", true},
      {"Leave a Reply", true},
      {"Be the first to comment", true},
      {"This site uses Akismet to reduce spam. Learn how your comment data is processed.", true},
      {"© 2024, GDC. © GDC and Unauthorized use and/or duplication of this material without "
       "express and written permission from this site’s author and/or owner is strictly "
       "prohibited. Excerpts and links may be used, provided that full and clear credit is given "
       "to with appropriate and specific direction to the original content.",
       true},
      {"Copyright 2024 The Steppe Herald", true},
      {"  Read more »", true},
      {"Läs mer:", true},
      {"Dela artikeln", true},
      {"Skriv en kommentar", true},
      {"News", true},
      {"Alla rättigheter förbehållna.", true},
      {"Copyright law in Kazakhstan was reformed in 2023.", false},
      {"Putin Faces Unexpected Pushback at CSTO Summit", false},
      {"Read more about the summit in our special report on Central Asia and the CSTO, which "
       "covers the history of the alliance, its members and the disputes that have divided "
       "them since Armenia froze its participation in early 2024",
       false},
      {"Photo opportunities were rare at the closed-door summit.", false},
      {"", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    CHECK(is_web_furniture(c.line) == c.furniture);
  }
}

TEST_CASE("a line in two documents of three is boilerplate; long paragraphs are not") {
  const std::string signup = "Sign up for the Steppe Herald morning briefing";
  const std::string paragraph =
      "Kazakh President Kassym-Jomart Tokayev spoke in Kazakh at the opening of the summit, and "
      "the Russian delegation, caught off guard, had to scramble for interpretation equipment "
      "while Vladimir Putin waited for the translation.";
  const std::string a = "Summit opens\n" + signup + "\n" + paragraph + "\n";
  const std::string b = "Summit closes\r\n" + signup + "\r\n" + paragraph + "\r\n";
  const std::string c = "Oil prices fall\nBrent crude fell two percent.";

  RepeatedLines two;
  two.add_document(a);
  two.add_document(b);
  CHECK(two.document_count(signup) == 2);
  CHECK_FALSE(two.is_repeated(signup));  // two documents are too few to tell a template

  RepeatedLines three = two;
  three.add_document(c);
  CHECK(three.is_repeated("  sign UP for the steppe herald   morning briefing "));
  CHECK(three.document_count(paragraph) == 0);  // over 200 characters: never counted
  CHECK(lines_of(a, find_boilerplate(a, three)) == std::vector<std::string>{signup});
  CHECK(lines_of(b, find_boilerplate(b, three)) == std::vector<std::string>{signup});
  CHECK(find_boilerplate(c, three).empty());
}

TEST_CASE("a document made only of repeated lines is a duplicate and keeps them") {
  RepeatedLines repeated;
  const std::string tweet = "RT @steppeherald: Tokayev spoke Kazakh at the CSTO summit";
  repeated.add_document(tweet);
  repeated.add_document(tweet);
  repeated.add_document("Another tweet entirely");
  CHECK(find_boilerplate(tweet, repeated).empty());
  const std::string with_reply = tweet + "\nLeave a reply";
  CHECK(lines_of(with_reply, find_boilerplate(with_reply, repeated)) ==
        std::vector<std::string>{"Leave a reply"});
}

TEST_CASE("the seed articles' furniture lines") {
  RepeatedLines repeated;
  const std::vector<SourceFile> corpus = test::sample_corpus();
  for (const SourceFile& file : corpus) repeated.add_document(file.bytes);
  const std::vector<std::vector<std::string>> expected = {
      {"News", "Photo: Gil Corzo / Shutterstock.com", "Photo: Gil Corzo / Shutterstock.com",
       "Trending Now", "TRENDING NOW"},
      {},
      {},
      {},
      {"© 2024, GDC. © GDC and Unauthorized use and/or duplication of this material without "
       "express and written permission from this site’s author and/or owner is strictly "
       "prohibited. Excerpts and links may be used, provided that full and clear credit is given "
       "to with appropriate and specific direction to the original content.",
       "Be the first to comment", "Leave a Reply",
       "This site uses Akismet to reduce spam. Learn how your comment data is processed."},
  };
  REQUIRE(corpus.size() == expected.size());
  for (std::size_t i = 0; i < corpus.size(); ++i) {
    CAPTURE(corpus[i].path);
    CHECK(lines_of(corpus[i].bytes, find_boilerplate(corpus[i].bytes, repeated)) == expected[i]);
  }
}

TEST_CASE("split_lines handles LF, CRLF, CR and a last line without a break") {
  const std::string text = "one\r\ntwo\n\nthree\rfour";
  CHECK(lines_of(text, split_lines(text)) ==
        std::vector<std::string>{"one", "two", "", "three", "four"});
}

TEST_CASE("furniture phrases are found anywhere in a line, however long, in any case") {
  const std::string paragraph(3000, 'x');
  CHECK(is_web_furniture(paragraph + " All Rights  Reserved."));
  CHECK(is_web_furniture("We use cookies " + paragraph));
  CHECK(is_web_furniture(paragraph + " alla rättigheter förbehållna " + paragraph));
  CHECK_FALSE(is_web_furniture(paragraph + " all rights reserve"));
  CHECK_FALSE(is_web_furniture(paragraph + " all  rights, reserved"));
  CHECK_FALSE(is_web_furniture(paragraph));
}
