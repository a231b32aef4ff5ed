// Legacy 8-bit text (windows-1252, ISO-8859-x, KOI8-R, windows-1251, ...) recognised with ICU's
// charset detector and converted with its converters. Only the converters listed in
// deps/icu-data-items.txt ship; a charset without one is "not available", never a crash.
//
//   if (auto guess = detect_legacy_charset(bytes, false); guess && guess->confidence >= 30)
//     if (auto text = convert_to_utf8(bytes, guess->name)) use(*text);
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lectern {

struct CharsetGuess {
  std::string name;    // ICU's name for it: "windows-1252", "KOI8-R", "ISO-8859-5", ...
  int confidence = 0;  // ICU's 0..100: how well the bytes fit the charset's letter statistics
};

// The likeliest single- or double-byte legacy charset that can be converted here; Unicode
// encodings are not considered (the caller has ruled them out). markup: ignore <tags> when
// judging, as in HTML.
std::optional<CharsetGuess> detect_legacy_charset(std::string_view bytes, bool markup);

// Converts bytes in the named charset to UTF-8; nullopt when no converter for it ships.
// Bytes with no mapping become U+FFFD.
std::optional<std::string> convert_to_utf8(std::string_view bytes, std::string_view charset);

}  // namespace lectern
