// Turns one input file into documents. Expected failures (binary, empty, undecodable) are
// values in the result, never exceptions, so one bad file cannot spoil an import.
//
//   ReadResult r = read_source({"notes/a.txt", bytes});
//   if (!r.skip_reason.empty()) report.skipped.push_back({path, r.skip_reason});
#pragma once

#include "ingest/document.h"

namespace lectern {

struct ReadResult {
  std::vector<Document> documents;
  std::string skip_reason;            // non-empty: nothing could be read from the file
  std::vector<std::string> warnings;  // read, but with something the user should know
};

ReadResult read_source(const SourceFile& file);

}  // namespace lectern
