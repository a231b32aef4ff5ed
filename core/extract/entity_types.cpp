#include "extract/entity_types.h"

#include <array>
#include <string>

#include "extract/gazetteer.h"
#include "extract/word_lists.h"

namespace lectern {
namespace {

struct Vote {
  EntityType type;
  double weight;
};

Vote vote_of(EvidenceKind kind) {
  switch (kind) {
    case EvidenceKind::region: return {EntityType::LOC, 10};
    case EvidenceKind::org_head: return {EntityType::ORG, 6};
    case EvidenceKind::place_head: return {EntityType::LOC, 6};
    case EvidenceKind::title: return {EntityType::PER, 5};
    case EvidenceKind::acronym_pair: return {EntityType::ORG, 3};
    case EvidenceKind::first_name: return {EntityType::PER, 3};
    case EvidenceKind::acronym: return {EntityType::ORG, 1};
    case EvidenceKind::place_cue: return {EntityType::LOC, 1};
    case EvidenceKind::person_cue: return {EntityType::PER, 1};
    case EvidenceKind::person_shape: return {EntityType::PER, 0.5};
  }
  return {EntityType::MISC, 0};
}

std::vector<std::string> words_of(std::string_view form) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : form) {
    if (c == ' ' || c == '-') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

}  // namespace

void add_evidence(std::vector<Evidence>& evidence, EvidenceKind kind, std::string_view detail,
                  std::uint32_t count) {
  for (Evidence& e : evidence) {
    if (e.kind == kind && e.detail == detail) {
      e.count += count;
      return;
    }
  }
  evidence.push_back({kind, std::string(detail), count});
}

std::vector<Evidence> form_evidence(std::string_view form, std::uint32_t mentions) {
  std::vector<Evidence> out;
  const EntityWordLists& lists = entity_word_lists();
  const std::string key = phrase_key(form);
  if (const auto region = gazetteer().region(key)) {
    add_evidence(out, EvidenceKind::region, *region, mentions);
    return out;
  }
  const std::vector<std::string> words = words_of(form);
  bool organisation = false;
  const std::string* place_head = nullptr;
  for (const std::string& word : words) {
    const std::string word_key = phrase_key(word);
    if (lists.is(WordList::org_head, {}, word_key) || lists.ends_in_org_head(word_key)) {
      add_evidence(out, EvidenceKind::org_head, word, mentions);
      organisation = true;
      break;
    }
    if (place_head == nullptr && lists.is(WordList::place_head, {}, word_key)) place_head = &word;
  }
  // A body is named after the place it serves ("Ministry of Foreign Affairs of the Republic"),
  // so a place head word counts only in a name without an organisation's.
  if (!organisation && place_head != nullptr) {
    add_evidence(out, EvidenceKind::place_head, *place_head, mentions);
    return out;
  }
  if (organisation || words.size() < 2) return out;
  if (lists.is(WordList::first_name, {}, phrase_key(words[0]))) {
    add_evidence(out, EvidenceKind::first_name, words[0], mentions);
  }
  return out;
}

EntityType decide_type(const std::vector<Evidence>& evidence) {
  std::array<double, 4> score{};
  for (const Evidence& e : evidence) {
    const Vote vote = vote_of(e.kind);
    score[static_cast<int>(vote.type)] += vote.weight * e.count;
  }
  EntityType best = EntityType::MISC;
  double best_score = 0;
  for (const EntityType type : {EntityType::LOC, EntityType::ORG, EntityType::PER}) {
    if (score[static_cast<int>(type)] > best_score) {
      best = type;
      best_score = score[static_cast<int>(type)];
    }
  }
  return best;
}

}  // namespace lectern
