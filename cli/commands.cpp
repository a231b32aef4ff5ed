#include "commands.h"

namespace lectern::cli {
namespace {

constexpr Command command_table[] = {
    {"summary", nullptr, "corpus overview: documents, tokens, types, languages, skipped files",
     run_summary},
};

}  // namespace

std::span<const Command> commands() { return command_table; }

const Command* find_command(std::string_view name) {
  for (const Command& command : command_table) {
    if (name == command.name) return &command;
  }
  return nullptr;
}

}  // namespace lectern::cli
