// ICU behind one boundary: error codes become messages here, nowhere else.
#pragma once

#include <string>

namespace lectern {

// Checks that ICU's (trimmed, linked-in) data is usable: a break iterator and the NFKC
// case-fold normaliser can be created. Returns an empty string when all is well, otherwise a
// message naming what failed. Front ends call it once at start-up and show the message.
std::string check_icu_data();

}  // namespace lectern
