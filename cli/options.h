// Command-line options shared by every command (../shared/docs/CLI.md is the contract).
// Options are declared once in a table (options.cpp) with their kind and help; parsing
// validates them, so commands read values that are known to be well-formed.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace lectern::cli {

struct Options {
  std::string command;
  std::vector<std::string> arguments;  // positional: a command's own (QUERY, NODE), then INPUTs
  bool json = false;
  bool quiet = false;
  bool help = false;
  std::map<std::string, std::string, std::less<>> values;  // --name VALUE, by name without "--"

  bool has(std::string_view name) const { return values.contains(name); }
  std::string text(std::string_view name, std::string fallback = {}) const;
  long integer(std::string_view name, long fallback) const;
};

struct UsageError {
  std::string message;
};

std::variant<Options, UsageError> parse_options(int argc, char** argv);

// The options part of the usage text, generated from the table.
std::string options_help();

}  // namespace lectern::cli
