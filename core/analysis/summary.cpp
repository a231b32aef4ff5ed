#include "analysis/summary.h"

namespace lectern {
namespace {

// "2025" begins on 2025-01-01 and ends on 2025-12-31; "2025-06" ends on "2025-06-31", which is
// no date but sorts after every day of June, all a comparison needs.
std::string period_start(const std::string& date) {
  return date + std::string("-01-01").substr(0, date.size() >= 10 ? 0 : 10 - date.size());
}

std::string period_end(const std::string& date) {
  return date + std::string("-12-31").substr(date.size() >= 10 ? 6 : date.size() - 4);
}

// Distinct terms among the tokens of the selected documents. Over the whole corpus that is the
// lexicon, which holds exactly the terms of indexed tokens: no walk over the stream needed.
std::size_t count_types(const Corpus& corpus, const DocSet& documents) {
  if (documents.size() == documents.universe()) return corpus.lexicon().size();
  std::size_t types = 0;
  std::vector<bool> seen(corpus.lexicon().size(), false);
  for (std::uint32_t d = 0; d < corpus.document_count(); ++d) {
    if (!documents.contains(DocId{d})) continue;
    const DocumentEntry& document = corpus.document(DocId{d});
    for (std::uint32_t i = 0; i < document.token_count; ++i) {
      const TermId term = corpus.term_at(CorpusPos{to_index(document.first_token) + i});
      if (!seen[to_index(term)]) {
        seen[to_index(term)] = true;
        types += 1;
      }
    }
  }
  return types;
}

}  // namespace

CorpusSummary summarize(const Corpus& corpus) { return summarize(corpus, DocSet::all(corpus)); }

CorpusSummary summarize(const Corpus& corpus, const DocSet& documents) {
  CorpusSummary summary;
  summary.types = count_types(corpus, documents);
  for (std::uint32_t d = 0; d < corpus.document_count(); ++d) {
    if (!documents.contains(DocId{d})) continue;
    const DocumentEntry& document = corpus.document(DocId{d});
    summary.documents += 1;
    summary.tokens += document.token_count;
    summary.languages[document.meta.language] += 1;
    const std::string& date = document.meta.date;
    if (date.empty()) continue;
    if (!summary.date_range) {
      summary.date_range.emplace(date, date);
      continue;
    }
    auto& [earliest, latest] = *summary.date_range;
    if (period_start(date) < period_start(earliest)) earliest = date;
    if (period_end(date) > period_end(latest)) latest = date;
  }
  summary.skipped = corpus.import_report().skipped;
  return summary;
}

}  // namespace lectern
