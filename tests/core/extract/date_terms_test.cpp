// The terms of a corpus sorted for finding dates by term id: anchors, plain words and the cue
// words between, on a corpus built from real sentences.
#include "extract/date_terms.h"

#include <doctest/doctest.h>

#include <string>

#include "../analysis/timeline_fixtures.h"

using namespace lectern;
using namespace lectern::test;

TEST_CASE("Term classes: anchors, plain words and cue words") {
  const auto corpus = dated_corpus({{"en", "2024-11-30",
                                     "In June the president spoke, yesterday at 2024 and in "
                                     "last week's session since l'année."}});
  const DateTerms terms(corpus->lexicon(), "en");
  const auto id = [&](const char* term) {
    const std::optional<TermId> found = corpus->lexicon().find(term);
    REQUIRE_MESSAGE(found.has_value(), term);
    return *found;
  };
  for (const char* anchor : {"june", "yesterday", "2024", "week"}) {
    CAPTURE(std::string(anchor));
    CHECK(terms.anchor(id(anchor)));
  }
  for (const char* plain : {"president", "spoke", "session", "at"}) {
    CAPTURE(std::string(plain));
    CHECK(terms.plain(id(plain)));
    CHECK_FALSE(terms.anchor(id(plain)));
  }
  // Cue words lead up to an anchor: neither, so a window reads across them but never starts
  // at them alone.
  for (const char* cue : {"in", "since", "the", "last"}) {
    CAPTURE(std::string(cue));
    CHECK_FALSE(terms.anchor(id(cue)));
    CHECK_FALSE(terms.plain(id(cue)));
  }
  CHECK(terms.usable());
}

TEST_CASE("Term classes: the date words of the six languages are letters the index never splits") {
  // ICU breaks Chinese or Thai by dictionary, so a date word there could lie across two terms;
  // the alphabets of these six are never split inside a run of letters.
  const auto corpus = dated_corpus({{"en", "2024-11-30", "June"}});
  for (const char* language : {"en", "sv", "de", "fr", "es", "ru"}) {
    CAPTURE(std::string(language));
    CHECK(DateTerms(corpus->lexicon(), language).usable());
  }
}
