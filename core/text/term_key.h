// The key under which a word form is counted: NFKC case folding (Unicode's NFKC_Casefold), so
// "Tokayev", "TOKAYEV" and "ｔｏｋａｙｅｖ" count as one term, and "Straße" as "strasse".
#pragma once

#include <string>
#include <string_view>

namespace lectern {

std::string term_key(std::string_view utf8_word);

}  // namespace lectern
