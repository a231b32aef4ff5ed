// Reads the files named on the command line (files, or folders walked recursively) into the
// SourceFiles core takes. The file system stays here, out of core.
#pragma once

#include <string>
#include <vector>

#include "ingest/document.h"
#include "ingest/ingest_options.h"
#include "options.h"

namespace lectern::cli {

struct InputFiles {
  std::vector<SourceFile> files;
  std::vector<ImportIssue> unreadable;  // could not even be opened
};

// A file's id is its path relative to the INPUT argument it was found under; a file named
// directly is known by its file name.
InputFiles read_inputs(const std::vector<std::string>& inputs);

// How core should read the files: the record field names given with --text-field,
// --title-field, --date-field, --author-field, --source-field and --language-field.
IngestOptions ingest_options(const Options& options);

}  // namespace lectern::cli
