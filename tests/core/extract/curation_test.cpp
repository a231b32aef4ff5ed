#include "extract/curation.h"

#include <algorithm>
#include <string>

#include <doctest/doctest.h>

#include "core/analysis/analysis_fixtures.h"
#include "core/extract/entity_fixtures.h"

namespace lectern {
namespace {

using test::holding;

// Each entity as "name/TYPE/mentions/hidden", in list order: what a user sees.
std::vector<std::string> found_names(const Entities& found) {
  std::vector<std::string> out;
  for (const Entity& e : found.entities) {
    out.push_back(e.name + "/" + to_string(e.type) + "/" + std::to_string(e.mentions) + (e.hidden ? "/hidden" : ""));
  }
  return out;
}

const std::string curation_text = R"({"version": 1, "actions": [
  {"action": "merge", "aliases": ["Russia", "Russian Federation"]},
  {"action": "split", "alias": "Pashinyan"},
  {"action": "rename", "alias": "Tokajev", "name": "President Tokayev"},
  {"action": "retype", "alias": "Crimean Wind", "type": "ORG"},
  {"action": "hide", "alias": "Compatriots"},
  {"action": "hide", "alias": "Nobody Here"}]})";

Curation parsed_curation() {
  auto parsed = parse_curation(curation_text);
  REQUIRE(std::holds_alternative<Curation>(parsed));
  return std::get<Curation>(parsed);
}

}  // namespace

TEST_CASE("curation: merge, split, rename, retype and hide on the sample corpus") {
  const auto corpus = test::sample();
  const Entities before = extract_entities(*corpus);
  REQUIRE(holding(before, "Russian Federation") != holding(before, "Russia"));
  REQUIRE(holding(before, "Pashinyan") == holding(before, "Nikol Pashinyan"));

  const CurationResult result = apply_curation(before, parsed_curation());
  const Entities& after = result.entities;
  const Entity* russia = holding(after, "Russia");
  REQUIRE(russia != nullptr);
  CHECK(russia == holding(after, "Russian Federation"));
  CHECK(russia->mentions == holding(before, "Russia")->mentions + holding(before, "Russian Federation")->mentions);
  CHECK(russia->merges.back().reason == MergeReason::curation);
  CHECK(holding(after, "Pashinyan") != holding(after, "Nikol Pashinyan"));
  CHECK(holding(after, "Pashinyan")->name == "Pashinyan");
  CHECK(holding(after, "Tokayev")->name == "President Tokayev");
  CHECK(holding(after, "Crimean Wind")->type == EntityType::ORG);
  CHECK(holding(after, "Compatriots")->hidden);
  REQUIRE(result.unmatched.size() == 1);
  CHECK(result.unmatched.front() == "hide: no entity has the alias 'Nobody Here'");
  // Every mention points at an entity holding its form.
  for (const EntityMention& m : after.mentions) {
    const Entity& entity = after.entities[m.entity];
    CHECK(std::find(entity.forms.begin(), entity.forms.end(), m.form) != entity.forms.end());
  }
  // The list is still most mentioned first.
  for (std::size_t i = 1; i < after.entities.size(); ++i) {
    CHECK(after.entities[i - 1].mentions >= after.entities[i].mentions);
  }
}

TEST_CASE("curation: an overlay, the same after a rebuild, the extraction untouched") {
  const Curation curation = parsed_curation();
  const auto first = test::sample();
  const Entities extracted = extract_entities(*first);
  const Entities curated = apply_curation(extracted, curation).entities;
  // Extracting again from the same Corpus gives what it gave before the curation.
  const Entities again = extract_entities(*first);
  CHECK(found_names(again) == found_names(extracted));
  // A rebuild of the same texts takes the same curation to the same list.
  const auto rebuilt = test::sample();
  const Entities curated_again = apply_curation(extract_entities(*rebuilt), curation).entities;
  CHECK(found_names(curated_again) == found_names(curated));
}

TEST_CASE("curation: bad files get messages that say what is wrong") {
  struct Case {
    std::string json;
    std::string message;
  };
  for (const Case& c : {
           Case{"not json", "curation file is not valid JSON"},
           Case{"[1, 2]", "curation file must be a JSON object with \"actions\""},
           Case{R"({"version": 2, "actions": []})", "curation file version must be 1"},
           Case{R"({"actions": {}})", "curation file needs \"actions\": a list"},
           Case{R"({"actions": [{"action": "delete", "alias": "X"}]})", "curation action 1 has unknown action 'delete'"},
           Case{R"({"actions": [{"action": "merge", "aliases": ["X"]}]})",
                "curation action 1 merge needs \"aliases\": a list of two or more"},
           Case{R"({"actions": [{"action": "hide", "alias": "X"}, {"action": "retype", "alias": "X", "type": "PERSON"}]})",
                "curation action 2 retype needs \"type\": PER, ORG, LOC or MISC"},
       }) {
    CAPTURE(c.json);
    const auto parsed = parse_curation(c.json);
    REQUIRE(std::holds_alternative<CurationError>(parsed));
    CHECK(std::get<CurationError>(parsed).message == c.message);
  }
}

TEST_CASE("curation: written back as JSON it reads the same") {
  const Curation curation = parsed_curation();
  const auto reread = parse_curation(curation_json(curation));
  REQUIRE(std::holds_alternative<Curation>(reread));
  CHECK(curation_json(std::get<Curation>(reread)) == curation_json(curation));
  CHECK(std::get<Curation>(reread).actions.size() == 6);
}

}  // namespace lectern
