// Named entities of a Corpus: people (PER), organisations (ORG), places (LOC) and other names
// (MISC), each with every surface form merged into it, its mentions, the evidence its type was
// decided from and the reason for every merge, so the UI can show why.
//
//   const Entities found = extract_entities(corpus);   // a pure function of the Corpus
//   for (const Entity& e : found.entities) ...          // most mentioned first
//
// The pipeline, a file each: entity_mentions.h finds the names in the text; entity_types.h
// gathers type evidence; entity_merge.h groups surface forms into entities (name_key.h,
// gazetteer.h); curation.h applies a user's corrections on top.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "index/corpus.h"
#include "index/ids.h"

namespace lectern {

enum class EntityType : std::uint8_t { PER, ORG, LOC, MISC };

const char* to_string(EntityType type);
// PER, ORG, LOC or MISC (as to_string gives them); false for anything else.
bool parse_entity_type(std::string_view text, EntityType& type);

// One occurrence of a name in the text. Tokens [first, first + tokens) of the corpus stream;
// offset and length are bytes of the document's text covering the name without a title before
// it or a possessive ending after it.
struct EntityMention {
  DocId doc{};
  CorpusPos first{};
  std::uint32_t tokens = 0;
  std::uint32_t offset = 0;
  std::uint32_t length = 0;
  std::uint32_t sentence = 0;  // index into Corpus::sentences()
  std::uint32_t form = 0;      // index into Entities::forms
  std::uint32_t entity = 0;    // index into Entities::entities
};

enum class EvidenceKind : std::uint8_t {
  region,          // CLDR names it a country or region (detail: the region code)
  title,           // a title or role stood before it (detail: the title)
  org_head,        // an organisation head word is part of it (detail: the word)
  place_head,      // a place head word is part of it, and no organisation's (detail: the word)
  acronym,         // written in capitals
  acronym_pair,    // an acronym and its expansion (detail: the acronym)
  first_name,      // it starts with a known first name (detail: the name)
  place_cue,       // a word like "in" stood before it
  person_cue,      // a word like "said" followed it
  person_shape,    // two or three capitalised words, with nothing else known
};

const char* to_string(EvidenceKind kind);

struct Evidence {
  EvidenceKind kind{};
  std::string detail;
  std::uint32_t count = 0;  // mentions that showed it
};

enum class MergeReason : std::uint8_t {
  same_key,       // one spelling-neutral name key (name_key.h)
  same_region,    // CLDR names one region so
  acronym,        // acronym and expansion
  near_spelling,  // keys one edit apart
  full_name,      // the same first and last name, one with a middle name
  short_form,     // a surname alone, one full name carries it
  genitive,       // a Swedish or German genitive -s of an attested name
  curation,       // the user merged them
};

const char* to_string(MergeReason reason);

struct Merge {
  std::string from;  // the alias merged in
  std::string into;  // the alias it was merged with
  MergeReason reason{};
};

// A distinct surface form, as it occurs in the text (possessive or genitive ending removed).
struct EntityForm {
  std::string text;
  std::string key;  // name_key(text)
  std::uint32_t mentions = 0;
};

struct DocCount {
  DocId doc{};
  std::uint32_t mentions = 0;
};

struct Entity {
  std::string name;
  EntityType type = EntityType::MISC;
  std::vector<std::uint32_t> forms;  // into Entities::forms, most mentioned first
  std::uint32_t mentions = 0;
  std::vector<DocCount> docs;  // by DocId
  std::vector<Evidence> evidence;
  std::vector<Merge> merges;
  bool hidden = false;  // set by curation; hidden entities stay listed for undo
};

struct Entities {
  std::vector<EntityForm> forms;
  std::vector<Entity> entities;         // most mentioned first
  std::vector<EntityMention> mentions;  // in corpus order

  // The aliases of an entity, as text.
  std::vector<std::string> aliases(const Entity& entity) const;
};

Entities extract_entities(const Corpus& corpus);

// Puts entities in list order (most mentioned first, then by name), drops entities left
// without forms, and points the mentions at the new places. For curation.h, which regroups.
void order_entities(Entities& entities);

}  // namespace lectern
