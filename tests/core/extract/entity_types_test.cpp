#include "extract/entity_types.h"

#include <string>
#include <vector>

#include <doctest/doctest.h>

namespace lectern {

TEST_CASE("entity types: a place head word makes a place, an organisation's wins over it") {
  // Names from the sample corpus and State of the Union addresses.
  const auto kinds = [](const char* form) {
    const std::vector<Evidence> evidence = form_evidence(form, 1);
    CAPTURE(std::string(form));
    REQUIRE(evidence.size() == 1);
    return evidence.front();
  };
  CHECK(kinds("Donetsk People's Republic").kind == EvidenceKind::place_head);
  CHECK(kinds("Donetsk People's Republic").detail == "Republic");
  CHECK(decide_type(form_evidence("Donetsk People's Republics", 2)) == EntityType::LOC);
  // "Philippine" is on the first-name lists; the head word says more.
  CHECK(kinds("Philippine Islands").kind == EvidenceKind::place_head);
  CHECK(decide_type(form_evidence("Philippine Islands", 1)) == EntityType::LOC);
  // A body is named after the place it serves.
  CHECK(kinds("Ministry of Foreign Affairs of the Republic").kind == EvidenceKind::org_head);
  CHECK(decide_type(form_evidence("Bureau of American Republics", 1)) == EntityType::ORG);
}

}  // namespace lectern
