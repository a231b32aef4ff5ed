#include "analysis/one_line.h"

namespace lectern {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());  // never longer
  bool pending_space = false;
  std::size_t at = 0;
  while (at < text.size()) {
    if (is_space(text[at])) {
      pending_space = !out.empty();
      ++at;
      continue;
    }
    // Whole runs between white space are appended at once: a timeline makes a snippet of the
    // sentence around every date.
    std::size_t end = at;
    while (end < text.size() && !is_space(text[end])) ++end;
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(text.substr(at, end - at));
    at = end;
  }
  return out;
}

}  // namespace lectern
