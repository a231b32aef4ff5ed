#include "ingest/boilerplate.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

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

namespace {

// The definition has_furniture_phrase() takes a shortcut to: the line with ASCII case folded and
// runs of white space as one space holds one of the phrases.
bool holds_phrase_by_definition(std::string_view line) {
  std::string f;
  bool space = false;
  for (const char c : line) {
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
      space = !f.empty();
      continue;
    }
    if (space) f += ' ';
    space = false;
    f += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  for (const char* phrase :
       {"all rights reserved", "alla r\xC3\xA4ttigheter f\xC3\xB6rbeh\xC3\xA5llna",
        "your email address will not be published", "learn how your comment data is processed",
        "din e-postadress kommer inte publiceras", "we use cookies", "vi anv\xC3\xA4nder cookies"}) {
    if (f.find(phrase) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("furniture phrases: the raw-line search agrees with folding every line") {
  // Lines that hold a phrase's words in every case and spacing, some whole and some broken, in
  // paragraphs of the State of the Union, and the addresses' own lines.
  const std::vector<std::string> pieces = {
      "All", "rights", "RESERVED", "reserved.", "We", "use", "Cookies", "cookies,", "your",
      "email", "address", "will", "not", "be", "published", "Learn", "how", "comment", "data",
      "is", "processed", "alla", "r\xC3\xA4ttigheter", "F\xC3\xB6rbeh\xC3\xA5llna", "din",
      "e-postadress", "kommer", "inte", "publiceras", "vi", "anv\xC3\xA4nder", "the", "Union"};
  const std::vector<std::string> gaps = {" ", "  ", "\t", " \v ", ""};
  std::uint32_t state = 7;  // a fixed linear congruential sequence: the same lines each run
  const auto next = [&state](std::size_t n) {
    state = state * 1664525u + 1013904223u;
    return static_cast<std::size_t>(state >> 8) % n;
  };
  const std::vector<std::string> phrases = {"all rights reserved", "we use cookies",
                                            "learn how your comment data is processed",
                                            "din e-postadress kommer inte publiceras"};
  const auto random_words = [&](std::size_t most) {
    std::string words;
    for (std::size_t k = next(most + 1); k > 0; --k) {
      words += gaps[next(gaps.size())] + pieces[next(pieces.size())];
    }
    return words;
  };
  std::size_t holding = 0;
  for (int t = 0; t < 20000; ++t) {
    std::string line = random_words(8);
    if (t % 2 == 0) {
      // A phrase with its letters in random case and random white space between its words,
      // every fourth time with one byte changed.
      std::string phrase = phrases[next(phrases.size())];
      if (t % 8 == 0) phrase[next(phrase.size())] = 'q';
      for (const char c : phrase) {
        if (c == ' ') {
          line += gaps[next(gaps.size() - 1)];
        } else {
          line += next(2) == 0 && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        }
      }
      line += random_words(8);
    }
    CAPTURE(line);
    const bool expected = holds_phrase_by_definition(line);
    CHECK(has_furniture_phrase(line) == expected);
    holding += expected ? 1 : 0;
  }
  CHECK(holding > 5000);  // the phrases did occur, and were found

  if (!std::filesystem::exists(LECTERN_SOTU_DIR)) {
    FAIL("the State of the Union corpus is missing: run ./emsdk-setup.sh");
  }
  std::size_t lines = 0;
  for (const auto& entry : std::filesystem::directory_iterator(LECTERN_SOTU_DIR)) {
    std::ifstream stream(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    const std::string text = bytes.str();
    for (const TextSpan& span : split_lines(text)) {
      const std::string_view line = std::string_view(text).substr(span.offset, span.length);
      CHECK(has_furniture_phrase(line) == holds_phrase_by_definition(line));
      ++lines;
    }
  }
  CHECK(lines >= 233);
}

TEST_CASE("a line of more than 30 words is furniture only by a phrase or a copyright start") {
  std::string thirty;
  for (int i = 0; i < 29; ++i) thirty += "word ";
  CHECK(is_web_furniture("Trending now"));
  CHECK(is_web_furniture("Photo: " + thirty));             // 30 words
  CHECK_FALSE(is_web_furniture("Photo: " + thirty + "x"));  // 31
  CHECK(is_web_furniture("  \t Copyright \v 2024 " + thirty + thirty));
  CHECK(is_web_furniture("(C)  2024 " + thirty + thirty));
  CHECK_FALSE(is_web_furniture("Copyright law " + thirty + thirty));
  CHECK(is_web_furniture(thirty + thirty + " we  USE cookies"));
}
