#include "query/evaluate.h"

#include <algorithm>
#include <cassert>
#include <optional>

#include "extract/name_key.h"
#include "extract/word_lists.h"
#include "query/term_regex.h"
#include "text/icu_includes.h"
#include "text/term_key.h"

namespace lectern {
namespace {

// Keeps the positions p of candidates where p + distance is in next: both ascending, so one
// merge pass (the positional intersection of phrase search).
std::vector<CorpusPos> followed_by(const std::vector<CorpusPos>& candidates,
                                   std::span<const CorpusPos> next, std::uint32_t distance) {
  std::vector<CorpusPos> kept;
  auto it = next.begin();
  for (CorpusPos p : candidates) {
    const std::uint32_t wanted = to_index(p) + distance;
    while (it != next.end() && to_index(*it) < wanted) ++it;
    if (it == next.end()) break;
    if (to_index(*it) == wanted) kept.push_back(p);
  }
  return kept;
}

bool is_letter_or_digit_before(std::string_view text, std::size_t at) {
  if (at == 0) return false;
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
  return u_isalnum(c);
}

bool is_letter_or_digit_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return u_isalnum(c);
}

// Folded needle occurs in folded haystack as whole words: "hartz" in "anna hartz", not in
// "hartzell".
bool contains_words(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return false;
  for (std::size_t at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + 1)) {
    if (!is_letter_or_digit_before(haystack, at) &&
        !is_letter_or_digit_at(haystack, at + needle.size())) {
      return true;
    }
  }
  return false;
}

// The one term of a word, prefix or regex leaf: parse_query never makes one without it.
const std::string& only_term(const Query& leaf) {
  assert(leaf.terms.size() == 1 && "a word, prefix or regex leaf holds one term");
  return leaf.terms.front();
}

class Evaluator {
 public:
  Evaluator(const Corpus& corpus, const Entities* entities) : corpus_(corpus), entities_(entities) {}

  std::optional<QueryError> error;

  DocSet documents(const Query& query) {
    switch (query.kind) {
      case Query::Kind::word:
      case Query::Kind::phrase:
      case Query::Kind::prefix:
      case Query::Kind::regex: return documents_of(leaf_matches(query));
      case Query::Kind::field: return field_documents(query);
      case Query::Kind::all_of: {
        DocSet out = DocSet::all(corpus_);
        for (const Query& operand : query.operands) out = out.intersect(documents(operand));
        return out;
      }
      case Query::Kind::any_of: {
        DocSet out = DocSet::none(corpus_);
        for (const Query& operand : query.operands) out = out.unite(documents(operand));
        return out;
      }
      case Query::Kind::negation:
        assert(query.operands.size() == 1 && "NOT has one operand");
        return documents(query.operands.front()).complement();
    }
    return DocSet::none(corpus_);
  }

  // The token matches of the leaves that are not negated, in documents of within.
  void positive_matches(const Query& query, bool positive, const DocSet& within,
                        std::vector<Match>& out) {
    // An entity filter finds the entity's mentions: kwic entity:Tokayev is a concordance of
    // every name Tokayev goes by.
    if (query.kind == Query::Kind::field && query.field == QueryField::entity) {
      if (positive) entity_mentions(query.value, within, out);
      return;
    }
    if (finds_tokens(query)) {
      if (!positive) return;
      for (const Match& match : leaf_matches(query)) {
        if (within.contains(corpus_.document_at(match.first))) out.push_back(match);
      }
      return;
    }
    const bool flips = query.kind == Query::Kind::negation;
    for (const Query& operand : query.operands) {
      positive_matches(operand, flips ? !positive : positive, within, out);
    }
  }

 private:
  // Ascending matches of a word, phrase, prefix or regex leaf.
  std::vector<Match> leaf_matches(const Query& leaf) {
    std::vector<Match> out;
    switch (leaf.kind) {
      case Query::Kind::word:
        if (const auto term = corpus_.lexicon().find(only_term(leaf))) {
          for (CorpusPos p : corpus_.postings(*term)) out.push_back({p, 1});
        }
        return out;
      case Query::Kind::phrase: return phrase_matches(leaf.terms);
      case Query::Kind::prefix:
        return matches_of_terms(
            [&](std::string_view key) { return key.starts_with(only_term(leaf)); });
      case Query::Kind::regex: {
        auto compiled = TermRegex::compile(only_term(leaf));
        if (auto* bad = std::get_if<RegexError>(&compiled)) {
          fail(leaf, bad->message);
          return out;
        }
        auto& regex = std::get<TermRegex>(compiled);
        return matches_of_terms([&](std::string_view key) { return regex.matches(key); });
      }
      default: return out;
    }
  }

  template <typename Test>
  std::vector<Match> matches_of_terms(Test&& test) {
    std::vector<Match> out;
    const Lexicon& lexicon = corpus_.lexicon();
    for (std::uint32_t t = 0; t < lexicon.size(); ++t) {
      const auto term = static_cast<TermId>(t);
      if (!test(lexicon.str(term))) continue;
      for (CorpusPos p : corpus_.postings(term)) out.push_back({p, 1});
    }
    std::sort(out.begin(), out.end(),
              [](const Match& a, const Match& b) { return to_index(a.first) < to_index(b.first); });
    return out;
  }

  std::vector<Match> phrase_matches(const std::vector<std::string>& keys) {
    std::vector<Match> out;
    std::vector<CorpusPos> starts;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      const auto term = corpus_.lexicon().find(keys[i]);
      if (!term) return out;
      const auto postings = corpus_.postings(*term);
      starts = i == 0 ? std::vector<CorpusPos>(postings.begin(), postings.end())
                      : followed_by(starts, postings, static_cast<std::uint32_t>(i));
    }
    const auto length = static_cast<std::uint32_t>(keys.size());
    for (CorpusPos p : starts) {
      // A phrase does not run from the end of one document into the next.
      const DocumentEntry& doc = corpus_.document(corpus_.document_at(p));
      if (to_index(p) + length <= to_index(doc.first_token) + doc.token_count) {
        out.push_back({p, length});
      }
    }
    return out;
  }

  // One binary search per document hit rather than per match: matches ascend.
  DocSet documents_of(const std::vector<Match>& matches) {
    DocSet out = DocSet::none(corpus_);
    std::uint32_t document_end = 0;
    for (const Match& match : matches) {
      if (to_index(match.first) < document_end) continue;
      const DocId doc = corpus_.document_at(match.first);
      out.insert(doc);
      const DocumentEntry& entry = corpus_.document(doc);
      document_end = to_index(entry.first_token) + entry.token_count;
    }
    return out;
  }

  DocSet field_documents(const Query& field) {
    DocSet out = DocSet::none(corpus_);
    if (field.field == QueryField::entity) return entity_documents(field.value);
    for (std::uint32_t d = 0; d < corpus_.document_count(); ++d) {
      const auto doc = static_cast<DocId>(d);
      if (passes_field(corpus_.document(doc).meta, field)) out.insert(doc);
    }
    return out;
  }

  const Entities& entities() {
    if (entities_ == nullptr) entities_ = &extracted_.emplace(extract_entities(corpus_));
    return *entities_;
  }

  // The entities called value: by name or an alias, compared as term keys ("tokayev"), or in
  // another spelling or script by name key (Tokajev, Токаев), or a person by surname.
  std::vector<bool> entities_named(const std::string& value) {
    const Entities& found = entities();
    std::vector<bool> out(found.entities.size(), false);
    const std::string wanted = phrase_key(value);
    const std::string wanted_key = name_key(value);
    const auto matches = [&](const std::string& name, bool person) {
      if (phrase_key(name) == wanted) return true;
      if (wanted_key.empty()) return false;
      const std::string key = name_key(name);
      // A person is also found by surname: entity:Lukashenko for Alexander Lukashenko.
      const auto last = key.rfind(' ');
      return key == wanted_key || (person && last != std::string::npos && key.substr(last + 1) == wanted_key);
    };
    for (const Entity& entity : found.entities) {
      if (entity.hidden) continue;
      const bool person = entity.type == EntityType::PER;
      bool named = matches(entity.name, person);
      for (const std::uint32_t f : entity.forms) named = named || matches(found.forms[f].text, person);
      out[static_cast<std::size_t>(&entity - found.entities.data())] = named;
    }
    return out;
  }

  DocSet entity_documents(const std::string& value) {
    DocSet out = DocSet::none(corpus_);
    const std::vector<bool> named = entities_named(value);
    for (std::size_t e = 0; e < named.size(); ++e) {
      if (!named[e]) continue;
      for (const DocCount& d : entities().entities[e].docs) out.insert(d.doc);
    }
    return out;
  }

  void entity_mentions(const std::string& value, const DocSet& within, std::vector<Match>& out) {
    const std::vector<bool> named = entities_named(value);
    for (const EntityMention& m : entities().mentions) {
      if (named[m.entity] && within.contains(m.doc)) out.push_back({m.first, m.tokens});
    }
  }

  void fail(const Query& at, std::string message) {
    if (!error) error = QueryError{std::move(message), at.offset, at.column};
  }

  const Corpus& corpus_;
  const Entities* entities_;
  std::optional<Entities> extracted_;  // when no list was given and an entity: leaf needs one
};

}  // namespace

bool passes_field(const Document& document, const Query& field) {
  switch (field.field) {
    case QueryField::lang: return term_key(document.language) == field.value;
    case QueryField::date: return date_in_range(document.date, field.dates);
    case QueryField::doc:
      // A file of many records is named by its path; its records by path#N.
      return document.id == field.value ||
             (document.id.starts_with(field.value) && document.id.size() > field.value.size() &&
              document.id[field.value.size()] == '#');
    case QueryField::source:
      return contains_words(term_key(document.source), term_key(field.value));
    case QueryField::author:
      return contains_words(term_key(document.author), term_key(field.value));
    case QueryField::entity: return false;
  }
  return false;
}

namespace {

std::variant<DocSet, QueryError> documents_matching(const Corpus& corpus, const Query& query,
                                                    const Entities* entities) {
  Evaluator evaluator(corpus, entities);
  DocSet documents = evaluator.documents(query);
  if (evaluator.error) return *std::move(evaluator.error);
  return documents;
}

std::variant<std::vector<Match>, QueryError> matches_of(const Corpus& corpus, const Query& query,
                                                        const DocSet& within, const Entities* entities) {
  Evaluator evaluator(corpus, entities);
  const DocSet documents = evaluator.documents(query).intersect(within);
  std::vector<Match> found;
  evaluator.positive_matches(query, true, documents, found);
  if (evaluator.error) return *std::move(evaluator.error);
  // Longest first at each position, then drop what an earlier kept match already covers.
  std::sort(found.begin(), found.end(), [](const Match& a, const Match& b) {
    return to_index(a.first) != to_index(b.first) ? to_index(a.first) < to_index(b.first)
                                                  : a.length > b.length;
  });
  std::vector<Match> out;
  std::uint32_t covered_to = 0;
  for (const Match& match : found) {
    const std::uint32_t end = to_index(match.first) + match.length;
    if (!out.empty() && end <= covered_to) continue;
    out.push_back(match);
    covered_to = std::max(covered_to, end);
  }
  return out;
}

}  // namespace

std::variant<DocSet, QueryError> matching_documents(const Corpus& corpus, const Query& query) {
  return documents_matching(corpus, query, nullptr);
}

std::variant<DocSet, QueryError> matching_documents(const Corpus& corpus, const Query& query,
                                                    const Entities& entities) {
  return documents_matching(corpus, query, &entities);
}

std::variant<std::vector<Match>, QueryError> find_matches(const Corpus& corpus, const Query& query,
                                                          const DocSet& within) {
  return matches_of(corpus, query, within, nullptr);
}

std::variant<std::vector<Match>, QueryError> find_matches(const Corpus& corpus, const Query& query,
                                                          const DocSet& within, const Entities& entities) {
  return matches_of(corpus, query, within, &entities);
}

}  // namespace lectern
