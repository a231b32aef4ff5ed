// Results of analyses kept per (corpus, filter, options), so going Back, switching tabs or
// returning to a view shows an earlier result at once instead of computing it again. A few
// entries, the least recently used dropped first: results can be large (a word list per term).
//
//   ResultCache<WordList> cache;
//   const WordList* list = cache.find(key);
//   if (!list) list = &cache.put(key, word_list(corpus, docs, {}));
#pragma once

#include <cstddef>
#include <list>
#include <string>
#include <utility>

namespace lectern {

template <typename Value>
class ResultCache {
 public:
  explicit ResultCache(std::size_t capacity = 8) : capacity_(capacity) {}

  const Value* find(const std::string& key) {
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
      if (it->first != key) continue;
      entries_.splice(entries_.begin(), entries_, it);  // now the most recently used
      return &entries_.front().second;
    }
    return nullptr;
  }

  const Value& put(std::string key, Value value) {
    entries_.emplace_front(std::move(key), std::move(value));
    if (entries_.size() > capacity_) entries_.pop_back();
    return entries_.front().second;
  }

  std::size_t size() const { return entries_.size(); }

 private:
  std::size_t capacity_;
  std::list<std::pair<std::string, Value>> entries_;
};

}  // namespace lectern
