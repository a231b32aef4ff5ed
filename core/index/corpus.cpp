#include "index/corpus.h"

#include <algorithm>
#include <cassert>

namespace lectern {

DocId Corpus::document_at(CorpusPos pos) const {
  assert(to_index(pos) < terms_.size());
  // The last document whose first token is at or before pos. Empty documents share their
  // first_token with the next one; upper_bound skips past them to the one that owns pos.
  auto after = std::upper_bound(
      documents_.begin(), documents_.end(), pos,
      [](CorpusPos p, const DocumentEntry& d) { return to_index(p) < to_index(d.first_token); });
  return static_cast<DocId>(std::distance(documents_.begin(), after) - 1);
}

}  // namespace lectern
