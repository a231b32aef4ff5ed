#include "analysis/term_selector.h"

#include <cassert>

#include "text/stopwords.h"

namespace lectern {

TermSelector::TermSelector(const Corpus& corpus, TermSelection selection)
    : corpus_(corpus), selection_(selection) {}

void TermSelector::enter(DocId doc) {
  const std::string& language = corpus_.document(doc).meta.language;
  if (current_ && language == language_) return;
  language_ = language;
  auto found = verdicts_.find(language);
  if (found == verdicts_.end()) {
    found = verdicts_.emplace(language, std::vector<Verdict>(corpus_.lexicon().size())).first;
  }
  current_ = &found->second;
}

bool TermSelector::is_stopword(TermId term) {
  assert(current_ && "enter() a document before asking about its tokens");
  Verdict& verdict = (*current_)[to_index(term)];
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
