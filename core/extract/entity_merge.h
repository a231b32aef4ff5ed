// Grouping the surface forms of the mentions into entities, each merge with its reason
// (entities.h MergeReason), conservatively: a wrong merge hides a person, a missed one only
// splits a count.
//  1. a genitive -s is cut where the base form is attested (Putins -> Putin);
//  2. forms with one name key (name_key.h) are one: Tokayev, Tokajev, Токаев;
//  3. forms CLDR names one region are one: Kazakhstan, Kazakstan, Казахстан;
//  4. an acronym and its expansion, written "Expansion (ACR)" anywhere or seen apart in one
//     document with matching initials, are one;
//  5. full names with the same first and last name, one with a middle name or patronymic, are
//     one (Kassym-Jomart Kemelovich Tokayev); people who only share a surname stay apart;
//  6. keys one edit apart, in words of at least 7 letters that agree in their first four,
//     are one (Lukashenko / Lukashenka), unless CLDR knows them as two regions; so are two-word
//     names with such surnames and long first names a transcription apart (Alexander /
//     Alyaksandr: same first letter, at most three edits);
//  7. a surname alone joins the full name carrying it when exactly one does (Putin ->
//     Vladimir Putin); with two Bushes it joins neither. A word that is nobody's surname but
//     the first name of exactly one full name joins that (Shannon -> Shannon Spann). A near
//     spelling that only adds a final s is a plural here, not the same name ("Republic" is no
//     short form of "Donetsk People's Republics"), unless it may be a Swedish or German
//     genitive (Gerasjtjenkos -> Anton Gerasjtjenko); a word with such a plural owner is not
//     taken for a first name either ("Chamber" beside "French Chambers", "Chamber of Deputies").
#pragma once

#include <memory>
#include <vector>

#include "extract/entities.h"
#include "extract/entity_mentions.h"

namespace lectern {

// The grouping of found's mentions a part at a time, so the web app can spread it over frames
// (entity_extraction.h): the forms and the mentions' entities kMentionsPerPart mentions a part,
// the rules above a few a part. It gives the forms, the entities (with forms and merges; their
// evidence, counts, documents and type are the caller's) and the mentions, in found's order.
//
//   MentionGrouping grouping(corpus, finder.take());
//   while (!grouping.step()) {}
//   Entities entities = grouping.take();  // grouping.found(): the mentions, genitives cut
class MentionGrouping {
 public:
  // Some 4 ms of a part's work in wasm (SOTU has 55,000 mentions).
  static constexpr std::size_t kMentionsPerPart = 16384;

  MentionGrouping(const Corpus& corpus, FoundMentions found);
  ~MentionGrouping();
  MentionGrouping(MentionGrouping&&) noexcept;
  MentionGrouping& operator=(MentionGrouping&&) noexcept;

  // Does the next part; true when all are done.
  bool step();
  // Finishes what remains and hands over the entities (once).
  Entities take();
  // The texts and cues of the mentions grouped, a genitive -s cut where the base form was
  // attested; their places (found.places) have become the entities' mentions, in the same order.
  const FoundMentions& found() const;

 private:
  class Grouper;
  std::unique_ptr<Grouper> grouper_;
  bool done_ = false;
};

}  // namespace lectern
