// A set of documents of one corpus: what a Filter selects and what analyses count over
// ("the target", "the reference"). A plain bit per document: corpora have thousands of
// documents, not billions, and membership is tested per token in hot loops.
#pragma once

#include <cstddef>
#include <vector>

#include "index/corpus.h"
#include "index/ids.h"

namespace lectern {

class DocSet {
 public:
  static DocSet all(const Corpus& corpus) { return DocSet(corpus.document_count(), true); }
  static DocSet none(const Corpus& corpus) { return DocSet(corpus.document_count(), false); }

  bool contains(DocId doc) const { return member_[to_index(doc)]; }
  void insert(DocId doc) { member_[to_index(doc)] = true; }
  void erase(DocId doc) { member_[to_index(doc)] = false; }

  std::size_t size() const;  // number of documents in the set
  std::size_t universe() const { return member_.size(); }
  bool empty() const { return size() == 0; }

  DocSet complement() const;
  DocSet intersect(const DocSet& other) const;
  DocSet unite(const DocSet& other) const;

  bool operator==(const DocSet&) const = default;

 private:
  DocSet(std::size_t documents, bool value) : member_(documents, value) {}
  std::vector<bool> member_;
};

}  // namespace lectern
