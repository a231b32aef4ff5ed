#include "query/evaluate.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "core/analysis/analysis_fixtures.h"
#include "index/corpus_builder.h"
#include "query/parse_query.h"
#include "support/printing.h"
#include "support/sample_corpus.h"

using namespace lectern;

namespace {

std::shared_ptr<const Corpus> build(std::vector<SourceFile> files) {
  CorpusBuilder builder;
  for (SourceFile& file : files) builder.add(std::move(file));
  return builder.finish();
}

const Corpus& seed_corpus() {
  static const std::shared_ptr<const Corpus> corpus = build(test::sample_corpus());
  return *corpus;
}

Query parsed(const std::string& text) {
  auto result = parse_query(text);
  REQUIRE_MESSAGE(std::holds_alternative<Query>(result), text);
  return std::get<Query>(result);
}

std::vector<std::string> document_ids(const Corpus& corpus, const std::string& query) {
  auto result = matching_documents(corpus, parsed(query));
  REQUIRE(std::holds_alternative<DocSet>(result));
  std::vector<std::string> ids;
  for (std::uint32_t d = 0; d < corpus.document_count(); ++d) {
    if (std::get<DocSet>(result).contains(DocId{d}))
      ids.push_back(corpus.document(DocId{d}).meta.id);
  }
  return ids;
}

std::vector<Match> matches(const Corpus& corpus, const std::string& query, const DocSet& within) {
  auto result = find_matches(corpus, parsed(query), within);
  REQUIRE(std::holds_alternative<std::vector<Match>>(result));
  return std::get<std::vector<Match>>(result);
}

// The slow way, for checking the postings: every position whose term key passes test.
template <typename Test>
std::vector<std::uint32_t> scanned_positions(const Corpus& corpus, Test&& test) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t p = 0; p < corpus.token_count(); ++p) {
    if (test(corpus.lexicon().str(corpus.term_at(CorpusPos{p})))) out.push_back(p);
  }
  return out;
}

std::vector<std::uint32_t> firsts(const std::vector<Match>& found) {
  std::vector<std::uint32_t> out;
  for (const Match& match : found) out.push_back(to_index(match.first));
  return out;
}

std::set<std::string> matched_keys(const Corpus& corpus, const std::vector<Match>& found) {
  std::set<std::string> keys;
  for (const Match& match : found)
    keys.insert(std::string(corpus.lexicon().str(corpus.term_at(match.first))));
  return keys;
}

const char* const doc0 = "000_e50c1cd99b7197a3.txt";
const char* const doc1 = "001_39150af03c4df962.txt";
const char* const doc2 = "002_e67f6fabb1a4c6ef.txt";
const char* const doc3 = "003_f6b4428bf88e9a2f.txt";
const char* const doc4 = "004_caef04b4040702c7.txt";

}  // namespace

TEST_CASE("queries select the documents of the seed corpus that satisfy them") {
  const Corpus& corpus = seed_corpus();
  struct Case {
    const char* query;
    std::vector<std::string> documents;
  };
  // Checked against the texts: only 002 is Swedish (and says toppmötet, Tokajev); every English
  // article names Armenia; "Collective Security" is in 000, 001 (twice) and 004.
  const Case cases[] = {
      {"lang:sv", {doc2}},
      {"lang:en", {doc0, doc1, doc3, doc4}},
      {"putin AND (summit OR toppmötet) -armenia", {doc2}},
      {"putin AND (summit OR toppmötet)", {doc0, doc1, doc2, doc3, doc4}},
      {"armenia", {doc0, doc1, doc3, doc4}},
      {"NOT armenia", {doc2}},
      {"\"collective security\"", {doc0, doc1, doc4}},
      {"\"security collective\"", {}},
      {"secur*", {doc0, doc1, doc4}},
      {"/toka[jy]ev/", {doc0, doc1, doc2, doc3, doc4}},
      {"/toka[jy]ev/ -lang:en", {doc2}},
      {"tokajev OR lang:en", {doc0, doc1, doc2, doc3, doc4}},
      {"tokayev tokajev", {}},
      {"doc:003_f6b4428bf88e9a2f.txt", {doc3}},
      {"doc:003_f6b4428bf88e9a2f", {}},  // an id is matched whole
      {"Kassym-Jomart", {doc0, doc1, doc2, doc3, doc4}},
      {"unheardofword", {}},
      // Only 000 has a dateline ("Nov.30 - 2024") and a byline ("Written by Anna Hartz").
      {"date:2024", {doc0}},
      {"date:2024-11", {doc0}},
      {"date:2024-12..", {}},
      {"-date:2024", {doc1, doc2, doc3, doc4}},
      {"author:hartz", {doc0}},
      {"author:\"Anna Hartz\" putin", {doc0}},
  };
  for (const Case& c : cases) {
    const std::string query = c.query;
    CAPTURE(query);
    CHECK(document_ids(corpus, c.query) == c.documents);
  }
}

TEST_CASE("matches come from postings and agree with a scan of the token stream") {
  const Corpus& corpus = seed_corpus();
  const DocSet all = DocSet::all(corpus);

  const auto security = matches(corpus, "secur*", all);
  CHECK(matched_keys(corpus, security) == std::set<std::string>{"security"});
  CHECK(firsts(security) ==
        scanned_positions(corpus, [](std::string_view key) { return key.starts_with("secur"); }));
  CHECK(security.size() == 4);

  // Tokayev in the English articles (2 + 4 + 6 + 2, counted in the texts) and its 5
  // possessives (Tokayev's, Tokayev’s: term_key folds them into tokayev), Tokajev twice in the
  // Swedish one. The Swedish genitive Tokajevs is another term, and the whole key must match.
  const auto tokayev = matches(corpus, "/toka[jy]ev/", all);
  CHECK(tokayev.size() == 21);
  CHECK(matched_keys(corpus, tokayev) == std::set<std::string>{"tokajev", "tokayev"});
  CHECK(matched_keys(corpus, matches(corpus, "/TOKA[JY]EV.*/", all)) ==
        std::set<std::string>{"tokajev", "tokajevs", "tokayev"});

  const auto phrase = matches(corpus, "\"collective security\"", all);
  CHECK(phrase.size() == 4);
  std::vector<std::uint32_t> expected;
  for (std::uint32_t p :
       scanned_positions(corpus, [](std::string_view k) { return k == "collective"; })) {
    if (corpus.lexicon().str(corpus.term_at(CorpusPos{p + 1})) == "security") expected.push_back(p);
  }
  CHECK(firsts(phrase) == expected);
  for (const Match& match : phrase) CHECK(match.length == 2);
}

TEST_CASE("matches are those of positive leaves, in documents satisfying the whole query") {
  const Corpus& corpus = seed_corpus();
  const DocSet all = DocSet::all(corpus);

  // The Swedish article has Tokajev twice; armenia is negated, so it finds nothing itself.
  CHECK(matches(corpus, "tokajev -armenia", all).size() == 2);
  CHECK(matches(corpus, "-(-tokajev)", all).size() == 2);
  CHECK(matches(corpus, "tokayev -armenia", all).empty());
  CHECK(matches(corpus, "lang:sv", all).empty());  // a filter alone finds no tokens

  // Restricted to the Swedish document, only its two Tokajev are left.
  const auto swedish = std::get<DocSet>(matching_documents(corpus, parsed("lang:sv")));
  const auto within = matches(corpus, "/toka[jy]ev/", swedish);
  CHECK(within.size() == 2);
  for (const Match& match : within)
    CHECK(corpus.document(corpus.document_at(match.first)).meta.id == doc2);

  // Every 'putin' once: inside "Vladimir Putin" as that phrase, elsewhere alone.
  const auto putin_positions =
      scanned_positions(corpus, [](std::string_view k) { return k == "putin"; });
  std::size_t vladimir_putin = 0;
  for (std::uint32_t p : putin_positions) {
    if (p > 0 && corpus.lexicon().str(corpus.term_at(CorpusPos{p - 1})) == "vladimir")
      ++vladimir_putin;
  }
  REQUIRE(vladimir_putin > 0);
  const auto putins = matches(corpus, "putin OR \"vladimir putin\"", all);
  CHECK(putins.size() == putin_positions.size());
  std::size_t long_ones = 0;
  for (const Match& match : putins) long_ones += match.length == 2 ? 1 : 0;
  CHECK(long_ones == vladimir_putin);
}

TEST_CASE("a phrase does not run across the boundary between two documents") {
  const auto corpus =
      build({{"a.txt", "The treaty on collective"}, {"b.txt", "Security was the topic."}});
  const DocSet all = DocSet::all(*corpus);
  CHECK(matches(*corpus, "collective", all).size() == 1);
  CHECK(matches(*corpus, "security", all).size() == 1);
  CHECK(matches(*corpus, "\"collective security\"", all).empty());
  CHECK(document_ids(*corpus, "\"collective security\"").empty());
  CHECK(document_ids(*corpus, "collective security").empty());
  CHECK(document_ids(*corpus, "collective OR security") ==
        std::vector<std::string>{"a.txt", "b.txt"});
}

TEST_CASE("entity filters select the documents naming an entity, in any of its spellings") {
  const auto corpus = test::sample();
  const auto ids = [&](const std::string& text, const Entities* entities) {
    const Query query = parsed(text);
    auto documents = entities ? matching_documents(*corpus, query, *entities) : matching_documents(*corpus, query);
    REQUIRE(std::holds_alternative<DocSet>(documents));
    std::vector<std::string> out;
    for (std::uint32_t d = 0; d < corpus->document_count(); ++d) {
      if (std::get<DocSet>(documents).contains(DocId{d})) out.push_back(corpus->document(DocId{d}).meta.id);
    }
    return out;
  };
  const std::vector<std::string> all = {"000_e50c1cd99b7197a3.txt", "001_39150af03c4df962.txt",
                                        "002_e67f6fabb1a4c6ef.txt", "003_f6b4428bf88e9a2f.txt",
                                        "004_caef04b4040702c7.txt"};
  CHECK(ids("entity:\"Kassym-Jomart Tokayev\"", nullptr) == all);
  CHECK(ids("entity:Tokajev", nullptr) == all);     // an alias from the Swedish article
  CHECK(ids("entity:Токаев", nullptr) == all);      // another script, one name key
  CHECK(ids("entity:Gerasjtjenko", nullptr) == ids("entity:\"Anton Gerashchenko\"", nullptr));  // surname
  CHECK(ids("entity:Kazakh", nullptr).empty());  // an adjective, no entity
  CHECK(ids("entity:\"Anton Gerashchenko\"", nullptr) ==
        std::vector<std::string>{"000_e50c1cd99b7197a3.txt", "001_39150af03c4df962.txt",
                                 "002_e67f6fabb1a4c6ef.txt"});
  CHECK(ids("entity:Pashinyan -entity:Lukashenko", nullptr) ==
        std::vector<std::string>{"003_f6b4428bf88e9a2f.txt"});
  // Matches of an entity filter are the entity's mentions, under every alias.
  const auto hits = find_matches(*corpus, parsed("entity:Tokayev"), DocSet::all(*corpus));
  REQUIRE(std::holds_alternative<std::vector<Match>>(hits));
  std::set<std::string> written;
  for (const Match& match : std::get<std::vector<Match>>(hits)) {
    const DocumentEntry& doc = corpus->document(corpus->document_at(match.first));
    const TokenSpan first = corpus->span_at(match.first);
    const TokenSpan last = corpus->span_at(CorpusPos{to_index(match.first) + match.length - 1});
    written.insert(doc.meta.text.substr(first.offset, last.offset + last.length - first.offset));
  }
  CHECK(written.contains("Tokajev"));
  CHECK(written.contains("Kassym-Jomart Tokayev"));
  CHECK(written.contains("Kassym-Jomart Kemelovich Tokayev"));
  // A given list is used as it is: hidden entities match nothing.
  Entities curated = extract_entities(*corpus);
  for (Entity& entity : curated.entities) entity.hidden = entity.name == "Kassym-Jomart Tokayev";
  CHECK(ids("entity:Tokayev", &curated).empty());
}

TEST_CASE("field filters test document metadata") {
  Document speech = seed_corpus().document(DocId{2}).meta;
  speech.id = "speeches.jsonl#12";
  speech.date = "2024-11-28";
  speech.author = "Anna Hartz";
  speech.source = "Svenska Dagbladet";
  Document undated = seed_corpus().document(DocId{3}).meta;
  undated.id = "notes.txt";
  undated.date.clear();
  undated.author.clear();
  undated.source.clear();
  REQUIRE(speech.language == "sv");
  REQUIRE(undated.language == "en");

  struct Case {
    const char* query;
    bool speech;
    bool undated;
  };
  const Case cases[] = {
      {"lang:sv", true, false},
      {"lang:SV", true, false},
      {"lang:en", false, true},
      {"doc:speeches.jsonl#12", true, false},
      {"doc:speeches.jsonl", true, false},  // a file names all its records
      {"doc:speeches.json", false, false},
      {"doc:notes.txt", false, true},
      {"author:\"Anna Hartz\"", true, false},
      {"author:\"anna hartz\"", true, false},
      {"author:hartz", true, false},
      {"author:hart", false, false},  // whole words only
      {"author:\"Hartz Anna\"", false, false},
      {"source:dagbladet", true, false},
      {"source:\"Svenska Dagbladet\"", true, false},
      {"source:svenska-dagbladet", false, false},
      {"date:2024-11", true, false},
      {"date:2024-11-28", true, false},
      {"date:2024-12..", false, false},
      {"date:..2024-11-27", false, false},
      {"date:2020..2030", true, false},
      {"entity:Tokayev", false, false},
  };
  for (const Case& c : cases) {
    const std::string query = c.query;
    CAPTURE(query);
    const Query field = parsed(c.query);
    REQUIRE(field.kind == Query::Kind::field);
    CHECK(passes_field(speech, field) == c.speech);
    CHECK(passes_field(undated, field) == c.undated);
  }
}
