// The corpus's named entities as the app uses them: extracted once per corpus (extraction reads
// every sentence, far too slow to repeat per frame or per filter change) with the user's
// curation overlay (extract/curation.h) applied on top, and an undo list of curations.
//
//   const Entities& found = entity_state().entities(*selection.corpus, selection.corpus_serial);
//   entity_state().curate({.kind = CurationKind::hide, .aliases = {"Compatriots"}});
//   entity_state().undo();
//
// The Entities view, the Entity graph and the selection's entity: filter read the one instance.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "extract/curation.h"
#include "extract/entities.h"
#include "index/corpus.h"

namespace lectern {

class EntityState {
 public:
  // The curated entities of corpus (numbered corpus_serial); extracts on the first call for it.
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

  // Told the curation's JSON after every change, so the app can save it with the settings.
  std::function<void(const std::string&)> on_change;

 private:
  void reapply();

  std::uint64_t corpus_serial_ = 0;
  bool extracted_ = false;
  Entities extracted_entities_;  // as extract_entities() found them
  Entities curated_;
  Curation curation_;
  std::vector<Curation> undo_;
  std::vector<std::string> unmatched_;
  std::uint64_t version_ = 0;
};

// The app's one EntityState.
EntityState& entity_state();

}  // namespace lectern
