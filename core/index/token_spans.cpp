#include "index/token_spans.h"

#include <algorithm>
#include <cassert>

namespace lectern {

void TokenSpans::push_back(const TokenSpan& span, bool starts_document) {
  const auto pos = static_cast<std::uint32_t>(packed_.size());
  if (pos % kBlock == 0) block_offsets_.push_back(span.offset);
  // Tokens come in text order and never overlap, so within a document the gap is never negative.
  assert(starts_document || span.offset >= last_end_);
  const std::uint32_t gap = starts_document ? kFar : span.offset - last_end_;
  const bool far = gap >= kFar || span.length >= kLongLength;
  const auto length_bits = static_cast<std::uint8_t>(std::min(span.length, kLongLength));
  const std::uint8_t kind_bit = span.kind == TokenKind::number ? kNumberBit : 0;
  packed_.push_back({far ? kFar : static_cast<std::uint8_t>(gap),
                     static_cast<std::uint8_t>(length_bits | kind_bit)});
  if (far) far_.push_back({pos, span.offset, span.length});
  last_end_ = span.offset + span.length;
}

std::uint64_t TokenSpans::locate(std::uint32_t pos) const noexcept {
  assert(pos < packed_.size());
  const std::uint32_t first = pos - pos % kBlock;
  std::uint32_t offset = block_offsets_[first / kBlock];
  std::uint32_t end = 0;  // of the token before i
  for (std::uint32_t i = first;; ++i) {
    const Packed p = packed_[i];
    std::uint32_t length = p.length_kind & kLengthMask;
    if (p.gap == kFar) {
      const FarSpan& far = far_span(i);
      offset = far.offset;
      length = far.length;
    } else if (i != first) {
      offset = end + p.gap;
    }
    if (i == pos) return offset | std::uint64_t{length} << 32;
    end = offset + length;
  }
}

std::size_t TokenSpans::far_index(std::uint32_t pos) const noexcept {
  const auto found = std::lower_bound(far_.begin(), far_.end(), pos,
                                      [](const FarSpan& f, std::uint32_t p) { return f.pos < p; });
  return static_cast<std::size_t>(found - far_.begin());
}

const TokenSpans::FarSpan& TokenSpans::far_span(std::uint32_t pos) const noexcept {
  const std::size_t index = far_index(pos);
  assert(index < far_.size() && far_[index].pos == pos);
  return far_[index];
}

TokenSpans::Reader::Reader(const TokenSpans& spans, std::uint32_t pos)
    : spans_(&spans), pos_(pos), next_far_(spans.far_index(pos)) {
  if (pos_ >= spans.size()) return;
  if (spans.packed_[pos_].gap == kFar) {
    load_far();
  } else {
    const std::uint64_t located = spans.locate(pos_);
    offset_ = static_cast<std::uint32_t>(located);
    length_ = static_cast<std::uint32_t>(located >> 32);
  }
}

void TokenSpans::Reader::load_far() {
  const FarSpan& far = spans_->far_[next_far_++];
  assert(far.pos == pos_);
  offset_ = far.offset;
  length_ = far.length;
}

void TokenSpans::reserve(std::size_t tokens) {
  packed_.reserve(tokens);
  block_offsets_.reserve(tokens / kBlock + 1);
}

std::size_t TokenSpans::memory_bytes() const {
  return packed_.capacity() * sizeof(Packed) + block_offsets_.capacity() * sizeof(std::uint32_t) +
         far_.capacity() * sizeof(FarSpan);
}

}  // namespace lectern
