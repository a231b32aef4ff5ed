#include "settings.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace lectern {

std::string to_json(const Settings& settings) {
  nlohmann::json out{{"theme", settings.dark ? "dark" : "light"},
                     {"textScale", settings.text_scale}};
  if (!settings.entity_curation.empty()) out["entityCuration"] = settings.entity_curation;
  return out.dump();
}

Settings settings_from_json(const std::string& text) {
  Settings settings;
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object()) return settings;
  if (const auto theme = json.find("theme"); theme != json.end() && theme->is_string()) {
    settings.dark = *theme != "light";
  }
  if (const auto scale = json.find("textScale"); scale != json.end() && scale->is_number()) {
    settings.text_scale = std::clamp(scale->get<float>(), 0.75f, 2.0f);
  }
  if (const auto curation = json.find("entityCuration");
      curation != json.end() && curation->is_string()) {
    settings.entity_curation = curation->get<std::string>();
  }
  return settings;
}

}  // namespace lectern
