#include "index/lexicon.h"

namespace lectern {

TermId Lexicon::intern(std::string_view term) {
  auto found = ids_.find(term);
  if (found != ids_.end()) return found->second;
  const auto id = static_cast<TermId>(strings_.size());
  strings_.emplace_back(term);
  ids_.emplace(strings_.back(), id);
  return id;
}

std::optional<TermId> Lexicon::find(std::string_view term) const {
  auto found = ids_.find(term);
  if (found == ids_.end()) return std::nullopt;
  return found->second;
}

}  // namespace lectern
