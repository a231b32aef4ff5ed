#include "extract/entities.h"

#include <algorithm>

namespace lectern {

const char* to_string(EntityType type) {
  switch (type) {
    case EntityType::PER: return "PER";
    case EntityType::ORG: return "ORG";
    case EntityType::LOC: return "LOC";
    case EntityType::MISC: return "MISC";
  }
  return "MISC";
}

bool parse_entity_type(std::string_view text, EntityType& type) {
  for (const EntityType candidate : {EntityType::PER, EntityType::ORG, EntityType::LOC, EntityType::MISC}) {
    if (text == to_string(candidate)) {
      type = candidate;
      return true;
    }
  }
  return false;
}

const char* to_string(EvidenceKind kind) {
  switch (kind) {
    case EvidenceKind::region: return "region";
    case EvidenceKind::title: return "title";
    case EvidenceKind::org_head: return "org-head";
    case EvidenceKind::place_head: return "place-head";
    case EvidenceKind::acronym: return "acronym";
    case EvidenceKind::acronym_pair: return "acronym-pair";
    case EvidenceKind::first_name: return "first-name";
    case EvidenceKind::place_cue: return "place-cue";
    case EvidenceKind::person_cue: return "person-cue";
    case EvidenceKind::person_shape: return "person-shape";
  }
  return "";
}

const char* to_string(MergeReason reason) {
  switch (reason) {
    case MergeReason::same_key: return "same-key";
    case MergeReason::same_region: return "same-region";
    case MergeReason::acronym: return "acronym";
    case MergeReason::near_spelling: return "near-spelling";
    case MergeReason::full_name: return "full-name";
    case MergeReason::short_form: return "short-form";
    case MergeReason::genitive: return "genitive";
    case MergeReason::curation: return "curation";
  }
  return "";
}

std::vector<std::string> Entities::aliases(const Entity& entity) const {
  std::vector<std::string> out;
  out.reserve(entity.forms.size());
  for (const std::uint32_t f : entity.forms) out.push_back(forms[f].text);
  return out;
}

void order_entities(Entities& out) {
  std::vector<std::uint32_t> order;
  for (std::uint32_t e = 0; e < out.entities.size(); ++e) {
    if (!out.entities[e].forms.empty()) order.push_back(e);
  }
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const Entity& x = out.entities[a];
    const Entity& y = out.entities[b];
    if (x.mentions != y.mentions) return x.mentions > y.mentions;
    return x.name < y.name;
  });
  std::vector<std::uint32_t> new_index(out.entities.size());
  std::vector<Entity> sorted;
  sorted.reserve(order.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) {
    new_index[order[i]] = i;
    sorted.push_back(std::move(out.entities[order[i]]));
  }
  out.entities = std::move(sorted);
  for (EntityMention& m : out.mentions) m.entity = new_index[m.entity];
}

}  // namespace lectern
