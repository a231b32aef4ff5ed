// The term of each spelling met while indexing, so that term_key() (an ICU normalisation, the
// dearest step of indexing after segmentation) runs once per spelling rather than once per
// token: "Freedom", "freedom" and "FREEDOM" are looked up here, folded once each, and all
// land on the Lexicon's "freedom".
//
//   SurfaceTerms spellings;
//   TermId id = spellings.intern("Freedom", lexicon);   // term_key() + lexicon.intern()
//   id = spellings.intern("Freedom", lexicon);          // a hash lookup
//   id = spellings.intern(text, offset, length, lexicon);   // the same for a token of a text
//
// An open-addressing hash table: a token costs one hash of its first bytes and, usually, one
// probe. The ids belong to one Lexicon; clear() (which frees the table) when that lexicon is
// replaced.
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
  // The spelling text.substr(offset, length). Faster than the above for a token inside a longer
  // text: the first bytes are read in one load when the text goes on after them.
  TermId intern(std::string_view text, std::size_t offset, std::size_t length,
                Lexicon& lexicon);
  void clear();
  std::size_t size() const { return used_; }

  // The first kHeadBytes bytes of a spelling, zero-padded: most words are that short, and are
  // then told apart by two integer compares, without memcmp.
  static constexpr std::size_t kHeadBytes = 16;
  struct Head {
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    bool operator==(const Head&) const = default;
  };

 private:
  static constexpr TermId kNoTerm = static_cast<TermId>(UINT32_MAX);
  struct Slot {  // 32 bytes: two to a cache line
    Head head;
    std::uint32_t hash = 0;
    std::uint32_t length = 0;
    std::uint32_t tail = 0;  // where the bytes past the head are in tails_
    TermId term = kNoTerm;   // kNoTerm: the slot is free
  };

  void grow();

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::string tails_;        // the bytes after the head of each longer spelling
  std::size_t used_ = 0;
};

}  // namespace lectern
