// Ingest throughput: decode + language id + segmentation + indexing of a folder's files,
// repeated to a target size, printed beside a plain byte scan of the same bytes in the same run
// so the figure means something on any machine.
//
//   lectern_bench corpus [target-MB]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "index/corpus_builder.h"

namespace {

using Clock = std::chrono::steady_clock;

std::vector<lectern::SourceFile> read_folder(const std::filesystem::path& root) {
  std::vector<lectern::SourceFile> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream stream(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    files.push_back({entry.path().filename().string(), std::move(bytes).str()});
  }
  return files;
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// The floor any text pass must pay: touch every byte once (count line breaks).
std::size_t byte_scan(const std::vector<lectern::SourceFile>& files) {
  std::size_t lines = 0;
  for (const auto& file : files) lines += static_cast<std::size_t>(std::count(file.bytes.begin(), file.bytes.end(), '\n'));
  return lines;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: lectern_bench FOLDER [target-MB]\n");
    return 2;
  }
  const double target_mb = argc > 2 ? std::atof(argv[2]) : 20.0;
  const std::vector<lectern::SourceFile> originals = read_folder(argv[1]);
  std::size_t original_bytes = 0;
  for (const auto& file : originals) original_bytes += file.bytes.size();
  if (original_bytes == 0) {
    std::fprintf(stderr, "lectern_bench: no bytes in %s\n", argv[1]);
    return 1;
  }
  std::vector<lectern::SourceFile> files;
  std::size_t bytes = 0;
  for (int copy = 0; bytes < target_mb * 1e6; ++copy) {
    for (const auto& file : originals) {
      files.push_back({std::to_string(copy) + "/" + file.path, file.bytes});
      bytes += file.bytes.size();
    }
  }
  const double mb = static_cast<double>(bytes) / 1e6;

  auto start = Clock::now();
  const std::size_t lines = byte_scan(files);
  const double scan_s = seconds_since(start);

  start = Clock::now();
  lectern::CorpusBuilder builder;
  for (auto& file : files) builder.add(std::move(file));
  const auto corpus = builder.finish();
  const double ingest_s = seconds_since(start);

  std::printf("input        %.1f MB in %zu files (%zu lines)\n", mb, corpus->document_count(), lines);
  std::printf("byte scan    %8.1f MB/s\n", mb / scan_s);
  std::printf("ingest       %8.1f MB/s  (%zu tokens, %zu types)  = %.4fx byte scan\n",
              mb / ingest_s, corpus->token_count(), corpus->lexicon().size(), scan_s / ingest_s);
  return 0;
}
