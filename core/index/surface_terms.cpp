#include "index/surface_terms.h"

#include <algorithm>
#include <cstring>

#include "text/term_key.h"

namespace lectern {
namespace {

constexpr std::size_t kInitialSlots = 1024;

// FNV-1a (Fowler, Noll, Vo), 32 bits: tokens are a few bytes long, where its byte loop is as
// quick as anything wider, and it spreads short keys well.
std::uint32_t fnv1a(std::string_view bytes) {
  std::uint32_t hash = 2166136261u;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619u;
  }
  return hash;
}

std::uint64_t head_of(std::string_view bytes) {
  std::uint64_t head = 0;
  std::memcpy(&head, bytes.data(), std::min<std::size_t>(bytes.size(), sizeof head));
  return head;
}

}  // namespace

TermId SurfaceTerms::intern(std::string_view surface, Lexicon& lexicon) {
  if (slots_.empty()) slots_.resize(kInitialSlots);
  const std::uint32_t hash = fnv1a(surface);
  const std::uint64_t head = head_of(surface);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  for (; slots_[i].used; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.hash == hash && slot.head == head && slot.length == surface.size() &&
        (surface.size() <= kHeadBytes ||
         std::string_view(spellings_).substr(slot.offset, slot.length) == surface)) {
      return slot.term;
    }
  }
  const TermId term = lexicon.intern(term_key(surface));
  slots_[i] = {head, hash, static_cast<std::uint32_t>(spellings_.size()),
               static_cast<std::uint32_t>(surface.size()), term, true};
  spellings_.append(surface);
  if (++used_ * 2 > slots_.size()) grow();
  return term;
}

void SurfaceTerms::clear() { *this = SurfaceTerms(); }

void SurfaceTerms::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (!slot.used) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].used) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

}  // namespace lectern
