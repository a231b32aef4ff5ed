// Word and sentence segmentation with ICU break iterators over UTF-8 (no UTF-16 copy: ICU reads
// the bytes through a UText). Tokens are the words and numbers of a text; spaces and
// punctuation separate them and are not tokens. Offsets are bytes into the UTF-8 text.
// Ideographs (Chinese characters, Japanese kanji) are one token each: the ICU data Lectern
// ships has no CJK dictionary to find their words (see segmenter.cpp). Thai, which also has no
// spaces, is split into words with ICU's Thai dictionary.
//
//   Segmenter segmenter;                        // reuse: creating break iterators is costly
//   Segmentation s = segmenter.segment(text, "sv");
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lectern {

enum class TokenKind : std::uint8_t { word, number };

struct TokenSpan {
  std::uint32_t offset;
  std::uint32_t length;
  TokenKind kind;
};

struct SentenceSpan {
  std::uint32_t offset;
  std::uint32_t length;
};

struct Segmentation {
  std::vector<TokenSpan> tokens;
  std::vector<SentenceSpan> sentences;
};

class Segmenter {
 public:
  // How words and sentences are found. Both give the same tokens and sentences; icu_only is the
  // reference the fast paths are checked against (tests/core/text/segmenter_test.cpp) and
  // measured beside.
  enum class Path {
    // runs of plain ASCII split directly (plain_words.h), the rest by ICU; sentences without
    // combining marks found directly (plain_sentences.h), the rest by ICU
    plain_runs_then_icu,
    icu_only,
  };

  explicit Segmenter(Path path = Path::plain_runs_then_icu);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // language is an ISO 639 code selecting ICU's language-specific rules (Swedish and Finnish
  // treat ':' inside words differently, for instance); empty means the root rules.
  Segmentation segment(std::string_view utf8, std::string_view language = {});

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lectern
