#include "extract/entities.h"

#include <algorithm>
#include <string>

#include <doctest/doctest.h>

#include "core/analysis/analysis_fixtures.h"
#include "core/extract/entity_fixtures.h"

namespace lectern {

using test::holding;
using test::merged;

TEST_CASE("entities: the sample corpus, across spellings, languages and acronyms") {
  const auto corpus = test::sample();
  const Entities found = extract_entities(*corpus);

  const Entity* tokayev = holding(found, "Tokayev");
  REQUIRE(tokayev != nullptr);
  CHECK(tokayev->type == EntityType::PER);
  CHECK(tokayev->name == "Kassym-Jomart Tokayev");
  for (const char* alias : {"Tokajev", "Kassym-Jomart Tokayev", "Kassym-Jomart Kemelovich Tokayev"}) {
    CAPTURE(std::string(alias));
    CHECK(merged(found, "Tokayev", alias));
  }
  CHECK(tokayev->docs.size() == 5);

  const Entity* kazakhstan = holding(found, "Kazakhstan");
  REQUIRE(kazakhstan != nullptr);
  CHECK(kazakhstan->type == EntityType::LOC);
  CHECK(merged(found, "Kazakhstan", "Kazakstan"));

  const Entity* csto = holding(found, "CSTO");
  REQUIRE(csto != nullptr);
  CHECK(csto->type == EntityType::ORG);
  CHECK(merged(found, "CSTO", "Collective Security Treaty Organization"));

  CHECK(merged(found, "Putin", "Vladimir Putin"));
  CHECK(holding(found, "Putin")->type == EntityType::PER);
  CHECK(merged(found, "Anton Gerashchenko", "Anton Gerasjtjenko"));
  CHECK(merged(found, "Volodymyr Zelensky", "Volodymyr Zelenskyj"));
  CHECK(merged(found, "Zelensky", "Volodymyr Zelensky"));
  CHECK(merged(found, "Russia", "Ryssland"));
  CHECK(merged(found, "Alexander Lukashenko", "Alyaksandr Lukashenka"));
  CHECK_FALSE(merged(found, "Kazakhstan", "Russia"));
  CHECK_FALSE(merged(found, "Vladimir Putin", "Kassym-Jomart Tokayev"));

  // Adjectives, languages and furniture are no entities.
  for (const char* none : {"Russian", "Kazakh", "Armenian", "Ukrainian", "Leave a Reply", "Trending Now"}) {
    CAPTURE(std::string(none));
    CHECK(holding(found, none) == nullptr);
  }
}

TEST_CASE("entities: every merge and every type has its reason") {
  const auto corpus = test::sample();
  const Entities found = extract_entities(*corpus);
  const Entity* tokayev = holding(found, "Tokajev");
  REQUIRE(tokayev != nullptr);
  const auto reason_for = [&](const std::string& alias) {
    for (const Merge& m : tokayev->merges) {
      if (m.from == alias || m.into == alias) return m.reason;
    }
    return MergeReason::curation;
  };
  CHECK(reason_for("Tokajev") == MergeReason::same_key);
  CHECK(reason_for("Kassym-Jomart Kemelovich Tokayev") == MergeReason::full_name);
  const bool titled = std::any_of(tokayev->evidence.begin(), tokayev->evidence.end(),
                                  [](const Evidence& e) { return e.kind == EvidenceKind::title; });
  CHECK(titled);
  const Entity* kazakhstan = holding(found, "Kazakstan");
  REQUIRE(kazakhstan != nullptr);
  REQUIRE_FALSE(kazakhstan->evidence.empty());
  CHECK(kazakhstan->evidence.front().kind == EvidenceKind::region);
  CHECK(kazakhstan->evidence.front().detail == "KZ");
}

TEST_CASE("entities: two people who share a surname stay apart, and the surname alone joins neither") {
  const auto corpus = test::corpus_of(
      {{"en", "President George Bush met the press. Later, Laura Bush spoke in Houston. "
              "Bush said the economy was strong."}});
  const Entities found = extract_entities(*corpus);
  CHECK_FALSE(merged(found, "George Bush", "Laura Bush"));
  CHECK_FALSE(merged(found, "Bush", "George Bush"));
  CHECK_FALSE(merged(found, "Bush", "Laura Bush"));
  REQUIRE(holding(found, "George Bush") != nullptr);
  CHECK(holding(found, "George Bush")->type == EntityType::PER);
}

TEST_CASE("entities: mentions point at the name in the text") {
  const auto corpus = test::sample();
  const Entities found = extract_entities(*corpus);
  REQUIRE_FALSE(found.mentions.empty());
  for (const EntityMention& m : found.mentions) {
    const std::string& text = corpus->document(m.doc).meta.text;
    const std::string span = text.substr(m.offset, m.length);
    // The form is the span with its white space runs made single spaces.
    const std::string& form = found.forms[m.form].text;
    CAPTURE(span);
    CAPTURE(form);
    CHECK(span.substr(0, 2) == form.substr(0, 2));
    CHECK(span.size() >= form.size());
  }
}

}  // namespace lectern
