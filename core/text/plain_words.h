// The fast path of word segmentation: a run of text between white space that holds only ASCII
// letters, ASCII digits and punctuation that never joins two words is split here, without ICU;
// anything else is left to ICU's word break iterator (segmenter.cpp).
//
// ICU's word rules (Unicode's UAX #29) join characters across a boundary only in a few ways:
// letters with letters, digits with digits, letters with digits ("1990s"), letters or digits around
// a middle character (":" "." "'" between letters: "U.S.A", "don't"; "," ";" "." "'" between
// digits: "3,000"), "_" with anything on either side, "@" as a letter (ICU's own addition, for
// e-mail addresses), and combining marks and format characters with what is before them. A run of
// ASCII is plain when none of these can apply: each of its tokens is all letters or all digits, has
// none of the middle characters between it and another letter or digit, and no "_", "@" or non-
// ASCII byte is in the run. Its tokens are then exactly ICU's: the letter runs words, the digit
// runs numbers. White space is a boundary on both sides in every rule, so the runs can be told
// apart without looking past it.
//
// tests/core/text/segmenter_test.cpp checks the two paths agree on real text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/segmenter.h"

namespace lectern {

// The ASCII white space that separates runs: space, tab, line feed, carriage return, vertical
// tab and form feed.
// Inline: it is asked of every byte of every text.
inline bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Appends the tokens of text[begin, end) (a run with no white space in it) and returns true
// when the run is plain; returns false, having appended nothing, when it needs ICU.
bool append_plain_run(std::string_view text, std::size_t begin, std::size_t end,
                      std::vector<TokenSpan>& tokens);

}  // namespace lectern
