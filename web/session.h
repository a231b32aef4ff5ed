// A session file: what the user set up, in one JSON file to keep, mail or load into another
// browser (File > Export session / Import session..., lectern.exportSession/importSession):
//
//   {"format": "lectern-session", "version": 1,
//    "corpus": {"fingerprint": "...", "documents": 5, "urls": ["..."]},
//    "settings": {"theme": "dark", "textScale": 1},
//    "entityCuration": {"actions": [...]},          // extract/curation.h
//    "view": "keywords",
//    "filter": {"query": "...", "languages": [...], "documents": [...], "dateFrom": "",
//               "dateTo": "", "entity": ""}}
//
// parse_session checks the whole file before anything is applied; what is wrong with it is an
// error (nothing applied), what fits only in part is a warning (the rest applied).
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

#include "filter.h"
#include "settings.h"

namespace lectern {

inline constexpr int kSessionVersion = 1;

struct Session {
  std::string corpus_fingerprint;  // ingest/source_fingerprint.h of the files it was made on
  std::size_t corpus_documents = 0;
  std::vector<std::string> corpus_urls;  // the page's ?corpus= URLs, if it was opened by them
  Settings settings;
  std::string entity_curation;  // curation JSON text; empty: none
  std::string view;
  Filter filter;
};

struct SessionError {
  std::string message;
};

std::string session_json(const Session& session);
std::variant<Session, SessionError> parse_session(const std::string& text);

// The filter as the page sees it (lectern.state().filter, setFilter, the session file).
nlohmann::json filter_json(const Filter& filter);
// Fields of the wrong type are left empty: the page's input is checked, never trusted.
Filter filter_from_json(const nlohmann::json& json);

// Readers of the page's JSON that never throw: a string member ("" when absent or not a
// string), and a string or list of strings (other items skipped).
std::string json_string(const nlohmann::json& object, const char* key);
std::vector<std::string> json_strings(const nlohmann::json& value);

}  // namespace lectern
