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

TEST_CASE("spellings longer than the head, or at the end of a text, are told apart by all bytes") {
  // Spellings sharing their first 16 bytes (the head kept in a slot) and differing after it,
  // differing in case only past it, and of every length around the head's size; each met
  // inside a text, at its very end (where the head cannot be read in one load) and alone.
  std::vector<std::string> spellings;
  for (const std::string stem :
       {"internationalization", "internationalizations", "internationalisation",
        "INTERNATIONALIZATION", "internationaliZation", "Nationalsozialismus"}) {
    for (std::size_t n = 1; n <= stem.size(); ++n) spellings.push_back(stem.substr(0, n));
  }
  Lexicon lexicon;
  Lexicon direct;
  SurfaceTerms terms;
  std::string text;
  for (const std::string& s : spellings) text += s + " ";
  for (int round = 0; round < 2; ++round) {  // the second round finds every spelling again
    std::size_t offset = 0;
    for (const std::string& s : spellings) {
      CAPTURE(s);
      const TermId expected = direct.intern(term_key(s));
      CHECK(terms.intern(text, offset, s.size(), lexicon) == expected);
      const std::string at_end = "x " + s;
      CHECK(terms.intern(at_end, 2, s.size(), lexicon) == expected);
      CHECK(terms.intern(s, lexicon) == expected);
      offset += s.size() + 1;
    }
  }
  CHECK(lexicon.size() == direct.size());
  CHECK(terms.size() < spellings.size());  // repeated prefixes ("i", "in") counted once
}
