#include <cstdio>

#include <nlohmann/json.hpp>

#include "analysis/summary.h"
#include "commands.h"
#include "filter.h"

namespace lectern::cli {

int run_summary(const LoadedInput& input, const Options& options) {
  DocSet selection = DocSet::all(*input.corpus);
  if (Problem problem = read_where(*input.corpus, options, selection); !problem.empty()) {
    return usage_problem(problem);
  }
  const CorpusSummary summary = summarize(*input.corpus, selection);
  if (options.json) {
    nlohmann::ordered_json out;
    out["documents"] = summary.documents;
    out["tokens"] = summary.tokens;
    out["types"] = summary.types;
    out["languages"] = summary.languages;
    out["date_range"] = nullptr;
    if (summary.date_range) {
      out["date_range"] = {summary.date_range->first, summary.date_range->second};
    }
    out["skipped"] = nlohmann::json::array();
    for (const ImportIssue& skipped : input.skipped) {
      out["skipped"].push_back({{"path", skipped.path}, {"reason", skipped.message}});
    }
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }
  std::printf("%-12s %zu\n%-12s %zu\n%-12s %zu\n", "documents", summary.documents, "tokens",
              summary.tokens, "types", summary.types);
  if (summary.date_range) {
    std::printf("%-12s %s .. %s\n", "dates", summary.date_range->first.c_str(),
                summary.date_range->second.c_str());
  }
  for (const auto& [language, count] : summary.languages) {
    std::printf("%-12s %zu\n", ("lang:" + language).c_str(), count);
  }
  for (const ImportIssue& skipped : input.skipped) {
    std::printf("%-12s %s: %s\n", "skipped", skipped.path.c_str(), skipped.message.c_str());
  }
  return 0;
}

}  // namespace lectern::cli
