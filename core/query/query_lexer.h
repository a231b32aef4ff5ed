// The first step of parse_query: query text to tokens, each with its byte offset so that errors
// can point at it. Quotes, regular expressions and field values are delimited here; what the
// tokens mean (which field names exist, whether a date is valid) is the parser's business.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "query/query_error.h"

namespace lectern {

struct QueryToken {
  enum class Kind {
    word,    // text: a bare word as written, possibly ending in '*'
    phrase,  // text: what is between the quotes
    regex,   // text: the pattern between the slashes
    field,   // text: the field name; value: its value (unquoted), at value_offset
    open,    // (
    close,   // )
    and_op,  // AND
    or_op,   // OR
    not_op   // NOT, or '-' at the start of a term
  };
  Kind kind;
  std::string text;
  std::string value;
  std::size_t offset = 0;  // where the token starts in the query
  std::size_t value_offset = 0;
};

std::variant<std::vector<QueryToken>, QueryError> tokenize_query(std::string_view query);

}  // namespace lectern
