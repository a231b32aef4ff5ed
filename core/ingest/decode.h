// Bytes of unknown encoding to valid UTF-8. Handles UTF-8 with or without a byte order mark
// and UTF-16 with one; reads legacy 8-bit text (windows-1252, ISO-8859-x, KOI8-R, ...) in the
// charset the file declares or, failing that, the one ICU's detector is confident of; repairs
// what is left as UTF-8 with U+FFFD and says how many bytes it replaced; recognises empty and
// binary input so the caller can skip it with a reason.
//
// The order: a byte order mark; valid UTF-8 stays UTF-8 (ASCII is valid UTF-8); UTF-8 with
// some bad bytes among good multi-byte sequences is damaged UTF-8 and repaired; otherwise a
// declared charset (HTML <meta charset>) with a converter; a detected charset with confidence
// at least kMinDetectionConfidence; otherwise UTF-8 repaired.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lectern {

// converted: read from a legacy charset (see encoding and how it was chosen).
enum class DecodeStatus { ok, converted, repaired, empty, binary };

// ICU's 8-bit detector scores how well the letter trigrams fit a language in a charset. Real
// paragraphs in windows-1252, KOI8-R or windows-1251 score 40 to 100 (decode_test.cpp); a
// line or two of Latin-1 scores lower, where guessing wrong would be worse than repairing.
inline constexpr int kMinDetectionConfidence = 25;

struct DecodedText {
  DecodeStatus status = DecodeStatus::ok;
  std::string utf8;
  std::string encoding;            // what the bytes were read as: "UTF-8", "UTF-16LE", ...
  std::size_t replaced_bytes = 0;  // invalid sequences replaced by U+FFFD
  bool declared = false;           // converted: in the charset the file declared
  int confidence = 0;              // converted and detected: the detector's confidence
};

// declared_charset: the charset the file names for itself (HTML's <meta charset>), if any;
// markup: the bytes are HTML or XML, so tags are ignored when detecting.
DecodedText decode_text(std::string_view bytes, std::string_view declared_charset = {},
                        bool markup = false);

// The same, taking the bytes: valid UTF-8 (the usual case) becomes the result's text without a
// copy, so a file's bytes and its text are never both in memory.
DecodedText decode_owned_text(std::string bytes, std::string_view declared_charset = {},
                              bool markup = false);

}  // namespace lectern
