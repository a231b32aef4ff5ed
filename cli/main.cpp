// lectern: the command-line front end of the core. Reads inputs, builds the Corpus in one go,
// runs one command. Exit status: 0 success, 1 no document could be read, 2 bad usage.
#include <cstdio>
#include <string>
#include <variant>

#include "commands.h"
#include "index/corpus_builder.h"
#include "input_files.h"
#include "text/icu_status.h"

namespace {

using namespace lectern;

std::string usage_text() {
  std::string out = "usage: lectern COMMAND [OPTIONS] INPUT...\n\ncommands:\n";
  for (const cli::Command& command : cli::commands()) {
    std::string head = command.name;
    if (command.argument) head += std::string(" ") + command.argument;
    head.resize(std::max<std::size_t>(head.size() + 1, 22), ' ');
    out += "  " + head + command.summary + "\n";
  }
  out += "\noptions:\n" + cli::options_help();
  out += "\nINPUT is a file or a folder (read recursively, hidden files skipped).\n";
  return out;
}

int usage_error(const std::string& message) {
  std::fprintf(stderr, "lectern: %s\nTry 'lectern --help' for the commands and options.\n",
               message.c_str());
  return 2;
}

cli::LoadedInput load(const std::vector<std::string>& paths, const cli::Options& options) {
  cli::InputFiles inputs = cli::read_inputs(paths);
  CorpusBuilder builder(cli::ingest_options(options));
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
  return loaded;
}

}  // namespace

int main(int argc, char** argv) {
  auto parsed = cli::parse_options(argc, argv);
  if (auto* error = std::get_if<cli::UsageError>(&parsed)) return usage_error(error->message);
  cli::Options options = std::get<cli::Options>(std::move(parsed));
  if (options.help) {
    std::printf("%s", usage_text().c_str());
    return 0;
  }
  const cli::Command* command = cli::find_command(options.command);
  if (!command) return usage_error("unknown command '" + options.command + "'");
  // A command's own argument (QUERY, NODE) comes first; the rest are inputs.
  const std::size_t leading = command->argument ? 1 : 0;
  if (options.arguments.size() < leading + 1) {
    return usage_error(command->argument ? std::string("need ") + command->argument + " and INPUT"
                                         : "no INPUT given");
  }
  if (const std::string problem = check_icu_data(); !problem.empty()) {
    std::fprintf(stderr, "lectern: %s\n", problem.c_str());
    return 1;
  }
  const std::vector<std::string> paths(options.arguments.begin() + static_cast<long>(leading),
                                       options.arguments.end());
  const cli::LoadedInput loaded = load(paths, options);
  if (loaded.corpus->document_count() == 0) {
    std::fprintf(stderr, "lectern: no document could be read\n");
    return 1;
  }
  return command->run(loaded, options);
}
