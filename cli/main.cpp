// lectern: the command-line front end of the core. Reads inputs, builds the Corpus in one go,
// runs one command. Exit status: 0 success, 1 no document could be read, 2 bad usage.
#include <cstdio>
#include <variant>

#include "commands.h"
#include "index/corpus_builder.h"
#include "input_files.h"
#include "text/icu_status.h"

namespace {

int run(const lectern::cli::Options& options) {
  using namespace lectern;
  if (const std::string problem = check_icu_data(); !problem.empty()) {
    std::fprintf(stderr, "lectern: %s\n", problem.c_str());
    return 1;
  }
  cli::InputFiles inputs = cli::read_inputs(options.inputs);
  CorpusBuilder builder;
  for (SourceFile& file : inputs.files) builder.add(std::move(file));
  cli::LoadedInput loaded{builder.finish(), std::move(inputs.unreadable)};
  const ImportReport& report = loaded.corpus->import_report();
  loaded.skipped.insert(loaded.skipped.end(), report.skipped.begin(), report.skipped.end());

  if (!options.quiet) {
    for (const ImportIssue& issue : loaded.skipped) {
      std::fprintf(stderr, "lectern: skipped %s: %s\n", issue.path.c_str(), issue.message.c_str());
    }
    for (const ImportIssue& issue : report.warnings) {
      std::fprintf(stderr, "lectern: warning: %s: %s\n", issue.path.c_str(), issue.message.c_str());
    }
  }
  if (loaded.corpus->document_count() == 0) {
    std::fprintf(stderr, "lectern: no document could be read\n");
    return 1;
  }
  if (options.command == "summary") return cli::run_summary(loaded, options);
  return 2;  // unreachable: commands are validated before reading
}

bool is_known_command(const std::string& command) { return command == "summary"; }

}  // namespace

int main(int argc, char** argv) {
  auto parsed = lectern::cli::parse_options(argc, argv);
  if (auto* error = std::get_if<lectern::cli::UsageError>(&parsed)) {
    std::fprintf(stderr, "lectern: %s\n\n%s", error->message.c_str(), lectern::cli::usage_text);
    return 2;
  }
  const auto& options = std::get<lectern::cli::Options>(parsed);
  if (options.help) {
    std::printf("%s", lectern::cli::usage_text);
    return 0;
  }
  if (!is_known_command(options.command)) {
    std::fprintf(stderr, "lectern: unknown command '%s'\n\n%s", options.command.c_str(),
                 lectern::cli::usage_text);
    return 2;
  }
  return run(options);
}
