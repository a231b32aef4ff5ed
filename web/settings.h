// What the user chose and the page keeps between visits (shell/lectern.js stores it in
// IndexedDB): the user's settings, the same for every corpus, and what was saved for one corpus,
// keyed by its fingerprint (ingest/source_fingerprint.h). Both are plain structs and JSON.
#pragma once

#include <string>

namespace lectern {

struct Settings {
  bool dark = true;         // the theme
  float text_scale = 1.0f;  // on top of the device pixel ratio

  bool operator==(const Settings&) const = default;
};

std::string to_json(const Settings& settings);
// Unknown or malformed input leaves the defaults in place: settings are a convenience, and a
// stale entry from another version must never stop the app.
Settings settings_from_json(const std::string& text);

// Kept per corpus: a curation makes sense only for the texts it was made on.
struct CorpusSettings {
  std::string entity_curation;  // the entity curation overlay's JSON (extract/curation.h)

  bool operator==(const CorpusSettings&) const = default;
};

// The key "entityCuration" is the one the settings of earlier versions held for the one corpus
// they knew, so an old saved entry reads as a CorpusSettings (shell/lectern.js migrates it).
std::string to_json(const CorpusSettings& settings);
CorpusSettings corpus_settings_from_json(const std::string& text);

}  // namespace lectern
