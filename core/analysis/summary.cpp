#include "analysis/summary.h"

namespace lectern {

CorpusSummary summarize(const Corpus& corpus) {
  CorpusSummary summary;
  summary.documents = corpus.document_count();
  summary.tokens = corpus.token_count();
  summary.types = corpus.lexicon().size();
  for (const DocumentEntry& document : corpus.documents()) summary.languages[document.meta.language] += 1;
  summary.skipped = corpus.import_report().skipped;
  return summary;
}

}  // namespace lectern
