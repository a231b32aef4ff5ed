// The corpus overview shown by `lectern summary` and the web app's status line.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

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

CorpusSummary summarize(const Corpus& corpus);

}  // namespace lectern
