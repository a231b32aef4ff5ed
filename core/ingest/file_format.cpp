#include "ingest/file_format.h"

#include <string>

namespace lectern {

FileFormat format_of(std::string_view path) {
  const std::string_view name = path.substr(path.find_last_of('/') + 1);
  const auto dot = name.find_last_of('.');
  if (dot == std::string_view::npos) return FileFormat::plain_text;
  std::string extension(name.substr(dot + 1));
  for (char& c : extension) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (extension == "md" || extension == "markdown") return FileFormat::markdown;
  if (extension == "html" || extension == "htm" || extension == "xhtml") return FileFormat::html;
  if (extension == "json") return FileFormat::json;
  if (extension == "jsonl" || extension == "ndjson") return FileFormat::json_lines;
  if (extension == "csv") return FileFormat::csv;
  if (extension == "tsv" || extension == "tab") return FileFormat::tsv;
  return FileFormat::plain_text;
}

}  // namespace lectern
