#include "options.h"

#include <string_view>

namespace lectern::cli {

const char* const usage_text =
    "usage: lectern COMMAND [OPTIONS] INPUT...\n"
    "\n"
    "commands:\n"
    "  summary    corpus overview: documents, tokens, types, languages, skipped files\n"
    "\n"
    "options:\n"
    "  --json     machine-readable output on stdout\n"
    "  --quiet    no diagnostics on stderr\n"
    "  --help     this text\n"
    "\n"
    "INPUT is a file or a folder (read recursively, hidden files skipped).\n";

std::variant<Options, UsageError> parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--json") {
      options.json = true;
    } else if (arg == "--quiet") {
      options.quiet = true;
    } else if (arg == "--help" || arg == "-h") {
      options.help = true;
      return options;
    } else if (arg.starts_with("--")) {
      return UsageError{"unknown option " + std::string(arg)};
    } else if (options.command.empty()) {
      options.command = arg;
    } else {
      options.inputs.emplace_back(arg);
    }
  }
  if (options.command.empty()) return UsageError{"no command given"};
  if (options.inputs.empty()) return UsageError{"no INPUT given"};
  return options;
}

}  // namespace lectern::cli
