// Text shown on one line (a KWIC context, a timeline event's sentence): runs of white space,
// line breaks included, become one space, and the ends are trimmed.
#pragma once

#include <string>
#include <string_view>

namespace lectern {

std::string one_line(std::string_view text);

}  // namespace lectern
