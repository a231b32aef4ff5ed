// The fast path of sentence segmentation: a sentence without combining marks or format
// characters is found here, without ICU's break iterator; where one is in the way, ICU finds
// that sentence (segmenter.cpp).
//
// Unicode's sentence rules (UAX #29, which ICU's sent.brk implements) break after every
// paragraph separator (LF, CR, CR LF, NEL, LS, PS; rule SB4) and otherwise only after a full
// stop or another terminator ("!", "?", "。") with the closing punctuation and spaces after it
// (SB11), unless what follows continues the sentence: a digit right after a full stop (SB6,
// "3.5"), a capital right after a full stop with a letter before it (SB7, "U.S"), a lower-case
// letter before any other letter after a full stop (SB8, "etc. and"), or a comma, colon, dash
// or another terminator (SB8a). The rules also let combining marks and format characters
// (Extend, Format) ride along after most characters; text without them, which is nearly all
// text in most scripts, keeps the rules this short. ICU then drops the breaks after the
// language's abbreviations ("Mr. Smith"; sentence_exceptions.h), and so does this.
//
// Each sentence ICU finds depends only on the text from the break before it (its iterator
// starts each step there), so the two can take turns sentence by sentence: the fast path
// answers wherever no character it has to look at is a combining mark or format character,
// ICU everywhere else. A language whose sentence rules are not the root's (Greek, where ";"
// asks a question) always goes to ICU. tests/core/text/segmenter_test.cpp checks the two
// paths agree on real and generated text.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "text/sentence_exceptions.h"

namespace lectern {

// The end of the sentence that starts at `from` (0, or a sentence boundary of ICU's) as ICU's
// iterator gives it: a byte offset into text, text.size() for the last sentence, before
// trimming any white space. Nothing when a character the rules have to look at is a combining
// mark or format character; ICU's iterator then finds the end (BreakIterator::following(from)).
std::optional<std::size_t> plain_sentence_end(std::string_view text, std::size_t from,
                                              const SentenceExceptions& exceptions);

}  // namespace lectern
