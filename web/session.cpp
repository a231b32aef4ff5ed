#include "session.h"

#include <variant>

#include "extract/curation.h"

namespace lectern {
namespace {

constexpr const char* kFormat = "lectern-session";

// A member that must be an object when present.
std::string object_member_error(const nlohmann::json& json, const char* key) {
  const auto it = json.find(key);
  if (it == json.end() || it->is_object()) return {};
  return std::string("\"") + key + "\" must be an object";
}

}  // namespace

std::vector<std::string> json_strings(const nlohmann::json& value) {
  std::vector<std::string> out;
  if (value.is_string()) out.push_back(value.get<std::string>());
  if (value.is_array()) {
    for (const auto& item : value) {
      if (item.is_string()) out.push_back(item.get<std::string>());
    }
  }
  return out;
}

std::string json_string(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

nlohmann::json filter_json(const Filter& f) {
  return {{"dateFrom", f.date_from}, {"dateTo", f.date_to}, {"languages", f.languages},
          {"documents", f.documents}, {"entity", f.entity},  {"query", f.query}};
}

Filter filter_from_json(const nlohmann::json& json) {
  Filter filter;
  if (!json.is_object()) return filter;
  filter.query = json_string(json, "query");
  filter.date_from = json_string(json, "dateFrom");
  filter.date_to = json_string(json, "dateTo");
  filter.entity = json_string(json, "entity");
  if (json.contains("languages")) filter.languages = json_strings(json["languages"]);
  if (json.contains("documents")) filter.documents = json_strings(json["documents"]);
  return filter;
}

std::string session_json(const Session& session) {
  nlohmann::ordered_json out;
  out["format"] = kFormat;
  out["version"] = kSessionVersion;
  out["corpus"] = {{"fingerprint", session.corpus_fingerprint},
                   {"documents", session.corpus_documents},
                   {"urls", session.corpus_urls}};
  out["settings"] = nlohmann::json::parse(to_json(session.settings));
  if (!session.entity_curation.empty()) {
    out["entityCuration"] = nlohmann::json::parse(session.entity_curation, nullptr, false);
  }
  out["view"] = session.view;
  out["filter"] = filter_json(session.filter);
  return out.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::variant<Session, SessionError> parse_session(const std::string& text) {
  // Without exceptions: the web build aborts on a throw.
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded()) return SessionError{"the file is not JSON"};
  if (!json.is_object() || json_string(json, "format") != kFormat) {
    return SessionError{"not a Lectern session file (no \"format\": \"lectern-session\")"};
  }
  const auto version = json.find("version");
  if (version == json.end() || !version->is_number_integer()) {
    return SessionError{"the session file has no version number"};
  }
  if (version->get<int>() != kSessionVersion) {
    return SessionError{"session file version " + std::to_string(version->get<int>()) +
                        "; this Lectern reads version " + std::to_string(kSessionVersion)};
  }
  for (const char* key : {"corpus", "settings", "filter"}) {
    if (std::string error = object_member_error(json, key); !error.empty()) {
      return SessionError{error};
    }
  }
  Session session;
  if (const auto corpus = json.find("corpus"); corpus != json.end()) {
    session.corpus_fingerprint = json_string(*corpus, "fingerprint");
    if (const auto n = corpus->find("documents"); n != corpus->end() && n->is_number_unsigned()) {
      session.corpus_documents = n->get<std::size_t>();
    }
    if (corpus->contains("urls")) session.corpus_urls = json_strings((*corpus)["urls"]);
  }
  if (const auto settings = json.find("settings"); settings != json.end()) {
    session.settings = settings_from_json(settings->dump());
  }
  if (const auto curation = json.find("entityCuration");
      curation != json.end() && !curation->is_null()) {
    session.entity_curation = curation->dump();
    if (auto parsed = parse_curation(session.entity_curation);
        const auto* error = std::get_if<CurationError>(&parsed)) {
      return SessionError{"its entity curation is malformed: " + error->message};
    }
  }
  session.view = json_string(json, "view");
  if (const auto filter = json.find("filter"); filter != json.end()) {
    session.filter = filter_from_json(*filter);
  }
  return session;
}

}  // namespace lectern
