#include "options.h"

#include <cstdlib>

namespace lectern::cli {
namespace {

enum class Kind { flag, text, integer };

struct OptionSpec {
  const char* name;
  Kind kind;
  const char* help;
};

// Every option any command accepts, with the help line `lectern --help` shows. A valued
// option's help starts with its value's name and two spaces. Commands ignore options that do
// not concern them, as the contract allows common options everywhere.
constexpr OptionSpec option_specs[] = {
    {"json", Kind::flag, "machine-readable output on stdout"},
    {"quiet", Kind::flag, "no diagnostics on stderr"},
    {"help", Kind::flag, "this text"},
    {"text-field", Kind::text, "NAME  the record field holding the text (JSON, CSV, TSV)"},
    {"title-field", Kind::text, "NAME  the record field holding the title"},
    {"date-field", Kind::text, "NAME  the record field holding the date or year"},
    {"author-field", Kind::text, "NAME  the record field holding the author"},
    {"source-field", Kind::text, "NAME  the record field holding the source"},
    {"language-field", Kind::text, "NAME  the record field holding the language code"},
    {"top", Kind::integer, "N  show the first N rows (0: all)"},
    {"where", Kind::text, "FILTER  only documents matching FILTER (lang:sv, putin -armenia)"},
    {"doc", Kind::text, "ID  work on one document (keywords: the target, with --where)"},
    {"measure", Kind::text,
     "NAME  keywords: freq, tfidf, log-likelihood, log-ratio; collocates: logdice, mi, t, ll"},
    {"reference", Kind::text, "FILTER  keywords: compare with these documents (default: the rest)"},
    {"stopwords", Kind::text, "on|off  leave stopwords out (on, the default) or keep them"},
    {"stem", Kind::text,
     "on|off  keywords: count the forms of a word as one, shown as its most frequent form "
     "(Snowball stems in each document's language; default off)"},
    {"window", Kind::integer, "N  words of context each side (kwic, collocates; default 5)"},
    {"sort", Kind::text, "ORDER  kwic: doc (default), left or right context"},
    {"n", Kind::integer, "N  ngrams: words per n-gram, 2 to 5 (default 2)"},
    {"min-freq", Kind::integer, "N  ngrams, collocates: least frequency shown (default 2)"},
    {"scope", Kind::text, "UNIT  entity-graph: sentence (default) or document"},
    {"curation", Kind::text, "FILE  entities, entity-graph: apply a curation file (merge, rename, ...)"},
    {"bucket", Kind::text, "SIZE  timeline: day, week, month, year, decade (default: by span)"},
    {"trend", Kind::text, "QUERY  timeline: its hits per million tokens in each bucket"},
};

const OptionSpec* find_spec(std::string_view name) {
  for (const OptionSpec& spec : option_specs) {
    if (name == spec.name) return &spec;
  }
  return nullptr;
}

bool is_integer(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text.substr(text[0] == '-' ? 1 : 0)) {
    if (c < '0' || c > '9') return false;
  }
  return text != "-";
}

}  // namespace

std::string Options::text(std::string_view name, std::string fallback) const {
  auto found = values.find(name);
  return found == values.end() ? fallback : found->second;
}

long Options::integer(std::string_view name, long fallback) const {
  auto found = values.find(name);
  return found == values.end() ? fallback : std::strtol(found->second.c_str(), nullptr, 10);
}

std::variant<Options, UsageError> parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "-h") arg = "--help";
    if (!arg.starts_with("--") || arg == "--") {
      (options.command.empty() ? options.command : options.arguments.emplace_back()) = arg;
      continue;
    }
    std::string_view name = arg.substr(2);
    std::string value;
    bool inline_value = false;
    if (const auto equals = name.find('='); equals != std::string_view::npos) {
      value = name.substr(equals + 1);
      name = name.substr(0, equals);
      inline_value = true;
    }
    const OptionSpec* spec = find_spec(name);
    if (!spec) return UsageError{"unknown option --" + std::string(name)};
    if (spec->kind == Kind::flag) {
      if (inline_value) return UsageError{"--" + std::string(name) + " takes no value"};
      if (name == "json") options.json = true;
      if (name == "quiet") options.quiet = true;
      if (name == "help") options.help = true;
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= argc) return UsageError{"--" + std::string(name) + " needs a value"};
      value = argv[++i];
    }
    if (spec->kind == Kind::integer && !is_integer(value)) {
      return UsageError{"--" + std::string(name) + " needs a whole number, not '" + value + "'"};
    }
    options.values[std::string(name)] = value;
  }
  if (options.help) return options;
  if (options.command.empty()) return UsageError{"no command given"};
  return options;
}

std::string options_help() {
  std::string out;
  for (const OptionSpec& spec : option_specs) {
    const std::string help = spec.help;
    const auto space = help.find("  ");
    std::string head = "--" + std::string(spec.name);
    std::string text = help;
    if (spec.kind != Kind::flag && space != std::string::npos) {
      head += " " + help.substr(0, space);
      text = help.substr(space + 2);
    }
    head.resize(std::max<std::size_t>(head.size() + 1, 22), ' ');
    out += "  " + head + text + "\n";
  }
  return out;
}

}  // namespace lectern::cli
