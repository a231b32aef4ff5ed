// What ingest produces: documents with UTF-8 text and metadata, and the import report entries
// for everything that could not be read cleanly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lectern {

// Raw input as the front end found it: a path (relative to what the user opened, used as the
// document id) and the file's bytes. Core never touches the file system itself.
struct SourceFile {
  std::string path;
  std::string bytes;
};

enum class DateSource { none, metadata, text_header, filename };

// A byte range of a document's UTF-8 text.
struct TextSpan {
  std::uint32_t offset = 0;
  std::uint32_t length = 0;

  bool operator==(const TextSpan&) const = default;
};

struct Document {
  std::string id;  // path relative to the input, "#N" appended for records of a file
  std::string title;
  std::string text;      // always valid UTF-8
  std::string language;  // ISO 639-1 code; empty until identified (or given by the source)
  std::string date;      // YYYY-MM-DD, YYYY-MM or YYYY; empty when undated
  DateSource date_source = DateSource::none;
  std::string author;
  std::string source;
  // Lines of furniture (share prompts, photo credits, lines repeated across the corpus): kept
  // in the text for reading, left out of every count. One span per line, in text order.
  std::vector<TextSpan> boilerplate;
};

// One line of the import report: a file skipped with its reason, or a warning about a file
// that was read (repaired encoding, say).
struct ImportIssue {
  std::string path;
  std::string message;
};

struct ImportReport {
  std::vector<std::string> read;  // paths of files that gave at least one document
  std::vector<ImportIssue> skipped;
  std::vector<ImportIssue> warnings;
};

const char* to_string(DateSource source);

}  // namespace lectern
