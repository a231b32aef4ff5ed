#include "query/query_error.h"

#include <doctest/doctest.h>

#include <string>

using namespace lectern;

TEST_CASE("a query error's column counts characters and its caret lines up under it") {
  struct Case {
    const char* query;
    std::size_t offset;
    std::uint32_t column;
    const char* caret;
  };
  const Case cases[] = {
      {"putin AND (summit", 10, 10, "putin AND (summit\n          ^\n"},
      {"toppmötet OR )", 11, 10, "toppmötet OR )\n          ^\n"},
      {"\tputin )", 7, 7, "\tputin )\n\t      ^\n"},
      {"putin\nAND", 6, 6, "putin AND\n      ^\n"},
      {"", 0, 0, "\n^\n"},
      {"past the end", 99, 12, "past the end\n            ^\n"},
  };
  for (const Case& c : cases) {
    const std::string query = c.query;
    CAPTURE(query);
    const QueryError error = query_error(c.query, c.offset, "message");
    CHECK(error.column == c.column);
    CHECK(caret_lines(c.query, error) == c.caret);
  }
}
