#include "index/surface_terms.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/sample_corpus.h"
#include "text/segmenter.h"
#include "text/term_key.h"

using namespace lectern;

TEST_CASE("spellings of one term share its id, folded as term_key folds them") {
  struct Case {
    std::string surface;
    std::string term;
  };
  const std::vector<Case> cases = {
      {"Freedom", "freedom"}, {"FREEDOM", "freedom"},     {"freedom", "freedom"},
      {"Nation's", "nation"}, {"nation", "nation"},       {"Straße", "strasse"},
      {"STRASSE", "strasse"}, {"Toppmötet", "toppmötet"}, {"ﬁnance", "finance"},
  };
  Lexicon lexicon;
  SurfaceTerms spellings;
  for (const Case& c : cases) {
    CAPTURE(c.surface);
    const TermId id = spellings.intern(c.surface, lexicon);
    CHECK(lexicon.str(id) == c.term);
    CHECK(spellings.intern(c.surface, lexicon) == id);
  }
  CHECK(lexicon.size() == 5);
  CHECK(spellings.size() == cases.size());
}

TEST_CASE("every token of the seed corpus gets the id of its term key, through growth") {
  Lexicon through_cache;
  Lexicon direct;
  SurfaceTerms spellings;
  Segmenter segmenter;
  std::size_t tokens = 0;
  std::size_t mismatches = 0;
  for (const SourceFile& file : test::sample_corpus()) {
    const std::string_view text = file.bytes;
    for (const TokenSpan& t : segmenter.segment(text).tokens) {
      const std::string_view surface = text.substr(t.offset, t.length);
      const TermId id = spellings.intern(surface, through_cache);
      const TermId expected = direct.intern(term_key(surface));
      mismatches += id == expected ? 0 : 1;
      ++tokens;
    }
  }
  CHECK(mismatches == 0);
  CHECK(through_cache.size() == direct.size());
  CHECK(spellings.size() > 1024 / 2);  // the table grew at least once
  CHECK(tokens > spellings.size());

  spellings.clear();
  CHECK(spellings.size() == 0);
  Lexicon fresh;
  CHECK(fresh.str(spellings.intern("Astana", fresh)) == "astana");
}
