// KWIC, a concordance: each match with the words before and after it, as they are written in
// the document (original spelling, punctuation, one space for any run of white space).
//
//   Kwic concordance = kwic(corpus, match_phrase(corpus, "Tokayev", all), {.window = 5});
//   for (const KwicHit& hit : concordance.hits) print(hit.left, hit.match, hit.right);
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "analysis/match.h"
#include "index/corpus.h"

namespace lectern {

enum class KwicSort {
  document,  // corpus order: by document, then position
  left,      // by the left context, nearest word first (L1, then L2, ...), by term key
  right,     // by the right context, R1, then R2, ...
};

struct KwicOptions {
  std::uint32_t window = 5;  // words each side, never past the document's edges
  KwicSort sort = KwicSort::document;
  std::size_t limit = 0;  // hits to render after sorting; 0 = all
};

struct KwicHit {
  DocId doc{};
  Match match;
  std::string left;
  std::string text;  // the matched words as written
  std::string right;
  std::uint32_t offset = 0;  // byte offset of the match in the document's text
  std::uint32_t length = 0;  // its length in bytes
};

struct Kwic {
  std::size_t total = 0;  // all matches, however many hits were rendered
  std::vector<KwicHit> hits;
};

Kwic kwic(const Corpus& corpus, std::span<const Match> matches, const KwicOptions& options);

}  // namespace lectern
