// Stopword lists per language, from the stopwords-iso collection (npm package stopwords-iso,
// pinned in deps/package.json). The lists are compiled into the library: a build step turns the
// package's JSON into a C++ table (tools/gen_stopwords.py), so nothing is read from disk at run
// time. Every entry is stored as its term key (NFKC_Casefold, as term_key() gives), so a lookup
// compares like with like.
//
//   if (is_stopword("sv", term_key(word))) continue;   // "Och", "OCH" and "och" all match
//   for (std::string_view w : stopword_list("de")) ...
#pragma once

#include <span>
#include <string_view>

namespace lectern {

// True when term_key (already folded with term_key()) is on the stopword list of language, an
// ISO 639-1 code as identify_language() gives it. Unknown languages have no stopwords.
bool is_stopword(std::string_view language, std::string_view term_key);

// The folded list of a language, sorted bytewise and without duplicates; empty when the language
// has no list.
std::span<const std::string_view> stopword_list(std::string_view language);

}  // namespace lectern
