#include "query/query.h"

#include <cassert>

namespace lectern {
namespace {

// A field value is quoted when printed bare it would not read back as one value.
bool needs_quotes(const std::string& value) {
  if (value.empty()) return true;
  for (char c : value) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '(' || c == ')' || c == '"') return true;
  }
  return false;
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

// The one term of a word, prefix or regex leaf: parse_query never makes one without it.
const std::string& only_term(const Query& leaf) {
  assert(leaf.terms.size() == 1 && "a word, prefix or regex leaf holds one term");
  return leaf.terms.front();
}

}  // namespace

const char* to_string(QueryField field) {
  switch (field) {
    case QueryField::lang: return "lang";
    case QueryField::date: return "date";
    case QueryField::doc: return "doc";
    case QueryField::source: return "source";
    case QueryField::author: return "author";
    case QueryField::entity: return "entity";
  }
  return "?";
}

std::string to_string(const Query& query) {
  switch (query.kind) {
    case Query::Kind::word: return only_term(query);
    case Query::Kind::phrase: return "\"" + join(query.terms) + "\"";
    case Query::Kind::prefix: return only_term(query) + "*";
    case Query::Kind::regex: return "/" + only_term(query) + "/";
    case Query::Kind::field: {
      const std::string value =
          query.field == QueryField::date ? to_string(query.dates) : query.value;
      return std::string(to_string(query.field)) + ":" +
             (needs_quotes(value) ? "\"" + value + "\"" : value);
    }
    case Query::Kind::all_of:
    case Query::Kind::any_of:
    case Query::Kind::negation: {
      std::string out = query.kind == Query::Kind::all_of   ? "(AND"
                        : query.kind == Query::Kind::any_of ? "(OR"
                                                            : "(NOT";
      for (const Query& operand : query.operands) out += " " + to_string(operand);
      return out + ")";
    }
  }
  return "?";
}

bool finds_tokens(const Query& query) {
  return query.kind == Query::Kind::word || query.kind == Query::Kind::phrase ||
         query.kind == Query::Kind::prefix || query.kind == Query::Kind::regex;
}

}  // namespace lectern
