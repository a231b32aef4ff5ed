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
//     the first name of exactly one full name joins that (Shannon -> Shannon Spann).
#pragma once

#include <vector>

#include "extract/entities.h"
#include "extract/entity_mentions.h"

namespace lectern {

// Forms, entities (with forms, mentions, merges; evidence and type are left to the caller) and
// mentions of found, in its order. Genitives cut are cut in found too (text and length).
Entities group_mentions(const Corpus& corpus, FoundMentions& found);

}  // namespace lectern
