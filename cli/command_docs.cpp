// `lectern docs`: one row per document with its metadata and where its date came from.
#include <algorithm>
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.h"

namespace lectern::cli {
namespace {

nlohmann::ordered_json or_null(const std::string& value) {
  return value.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(value);
}

std::size_t display_width(const std::string& text) {
  std::size_t chars = 0;
  for (char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return chars;
}

// At most max_chars characters (not bytes) of a UTF-8 string, the last an ellipsis if cut.
std::string shortened(const std::string& text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max_chars - 1) {
      const bool fits = display_width(text.substr(i)) <= 1;
      return fits ? text : text.substr(0, i) + "\xE2\x80\xA6";
    }
  }
  return text;
}

std::string padded(const std::string& text, std::size_t width) {
  const std::size_t shown = display_width(text);
  return text + std::string(width > shown ? width - shown : 0, ' ');
}

}  // namespace

int run_docs(const LoadedInput& input, const Options& options) {
  const Corpus& corpus = *input.corpus;
  if (options.json) {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const DocumentEntry& entry : corpus.documents()) {
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
      rows.push_back(std::move(row));
    }
    nlohmann::ordered_json out;
    out["documents"] = std::move(rows);
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }

  constexpr std::size_t kAuthorWidth = 20;
  constexpr std::size_t kTitleWidth = 60;
  std::size_t id_width = 2;
  for (const DocumentEntry& entry : corpus.documents()) {
    id_width = std::max(id_width, display_width(entry.meta.id));
  }
  std::printf("%s  %-10s  %-11s  %-4s  %6s  %11s  %s  %s\n", padded("id", id_width).c_str(), "date",
              "date source", "lang", "tokens", "boilerplate",
              padded("author", kAuthorWidth).c_str(), "title");
  for (const DocumentEntry& entry : corpus.documents()) {
    const Document& d = entry.meta;
    std::printf(
        "%s  %-10s  %-11s  %-4s  %6u  %11zu  %s  %s\n", padded(d.id, id_width).c_str(),
        d.date.empty() ? "-" : d.date.c_str(), to_string(d.date_source), d.language.c_str(),
        entry.token_count, d.boilerplate.size(),
        padded(d.author.empty() ? "-" : shortened(d.author, kAuthorWidth), kAuthorWidth).c_str(),
        shortened(d.title, kTitleWidth).c_str());
  }
  return 0;
}

}  // namespace lectern::cli
