#include "analysis/doc_set.h"

#include <algorithm>
#include <cassert>

namespace lectern {

std::size_t DocSet::size() const {
  return static_cast<std::size_t>(std::count(member_.begin(), member_.end(), true));
}

DocSet DocSet::complement() const {
  DocSet out = *this;
  out.member_.flip();
  return out;
}

DocSet DocSet::intersect(const DocSet& other) const {
  assert(universe() == other.universe() && "sets of different corpora");
  DocSet out = *this;
  for (std::size_t i = 0; i < member_.size(); ++i) out.member_[i] = member_[i] && other.member_[i];
  return out;
}

DocSet DocSet::unite(const DocSet& other) const {
  assert(universe() == other.universe() && "sets of different corpora");
  DocSet out = *this;
  for (std::size_t i = 0; i < member_.size(); ++i) out.member_[i] = member_[i] || other.member_[i];
  return out;
}

}  // namespace lectern
