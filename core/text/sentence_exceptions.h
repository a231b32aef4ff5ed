// The abbreviations after which a language's sentences do not end ("Mr.", "Dr.", "Nov." in
// English), as ICU applies them: the fast sentence path (plain_sentences.h) finds the breaks of
// Unicode's sentence rules itself and then asks this whether ICU would suppress one.
//
// ICU keeps the lists in its break-iterator data (CLDR's "exceptions/SentenceBreak") and
// applies them in SimpleFilteredSentenceBreakIterator (common/filteredbrk.cpp), which is not
// public API; this loads the same lists through the public resource bundle API and repeats the
// filter's test step by step, including its quirks (it skips one space before the break, and
// does not look for a word start before the abbreviation). tests/core/text/segmenter_test.cpp
// checks the result against ICU's own iterator on real and generated text.
//
//   SentenceExceptions exceptions("en");
//   exceptions.suppresses("Mr. Smith", 4)   // true: ICU does not break after "Mr. "
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lectern {

// Whether ICU splits the language's sentences by the root rules (sent.brk), which the fast path
// repeats (Greek has rules of its own).
bool has_root_sentence_rules(std::string_view language);

class SentenceExceptions {
 public:
  // The list of the language (an ISO 639 code; empty for the root rules), as ICU finds it for
  // the locale "<language>@ss=standard". Languages without a list suppress nothing.
  explicit SentenceExceptions(std::string_view language);

  // Whether ICU's filter drops the break that its rules put at `at` in `text` (0 < at <
  // text.size(); the filter never looks at the ends of a text). text is UTF-8.
  bool suppresses(std::string_view text, std::size_t at) const;

  bool empty() const { return backward_.empty(); }

 private:
  // An entry with a full stop inside it ("U.S.", "Ph.D.") is "partial": ICU matches the part up
  // to its first full stop backwards from the break, then the whole entry forwards from there.
  // Every other entry is matched backwards whole.
  struct BackwardKey {
    std::string bytes;  // of the entry (or its first part)
    bool partial = false;
  };
  std::vector<BackwardKey> backward_;  // sorted by their bytes read from the last one back
  std::vector<std::string> forward_;   // the partial entries, whole, sorted
};

}  // namespace lectern
