// One function per CLI command; each prints its result and returns the exit status.
#pragma once

#include <memory>
#include <vector>

#include "index/corpus.h"
#include "options.h"

namespace lectern::cli {

// What a command works on: the Corpus and every file skipped on the way, whether the CLI could
// not open it or core could not read it.
struct LoadedInput {
  std::shared_ptr<const Corpus> corpus;
  std::vector<ImportIssue> skipped;
};

int run_summary(const LoadedInput& input, const Options& options);

}  // namespace lectern::cli
