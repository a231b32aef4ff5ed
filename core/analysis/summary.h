// The corpus overview shown by `lectern summary` and the web app's status line.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/doc_set.h"
#include "index/corpus.h"

namespace lectern {

struct CorpusSummary {
  std::size_t documents = 0;
  std::size_t tokens = 0;                        // words and numbers
  std::size_t types = 0;                         // distinct term keys among them
  std::map<std::string, std::size_t> languages;  // language code -> documents
  // The earliest and the latest document date, as written ("2022-01", "2025"): the earliest
  // by when its period begins, the latest by when its period ends. Empty if nothing is dated.
  std::optional<std::pair<std::string, std::string>> date_range;
  std::vector<ImportIssue> skipped;
};

// The overview of the documents in `documents` (all of them by default). Skipped files are the
// whole import's, whatever the selection.
CorpusSummary summarize(const Corpus& corpus, const DocSet& documents);
CorpusSummary summarize(const Corpus& corpus);

}  // namespace lectern
