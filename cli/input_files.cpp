#include "input_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace lectern::cli {
namespace fs = std::filesystem;
namespace {

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

void read_one(const fs::path& path, std::string id, InputFiles& out) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    out.unreadable.push_back({std::move(id), "cannot open file"});
    return;
  }
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  out.files.push_back({std::move(id), std::move(bytes).str()});
}

void read_folder(const fs::path& root, InputFiles& out) {
  std::vector<fs::path> found;
  std::error_code error;
  auto it =
      fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (is_hidden(it->path())) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) found.push_back(it->path());
  }
  if (error) out.unreadable.push_back({root.string(), "cannot read folder: " + error.message()});
  // Directory order is arbitrary; sorted ids make every run, and every test, repeatable.
  std::sort(found.begin(), found.end());
  for (const fs::path& path : found) read_one(path, fs::relative(path, root).generic_string(), out);
}

}  // namespace

InputFiles read_inputs(const std::vector<std::string>& inputs) {
  InputFiles out;
  for (const std::string& input : inputs) {
    const fs::path path(input);
    std::error_code error;
    if (fs::is_directory(path, error)) {
      read_folder(path, out);
    } else if (fs::exists(path, error)) {
      read_one(path, path.filename().string(), out);
    } else {
      out.unreadable.push_back({input, "no such file or folder"});
    }
  }
  return out;
}

IngestOptions ingest_options(const Options& options) {
  IngestOptions ingest;
  ingest.fields.text = options.text("text-field");
  ingest.fields.title = options.text("title-field");
  ingest.fields.date = options.text("date-field");
  ingest.fields.author = options.text("author-field");
  ingest.fields.source = options.text("source-field");
  ingest.fields.language = options.text("language-field");
  return ingest;
}

}  // namespace lectern::cli
