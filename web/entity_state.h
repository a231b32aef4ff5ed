// The corpus's named entities as the app uses them: extracted once per corpus (extraction reads
// every sentence, far too slow to repeat per frame or per filter change) with the user's
// curation overlay (extract/curation.h) applied on top, and an undo list of curations.
// Extraction goes a slice a frame (extract/entity_extraction.h), so no frame waits for all of it
// (issue 6: no frame over 50 ms); meanwhile the views draw its progress.
//
//   if (const Entities* found = entity_state().advance(*selection.corpus, selection.corpus_serial)) ...
//   else ImGui::ProgressBar(entity_state().progress());
//   entity_state().curate({.kind = CurationKind::hide, .aliases = {"Compatriots"}});
//   entity_state().undo();
//
// The Entities view, the Entity graph and the selection's entity: filter read the one instance.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "extract/curation.h"
#include "extract/entities.h"
#include "extract/entity_extraction.h"
#include "index/corpus.h"

namespace lectern {

class EntityState {
 public:
  // A frame's slice of extraction: long enough to make progress, short enough that a frame with
  // it and a view's drawing stays well under 50 ms.
  static constexpr std::chrono::microseconds kSlice{12000};

  // The curated entities of corpus (numbered corpus_serial) once extracted; until then, starts
  // or continues the extraction for at most budget and returns nullptr.
  const Entities* advance(const Corpus& corpus, std::uint64_t corpus_serial,
                          std::chrono::microseconds budget = kSlice);
  // Whether the entities of corpus are extracted (advance() would return them at once).
  bool ready(std::uint64_t corpus_serial) const { return extracted_ && corpus_serial == corpus_serial_; }
  // Whether an extraction is under way (started and not finished).
  bool extracting() const { return extraction_ != nullptr; }
  // The share of the extraction under way that is done, 0 to 1.
  float progress() const { return extraction_ ? extraction_->progress() : 1.0f; }
  // The curated entities of corpus, extracting whatever is left at once (for callers that
  // cannot wait a frame).
  const Entities& entities(const Corpus& corpus, std::uint64_t corpus_serial);
  // Changes whenever the entities a caller got may have: a new corpus or a new curation.
  std::uint64_t version() const { return version_; }

  const Curation& curation() const { return curation_; }
  // Actions of the curation that named an alias no entity has (the texts may have changed).
  const std::vector<std::string>& unmatched() const { return unmatched_; }
  // Adds one action at the end of the curation.
  void curate(CurationAction action);
  bool can_undo() const { return !undo_.empty(); }
  void undo();
  // Replaces the curation (from saved settings); malformed text leaves none and says why.
  std::string load(const std::string& curation_json_text);
  // Replaces the curation as one step that undo() takes back (an imported session's); malformed
  // text changes nothing and says why.
  std::string replace(const std::string& curation_json_text);

  // Told the curation's JSON after every change, so the app can save it with the settings.
  std::function<void(const std::string&)> on_change;

 private:
  void reapply();
  // The curation in text ("" is none), or the reason it is malformed.
  static std::variant<Curation, std::string> parse(const std::string& curation_json_text);
  // Sets the extraction going for corpus unless it is extracted or under way.
  void start(const Corpus& corpus, std::uint64_t corpus_serial);
  void finish_extraction();
  // The entities with the curation applied; without one, the extracted entities themselves
  // (a copy of SOTU's took 20 ms in the frame that finished its extraction).
  const Entities& current() const {
    return curation_.actions.empty() ? extracted_entities_ : curated_;
  }

  std::uint64_t corpus_serial_ = 0;
  bool extracted_ = false;
  std::unique_ptr<EntityExtraction> extraction_;  // under way for corpus_serial_
  Entities extracted_entities_;  // as extract_entities() found them
  Entities curated_;  // empty while the curation is
  Curation curation_;
  std::vector<Curation> undo_;
  std::vector<std::string> unmatched_;
  std::uint64_t version_ = 0;
};

// The app's one EntityState.
EntityState& entity_state();

// What a view waiting for the entities draws: the extraction's progress.
void draw_extraction_progress();

}  // namespace lectern
