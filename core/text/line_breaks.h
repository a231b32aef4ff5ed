// Where a line of text may wrap, by the Unicode line breaking algorithm (UAX #14) as ICU's line
// break iterator implements it: after a word and the spaces that follow it, and in Chinese and
// Japanese, which have no spaces, between ideographs and kana, though never before a closing
// mark such as "。" or "」" nor after an opening one such as "「". The Reader wraps its lines here.
//
//   line_break_offsets("Hello world")   // {6, 11}: "Hello " may end a line, and the text ends
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace lectern {

// Byte offsets into utf8, ascending, where a line may end (the next begins); the last is
// utf8.size(). A break after a line feed is a must, any other a may. If ICU's line rules are
// missing from its data (a build bug), breaks fall after each run of spaces and line feeds.
std::vector<std::uint32_t> line_break_offsets(std::string_view utf8);

}  // namespace lectern
