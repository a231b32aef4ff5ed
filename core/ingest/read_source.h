// Turns one input file into documents. The format comes from the file's extension
// (file_format.h): plain text and Markdown give one document, HTML one, and JSON, JSON Lines,
// CSV and TSV one per record, with ids "path#N" (N counts records from 0). Expected failures
// (binary, empty, undecodable, malformed) are values in the result, never exceptions, so one
// bad file, or one bad record, cannot spoil an import.
//
//   ReadResult r = read_source({"notes/a.txt", bytes});
//   if (!r.skip_reason.empty()) report.skipped.push_back({path, r.skip_reason});
#pragma once

#include <cstddef>

#include "ingest/document.h"
#include "ingest/ingest_options.h"

namespace lectern {

// Larger files are skipped: positions in a corpus are 32-bit, and a browser tab has 4 GB.
inline constexpr std::size_t kMaxFileBytes = std::size_t{512} * 1024 * 1024;

struct ReadResult {
  std::vector<Document> documents;
  std::string skip_reason;                   // non-empty: nothing could be read from the file
  std::vector<ImportIssue> skipped_records;  // records left out ("speeches.json#3"), the rest read
  std::vector<std::string> warnings;         // read, but with something the user should know
};

// Takes the file: its bytes become the document's text where they can (decode_owned_text).
ReadResult read_source(SourceFile file, const IngestOptions& options = {});

}  // namespace lectern
