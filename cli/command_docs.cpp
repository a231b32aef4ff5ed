// `lectern docs`: one row per document with its metadata and where its date came from.
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "filter.h"
#include "table.h"

namespace lectern::cli {
namespace {

nlohmann::ordered_json or_null(const std::string& value) {
  return value.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(value);
}

nlohmann::ordered_json to_json(const DocumentEntry& entry) {
  const Document& d = entry.meta;
  nlohmann::ordered_json row;
  row["id"] = d.id;
  row["title"] = or_null(d.title);
  row["date"] = or_null(d.date);
  row["date_source"] = to_string(d.date_source);
  row["language"] = or_null(d.language);
  row["author"] = or_null(d.author);
  row["source"] = or_null(d.source);
  row["tokens"] = entry.token_count;
  row["boilerplate_lines"] = d.boilerplate.size();
  return row;
}

}  // namespace

int run_docs(const LoadedInput& input, const Options& options) {
  const Corpus& corpus = *input.corpus;
  DocSet selection = DocSet::all(corpus);
  if (Problem problem = read_where(corpus, options, selection); !problem.empty()) {
    return usage_problem(problem);
  }
  if (options.json) {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (std::uint32_t d = 0; d < corpus.document_count(); ++d) {
      if (selection.contains(DocId{d})) rows.push_back(to_json(corpus.document(DocId{d})));
    }
    nlohmann::ordered_json out;
    out["documents"] = std::move(rows);
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }

  constexpr std::size_t kAuthorWidth = 20;
  constexpr std::size_t kTitleWidth = 60;
  Table table({{"id"}, {"date"}, {"date source"}, {"lang"}, {"tokens", Align::right},
               {"boilerplate", Align::right}, {"author"}, {"title"}});
  for (std::uint32_t i = 0; i < corpus.document_count(); ++i) {
    if (!selection.contains(DocId{i})) continue;
    const DocumentEntry& entry = corpus.document(DocId{i});
    const Document& d = entry.meta;
    table.add({d.id, d.date.empty() ? "-" : d.date, to_string(d.date_source), d.language,
               std::to_string(entry.token_count), std::to_string(d.boilerplate.size()),
               d.author.empty() ? "-" : shortened(d.author, kAuthorWidth),
               shortened(d.title, kTitleWidth)});
  }
  std::fputs(table.render().c_str(), stdout);
  return 0;
}

}  // namespace lectern::cli
