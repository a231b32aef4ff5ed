// A name's spelling-neutral key, under which Tokayev, Tokajev and Токаев, Gerashchenko and
// Gerasjtjenko, Zelensky, Zelenskyj and Зеленский meet. Two steps:
//  1. ICU transliteration to lower-case ASCII: Cyrillic by English-press rules
//     (data/cyrillic_latin.txt: щ -> shch, ж -> zh, й -> y), other scripts by ICU's Any-Latin,
//     then Latin-ASCII (é -> e);
//  2. spelling-variant rules on each word, for the transcriptions of other languages: Swedish
//     sjtj/tj/sj and German tsch/sch for shch/ch/sh, j, w and x for y, v and ks, the endings -yj, -ij,
//     -iy, -yi of one Slavic -ий, a y between vowels dropped (Tokayev = Tokaev), double
//     letters single (Kassym = Kasym), a word-initial ye as e (Yeltsin = Eltsin).
// Words are separated by one space; hyphens and apostrophes separate words too.
//
//   name_key("Kassym-Jomart Tokajev")   // "kasym yomart tokaev"
//   name_key("Токаев")                  // "tokaev"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lectern {

std::string name_key(std::string_view name);

// Builds the next part of the ICU transforms name_key() needs (each a few ms; name_key() builds
// whatever is left on first use): a caller that must not stop for long, such as the web app's
// frame, calls it until it returns true. Names of scripts other than Latin and Cyrillic still
// build ICU's compound transform (and its registry, a tenth of a second) when the first comes.
bool build_name_key_part();

// Levenshtein distance between two keys (bytes; keys are ASCII), for near-miss spellings that
// the rules above do not cover (Lukashenko / Lukashenka).
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace lectern
