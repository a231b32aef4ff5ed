// The user's settings: a plain struct the app reads, saved by the page between visits
// (platform::save_settings) as JSON.
#pragma once

#include <string>

namespace lectern {

struct Settings {
  bool dark = true;        // the theme
  float text_scale = 1.0f;  // on top of the device pixel ratio
  std::string entity_curation;  // the entity curation overlay's JSON (extract/curation.h)

  bool operator==(const Settings&) const = default;
};

std::string to_json(const Settings& settings);
// Unknown or malformed input leaves the defaults in place: settings are a convenience, and a
// stale entry from another version must never stop the app.
Settings settings_from_json(const std::string& text);

}  // namespace lectern
