#include "extract/entities.h"

#include <algorithm>
#include <numeric>

#include "extract/entity_mentions.h"
#include "extract/entity_merge.h"
#include "extract/entity_types.h"

namespace lectern {
namespace {

struct Cues {
  std::string title;
  bool place = false;
  bool person = false;
  bool acronym_pair = false;
  bool person_shape = false;
  bool acronym = false;
};

bool multi_word(const std::string& text) { return text.find_first_of(" -") != std::string::npos; }

// The name shown for an entity: for a place its most mentioned form; otherwise the most
// mentioned form of more than one word if there is one ("Kassym-Jomart Tokayev" over
// "Tokayev", "Collective Security Treaty Organization" over "CSTO"). Ties go to the shorter.
std::string display_name(const Entities& entities, const Entity& entity) {
  const auto better = [&](std::uint32_t a, std::uint32_t b) {
    const EntityForm& x = entities.forms[a];
    const EntityForm& y = entities.forms[b];
    if (x.mentions != y.mentions) return x.mentions > y.mentions;
    if (x.text.size() != y.text.size()) return x.text.size() < y.text.size();
    return x.text < y.text;
  };
  std::uint32_t best = entity.forms.front();
  bool best_multi = multi_word(entities.forms[best].text);
  for (const std::uint32_t f : entity.forms) {
    const bool multi = multi_word(entities.forms[f].text) && entity.type != EntityType::LOC;
    if ((multi && !best_multi) || (multi == best_multi && better(f, best))) {
      best = f;
      best_multi = multi;
    }
  }
  return entities.forms[best].text;
}

}  // namespace

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

Entities extract_entities(const Corpus& corpus) {
  std::vector<FoundMention> found = find_mentions(corpus);
  std::vector<Cues> cues;
  cues.reserve(found.size());
  for (const FoundMention& m : found) {
    cues.push_back({m.title, m.place_cue, m.person_cue, !m.acronym_after.empty(), m.person_shape, m.acronym});
  }
  Entities out = group_mentions(corpus, std::move(found));

  for (Entity& entity : out.entities) {
    for (const std::uint32_t f : entity.forms) {
      for (const Evidence& e : form_evidence(out.forms[f].text, out.forms[f].mentions)) {
        add_evidence(entity.evidence, e.kind, e.detail, e.count);
      }
    }
  }
  for (std::size_t i = 0; i < out.mentions.size(); ++i) {
    Entity& entity = out.entities[out.mentions[i].entity];
    const Cues& cue = cues[i];
    if (!cue.title.empty()) add_evidence(entity.evidence, EvidenceKind::title, cue.title, 1);
    if (cue.place) add_evidence(entity.evidence, EvidenceKind::place_cue, {}, 1);
    if (cue.person) add_evidence(entity.evidence, EvidenceKind::person_cue, {}, 1);
    if (cue.acronym_pair) add_evidence(entity.evidence, EvidenceKind::acronym_pair, {}, 1);
    if (cue.person_shape) add_evidence(entity.evidence, EvidenceKind::person_shape, {}, 1);
    if (cue.acronym) add_evidence(entity.evidence, EvidenceKind::acronym, {}, 1);
    ++entity.mentions;
    if (entity.docs.empty() || entity.docs.back().doc != out.mentions[i].doc) {
      entity.docs.push_back({out.mentions[i].doc, 0});
    }
    ++entity.docs.back().mentions;
  }
  for (Entity& entity : out.entities) {
    // Mentions come in corpus order, so a document's counts are adjacent only within a run of
    // mentions; fold repeated documents together.
    std::sort(entity.docs.begin(), entity.docs.end(),
              [](const DocCount& a, const DocCount& b) { return to_index(a.doc) < to_index(b.doc); });
    std::vector<DocCount> folded;
    for (const DocCount& d : entity.docs) {
      if (!folded.empty() && folded.back().doc == d.doc) {
        folded.back().mentions += d.mentions;
      } else {
        folded.push_back(d);
      }
    }
    entity.docs = std::move(folded);
    entity.type = decide_type(entity.evidence);
    std::sort(entity.forms.begin(), entity.forms.end(), [&](std::uint32_t a, std::uint32_t b) {
      if (out.forms[a].mentions != out.forms[b].mentions) return out.forms[a].mentions > out.forms[b].mentions;
      return out.forms[a].text < out.forms[b].text;
    });
    entity.name = display_name(out, entity);
  }
  order_entities(out);
  return out;
}

}  // namespace lectern
