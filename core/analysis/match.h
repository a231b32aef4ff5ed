// A match: consecutive corpus positions something was found at (a word, a phrase, later any
// query of core/query/). KWIC and collocations take lists of matches, so they work the same
// whatever found them.
//
//   std::vector<Match> hits = match_phrase(corpus, "collective security", DocSet::all(corpus));
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/doc_set.h"
#include "index/corpus.h"
#include "index/ids.h"

namespace lectern {

struct Match {
  CorpusPos first{};
  std::uint32_t length = 1;  // tokens, all in first's document

  bool operator==(const Match&) const = default;
};

// The term keys of a phrase as the corpus would count them: the text is segmented into words
// (so "Kassym-Jomart" is two) and each is folded with term_key().
std::vector<std::string> phrase_keys(std::string_view phrase);

// Every place in the documents of filter where the keys occur on consecutive positions of one
// document, in corpus order. An empty list of keys, or a key the corpus lacks, matches nothing.
std::vector<Match> match_phrase(const Corpus& corpus, const std::vector<std::string>& keys,
                                const DocSet& filter);
std::vector<Match> match_phrase(const Corpus& corpus, std::string_view phrase,
                                const DocSet& filter);

}  // namespace lectern
