#include "text/segmenter.h"

#include <doctest/doctest.h>

#include "support/printing.h"

#include <string>
#include <vector>

using namespace lectern;

namespace {

std::vector<std::string> token_strings(std::string_view text, std::string_view language = {}) {
  Segmenter segmenter;
  std::vector<std::string> out;
  for (const TokenSpan& t : segmenter.segment(text, language).tokens) {
    out.emplace_back(text.substr(t.offset, t.length));
  }
  return out;
}

}  // namespace

TEST_CASE("word tokens in several languages and scripts") {
  struct Case {
    const char* language;
    const char* text;
    std::vector<std::string> tokens;
  };
  const Case cases[] = {
      {"en", "Putin's visit to Astana, on Nov. 30.",
       {"Putin's", "visit", "to", "Astana", "on", "Nov", "30"}},
      {"en", "Kassym-Jomart Tokayev spoke (in Kazakh).",
       {"Kassym", "Jomart", "Tokayev", "spoke", "in", "Kazakh"}},
      {"sv", "Toppmötet i Astana blev en förödmjukelse för Putin.",
       {"Toppmötet", "i", "Astana", "blev", "en", "förödmjukelse", "för", "Putin"}},
      {"ru", "Токаев выступил на казахском языке.",
       {"Токаев", "выступил", "на", "казахском", "языке"}},
      {"de", "Die Straße führt nach Nur-Sultan, 2024.",
       {"Die", "Straße", "führt", "nach", "Nur", "Sultan", "2024"}},
      {"el", "Όλοι οι άνθρωποι γεννιούνται ελεύθεροι.",
       {"Όλοι", "οι", "άνθρωποι", "γεννιούνται", "ελεύθεροι"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(token_strings(c.text, c.language) == c.tokens);
  }
}

TEST_CASE("numbers are told apart from words, punctuation is not a token") {
  Segmenter segmenter;
  const std::string text = "In 2024, 36 points -- and 3.5% more!";
  const Segmentation s = segmenter.segment(text, "en");
  std::vector<std::string> numbers;
  std::vector<std::string> words;
  for (const TokenSpan& t : s.tokens) {
    (t.kind == TokenKind::number ? numbers : words).emplace_back(text.substr(t.offset, t.length));
  }
  CHECK(numbers == std::vector<std::string>{"2024", "36", "3.5"});
  CHECK(words == std::vector<std::string>{"In", "points", "and", "more"});
}

TEST_CASE("sentences split at full stops but not after abbreviations, trailing space trimmed") {
  Segmenter segmenter;
  const std::string text = "Putin arrived yesterday. Today the summit starts.\n\nProf. Smith said so.";
  const Segmentation s = segmenter.segment(text, "en");
  std::vector<std::string> sentences;
  for (const SentenceSpan& span : s.sentences) sentences.emplace_back(text.substr(span.offset, span.length));
  CHECK(sentences == std::vector<std::string>{"Putin arrived yesterday.", "Today the summit starts.",
                                              "Prof. Smith said so."});
}

TEST_CASE("empty text gives no tokens and no sentences") {
  Segmenter segmenter;
  const Segmentation s = segmenter.segment("", "en");
  CHECK(s.tokens.empty());
  CHECK(s.sentences.empty());
}
