// The query language shared by the CLI (--where, kwic's QUERY) and the web app's filter box,
// as a value: parse_query.h turns text into a Query, evaluate.h runs it over a Corpus.
//
//   putin AND (summit OR toppmötet) -armenia      words, AND / OR / NOT, '-' for NOT,
//   "collective security"  secur*  /toka[jy]ev/   phrase, prefix wildcard, ICU regex
//   lang:sv  date:2024-11..2024-12  doc:ID  source:X  author:"Anna Hartz"  entity:"..."
//
// Words are stored as term keys (text/term_key.h), so matching is case-insensitive exactly as
// counting is. to_string() prints the tree in one canonical prefix form, which the tests read:
// (AND putin (OR summit toppmötet) (NOT armenia)).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "query/date_range.h"

namespace lectern {

enum class QueryField : std::uint8_t { lang, date, doc, source, author, entity };

struct Query {
  enum class Kind : std::uint8_t {
    word,    // terms[0] is the key
    phrase,  // terms are the keys of consecutive tokens
    prefix,  // terms[0] is the key every matching term starts with
    regex,   // terms[0] is an ICU pattern a whole term key must match
    field,   // a test of document metadata: field, value (and dates for date:)
    all_of,  // AND of two or more operands
    any_of,  // OR of two or more operands
    negation
  };

  Kind kind = Kind::word;
  std::vector<std::string> terms;
  QueryField field = QueryField::lang;
  std::string value;  // a field's value as written (lang: lower-cased)
  DateRange dates;    // for date:
  std::vector<Query> operands;
  // Where the node starts in the query text (bytes, and characters for a caret), so that an
  // error found only when evaluating can still point at it.
  std::uint32_t offset = 0;
  std::uint32_t column = 0;
};

const char* to_string(QueryField field);

// The canonical prefix form: (AND a b), (OR a b), (NOT a), "a phrase", secur*, /re/, lang:sv.
std::string to_string(const Query& query);

// True for the leaves that find tokens (word, phrase, prefix, regex), as opposed to fields.
bool finds_tokens(const Query& query);

}  // namespace lectern
