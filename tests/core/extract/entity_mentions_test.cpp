#include "extract/entity_mentions.h"

#include <algorithm>
#include <cstdlib>
#include <initializer_list>
#include <string>

#include <doctest/doctest.h>

#include "core/analysis/analysis_fixtures.h"
#include "index/corpus_builder.h"
#include "support/sample_corpus.h"

namespace lectern {
namespace {

std::vector<std::string> texts_of(const FoundMentions& found) {
  std::vector<std::string> out;
  for (const FoundMention& m : found.mentions) out.push_back(found.text(m.text));
  return out;
}

bool has(const std::vector<std::string>& texts, const std::string& text) {
  return std::find(texts.begin(), texts.end(), text) != texts.end();
}

// Each of nones is no mention text, each checked and reported on its own.
void check_none_of(const std::vector<std::string>& texts, std::initializer_list<std::string> nones) {
  for (const std::string& none : nones) {
    CAPTURE(none);
    CHECK_FALSE(has(texts, none));
  }
}

}  // namespace

TEST_CASE("entity mentions: names on the sample corpus, with titles and possessives cut") {
  const auto corpus = test::sample();
  const FoundMentions found = find_mentions(*corpus);
  const std::vector<std::string> texts = texts_of(found);
  CHECK(has(texts, "Kassym-Jomart Tokayev"));
  CHECK(has(texts, "Kassym-Jomart Kemelovich Tokayev"));
  CHECK(has(texts, "Collective Security Treaty Organization"));
  CHECK(has(texts, "Stanislav Zas"));     // after "Secretary-General"
  CHECK(has(texts, "Kazakhstan"));        // from "Kazakhstan's" and "Kazakhstan’s"
  CHECK(has(texts, "CSTO"));              // from Swedish "CSTO:s"
  CHECK_FALSE(has(texts, "Kazakhstan's"));
  CHECK_FALSE(has(texts, "President Kassym-Jomart Tokayev"));
  // Languages, nationality adjectives, titles alone and web furniture are no names.
  check_none_of(texts, {"Russian", "Kazakh", "Armenian", "Prime Minister", "President",
                           "Leave a Reply", "Trending Now", "November", "Be", "However"});
  // The title before a name is kept as evidence, the acronym after an expansion too.
  const auto& list = found.mentions;
  const auto zas = std::find_if(list.begin(), list.end(),
                                [&](const FoundMention& m) { return found.text(m.text) == "Stanislav Zas"; });
  REQUIRE(zas != list.end());
  CHECK(found.text(zas->title) == "Secretary-General");
  const auto csto = std::find_if(list.begin(), list.end(), [&](const FoundMention& m) {
    return found.text(m.text) == "Collective Security Treaty Organization";
  });
  REQUIRE(csto != list.end());
  CHECK(found.text(csto->acronym_after) == "CSTO");
}

TEST_CASE("entity mentions: a capitalised word opening a sentence needs evidence") {
  const auto corpus = test::corpus_of(
      {{"en", "Yesterday the talks ended. Astana was quiet. Talks will resume in Astana. "
              "Details follow later, said Marat Tazhin."}});
  const std::vector<std::string> texts = texts_of(find_mentions(*corpus));
  CHECK(has(texts, "Astana"));        // capitalised inside a sentence, never in lower case
  CHECK_FALSE(has(texts, "Talks"));   // "talks" is seen in lower case
  CHECK_FALSE(has(texts, "Yesterday"));
  CHECK_FALSE(has(texts, "Details"));  // never seen inside a sentence
  CHECK(has(texts, "Marat Tazhin"));
}

TEST_CASE("entity mentions: a Roman numeral in capitals alone is no name; with what it numbers it is") {
  // State of the Union 1881 (Alexander II), 1911 (PART II) and 1946 (World War I and II), and
  // sentences written for the test: "Xi" is a surname, not a numeral.
  const auto corpus = test::corpus_of(
      {{"en", "The assassination of the Czar Alexander II were appropriately communicated to the "
              "Government. PART II. The relations of the United States with other countries have "
              "continued. Chapter XI of the Code needs amending, and so does CHAPTER XXIV."},
       {"en", "It is the hope of all Americans that in time future historians will speak not of World "
              "War I and World War II. I met President Xi in Beijing. Xi spoke of trade."}});
  const std::vector<std::string> texts = texts_of(find_mentions(*corpus));
  CHECK(has(texts, "Alexander II"));
  CHECK(has(texts, "World War II"));
  CHECK(has(texts, "Xi"));
  CHECK(has(texts, "United States"));
  CHECK(has(texts, "World War I"));  // "and" follows the numeral, never the speaker
  check_none_of(texts, {"II", "XI", "XXIV", "PART"});
}

TEST_CASE("entity mentions: the speaker's \"I\" after a name is no numeral of it") {
  // State of the Union 1831, 1925 and 1931 (whose headings run into the text); the sentence on
  // Article I and SALT I is written for the test.
  const auto corpus = test::corpus_of(
      {{"en", "In my message at the opening of the last session of Congress I expressed a confident "
              "hope that the just claims of our citizens would be settled."},
       {"en", "At the suggestion of the Secretaries of War and Navy I appointed a special board."},
       {"en", "The law requires a certificate of residence. PUBLIC HEALTH I again call attention to "
              "my previous recommendations. The text of Article I of the Constitution is plain, and SALT I was "
              "signed."}});
  const std::vector<std::string> texts = texts_of(find_mentions(*corpus));
  CHECK(has(texts, "Congress"));
  CHECK(has(texts, "Navy"));
  CHECK(has(texts, "Article I"));
  check_none_of(texts, {"Congress I", "Navy I", "PUBLIC HEALTH I"});
}

TEST_CASE("entity mentions: a head word alone after a possessive or demonstrative is a reference") {
  // State of the Union 1831 and 1825, and a Swedish sentence written for the test: "our
  // Republic", "this Union" and "vår Federation" point at a name, as "the Republic" does.
  const auto corpus = test::corpus_of(
      {{"en", "Among the happiest effects of the improved relations of our Republic has been an "
              "increase of trade, producing a corresponding increase of revenue beyond the most "
              "sanguine anticipations of the Treasury Department."},
       {"en", "An additional motive is found in the maritime war raging between the Greeks and the "
              "Turks, and in which the neutral navigation of this Union is always in danger."},
       {"sv", "Regeringen i Stockholm meddelade att Ryska Federationen hade svarat. Han sa att "
              "hela vår Federation stod bakom beslutet."}});
  const std::vector<std::string> texts = texts_of(find_mentions(*corpus));
  CHECK(has(texts, "Treasury Department"));
  CHECK(has(texts, "Ryska Federationen"));
  check_none_of(texts, {"Republic", "Union", "Federation"});
}

TEST_CASE("entity mentions: a common word after an initial's full stop starts a sentence, not a name part") {
  // Whole addresses, so that the corpus shows which words are common: "in" is written in lower
  // case over 20 times for each capital inside a sentence; the surnames May and Wells, also on
  // the English stopword list, are not.
  CorpusBuilder builder;
  for (const char* name : {"1911_william_h_taft_r.txt", "1947_harry_s_truman_d.txt",
                           "1900_william_mc_kinley_r.txt", "1962_john_f_kennedy_d.txt"}) {
    builder.add(test::sotu_file(name));
  }
  const std::vector<std::string> texts = texts_of(find_mentions(*builder.finish()));
  CHECK(has(texts, "King George V"));  // "King George V. In honor of this auspicious occasion"
  CHECK(has(texts, "World War I"));    // "World War I. In" (1947)
  CHECK(has(texts, "R. H. May"));      // "The pending claim of R. H. May against" (1900)
  CHECK(has(texts, "H. G. Wells"));    // "said H. G. Wells" (1962)
  check_none_of(texts, {"King George V. In", "World War I. In"});
}

TEST_CASE("entity mentions: a name runs across a line break only in hard-wrapped text") {
  const std::string wrapped =
      "The delegation that arrived on Tuesday was led by the foreign minister, Mukhtar\n"
      "Tileuberdi, who met the press in the afternoon and spoke at some length about\n"
      "the plans for the coming year, the trade in grain and the pipelines to the west\n"
      "of the country, which have been discussed at every meeting since the spring of\n"
      "the year before last, when the first agreement between the two was signed.\n";
  const auto corpus = test::corpus_of({{"en", wrapped}, {"en", "A headline about Astana\nThe text begins here."}});
  const std::vector<std::string> texts = texts_of(find_mentions(*corpus));
  CHECK(has(texts, "Mukhtar Tileuberdi"));
  CHECK(has(texts, "Astana"));
  CHECK_FALSE(has(texts, "Astana The"));
}

TEST_CASE("entity mentions: texts are interned once each, through the table's growth") {
  // Every mention text of the sample corpus, interned again into a fresh list in the order
  // found, twice: the first pass adds each distinct text once (past the table's first size of
  // 1024 slots, so it grows), the second finds them all.
  const auto corpus = test::sample();
  const FoundMentions found = find_mentions(*corpus);
  FoundMentions again;
  CHECK(again.intern("") == 0);
  std::vector<std::uint32_t> ids;
  for (const std::string& text : found.texts) ids.push_back(again.intern(text));
  for (int copy = 0; copy < 600; ++copy) again.intern("filler " + std::to_string(copy));
  REQUIRE(found.texts.size() > 100);
  CHECK(again.texts.size() == found.texts.size() + 600);
  for (std::size_t i = 0; i < found.texts.size(); ++i) {
    CHECK(ids[i] == i);
    CHECK(again.intern(found.texts[i]) == i);
    CHECK(again.text(ids[i]) == found.texts[i]);
  }
  CHECK(again.intern("filler 599") == found.texts.size() + 599);
}

TEST_CASE("entity mentions: dump (LECTERN_DUMP_MENTIONS=1)") {
  if (!std::getenv("LECTERN_DUMP_MENTIONS")) return;
  const auto corpus = test::sample();
  const FoundMentions found = find_mentions(*corpus);
  for (std::size_t i = 0; i < found.mentions.size(); ++i) {
    const FoundMention& m = found.mentions[i];
    MESSAGE(to_index(found.places[i].doc) << " s" << found.places[i].sentence << " [" << found.text(m.text) << "] title="
                            << found.text(m.title) << " acr=" << found.text(m.acronym_after)
                            << " shape=" << m.person_shape);
  }
}

}  // namespace lectern
