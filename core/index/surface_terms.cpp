#include "index/surface_terms.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "text/term_key.h"

namespace lectern {
namespace {

using Head = SurfaceTerms::Head;
constexpr std::size_t kHeadBytes = SurfaceTerms::kHeadBytes;
constexpr std::size_t kInitialSlots = 1024;

// kHeadMasks[n] keeps the first n bytes of a Head loaded from memory (in memory order, whatever
// the byte order of the machine).
const std::array<Head, kHeadBytes + 1>& head_masks() {
  static const std::array<Head, kHeadBytes + 1> masks = [] {
    std::array<Head, kHeadBytes + 1> made{};
    for (std::size_t n = 0; n <= kHeadBytes; ++n) {
      unsigned char bytes[kHeadBytes] = {};
      std::memset(bytes, 0xFF, n);
      std::memcpy(&made[n], bytes, kHeadBytes);
    }
    return made;
  }();
  return masks;
}

// The head of text.substr(offset, length). Where the text goes on for kHeadBytes, one load of
// a constant size and a mask; at its very end, a copy of what is there.
Head head_of(std::string_view text, std::size_t offset, std::size_t length) {
  Head head;
  const std::size_t n = std::min(length, kHeadBytes);
  if (offset + kHeadBytes <= text.size()) {
    std::memcpy(&head, text.data() + offset, kHeadBytes);
    const Head& mask = head_masks()[n];
    head.low &= mask.low;
    head.high &= mask.high;
  } else {
    std::memcpy(&head, text.data() + offset, n);
  }
  return head;
}

// A multiply-xorshift mix of the head and the length (the finaliser of MurmurHash3, Appleby
// 2011, over a 64-bit sum of the words), and of the rest of a longer spelling eight bytes at a
// time: a token is one or two words of memory, where a byte-at-a-time hash paid per byte.
std::uint32_t hash_of(const Head& head, std::string_view tail, std::size_t length) {
  constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull;
  constexpr std::uint64_t k2 = 0xC2B2AE3D27D4EB4Full;
  std::uint64_t x = head.low * k1 ^ (head.high + length) * k2;
  for (std::size_t i = 0; i < tail.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, tail.data() + i, std::min<std::size_t>(8, tail.size() - i));
    x = (x ^ word) * k1;
  }
  x ^= x >> 33;
  x *= 0xFF51AFD7ED558CCDull;
  x ^= x >> 33;
  return static_cast<std::uint32_t>(x);
}

}  // namespace

TermId SurfaceTerms::intern(std::string_view surface, Lexicon& lexicon) {
  return intern(surface, 0, surface.size(), lexicon);
}

TermId SurfaceTerms::intern(std::string_view text, std::size_t offset, std::size_t length,
                            Lexicon& lexicon) {
  if (slots_.empty()) slots_.resize(kInitialSlots);
  const Head head = head_of(text, offset, length);
  const std::string_view tail =
      length > kHeadBytes ? text.substr(offset + kHeadBytes, length - kHeadBytes)
                          : std::string_view();
  const std::uint32_t hash = hash_of(head, tail, length);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  for (; slots_[i].term != kNoTerm; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.hash == hash && slot.head == head && slot.length == length &&
        (tail.empty() || std::string_view(tails_).substr(slot.tail, tail.size()) == tail)) {
      return slot.term;
    }
  }
  const TermId term = lexicon.intern(term_key(text.substr(offset, length)));
  slots_[i] = {head, hash, static_cast<std::uint32_t>(length),
               static_cast<std::uint32_t>(tails_.size()), term};
  tails_.append(tail);
  if (++used_ * 2 > slots_.size()) grow();
  return term;
}

void SurfaceTerms::clear() { *this = SurfaceTerms(); }

void SurfaceTerms::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.term == kNoTerm) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].term != kNoTerm) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

}  // namespace lectern
