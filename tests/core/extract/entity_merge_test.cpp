#include "extract/entity_merge.h"

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "extract/entities.h"
#include "core/analysis/analysis_fixtures.h"
#include "core/extract/entity_fixtures.h"

namespace lectern {
namespace {

using test::apart;
using test::holding;
using test::merged;

// Two sentences of the sample corpus (001 and 003): "the Republic" in the second is Armenia.
const char* const kRepublics =
    "The first incident occurred on June 17, 2022, when Tokayev declared that Kazakhstan would "
    "not recognize Putin's puppets in the so-called Luhansk and Donetsk People's Republics.";
const char* const kTheRepublic =
    "In June 2024, Armenian Prime Minister Nikol Pashinyan bluntly stated that his country would "
    "leave the organization. The Ministry of Foreign Affairs of the Republic added that the United "
    "States and the EU are pushing the country to this.";

}  // namespace

TEST_CASE("entity merge: \"the Republic\" is a reference, no short form of \"Donetsk People's Republics\"") {
  const auto corpus = test::corpus_of({{"en", kRepublics}, {"en", kTheRepublic}});
  const Entities found = extract_entities(*corpus);
  // A head word naming a kind of place alone after "the" stands for a name, and is none itself,
  // whatever cue follows it ("added" would make it a person).
  CHECK(holding(found, "Republic") == nullptr);
  const Entity* republics = holding(found, "Donetsk People's Republics");
  REQUIRE(republics != nullptr);
  CHECK(found.aliases(*republics) == std::vector<std::string>{"Donetsk People's Republics"});
  CHECK(republics->merges.empty());
  CHECK(republics->type == EntityType::LOC);
  REQUIRE_FALSE(republics->evidence.empty());
  CHECK(republics->evidence.front().kind == EvidenceKind::place_head);
  CHECK(republics->evidence.front().detail == "Republics");
  // The body of that sentence stays, and so does the acronym after "the".
  CHECK(holding(found, "Ministry of Foreign Affairs") != nullptr);
  CHECK(holding(found, "EU") != nullptr);
}

TEST_CASE("entity merge: the same in the whole sample corpus") {
  const auto corpus = test::sample();
  const Entities found = extract_entities(*corpus);
  CHECK(holding(found, "Republic") == nullptr);
  const Entity* republics = holding(found, "Donetsk People's Republics");
  REQUIRE(republics != nullptr);
  CHECK(found.aliases(*republics).size() == 1);
  CHECK(republics->type == EntityType::LOC);
}

TEST_CASE("entity merge: a head word its body goes by alone stays after \"the\"") {
  // State of the Union 1903 and 1994: "the Congress" is a name, unlike "the Republic".
  const auto corpus = test::corpus_of(
      {{"en", "In order that definite information may be available for the use of the Congress, I "
              "have appointed a commission composed of W. A. Richards, Commissioner of the General "
              "Land Office; Gifford Pinchot, Chief of the Bureau of Forestry of the Department of "
              "Agriculture."},
       {"en", "Although Judy recovered and Richard went back to work at $8 an hour, the bills were "
              "too much for them, and they were literally forced into bankruptcy."}});
  const Entities found = extract_entities(*corpus);
  const Entity* congress = holding(found, "Congress");
  REQUIRE(congress != nullptr);
  CHECK(congress->type == EntityType::ORG);
  // A plural is no near spelling of a short form: Richard is not short for W. A. Richards.
  REQUIRE(holding(found, "Richard") != nullptr);
  CHECK_FALSE(merged(found, "Richard", "W. A. Richards"));
}

TEST_CASE("entity merge: a word whose plural ends a name joins neither that name nor one it begins") {
  // State of the Union 1833, 1835 and 1965: "this Chamber" is the House, not the French
  // Chambers, and being the singular of their last word it is not taken for a first name either.
  const auto corpus = test::corpus_of(
      {{"en", "The bill, however, though not presented for payment until March 23d, 1833, was not "
              "paid, and for the reason assigned by the French minister of finance that no "
              "appropriation had been made by the French Chambers."},
       {"en", "To this end a bill was immediately introduced into the Chamber of Deputies proposing "
              "to make the appropriations necessary to carry into effect the treaty."},
       {"en", "Many of you in this Chamber are among my oldest friends."}});
  const Entities found = extract_entities(*corpus);
  REQUIRE(holding(found, "Chamber") != nullptr);
  CHECK_FALSE(merged(found, "Chamber", "French Chambers"));
  CHECK_FALSE(merged(found, "Chamber", "Chamber of Deputies"));
}

TEST_CASE("entity merge: a Swedish genitive -s left uncut still joins the full name") {
  // "Gerasjtjenkos" is not cut (no "Gerasjtjenko" alone in the text), so it reaches the short
  // forms ending in an s its surname lacks; in Swedish that is a genitive, not a plural.
  const auto corpus = test::corpus_of(
      {{"sv", "Ukrainska inrikesministerns rådgivare Anton Gerasjtjenko delade en video från "
              "toppmötet i Astana. Enligt Gerasjtjenkos inlägg talade Tokajev kazakiska i stället "
              "för ryska."}});
  const Entities found = extract_entities(*corpus);
  CHECK(merged(found, "Gerasjtjenkos", "Anton Gerasjtjenko"));
}

TEST_CASE("entity merge: numbered names and initials are not spellings of each other") {
  // State of the Union 1946, 1951, 1911 and 2004: the key folds spellings (Tokajev = Tokayev,
  // w = v, double letters single) but must not fold "II" into "I" or "W" into "V".
  const auto corpus = test::corpus_of(
      {{"en", "It is the hope of all Americans that in time future historians will speak not of World "
              "War I and World War II, but of the first and last world wars."},
       {"en", "This production drive is more selective than the one we had during World War II, but "
              "it is just as urgent and intense."},
       {"en", "The claim against the Government of Chile was finally disposed of by the decision of "
              "His Britannic Majesty George V, to whom, as amiable compositeur, the matter had been "
              "referred for determination."},
       {"en", "It began, \"Dear George W. Bush."}});
  const Entities found = extract_entities(*corpus);
  CHECK(apart(found, "World War I", "World War II"));
  CHECK(apart(found, "George V", "George W. Bush"));
}

TEST_CASE("entity merge: a name built with \"of\" loses no middle word to another") {
  // State of the Union 1898, and a sentence written for the test: the federation of Central
  // America is not the United States, though the full-name rule would take "Central" for a
  // middle name.
  const auto corpus = test::corpus_of(
      {{"en", "A convention of their delegates framed for them a federal constitution under the name "
              "of the United States of Central America, and provided for a central federal government "
              "and legislature."},
       {"en", "The treaty with the United States of America was signed at Paris."}});
  const Entities found = extract_entities(*corpus);
  CHECK(apart(found, "United States of Central America", "United States of America"));
}

}  // namespace lectern
