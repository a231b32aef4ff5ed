#include "entity_state.h"

#include <utility>
#include <variant>

namespace lectern {

const Entities& EntityState::entities(const Corpus& corpus, std::uint64_t corpus_serial) {
  if (!extracted_ || corpus_serial != corpus_serial_) {
    corpus_serial_ = corpus_serial;
    extracted_ = true;
    extracted_entities_ = extract_entities(corpus);
    reapply();
  }
  return curated_;
}

void EntityState::reapply() {
  CurationResult result = apply_curation(extracted_entities_, curation_);
  curated_ = std::move(result.entities);
  unmatched_ = std::move(result.unmatched);
  ++version_;
}

void EntityState::curate(CurationAction action) {
  undo_.push_back(curation_);
  curation_.actions.push_back(std::move(action));
  if (extracted_) reapply();
  if (on_change) on_change(curation_json(curation_));
}

void EntityState::undo() {
  if (undo_.empty()) return;
  curation_ = std::move(undo_.back());
  undo_.pop_back();
  if (extracted_) reapply();
  if (on_change) on_change(curation_json(curation_));
}

std::string EntityState::load(const std::string& curation_json_text) {
  std::string message;
  curation_ = Curation{};
  undo_.clear();
  if (!curation_json_text.empty()) {
    auto parsed = parse_curation(curation_json_text);
    if (auto* error = std::get_if<CurationError>(&parsed)) {
      message = "Saved entity curation ignored: " + error->message;
    } else {
      curation_ = std::get<Curation>(std::move(parsed));
    }
  }
  if (extracted_) reapply();
  return message;
}

EntityState& entity_state() {
  static EntityState state;
  return state;
}

}  // namespace lectern
