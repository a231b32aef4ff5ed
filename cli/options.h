// Command-line options shared by every command (../docs/CLI.md is the contract).
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace lectern::cli {

struct Options {
  std::string command;
  std::vector<std::string> inputs;
  bool json = false;
  bool quiet = false;
  bool help = false;
};

struct UsageError {
  std::string message;
};

std::variant<Options, UsageError> parse_options(int argc, char** argv);

extern const char* const usage_text;

}  // namespace lectern::cli
