#include "curated_entities.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <variant>

#include "extract/curation.h"

namespace lectern::cli {

Problem curated_entities(const Corpus& corpus, const Options& options, Entities& entities) {
  entities = extract_entities(corpus);
  if (!options.has("curation")) return {};
  const std::string path = options.text("curation");
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return "--curation: cannot read '" + path + "'";
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  auto parsed = parse_curation(bytes.str());
  if (const auto* error = std::get_if<CurationError>(&parsed)) {
    return "--curation: " + path + ": " + error->message;
  }
  CurationResult result = apply_curation(std::move(entities), std::get<Curation>(parsed));
  if (!options.quiet) {
    for (const std::string& skipped : result.unmatched) {
      std::fprintf(stderr, "lectern: --curation: skipped %s\n", skipped.c_str());
    }
  }
  entities = std::move(result.entities);
  return {};
}

}  // namespace lectern::cli
