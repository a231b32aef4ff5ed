// A short, stable name for a set of source files: the same files (names and bytes) give the same
// fingerprint in any order, on any machine, in every session; any change to a name or a byte
// gives another. The browser app keys what the user saved for a corpus (curation, settings) by
// it, so a reload of the same files finds them and a different corpus does not.
//
//   source_fingerprint(files)  // "c0ffee...": 16 hex digits
#pragma once

#include <string>
#include <vector>

#include "ingest/document.h"

namespace lectern {

std::string source_fingerprint(const std::vector<SourceFile>& files);

}  // namespace lectern
