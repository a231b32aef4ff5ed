#include "command_args.h"

#include <cstdio>
#include <limits>

namespace lectern::cli {

int usage_problem(const std::string& message) {
  std::fprintf(stderr, "lectern: %s\nTry 'lectern --help' for the commands and options.\n",
               message.c_str());
  return 2;
}

std::optional<DocId> find_document(const Corpus& corpus, std::string_view id) {
  for (std::uint32_t d = 0; d < corpus.document_count(); ++d) {
    if (corpus.document(DocId{d}).meta.id == id) return DocId{d};
  }
  return std::nullopt;
}

Problem read_selection(const Corpus& corpus, const Options& options, DocSet& selection) {
  selection = DocSet::all(corpus);
  if (!options.has("doc")) return {};
  const std::string id = options.text("doc");
  const std::optional<DocId> doc = find_document(corpus, id);
  if (!doc) return "no document with id '" + id + "' (see 'lectern docs')";
  selection = DocSet::none(corpus);
  selection.insert(*doc);
  return {};
}

Problem read_number(const Options& options, std::string_view name, long min, long max,
                    long fallback, long& value) {
  value = options.integer(name, fallback);
  if (value >= min && value <= max) return {};
  std::string range = std::to_string(min) + " to " + std::to_string(max);
  if (max == std::numeric_limits<long>::max()) range = std::to_string(min) + " or more";
  return "--" + std::string(name) + " must be " + range + ", not " + options.text(name);
}

Problem read_choice(const Options& options, std::string_view name,
                    std::initializer_list<std::string_view> choices, std::string_view fallback,
                    std::string& value) {
  value = options.text(name, std::string(fallback));
  std::string listed;
  for (const std::string_view choice : choices) {
    if (value == choice) return {};
    listed += (listed.empty() ? "" : ", ") + std::string(choice);
  }
  return "--" + std::string(name) + " must be one of " + listed + ", not '" + value + "'";
}

namespace {

// An on|off option: `on` is whether it reads "on".
Problem read_switch(const Options& options, std::string_view name, std::string_view fallback,
                    bool& on) {
  std::string value;
  Problem problem = read_choice(options, name, {"on", "off"}, fallback, value);
  on = value == "on";
  return problem;
}

}  // namespace

Problem read_keep_stopwords(const Options& options, bool& keep) {
  bool leave_out = true;
  Problem problem = read_switch(options, "stopwords", "on", leave_out);
  keep = !leave_out;
  return problem;
}

Problem read_stem(const Options& options, bool& stem) {
  return read_switch(options, "stem", "off", stem);
}

Problem read_top(const Options& options, std::size_t fallback, std::size_t& top) {
  long value = 0;
  Problem problem = read_number(options, "top", 0, std::numeric_limits<long>::max(),
                                static_cast<long>(fallback), value);
  top = static_cast<std::size_t>(value);
  return problem;
}

}  // namespace lectern::cli
