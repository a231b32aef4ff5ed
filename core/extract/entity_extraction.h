// Entity extraction a slice at a time, in the style of CorpusBuilder's step(): the web app does
// a slice a frame and draws progress between them, instead of freezing for the whole extraction.
// extract_entities() (entities.h) runs one to the end; both give the same Entities.
//
//   EntityExtraction extraction(corpus);   // corpus must outlive it
//   while (!extraction.step(std::chrono::milliseconds(8))) draw_progress(extraction.progress());
//   Entities found = extraction.result();
//
// The work goes a unit at a time, and step(budget) starts no unit that it expects (from the
// last one) to overrun its budget, but always does one:
//  1. the tables, each built once in the program's life: the word lists (8 KB of a file at a
//     time), the CLDR gazetteer (a language at a time), the name-key transforms (name_key.h: three parts; none needs ICU's
//     transliterator registry, whose first use takes 0.1 s in one call);
//  2. the survey of each document (entity_mentions.h: how the corpus spells each term);
//  3. the mentions of each document;
//  4. grouping the forms into entities (entity_merge.h's parts), then their evidence, then their
//     types and names, then their order (units of kEntitiesPerUnit entities or
//     MentionGrouping::kMentionsPerPart mentions; together about a tenth of the work).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>

#include "extract/entities.h"
#include "extract/entity_mentions.h"
#include "extract/entity_merge.h"
#include "extract/gazetteer.h"
#include "extract/word_lists.h"
#include "index/corpus.h"

namespace lectern {

class EntityExtraction {
 public:
  explicit EntityExtraction(const Corpus& corpus);
  ~EntityExtraction();
  EntityExtraction(EntityExtraction&&) noexcept;
  EntityExtraction& operator=(EntityExtraction&&) noexcept;

  // Works until done or the budget is spent, or would be by one more unit like the last (at
  // least one unit per call). True when done.
  bool step(std::chrono::microseconds budget);
  bool done() const { return phase_ == Phase::done; }
  // The share of the work done, 0 to 1, by tokens read (grouping counts as kGroupShare).
  float progress() const;
  // What the work at hand is, in a word ("survey", "find", "group", ...), for progress labels
  // and for the benchmark's time by phase.
  const char* phase_name() const;
  // Finishes whatever remains and hands over the entities; the extraction is spent afterwards.
  Entities result();

  // Grouping, evidence and types took about this share of the whole on 100 MB of speeches.
  static constexpr float kGroupShare = 0.1f;
  // Entities whose form evidence, or types and names, a unit settles.
  static constexpr std::size_t kEntitiesPerUnit = 1024;

 private:
  enum class Phase : std::uint8_t {
    tables, survey, find, group, form_evidence, mention_evidence, settle, order, done
  };
  // Does one unit of work.
  void advance();
  // work(first, last) on the next per_unit of count items, from next_; true (next_ back at 0)
  // once the last is done.
  template <typename Work>
  bool range_unit(std::size_t count, std::size_t per_unit, Work work);

  const Corpus* corpus_;
  Phase phase_ = Phase::tables;
  std::uint32_t next_ = 0;  // table, or document, next in the phase
  std::uint64_t tokens_done_ = 0;  // surveyed plus searched
  std::unique_ptr<WordListsBuilder> word_lists_builder_;  // while building the word lists
  std::unique_ptr<GazetteerBuilder> gazetteer_builder_;  // while building the gazetteer
  std::unique_ptr<MentionFinder> finder_;
  std::unique_ptr<MentionGrouping> grouping_;  // from grouping to the mentions' evidence
  Entities entities_;
};

}  // namespace lectern
