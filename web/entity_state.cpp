#include "entity_state.h"

#include <utility>
#include <variant>

#include "imgui.h"

namespace lectern {

void EntityState::start(const Corpus& corpus, std::uint64_t corpus_serial) {
  if (corpus_serial == corpus_serial_ && (extracted_ || extraction_)) return;
  // A new corpus: what was extracted or under way belongs to the old one.
  corpus_serial_ = corpus_serial;
  extracted_ = false;
  extracted_entities_ = {};
  curated_ = {};
  extraction_ = std::make_unique<EntityExtraction>(corpus);
  ++version_;
}

void EntityState::finish_extraction() {
  extracted_entities_ = extraction_->result();
  extraction_.reset();
  extracted_ = true;
  reapply();
}

const Entities* EntityState::advance(const Corpus& corpus, std::uint64_t corpus_serial,
                                     std::chrono::microseconds budget) {
  start(corpus, corpus_serial);
  if (!extracted_) {
    // The frame that finishes the extraction (grouping, the last and largest unit, and the
    // curation applied) leaves the views' first use of the entities to the next frame.
    if (extraction_->step(budget)) finish_extraction();
    return nullptr;
  }
  return &current();
}

const Entities& EntityState::entities(const Corpus& corpus, std::uint64_t corpus_serial) {
  start(corpus, corpus_serial);
  if (!extracted_) finish_extraction();
  return current();
}

void EntityState::reapply() {
  if (curation_.actions.empty()) {
    curated_ = {};
    unmatched_.clear();
    ++version_;
    return;
  }
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

std::variant<Curation, std::string> EntityState::parse(const std::string& curation_json_text) {
  if (curation_json_text.empty()) return Curation{};
  auto parsed = parse_curation(curation_json_text);
  if (auto* error = std::get_if<CurationError>(&parsed)) return error->message;
  return std::get<Curation>(std::move(parsed));
}

std::string EntityState::load(const std::string& curation_json_text) {
  auto parsed = parse(curation_json_text);
  undo_.clear();
  curation_ = Curation{};
  std::string message;
  if (auto* error = std::get_if<std::string>(&parsed)) {
    message = "Saved entity curation ignored: " + *error;
  } else {
    curation_ = std::get<Curation>(std::move(parsed));
  }
  if (extracted_) reapply();
  return message;
}

std::string EntityState::replace(const std::string& curation_json_text) {
  auto parsed = parse(curation_json_text);
  if (auto* error = std::get_if<std::string>(&parsed)) return "Entity curation not imported: " + *error;
  Curation next = std::get<Curation>(std::move(parsed));
  if (curation_json(next) == curation_json(curation_)) return {};
  undo_.push_back(std::move(curation_));
  curation_ = std::move(next);
  if (extracted_) reapply();
  if (on_change) on_change(curation_json(curation_));
  return {};
}

EntityState& entity_state() {
  static EntityState state;
  return state;
}

void draw_extraction_progress() {
  ImGui::TextUnformatted("Finding the corpus's entities...");
  ImGui::ProgressBar(entity_state().progress());
}

}  // namespace lectern
