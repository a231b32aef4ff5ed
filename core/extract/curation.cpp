#include "extract/curation.h"

#include <algorithm>
#include <optional>

#include <nlohmann/json.hpp>

#include "extract/entity_types.h"

namespace lectern {
namespace {

constexpr int kCurationVersion = 1;

const char* kind_name(CurationKind kind) {
  switch (kind) {
    case CurationKind::merge: return "merge";
    case CurationKind::split: return "split";
    case CurationKind::rename: return "rename";
    case CurationKind::retype: return "retype";
    case CurationKind::hide: return "hide";
  }
  return "";
}

std::optional<CurationKind> kind_of(std::string_view name) {
  for (const CurationKind kind : {CurationKind::merge, CurationKind::split, CurationKind::rename,
                                  CurationKind::retype, CurationKind::hide}) {
    if (name == kind_name(kind)) return kind;
  }
  return std::nullopt;
}

// Reads one action; an empty string when it is well formed, else what is wrong.
std::string read_action(const nlohmann::json& item, CurationAction& action) {
  if (!item.is_object()) return "is not an object";
  const auto kind_field = item.find("action");
  if (kind_field == item.end() || !kind_field->is_string()) {
    return "needs \"action\": one of merge, split, rename, retype, hide";
  }
  const auto kind = kind_of(kind_field->get<std::string>());
  if (!kind) return "has unknown action '" + kind_field->get<std::string>() + "'";
  action.kind = *kind;
  if (action.kind == CurationKind::merge) {
    const auto aliases = item.find("aliases");
    if (aliases == item.end() || !aliases->is_array() || aliases->size() < 2) {
      return "merge needs \"aliases\": a list of two or more";
    }
    for (const auto& alias : *aliases) {
      if (!alias.is_string()) return "merge \"aliases\" must be strings";
      action.aliases.push_back(alias.get<std::string>());
    }
    return {};
  }
  const auto alias = item.find("alias");
  if (alias == item.end() || !alias->is_string()) {
    return std::string(kind_name(action.kind)) + " needs \"alias\": a name as written in the text";
  }
  action.aliases.push_back(alias->get<std::string>());
  if (action.kind == CurationKind::rename) {
    const auto name = item.find("name");
    if (name == item.end() || !name->is_string() || name->get<std::string>().empty()) {
      return "rename needs \"name\": the new name";
    }
    action.name = name->get<std::string>();
  }
  if (action.kind == CurationKind::retype) {
    const auto type = item.find("type");
    if (type == item.end() || !type->is_string() ||
        !parse_entity_type(type->get<std::string>(), action.type)) {
      return "retype needs \"type\": PER, ORG, LOC or MISC";
    }
  }
  return {};
}

class Curator {
 public:
  explicit Curator(Entities entities) : out_{std::move(entities), {}} {}

  CurationResult run(const Curation& curation) {
    for (const CurationAction& action : curation.actions) apply(action);
    recount();
    return std::move(out_);
  }

 private:
  std::optional<std::uint32_t> entity_of(const std::string& alias, CurationKind kind) {
    const auto& forms = out_.entities.forms;
    for (std::uint32_t e = 0; e < out_.entities.entities.size(); ++e) {
      for (const std::uint32_t f : out_.entities.entities[e].forms) {
        if (forms[f].text == alias) return e;
      }
    }
    out_.unmatched.push_back(std::string(kind_name(kind)) + ": no entity has the alias '" + alias + "'");
    return std::nullopt;
  }

  void apply(const CurationAction& action) {
    std::vector<Entity>& entities = out_.entities.entities;
    const auto target = entity_of(action.aliases.front(), action.kind);
    if (!target) return;
    Entity& entity = entities[*target];
    switch (action.kind) {
      case CurationKind::rename: entity.name = action.name; break;
      case CurationKind::retype: entity.type = action.type; break;
      case CurationKind::hide: entity.hidden = true; break;
      case CurationKind::merge:
        for (std::size_t i = 1; i < action.aliases.size(); ++i) {
          const auto other = entity_of(action.aliases[i], action.kind);
          if (other && *other != *target) merge(*other, *target, action.aliases[i], action.aliases.front());
        }
        break;
      case CurationKind::split: split(*target, action.aliases.front()); break;
    }
  }

  void merge(std::uint32_t from, std::uint32_t into, const std::string& alias, const std::string& into_alias) {
    std::vector<Entity>& entities = out_.entities.entities;
    Entity& source = entities[from];
    Entity& target = entities[into];
    target.forms.insert(target.forms.end(), source.forms.begin(), source.forms.end());
    target.merges.insert(target.merges.end(), source.merges.begin(), source.merges.end());
    target.merges.push_back({alias, into_alias, MergeReason::curation});
    for (const Evidence& e : source.evidence) add_evidence(target.evidence, e.kind, e.detail, e.count);
    source.forms.clear();
    source.merges.clear();
    for (EntityMention& m : out_.entities.mentions) {
      if (m.entity == from) m.entity = into;
    }
  }

  void split(std::uint32_t from, const std::string& alias) {
    std::vector<Entity>& entities = out_.entities.entities;
    if (entities[from].forms.size() < 2) return;  // already alone
    Entity part;
    part.name = alias;
    part.type = entities[from].type;
    const auto new_index = static_cast<std::uint32_t>(entities.size());
    auto& forms = entities[from].forms;
    for (auto it = forms.begin(); it != forms.end(); ++it) {
      if (out_.entities.forms[*it].text != alias) continue;
      part.forms.push_back(*it);
      for (EntityMention& m : out_.entities.mentions) {
        if (m.form == *it) m.entity = new_index;
      }
      forms.erase(it);
      break;
    }
    if (entities[from].name == alias) entities[from].name = out_.entities.forms[forms.front()].text;
    entities.push_back(std::move(part));
  }

  // Mentions and documents follow the mentions, and emptied entities go.
  void recount() {
    Entities& found = out_.entities;
    for (Entity& entity : found.entities) {
      entity.mentions = 0;
      entity.docs.clear();
    }
    for (const EntityMention& m : found.mentions) {
      Entity& entity = found.entities[m.entity];
      ++entity.mentions;
      auto doc = std::find_if(entity.docs.begin(), entity.docs.end(),
                              [&](const DocCount& d) { return d.doc == m.doc; });
      if (doc == entity.docs.end()) {
        entity.docs.push_back({m.doc, 0});
        doc = entity.docs.end() - 1;
      }
      ++doc->mentions;
    }
    for (Entity& entity : found.entities) {
      std::sort(entity.docs.begin(), entity.docs.end(),
                [](const DocCount& a, const DocCount& b) { return to_index(a.doc) < to_index(b.doc); });
    }
    order_entities(found);
  }

  CurationResult out_;
};

}  // namespace

std::variant<Curation, CurationError> parse_curation(std::string_view json) {
  const nlohmann::json document = nlohmann::json::parse(json, nullptr, false);
  if (document.is_discarded()) return CurationError{"curation file is not valid JSON"};
  if (!document.is_object()) return CurationError{"curation file must be a JSON object with \"actions\""};
  if (const auto version = document.find("version");
      version != document.end() && (!version->is_number_integer() || version->get<int>() != kCurationVersion)) {
    return CurationError{"curation file version must be 1"};
  }
  const auto actions = document.find("actions");
  if (actions == document.end() || !actions->is_array()) {
    return CurationError{"curation file needs \"actions\": a list"};
  }
  Curation curation;
  for (std::size_t i = 0; i < actions->size(); ++i) {
    CurationAction action;
    if (const std::string problem = read_action((*actions)[i], action); !problem.empty()) {
      return CurationError{"curation action " + std::to_string(i + 1) + " " + problem};
    }
    curation.actions.push_back(std::move(action));
  }
  return curation;
}

std::string curation_json(const Curation& curation) {
  nlohmann::ordered_json out;
  out["version"] = kCurationVersion;
  out["actions"] = nlohmann::json::array();
  for (const CurationAction& action : curation.actions) {
    nlohmann::ordered_json item;
    item["action"] = kind_name(action.kind);
    if (action.kind == CurationKind::merge) {
      item["aliases"] = action.aliases;
    } else {
      item["alias"] = action.aliases.front();
    }
    if (action.kind == CurationKind::rename) item["name"] = action.name;
    if (action.kind == CurationKind::retype) item["type"] = to_string(action.type);
    out["actions"].push_back(std::move(item));
  }
  return out.dump(2);
}

CurationResult apply_curation(Entities entities, const Curation& curation) {
  return Curator(std::move(entities)).run(curation);
}

}  // namespace lectern
