// What a malformed query returns: a message and where in the query text it went wrong, so a
// front end can underline the spot.
//
//   lectern: bad filter: '(' is never closed
//     putin AND (summit
//               ^
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace lectern {

struct QueryError {
  std::string message;
  std::uint32_t offset = 0;  // bytes into the query text
  std::uint32_t column = 0;  // characters (code points) before offset: where a caret goes
};

QueryError query_error(std::string_view query, std::size_t offset, std::string message);

// Two lines, each ending in '\n': the query (line breaks shown as spaces), and a caret under the
// error's column (tabs are kept in the caret line so that the caret lines up under them).
std::string caret_lines(std::string_view query, const QueryError& error);

}  // namespace lectern
