#include "index/token_spans.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/sample_corpus.h"
#include "text/segmenter.h"

using namespace lectern;

namespace {

// Every token of texts, pushed as the builder pushes them, with the text it came from.
struct Pushed {
  std::vector<std::string> texts;
  std::vector<std::size_t> text_of;  // by position
  std::vector<TokenSpan> spans;      // by position, as the segmenter gave them
  std::vector<bool> starts;          // by position: the first token of its text
  TokenSpans packed;
};

Pushed push_all(std::vector<std::string> texts) {
  Pushed out;
  out.texts = std::move(texts);
  Segmenter segmenter;
  for (std::size_t t = 0; t < out.texts.size(); ++t) {
    const Segmentation s = segmenter.segment(out.texts[t]);
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      out.packed.push_back(s.tokens[i], i == 0);
      out.spans.push_back(s.tokens[i]);
      out.starts.push_back(i == 0);
      out.text_of.push_back(t);
    }
  }
  return out;
}

std::string token_text(const Pushed& p, std::uint32_t pos) {
  const TokenSpan span = p.packed[pos];
  return p.texts[p.text_of[pos]].substr(span.offset, span.length);
}

}  // namespace

TEST_CASE("packed spans give back every token of the seed corpus, across documents") {
  std::vector<std::string> texts;
  for (const SourceFile& file : test::sample_corpus()) texts.push_back(file.bytes);
  const Pushed p = push_all(texts);
  REQUIRE(p.packed.size() == p.spans.size());
  REQUIRE(p.spans.size() > 1000);
  std::size_t mismatches = 0;
  for (std::uint32_t pos = 0; pos < p.spans.size(); ++pos) {
    const TokenSpan got = p.packed[pos];
    const TokenSpan& want = p.spans[pos];
    if (got.offset != want.offset || got.length != want.length || got.kind != want.kind ||
        p.packed.kind(pos) != want.kind) {
      ++mismatches;
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE("tokens the two bytes cannot hold: long words, long gaps, late first tokens") {
  const std::string url_word =
      "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft"
      "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft";
  const std::string rule(300, '-');
  const Pushed p = push_all({
      "In 1790, George Washington spoke to Congress.",
      rule + "\n" + url_word + " is long; " + rule + " 1,000 miles after.",
      std::string(400, ' ') + "Fellow-Citizens of the Senate and House of Representatives:",
  });
  struct Case {
    std::uint32_t pos;
    std::string text;
    TokenKind kind;
  };
  const std::vector<Case> cases = {
      {0, "In", TokenKind::word},
      {1, "1790", TokenKind::number},
      {6, "Congress", TokenKind::word},
      {7, url_word, TokenKind::word},  // first of its document, 301 bytes in, 162 bytes long
      {8, "is", TokenKind::word},
      {9, "long", TokenKind::word},
      {10, "1,000", TokenKind::number},  // after a gap of 302 bytes
      {11, "miles", TokenKind::word},
      {12, "after", TokenKind::word},
      {13, "Fellow", TokenKind::word},  // first of its document, 400 bytes in
      {14, "Citizens", TokenKind::word},
  };
  REQUIRE(p.packed.size() == p.spans.size());
  for (const Case& c : cases) {
    CAPTURE(c.pos);
    CHECK(token_text(p, c.pos) == c.text);
    CHECK(p.packed[c.pos].kind == c.kind);
  }
  for (std::uint32_t pos = 0; pos < p.spans.size(); ++pos) {
    CAPTURE(pos);
    CHECK(p.packed[pos].offset == p.spans[pos].offset);
    CHECK(p.packed[pos].length == p.spans[pos].length);
  }
}

namespace {

// How many spans a Reader started at `first` gets wrong, reading on to the end.
std::size_t reader_mismatches(const Pushed& p, std::uint32_t first) {
  std::size_t mismatches = 0;
  TokenSpans::Reader reader(p.packed, first);
  for (std::uint32_t pos = first; pos < p.spans.size(); ++pos, reader.advance()) {
    const TokenSpan got = reader.span();
    const TokenSpan& want = p.spans[pos];
    if (reader.pos() != pos || got.offset != want.offset || got.length != want.length ||
        got.kind != want.kind) {
      ++mismatches;
    }
  }
  return mismatches;
}

}  // namespace

TEST_CASE("a Reader gives the spans in order from any position, far tokens and block edges included") {
  const std::string long_word(200, 'x');
  const std::string rule(300, '-');
  const Pushed far = push_all({
      "In 1790, George Washington spoke to Congress.",
      rule + "\n" + long_word + " is long; " + rule + " 1,000 miles after, and " + long_word + ".",
      std::string(400, ' ') + "Fellow-Citizens of the Senate and House of Representatives:",
  });
  for (std::uint32_t first = 0; first < far.spans.size(); ++first) {
    CAPTURE(first);
    CHECK(reader_mismatches(far, first) == 0);
  }

  std::vector<std::string> texts;
  for (const SourceFile& file : test::sample_corpus()) texts.push_back(file.bytes);
  const Pushed seeds = push_all(texts);
  REQUIRE(seeds.spans.size() > 1000);
  for (const std::uint32_t first : {0u, 1u, 15u, 16u, 17u, 31u, 32u, 999u}) {
    CAPTURE(first);
    CHECK(reader_mismatches(seeds, first) == 0);
  }
  for (std::uint32_t first = 0; first < seeds.spans.size(); ++first) {
    if (seeds.starts[first]) CHECK(reader_mismatches(seeds, first) == 0);
  }
  TokenSpans::Reader past_the_end(seeds.packed, static_cast<std::uint32_t>(seeds.spans.size()));
  CHECK(past_the_end.pos() == seeds.spans.size());
}

TEST_CASE("packed spans take a little over two bytes a token") {
  std::vector<std::string> texts;
  for (const SourceFile& file : test::sample_corpus()) texts.push_back(file.bytes);
  const Pushed p = push_all(texts);
  TokenSpans reserved;
  reserved.reserve(p.spans.size());
  for (std::size_t pos = 0; pos < p.spans.size(); ++pos) {
    reserved.push_back(p.spans[pos], p.starts[pos]);
  }
  const double per_token =
      static_cast<double>(reserved.memory_bytes()) / static_cast<double>(reserved.size());
  CHECK(per_token < 3.0);
  CHECK(per_token > 2.0);
}
