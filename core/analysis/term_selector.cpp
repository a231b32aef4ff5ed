#include "analysis/term_selector.h"

#include <cassert>

#include <unordered_map>

#include "text/stemmer.h"
#include "text/stopwords.h"

namespace lectern {

TermSelector::TermSelector(const Corpus& corpus, TermSelection selection)
    : corpus_(corpus), selection_(selection) {}

void TermSelector::enter(DocId doc) {
  const std::string& language = corpus_.document(doc).meta.language;
  if (current_ && language == language_) return;
  language_ = language;
  auto found = languages_.find(language);
  if (found == languages_.end()) found = languages_.emplace(language, made_for(language)).first;
  current_ = &found->second;
}

// Every term of the lexicon stemmed once per language met: a few milliseconds for the tens of
// thousands of terms of a large corpus, and only when stemming is asked for.
TermSelector::Language TermSelector::made_for(const std::string& language) {
  const Lexicon& lexicon = corpus_.lexicon();
  Language made;
  made.verdicts.assign(lexicon.size(), Verdict::unknown);
  if (!selection_.stem) return made;
  Stemmer stemmer(language);
  const auto frequencies = corpus_.term_frequencies();
  std::vector<std::string> stems(lexicon.size());
  std::unordered_map<std::string_view, TermId> most_frequent;  // by stem
  for (std::uint32_t t = 0; t < lexicon.size(); ++t) {
    stems[t] = stemmer.stem(lexicon.str(TermId{t}));
  }
  for (std::uint32_t t = 0; t < lexicon.size(); ++t) {
    auto [at, added] = most_frequent.try_emplace(stems[t], TermId{t});
    if (!added && frequencies[t] > frequencies[to_index(at->second)]) at->second = TermId{t};
  }
  made.representative.resize(lexicon.size());
  for (std::uint32_t t = 0; t < lexicon.size(); ++t) {
    made.representative[t] = most_frequent.at(stems[t]);
  }
  return made;
}

bool TermSelector::is_stopword(TermId term) {
  assert(current_ && "enter() a document before asking about its tokens");
  Verdict& verdict = current_->verdicts[to_index(term)];
  if (verdict == Verdict::unknown) {
    verdict = lectern::is_stopword(language_, corpus_.lexicon().str(term)) ? Verdict::stopword
                                                                           : Verdict::other;
  }
  return verdict == Verdict::stopword;
}

bool TermSelector::keeps(CorpusPos pos) {
  if (!selection_.numbers && corpus_.kind_at(pos) == TokenKind::number) return false;
  return selection_.stopwords || !is_stopword(corpus_.term_at(pos));
}

}  // namespace lectern
