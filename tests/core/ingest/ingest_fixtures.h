// The ingest fixtures in tests/data/ingest: small real-looking files in every supported format
// and encoding. Under wasm, NODERAWFS reaches the same paths.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "ingest/document.h"

namespace lectern::test {

inline SourceFile ingest_fixture(const std::string& name) {
  const auto path =
      std::filesystem::path(LECTERN_CORPUS_DIR) / ".." / "tests" / "data" / "ingest" / name;
  std::ifstream stream(path, std::ios::binary);
  if (!stream) throw std::runtime_error("ingest fixture missing: " + path.string());
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  return {name, std::move(bytes).str()};
}

}  // namespace lectern::test
