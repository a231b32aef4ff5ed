#include "settings.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace lectern {

std::string to_json(const Settings& settings) {
  return nlohmann::json{{"theme", settings.dark ? "dark" : "light"},
                        {"textScale", settings.text_scale}}
      .dump();
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
  return settings;
}

std::string to_json(const CorpusSettings& settings) {
  nlohmann::json out = nlohmann::json::object();
  if (!settings.entity_curation.empty()) out["entityCuration"] = settings.entity_curation;
  return out.dump();
}

CorpusSettings corpus_settings_from_json(const std::string& text) {
  CorpusSettings settings;
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object()) return settings;
  if (const auto curation = json.find("entityCuration");
      curation != json.end() && curation->is_string()) {
    settings.entity_curation = curation->get<std::string>();
  }
  return settings;
}

}  // namespace lectern
