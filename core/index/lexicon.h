// The lexicon: a two-way mapping between term strings and dense TermIds (CWB's id2str/str2id).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "index/ids.h"

namespace lectern {

class Lexicon {
 public:
  // Returns the id of term, adding it if new.
  TermId intern(std::string_view term);
  std::optional<TermId> find(std::string_view term) const;
  std::string_view str(TermId id) const { return strings_[to_index(id)]; }
  std::size_t size() const { return strings_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<std::string> strings_;
  std::unordered_map<std::string, TermId, Hash, std::equal_to<>> ids_;
};

}  // namespace lectern
