// The key under which a word form is counted: NFKC case folding (Unicode's NFKC_Casefold), so
// "Tokayev", "TOKAYEV" and "ｔｏｋａｙｅｖ" count as one term, and "Straße" as "strasse"; and
// a word-final possessive 's or ’s dropped, so "Tokayev's" counts as "tokayev".
//
// ICU keeps an apostrophe between letters inside the word ("Putin's" is one token), so without
// this a name's possessive would be a term of its own, missed by a search for the name. The
// rule is Lucene's EnglishPossessiveFilter; it applies whatever the document's language, so
// the index and a query typed in the filter box always agree. Contractions like "it's" become
// "it", which is harmless: both are stopwords.
#pragma once

#include <string>
#include <string_view>

namespace lectern {

std::string term_key(std::string_view utf8_word);

}  // namespace lectern
