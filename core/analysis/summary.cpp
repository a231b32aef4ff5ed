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

}  // namespace

CorpusSummary summarize(const Corpus& corpus) {
  CorpusSummary summary;
  summary.documents = corpus.document_count();
  summary.tokens = corpus.token_count();
  summary.types = corpus.lexicon().size();
  for (const DocumentEntry& document : corpus.documents())
    summary.languages[document.meta.language] += 1;
  for (const DocumentEntry& document : corpus.documents()) {
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
