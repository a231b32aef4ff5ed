// A user's corrections to the entity list, kept apart from the Corpus as an overlay: merge,
// split, rename, retype and hide, recorded in a small JSON file and applied to what
// extract_entities() found. Entities are named by an alias, a surface form as it occurs in the
// text, so a curation file made on one build applies to the next build of the same texts.
//
//   {"version": 1, "actions": [
//     {"action": "merge",  "aliases": ["Moscow", "Moskvas"]},
//     {"action": "split",  "alias": "Republic"},
//     {"action": "rename", "alias": "Tokayev", "name": "President Tokayev"},
//     {"action": "retype", "alias": "Russian Federation", "type": "LOC"},
//     {"action": "hide",   "alias": "Compatriots"}]}
//
//   auto parsed = parse_curation(text);              // Curation, or CurationError to show
//   CurationResult result = apply_curation(extract_entities(corpus), std::get<Curation>(parsed));
//
// Actions apply in order. An action naming an alias the texts no longer hold is skipped and
// listed in CurationResult::unmatched, never an error: the texts may have changed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "extract/entities.h"

namespace lectern {

enum class CurationKind : std::uint8_t { merge, split, rename, retype, hide };

struct CurationAction {
  CurationKind kind{};
  std::vector<std::string> aliases;  // merge: two or more; the others: one
  std::string name;                  // rename
  EntityType type{};                 // retype
};

struct Curation {
  std::vector<CurationAction> actions;
};

struct CurationError {
  std::string message;  // says which action and what is wrong with it
};

std::variant<Curation, CurationError> parse_curation(std::string_view json);
std::string curation_json(const Curation& curation);

struct CurationResult {
  Entities entities;
  std::vector<std::string> unmatched;  // "merge: no entity has the alias 'X'"
};

CurationResult apply_curation(Entities entities, const Curation& curation);

}  // namespace lectern
