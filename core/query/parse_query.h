// Query text to a Query (query.h), or an error that points at the spot.
//
//   auto parsed = parse_query("putin AND (summit OR toppmötet) -armenia");
//   if (auto* error = std::get_if<QueryError>(&parsed)) show(caret_lines(text, *error));
//
// Grammar, loosest first; juxtaposed terms are ANDed, and NOT binds tightest:
//   or    := and (OR and)*
//   and   := unary ([AND] unary)*
//   unary := (NOT | '-') unary | primary
//   primary := '(' or ')' | word | word* | "phrase" | /regex/ | field:value | field:"value"
// AND, OR and NOT are operators only in capitals; "and" is a word like any other. Words are cut
// and folded exactly as the corpus was (ICU words, then term_key), so Kassym-Jomart is the
// phrase "kassym jomart" and Putin, PUTIN and putin are one term.
#pragma once

#include <string_view>
#include <variant>

#include "query/query.h"
#include "query/query_error.h"

namespace lectern {

std::variant<Query, QueryError> parse_query(std::string_view text);

}  // namespace lectern
