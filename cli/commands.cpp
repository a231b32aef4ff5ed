#include "commands.h"

namespace lectern::cli {
namespace {

constexpr Command command_table[] = {
    {"summary", nullptr, "corpus overview: documents, tokens, types, languages, skipped files",
     run_summary},
    {"docs", nullptr, "one row per document: title, date and its source, language, author, tokens",
     run_docs},
    {"keywords", nullptr, "word list, TF-IDF terms of a document, or keywords against a reference",
     run_keywords},
    {"kwic", "QUERY", "concordance: each hit of a word or phrase with its context", run_kwic},
    {"ngrams", nullptr, "recurring runs of 2 to 5 words within sentences", run_ngrams},
    {"collocates", "NODE", "words found near NODE more often than chance", run_collocates},
    {"entities", nullptr, "people, organisations, places and other names, merged across spellings",
     run_entities},
    {"entity-graph", nullptr, "entities named together in a sentence (--scope document: a document)",
     run_entity_graph},
    {"timeline", nullptr, "document dates and every date the texts mention, by date", run_timeline},
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
