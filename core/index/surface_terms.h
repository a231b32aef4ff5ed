// The term of each spelling met while indexing, so that term_key() (an ICU normalisation, the
// dearest step of indexing after segmentation) runs once per spelling rather than once per
// token: "Freedom", "freedom" and "FREEDOM" are looked up here, folded once each, and all
// land on the Lexicon's "freedom".
//
//   SurfaceTerms spellings;
//   TermId id = spellings.intern("Freedom", lexicon);   // term_key() + lexicon.intern()
//   id = spellings.intern("Freedom", lexicon);          // a hash lookup
//
// An open-addressing hash table over one buffer of the spellings: a token costs one hash and,
// usually, one probe. The ids belong to one Lexicon; clear() (which frees the
// table) when that lexicon is replaced.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "index/ids.h"
#include "index/lexicon.h"

namespace lectern {

class SurfaceTerms {
 public:
  TermId intern(std::string_view surface, Lexicon& lexicon);
  void clear();
  std::size_t size() const { return used_; }

 private:
  // The first bytes of a spelling are kept in its slot: most words are that short, and a token
  // is then matched without reading spellings_ (a cache miss) or calling memcmp.
  static constexpr std::size_t kHeadBytes = 8;
  struct Slot {
    std::uint64_t head = 0;  // the first kHeadBytes bytes, zero-padded
    std::uint32_t hash = 0;
    std::uint32_t offset = 0;  // of the spelling in spellings_
    std::uint32_t length = 0;
    TermId term{};
    bool used = false;
  };

  void grow();

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::string spellings_;
  std::size_t used_ = 0;
};

}  // namespace lectern
