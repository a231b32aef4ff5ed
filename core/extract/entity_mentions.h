// Finding names in the text: runs of capitalised words (any script with case), with connectors
// inside (of, the, de, von, van, al-), hyphenated names, initials, acronyms, and names running
// across a line break in hard-wrapped text. Then, per run:
//  - titles and roles in front are cut off and kept as evidence ("President Kassym-Jomart
//    Tokayev" -> "Kassym-Jomart Tokayev"), so are function words of the document's language
//    or English ("The", "During");
//  - a word at the start of a sentence, or in a headline where every word is capitalised, is
//    kept only with evidence: it is never seen in lower case in the corpus and seen
//    capitalised inside a sentence, or it is a known name (a region, a first name, an acronym);
//  - English possessives ('s, ’s, s') and the colon genitive of acronyms (CSTO:s) are cut;
//    a Swedish, Danish, Norwegian or German genitive -s is marked for entity_merge.h to cut
//    when the base form is attested;
//  - languages, nationality adjectives, months, titles alone and web furniture ("Trending
//    Now", "Leave a Reply") are dropped.
// Each mention carries the cues around it (a title before, "in" before, "said" after, an
// acronym in brackets after) for entity_types.h.
#pragma once

#include <string>
#include <vector>

#include "index/corpus.h"
#include "index/ids.h"

namespace lectern {

struct FoundMention {
  DocId doc{};
  CorpusPos first{};
  std::uint32_t tokens = 0;
  std::uint32_t offset = 0;  // bytes of the document's text
  std::uint32_t length = 0;
  std::uint32_t sentence = 0;
  std::string text;              // as written, runs of white space as one space
  bool genitive_s = false;       // may end in a genitive -s (see above)
  bool acronym = false;          // one word in capitals
  std::string title;             // the title before it, as written; empty if none
  std::string acronym_after;     // "CSTO" in "Collective Security Treaty Organization (CSTO)"
  bool place_cue = false;
  bool person_cue = false;
  bool person_shape = false;     // two to four capitalised words never seen in lower case
};

std::vector<FoundMention> find_mentions(const Corpus& corpus);

}  // namespace lectern
