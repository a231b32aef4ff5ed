#include "query/parse_query.h"

#include <doctest/doctest.h>

#include <string>

using namespace lectern;

namespace {

std::string parsed(const std::string& text) {
  auto result = parse_query(text);
  if (auto* error = std::get_if<QueryError>(&result)) return "error: " + error->message;
  return to_string(std::get<Query>(result));
}

}  // namespace

TEST_CASE("queries parse to their canonical form") {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"putin", "putin"},
      {"Putin", "putin"},
      {"TOKAYEV", "tokayev"},
      {"putin AND (summit OR toppmötet) -armenia",
       "(AND putin (OR summit toppmötet) (NOT armenia))"},
      {"putin summit", "(AND putin summit)"},
      {"putin AND summit AND astana", "(AND putin summit astana)"},
      {"putin (summit astana)", "(AND putin summit astana)"},
      {"a OR b c", "(OR a (AND b c))"},
      {"(a OR b) c", "(AND (OR a b) c)"},
      {"a OR (b OR c)", "(OR a b c)"},
      {"NOT armenia", "(NOT armenia)"},
      {"putin NOT armenia", "(AND putin (NOT armenia))"},
      {"-(armenia OR belarus)", "(NOT (OR armenia belarus))"},
      {"-\"collective security\"", "(NOT \"collective security\")"},
      {"NOT -armenia", "(NOT (NOT armenia))"},
      {"and or not", "(AND and or not)"},
      {"\"collective security\"", "\"collective security\""},
      {"\"Collective  Security.\"", "\"collective security\""},
      {"\"Putin\"", "putin"},
      {"Kassym-Jomart", "\"kassym jomart\""},
      {"Putin's", "putin"},
      {"secur*", "secur*"},
      {"Säker*", "säker*"},
      {"/toka[jy]ev/", "/toka[jy]ev/"},
      {"/a\\/b/", "/a\\/b/"},
      {"lang:sv", "lang:sv"},
      {"lang:SV", "lang:sv"},
      {"date:2024-11", "date:2024-11"},
      {"date:2024..", "date:2024.."},
      {"date:..1945", "date:..1945"},
      {"date:2024-11..2024-12-05", "date:2024-11..2024-12-05"},
      {"doc:000_e50c1cd99b7197a3.txt", "doc:000_e50c1cd99b7197a3.txt"},
      {"source:Reuters", "source:Reuters"},
      {"author:\"Anna Hartz\"", "author:\"Anna Hartz\""},
      {"entity:\"Kassym-Jomart Tokayev\"", "entity:\"Kassym-Jomart Tokayev\""},
      {"lang:en (putin OR tokayev) -date:..2023",
       "(AND lang:en (OR putin tokayev) (NOT date:..2023))"},
      {"  putin\t\n summit ", "(AND putin summit)"},
      {"tokayev)", "error: unbalanced parenthesis: ')' has no matching '('"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    CHECK(parsed(c.text) == c.expected);
  }
}

TEST_CASE("malformed queries point at the problem") {
  struct Case {
    const char* text;
    std::uint32_t offset;
    std::uint32_t column;
    const char* message;
  };
  const Case cases[] = {
      {"", 0, 0, "empty query"},
      {"   ", 0, 0, "empty query"},
      {"putin AND (summit OR toppmötet", 10, 10, "unbalanced parenthesis: '(' is never closed"},
      {"putin)", 5, 5, "unbalanced parenthesis: ')' has no matching '('"},
      {"(putin))", 7, 7, "unbalanced parenthesis: ')' has no matching '('"},
      {") putin", 0, 0, "unbalanced parenthesis: ')' has no matching '('"},
      {"putin ()", 6, 6, "empty parentheses"},
      {"toppmötet \"collective security", 11, 10, "unterminated quote: '\"' is never closed"},
      {"author:\"Anna Hartz", 7, 7, "unterminated quote: '\"' is never closed"},
      {"putin /toka[jy]ev", 6, 6, "unterminated regular expression: '/' is never closed"},
      {"putin /a\\/", 6, 6, "unterminated regular expression: '/' is never closed"},
      {"putin //", 6, 6, "empty regular expression"},
      {"putin AND", 6, 6, "dangling operator: 'AND' needs a term after it"},
      {"putin OR", 6, 6, "dangling operator: 'OR' needs a term after it"},
      {"AND putin", 0, 0, "dangling operator: 'AND' needs a term before it"},
      {"(OR putin)", 1, 1, "dangling operator: 'OR' needs a term before it"},
      {"putin OR OR summit", 6, 6, "dangling operator: 'OR' needs a term after it"},
      {"putin AND )", 6, 6, "dangling operator: 'AND' needs a term after it"},
      {"putin NOT", 6, 6, "dangling operator: 'NOT' needs a term after it"},
      {"putin -", 6, 6, "dangling operator: '-' needs a term right after it (-armenia)"},
      {"putin - armenia", 6, 6, "dangling operator: '-' needs a term right after it (-armenia)"},
      {"(putin -)", 7, 7, "dangling operator: '-' needs a term right after it (-armenia)"},
      {"putin NOT -", 10, 10, "dangling operator: '-' needs a term right after it (-armenia)"},
      {"putin NOT )", 6, 6, "dangling operator: 'NOT' needs a term after it"},
      {"lingo:sv", 0, 0,
       "unknown field 'lingo:' (the fields are lang, date, doc, source, author, entity)"},
      {"putin language:sv", 6, 6,
       "unknown field 'language:' (the fields are lang, date, doc, source, author, entity)"},
      {"lang: sv", 0, 0, "'lang:' needs a value"},
      {"author:\"\"", 0, 0, "'author:' needs a value"},
      {"date:2024-13", 5, 5,
       "bad date range: '2024-13' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"},
      {"date:2024..2024-02-30", 11, 11,
       "bad date range: '2024-02-30' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"},
      {"date:2025..2024", 5, 5,
       "bad date range: the date range starts (2025) after it ends (2024)"},
      {"date:..", 5, 5,
       "bad date range: a date range needs a start or an end (date:2024.., date:..1945)"},
      {"date:nov", 5, 5, "bad date range: 'nov' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"},
      {"se*ur", 2, 2, "a wildcard '*' works only at the end of a word (secur*)"},
      {"*", 0, 0, "a wildcard '*' needs letters before it (secur*)"},
      {"kassym-jo*", 0, 0, "a wildcard '*' works on one word, and 'kassym-jo*' is several"},
      {"putin &", 6, 6, "nothing to search for in '&'"},
      {"\"...\"", 0, 0, "nothing to search for in the quotes"},
      // ICU reports where in the pattern it gave up; the offset is turned into bytes of the query.
      {"/toka[jy/", 5, 5, "'[' is never closed in the regular expression"},
      {"/(tok/", 1, 1, "unbalanced parenthesis in the regular expression"},
      {"/a{3,1}/", 6, 6, "in {min,max} of the regular expression, max is below min"},
      {"putin /*a/", 7, 7, "syntax error in the regular expression"},
      // Columns count characters, offsets bytes: 'ö' is two bytes.
      {"toppmötet OR )", 11, 10, "dangling operator: 'OR' needs a term after it"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    auto result = parse_query(c.text);
    REQUIRE(std::holds_alternative<QueryError>(result));
    const QueryError& error = std::get<QueryError>(result);
    CHECK(error.message == c.message);
    CHECK(error.offset == c.offset);
    CHECK(error.column == c.column);
  }
}

TEST_CASE("parentheses nested past the limit are an error, not a stack overflow") {
  const std::string deep = std::string(100000, '(') + "putin" + std::string(100000, ')');
  auto result = parse_query(deep);
  REQUIRE(std::holds_alternative<QueryError>(result));
  CHECK(std::get<QueryError>(result).message == "the query is nested too deeply");
  const std::string fine = std::string(50, '(') + "putin" + std::string(50, ')');
  CHECK(parsed(fine) == "putin");
}
