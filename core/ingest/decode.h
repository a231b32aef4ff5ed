// Bytes of unknown encoding to valid UTF-8. Handles UTF-8 with or without a byte order mark
// and UTF-16 with one; repairs invalid UTF-8 with U+FFFD and says how many bytes it replaced;
// recognises empty and binary input so the caller can skip it with a reason.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lectern {

enum class DecodeStatus { ok, repaired, empty, binary };

struct DecodedText {
  DecodeStatus status = DecodeStatus::ok;
  std::string utf8;
  std::string encoding;           // what the bytes were read as: "UTF-8", "UTF-16LE", ...
  std::size_t replaced_bytes = 0;  // invalid sequences replaced by U+FFFD
};

DecodedText decode_text(std::string_view bytes);

}  // namespace lectern
