#include "analysis/match.h"

#include <optional>

#include "text/segmenter.h"
#include "text/term_key.h"

namespace lectern {

std::vector<std::string> phrase_keys(std::string_view phrase) {
  Segmenter segmenter;
  std::vector<std::string> keys;
  for (const TokenSpan& token : segmenter.segment(phrase).tokens) {
    keys.push_back(term_key(phrase.substr(token.offset, token.length)));
  }
  return keys;
}

std::vector<Match> match_phrase(const Corpus& corpus, const std::vector<std::string>& keys,
                                const DocSet& filter) {
  std::vector<Match> matches;
  if (keys.empty()) return matches;
  std::vector<TermId> terms;
  for (const std::string& key : keys) {
    const std::optional<TermId> term = corpus.lexicon().find(key);
    if (!term) return matches;
    terms.push_back(*term);
  }
  const auto length = static_cast<std::uint32_t>(terms.size());
  for (const CorpusPos first : corpus.postings(terms[0])) {
    const DocId doc = corpus.document_at(first);
    if (!filter.contains(doc)) continue;
    const DocumentEntry& entry = corpus.document(doc);
    const std::uint32_t start = to_index(first);
    if (start + length > to_index(entry.first_token) + entry.token_count) continue;
    bool whole = true;
    for (std::uint32_t i = 1; i < length && whole; ++i) {
      whole = corpus.term_at(CorpusPos{start + i}) == terms[i];
    }
    if (whole) matches.push_back({first, length});
  }
  return matches;
}

std::vector<Match> match_phrase(const Corpus& corpus, std::string_view phrase,
                                const DocSet& filter) {
  return match_phrase(corpus, phrase_keys(phrase), filter);
}

}  // namespace lectern
