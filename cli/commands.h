// The CLI's commands, listed in one table (commands.cpp). Each prints its result and returns
// the exit status.
#pragma once

#include <memory>
#include <span>
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

struct Command {
  const char* name;
  const char* argument;  // a leading positional argument before INPUT ("QUERY"), or nullptr
  const char* summary;
  int (*run)(const LoadedInput& input, const Options& options);
};

std::span<const Command> commands();
const Command* find_command(std::string_view name);

int run_summary(const LoadedInput& input, const Options& options);
int run_docs(const LoadedInput& input, const Options& options);
int run_keywords(const LoadedInput& input, const Options& options);
int run_kwic(const LoadedInput& input, const Options& options);
int run_ngrams(const LoadedInput& input, const Options& options);
int run_collocates(const LoadedInput& input, const Options& options);
int run_entities(const LoadedInput& input, const Options& options);
int run_entity_graph(const LoadedInput& input, const Options& options);
int run_timeline(const LoadedInput& input, const Options& options);

}  // namespace lectern::cli
