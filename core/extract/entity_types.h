// Deciding an entity's type from its evidence. Each kind of evidence (entities.h) votes for one
// type with a weight, once per mention that showed it; the type with the most votes wins, MISC
// when nothing voted. The weights order the evidence by how often it is wrong: a CLDR region
// name is almost never anything but a place, an organisation or place head word rarely
// misleads, a title before a name means a person, while "in X" and "X said" are weak hints.
//
//   std::vector<Evidence> evidence = form_evidence("Collective Security Treaty Organization", 2);
//   decide_type(evidence)   // ORG, from the head word "Organization"
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/entities.h"

namespace lectern {

EntityType decide_type(const std::vector<Evidence>& evidence);

// The evidence a surface form carries by itself, counted for its mentions: a region name, an
// organisation or place head word, a first name in front. (Acronyms are known from their
// mentions.)
std::vector<Evidence> form_evidence(std::string_view form, std::uint32_t mentions);

// Adds count to the evidence of that kind and detail, or appends it.
void add_evidence(std::vector<Evidence>& evidence, EvidenceKind kind, std::string_view detail,
                  std::uint32_t count);

}  // namespace lectern
