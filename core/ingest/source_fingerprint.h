// A short, stable name for a set of source files: the same files (names and bytes) give the same
// fingerprint in any order, on any machine, in every session; any change to a name or a byte
// gives another. The browser app keys what the user saved for a corpus (curation, settings) by
// it, so a reload of the same files finds them and a different corpus does not.
//
//   source_fingerprint(files)  // "c0ffee...": 16 hex digits
//   fingerprint_of(digests)    // the same, from each file's digest made as it arrived
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "ingest/document.h"

namespace lectern {

// A file's part of the fingerprint. The web app makes it once, as the file arrives, rather than
// reading every byte of the corpus again whenever it is rebuilt (SOTU's 11 MB took 18 ms of
// wasm, all in the frame that showed the new corpus).
struct SourceDigest {
  std::string path;
  std::size_t size = 0;
  std::uint64_t content_hash = 0;  // FNV-1a 64 of the bytes
};

SourceDigest source_digest(const SourceFile& file);
std::string fingerprint_of(std::vector<SourceDigest> digests);
std::string source_fingerprint(const std::vector<SourceFile>& files);

}  // namespace lectern
