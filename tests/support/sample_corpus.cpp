#include "support/sample_corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace lectern::test {

namespace {

SourceFile read_file(const std::filesystem::path& path, const std::string& name) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) throw std::runtime_error("test corpus file missing: " + path.string());
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  return {name, std::move(bytes).str()};
}

}  // namespace

SourceFile sample_file(const std::string& name) {
  return read_file(std::filesystem::path(LECTERN_CORPUS_DIR) / name, name);
}

SourceFile test_data_file(const std::string& path) {
  const std::filesystem::path full = std::filesystem::path(LECTERN_TEST_DATA_DIR) / path;
  return read_file(full, full.filename().string());
}

std::vector<SourceFile> sample_corpus() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(LECTERN_CORPUS_DIR)) {
    if (entry.is_regular_file()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  std::vector<SourceFile> files;
  for (const std::string& name : names) files.push_back(sample_file(name));
  return files;
}

SourceFile sotu_file(const std::string& name) {
  return read_file(std::filesystem::path(LECTERN_SOTU_DIR) / name, name);
}

std::vector<SourceFile> sotu_files() {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(LECTERN_SOTU_DIR)) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<SourceFile> files;
  for (const auto& path : paths) files.push_back(read_file(path, path.filename().string()));
  return files;
}

}  // namespace lectern::test
