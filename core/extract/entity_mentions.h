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
// acronym in brackets after) for entity_types.h. A head word naming a kind of body or place
// alone after an article, a possessive or a demonstrative ("the Republic added", "the
// Committee", "our Union") is a reference, not a name, and is dropped too.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/entities.h"
#include "extract/word_lists.h"
#include "index/corpus.h"
#include "index/ids.h"

namespace lectern {

// The text and cues of a found mention; where it is, is in FoundMentions::places.
// Texts are kept once each in FoundMentions::texts and named by index, since a name is
// mentioned many times (519,030 mentions of 6,847 forms in 100 MB of speeches).
struct FoundMention {
  std::uint32_t text = 0;           // as written, runs of white space as one space
  std::uint32_t title = 0;          // the title before it, as written; 0 (no text) if none
  std::uint32_t acronym_after = 0;  // "CSTO" in "Collective Security Treaty Organization (CSTO)"
  // Flags of a bit each: the record stays 16 bytes, and half a million of them are written
  // once, so fewer fresh pages to fault in.
  bool genitive_s : 1 = false;      // may end in a genitive -s (see above)
  bool acronym : 1 = false;         // one word in capitals
  bool place_cue : 1 = false;
  bool person_cue : 1 = false;
  bool person_shape : 1 = false;    // two to four capitalised words never seen in lower case
};

struct FoundMentions {
  // Where each mention is, in corpus order, already in the form Entities hands out: grouping
  // (entity_merge.h) fills in form and entity and moves the array on, rather than copying half
  // a million mentions into a second one.
  std::vector<EntityMention> places;
  std::vector<FoundMention> mentions;  // the same mentions' texts and cues
  std::vector<std::string> texts{std::string()};  // texts[0] is empty: "none"

  const std::string& text(std::uint32_t id) const { return texts[id]; }
  // The index of text in texts, adding it if new.
  std::uint32_t intern(std::string_view text);

 private:
  // Interning runs once per mention, so the index is an open-addressing table (a probe or two
  // in one array) rather than a node-based map (a division and a pointer chase per lookup).
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t id = 0;  // 0: free (texts[0] is found without the table)
  };
  void grow();
  std::vector<Slot> slots_;  // a power of two, at most half full
};

// The finder a document at a time, so a caller can spread the work over frames
// (entity_extraction.h): survey() every document in order, then find() every document in
// order, then take() the mentions. find_mentions() does all of it at once.
class MentionFinder {
 public:
  explicit MentionFinder(const Corpus& corpus);
  ~MentionFinder();
  MentionFinder(MentionFinder&&) noexcept;
  MentionFinder& operator=(MentionFinder&&) noexcept;

  // Pass 1: how each term is spelt across the corpus, which sentences are headlines.
  void survey(DocId doc);
  // Pass 2: the mentions of one document; needs every document surveyed.
  void find(DocId doc);
  // The mentions found; the finder is spent afterwards.
  FoundMentions take();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

FoundMentions find_mentions(const Corpus& corpus);

}  // namespace lectern
