// Test access to real corpora on disk. Tests may read files; core may not. Under Node the wasm
// build reaches the same paths through NODERAWFS.
#pragma once

#include <string>
#include <vector>

#include "ingest/document.h"

namespace lectern::test {

// The seed corpus in corpus/, sorted by file name, ids as the CLI gives them.
std::vector<SourceFile> sample_corpus();

SourceFile sample_file(const std::string& name);

// A file of tests/data (a labelled text, say), by its path below that folder.
SourceFile test_data_file(const std::string& path);

// The 233 State of the Union addresses (LECTERN_SOTU_DIR), sorted by file name.
std::vector<SourceFile> sotu_files();

// One of them, by file name ("1911_william_h_taft_r.txt").
SourceFile sotu_file(const std::string& name);

}  // namespace lectern::test
