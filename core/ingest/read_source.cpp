#include "ingest/read_source.h"

#include "ingest/decode.h"

namespace lectern {
namespace {

// Plain-text articles put their headline on the first non-empty line.
std::string first_line(std::string_view text) {
  std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return {};
  std::size_t end = text.find_first_of("\r\n", start);
  std::string_view line = text.substr(start, end == std::string_view::npos ? end : end - start);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return std::string(line);
}

std::string file_name(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

}  // namespace

ReadResult read_source(const SourceFile& file) {
  ReadResult result;
  DecodedText decoded = decode_text(file.bytes);
  switch (decoded.status) {
    case DecodeStatus::empty:
      result.skip_reason = "empty file";
      return result;
    case DecodeStatus::binary:
      result.skip_reason = "binary file (no text encoding detected)";
      return result;
    case DecodeStatus::repaired:
      result.warnings.push_back("invalid " + decoded.encoding + ": " +
                                std::to_string(decoded.replaced_bytes) +
                                " bytes replaced by U+FFFD");
      break;
    case DecodeStatus::ok:
      break;
  }
  Document document;
  document.id = file.path;
  document.title = first_line(decoded.utf8);
  if (document.title.empty()) document.title = file_name(file.path);
  document.text = std::move(decoded.utf8);
  result.documents.push_back(std::move(document));
  return result;
}

}  // namespace lectern
