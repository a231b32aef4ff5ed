#include "query/query_error.h"

#include <algorithm>

namespace lectern {
namespace {

// UTF-8 continuation bytes are 10xxxxxx; every other byte starts a code point.
bool starts_code_point(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; }

}  // namespace

QueryError query_error(std::string_view query, std::size_t offset, std::string message) {
  offset = std::min(offset, query.size());
  const auto column =
      std::count_if(query.begin(), query.begin() + static_cast<long>(offset), starts_code_point);
  return {std::move(message), static_cast<std::uint32_t>(offset),
          static_cast<std::uint32_t>(column)};
}

std::string caret_lines(std::string_view query, const QueryError& error) {
  std::string caret;
  for (std::size_t i = 0; i < std::min<std::size_t>(error.offset, query.size()); ++i) {
    if (!starts_code_point(query[i])) continue;
    caret += query[i] == '\t' ? '\t' : ' ';
  }
  std::string line(query);
  std::replace_if(
      line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  return line + "\n" + caret + "^\n";
}

}  // namespace lectern
