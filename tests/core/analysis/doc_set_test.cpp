#include "analysis/doc_set.h"

#include <doctest/doctest.h>

#include "index/corpus_builder.h"

using namespace lectern;

TEST_CASE("document sets: all, none, complement, intersection, union") {
  CorpusBuilder builder;
  for (const char* name : {"a.txt", "b.txt", "c.txt"}) builder.add({name, "Some text."});
  const auto corpus = builder.finish();

  CHECK(DocSet::all(*corpus).size() == 3);
  CHECK(DocSet::none(*corpus).empty());
  DocSet first = DocSet::none(*corpus);
  first.insert(DocId{0});
  DocSet last_two = first.complement();
  CHECK(last_two.size() == 2);
  CHECK_FALSE(last_two.contains(DocId{0}));
  CHECK(first.intersect(last_two).empty());
  CHECK(first.unite(last_two) == DocSet::all(*corpus));
  last_two.erase(DocId{1});
  CHECK(last_two.size() == 1);
  CHECK(last_two.contains(DocId{2}));
}
