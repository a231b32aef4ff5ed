// The fast path of sentence segmentation: a sentence of plain ASCII is found here, without
// ICU's break iterator; where anything else is in the way, ICU finds that sentence
// (segmenter.cpp).
//
// Unicode's sentence rules (UAX #29, which ICU's sent.brk implements) break after every
// paragraph separator (LF, CR, CR LF; rule SB4) and otherwise only after a full stop, "!" or
// "?" with the closing punctuation and spaces after it (SB11), unless what follows continues the
// sentence: a digit right after a full stop (SB6, "3.5"), a capital right after a full stop with
// a letter before it (SB7, "U.S"), a lower-case letter before any other letter after a full
// stop (SB8, "etc. and"), or a comma, colon, hyphen or another terminator (SB8a). In ASCII none
// of the rules' combining marks, format characters or other separators occur, which keeps the
// rules this short. ICU then drops the breaks after the language's abbreviations ("Mr. Smith";
// sentence_exceptions.h), and so does this.
//
// Each sentence ICU finds depends only on the text from the break before it (its iterator
// starts each step there), so the two can take turns sentence by sentence: the fast path
// answers wherever every byte it has to look at is ASCII, ICU everywhere else. A language whose
// sentence rules are not the root's (Greek, where ";" asks a question) always goes to ICU.
// tests/core/text/segmenter_test.cpp checks the two paths agree on real and generated text.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "text/sentence_exceptions.h"

namespace lectern {

// The end of the sentence that starts at `from` (0, or a sentence boundary of ICU's) as ICU's
// iterator gives it: a byte offset into text, text.size() for the last sentence, before
// trimming any white space. Nothing when a byte the rules have to look at is not ASCII; ICU's
// iterator then finds the end (BreakIterator::following(from)).
std::optional<std::size_t> plain_sentence_end(std::string_view text, std::size_t from,
                                              const SentenceExceptions& exceptions);

}  // namespace lectern
