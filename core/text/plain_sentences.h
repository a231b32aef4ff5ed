// The fast path of sentence segmentation: a paragraph of plain ASCII is split into sentences
// here, without ICU's break iterator; any other paragraph is left to ICU (segmenter.cpp).
//
// Unicode's sentence rules (UAX #29, which ICU's sent.brk implements) break after every
// paragraph separator (LF, CR, CR LF; rule SB4) and otherwise only after a full stop, "!" or
// "?" with the closing punctuation and spaces after it (SB11), unless what follows continues the
// sentence: a digit right after a full stop (SB6, "3.5"), a capital right after an initial or an
// abbreviation with a letter before its full stop (SB7, "U.S"), a lower-case letter before any
// other letter after a full stop (SB8, "etc. and"), or a comma, colon, hyphen or another
// terminator (SB8a). No rule looks across a paragraph separator, so paragraphs can be split on
// their own. In ASCII none of the rules' combining marks and format characters occur, which
// keeps the rules this short. ICU then drops the breaks after the language's abbreviations
// ("Mr. Smith"; sentence_exceptions.h), and so does this.
//
// A language whose sentence rules are not the root's (Greek, where ";" asks a question) always
// goes to ICU. tests/core/text/segmenter_test.cpp checks the two paths agree on real and
// generated text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/sentence_exceptions.h"

namespace lectern {

// The end of the paragraph that starts at begin: just after its first LF, CR or CR LF, or the
// end of the text.
std::size_t paragraph_end(std::string_view text, std::size_t begin);

// Appends the ends of the sentences of the paragraph text[begin, end) (as paragraph_end finds
// it), each a byte offset into text and the last one `end`, and returns true when the paragraph
// is plain ASCII; returns false, having appended nothing, when it needs ICU. The ends are ICU's
// sentence boundaries (before trimming any white space).
bool append_plain_sentence_ends(std::string_view text, std::size_t begin, std::size_t end,
                                const SentenceExceptions& exceptions,
                                std::vector<std::uint32_t>& ends);

}  // namespace lectern
