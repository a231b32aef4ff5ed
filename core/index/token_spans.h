// Where each token of the corpus stream is in its document's text, packed: about 2.25 bytes a
// token instead of the 12 of a TokenSpan, because spans are the largest table of a corpus after
// the text itself (a token of English is about 6 bytes of text).
//
//   TokenSpans spans;
//   spans.push_back({0, 3, TokenKind::word}, /*starts_document=*/true);   // "The"
//   spans.push_back({4, 6, TokenKind::word}, false);                      // "summit"
//   spans[1]  // {4, 6, word}
//
// Each token keeps two bytes: the gap since the end of the token before it in its document, and
// its length with its kind in the top bit. Every kBlock-th token also keeps its offset in full,
// so a lookup adds up at most kBlock - 1 gaps and lengths from there. Tokens these bytes cannot
// describe (a document's first token, a gap of kFar bytes or more, a length of kLongLength or
// more) are "far": their gap byte is kFar and their whole span is in a short sorted side list.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "text/segmenter.h"

namespace lectern {

class TokenSpans {
 public:
  void push_back(const TokenSpan& span, bool starts_document);
  void reserve(std::size_t tokens);

  std::size_t size() const { return packed_.size(); }
  std::size_t capacity() const { return packed_.capacity(); }
  TokenKind kind(std::uint32_t pos) const {
    return (packed_[pos].length_kind & kNumberBit) != 0 ? TokenKind::number : TokenKind::word;
  }
  TokenSpan operator[](std::uint32_t pos) const {
    const std::uint64_t located = locate(pos);
    return {static_cast<std::uint32_t>(located), static_cast<std::uint32_t>(located >> 32),
            kind(pos)};
  }

  // Bytes held, for the memory figures of the benchmark.
  std::size_t memory_bytes() const;

  // Reads the spans of consecutive tokens in order, each in one step from the one before,
  // where operator[] walks from the start of its block: for passes over every token of a
  // document (entity mentions read each token's letters).
  //
  //   for (TokenSpans::Reader r(spans, first); r.pos() < end; r.advance()) use(r.span());
  class Reader {
   public:
    Reader(const TokenSpans& spans, std::uint32_t pos);
    std::uint32_t pos() const { return pos_; }
    // The span at pos(); valid while pos() < spans.size().
    TokenSpan span() const { return {offset_, length_, spans_->kind(pos_)}; }
    void advance() {
      const std::uint32_t end = offset_ + length_;
      if (++pos_ >= spans_->size()) return;
      const Packed p = spans_->packed_[pos_];
      if (p.gap == kFar) return load_far();
      // A near token's gap counts from the end of the token before it in its document, which
      // is the one just read: a document's first token is always far.
      offset_ = end + p.gap;
      length_ = p.length_kind & kLengthMask;
    }

   private:
    void load_far();

    const TokenSpans* spans_;
    std::uint32_t pos_;
    std::uint32_t offset_ = 0;
    std::uint32_t length_ = 0;
    std::size_t next_far_ = 0;  // index in far_ of the first far token after the ones read
  };

 private:
  static constexpr std::uint32_t kBlock = 16;
  static constexpr std::uint8_t kFar = 255;
  static constexpr std::uint8_t kNumberBit = 0x80;
  static constexpr std::uint8_t kLengthMask = 0x7F;
  static constexpr std::uint32_t kLongLength = kLengthMask;

  struct Packed {
    std::uint8_t gap;
    std::uint8_t length_kind;
  };
  struct FarSpan {
    std::uint32_t pos;
    std::uint32_t offset;
    std::uint32_t length;
  };

  // The offset in the low 32 bits, the length in the high ones. Pure (it only reads the
  // tables), so a caller that keeps only the kind of span_at() loses the call and the walk with
  // it, and a test of kinds over every token stays one load a token. One integer rather than a
  // struct because wasm32 returns structs through memory, which a pure call may not write.
  [[gnu::pure]] std::uint64_t locate(std::uint32_t pos) const noexcept;
  // The index in far_ of the first far token at or after pos.
  std::size_t far_index(std::uint32_t pos) const noexcept;
  const FarSpan& far_span(std::uint32_t pos) const noexcept;

  std::vector<Packed> packed_;
  std::vector<std::uint32_t> block_offsets_;  // offset of token k * kBlock
  std::vector<FarSpan> far_;                  // ascending by pos
  std::uint32_t last_end_ = 0;                // end of the last token pushed
};

}  // namespace lectern
