#include "ingest/decode.h"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "ingest/legacy_charset.h"
#include "text/icu_includes.h"

namespace lectern {
namespace {

bool starts_with(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// Text files never contain NUL or many C0 controls; executables, images and archives do.
// UTF-16 is decoded before this check, so its zero bytes do not count.
bool looks_binary(std::string_view bytes) {
  const std::size_t sample = std::min<std::size_t>(bytes.size(), 8192);
  std::size_t controls = 0;
  for (std::size_t i = 0; i < sample; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  }
  return controls * 10 > sample;  // over 10% control characters
}

DecodedText from_utf16(std::string_view bytes, bool little_endian, const char* name) {
  DecodedText out;
  out.encoding = name;
  std::u16string units(bytes.size() / 2, u'\0');
  for (std::size_t i = 0; i < units.size(); ++i) {
    const auto lo = static_cast<unsigned char>(bytes[2 * i + (little_endian ? 0 : 1)]);
    const auto hi = static_cast<unsigned char>(bytes[2 * i + (little_endian ? 1 : 0)]);
    units[i] = static_cast<char16_t>(lo | (hi << 8));
  }
  // Unpaired surrogates become U+FFFD; an odd trailing byte is dropped and counted.
  out.replaced_bytes = bytes.size() % 2;
  std::size_t i = 0;
  while (i < units.size()) {
    UChar32 c;
    U16_NEXT(units.data(), i, units.size(), c);
    if (U_IS_SURROGATE(c)) {
      c = 0xFFFD;
      out.replaced_bytes += 2;
    }
    // c is a valid scalar value here (surrogates were replaced), so the unchecked form is safe.
    char buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, c);
    out.utf8.append(buffer, static_cast<std::size_t>(length));
  }
  if (out.replaced_bytes > 0) out.status = DecodeStatus::repaired;
  return out;
}

// Calls on_sequence(start, end, valid) for each well-formed UTF-8 sequence and each maximal
// invalid subsequence of bytes, in order (the W3C/Unicode "best practice" for U+FFFD).
template <class OnSequence>
void scan_utf8(std::string_view bytes, OnSequence on_sequence) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    on_sequence(static_cast<std::size_t>(start), static_cast<std::size_t>(i), c >= 0);
  }
}

// Copies valid UTF-8 through and replaces each maximal invalid subsequence with U+FFFD, as
// browsers do.
DecodedText from_utf8(std::string_view bytes) {
  DecodedText out;
  out.encoding = "UTF-8";
  out.utf8.reserve(bytes.size());
  scan_utf8(bytes, [&](std::size_t start, std::size_t end, bool valid) {
    if (valid) {
      out.utf8.append(bytes.substr(start, end - start));
    } else {
      out.utf8 += "\xEF\xBF\xBD";
      out.replaced_bytes += end - start;
    }
  });
  if (out.replaced_bytes > 0) out.status = DecodeStatus::repaired;
  return out;
}

struct Utf8Check {
  bool valid = true;
  std::size_t multibyte = 0;  // well-formed sequences of two or more bytes
};

Utf8Check check_utf8(std::string_view bytes) {
  Utf8Check check;
  scan_utf8(bytes, [&](std::size_t start, std::size_t end, bool valid) {
    if (!valid) {
      check.valid = false;
    } else if (end - start > 1) {
      ++check.multibyte;
    }
  });
  return check;
}

std::optional<DecodedText> from_legacy(std::string_view bytes, std::string_view declared,
                                       bool markup) {
  DecodedText out;
  out.status = DecodeStatus::converted;
  if (!declared.empty()) {
    if (auto utf8 = convert_to_utf8(bytes, declared)) {
      out.utf8 = std::move(*utf8);
      out.encoding = std::string(declared);
      out.declared = true;
      return out;
    }
  }
  const auto guess = detect_legacy_charset(bytes, markup);
  if (!guess || guess->confidence < kMinDetectionConfidence) return std::nullopt;
  auto utf8 = convert_to_utf8(bytes, guess->name);
  if (!utf8) return std::nullopt;
  out.utf8 = std::move(*utf8);
  out.encoding = guess->name;
  out.confidence = guess->confidence;
  return out;
}

}  // namespace

DecodedText decode_text(std::string_view bytes, std::string_view declared_charset, bool markup) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (starts_with(bytes, "\xFF\xFE")) return from_utf16(bytes.substr(2), true, "UTF-16LE");
  if (starts_with(bytes, "\xFE\xFF")) return from_utf16(bytes.substr(2), false, "UTF-16BE");

  DecodedText out;
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    out.status = DecodeStatus::empty;
    return out;
  }
  if (looks_binary(bytes)) {
    out.status = DecodeStatus::binary;
    return out;
  }
  // Valid UTF-8 always stays UTF-8: pure ASCII is too, and legacy text with bytes over 0x7F
  // is almost never valid UTF-8 by chance.
  const Utf8Check utf8 = check_utf8(bytes);
  if (utf8.valid) return from_utf8(bytes);
  // Well-formed multi-byte sequences next to bad bytes: damaged UTF-8 (a file cut or
  // concatenated), which legacy text almost never looks like. Repair it rather than convert.
  if (utf8.multibyte == 0) {
    if (auto legacy = from_legacy(bytes, declared_charset, markup)) return std::move(*legacy);
  }
  return from_utf8(bytes);
}

DecodedText decode_owned_text(std::string bytes, std::string_view declared_charset, bool markup) {
  const std::string_view view = bytes;
  const bool plain_start = !starts_with(view, "\xEF\xBB\xBF") && !starts_with(view, "\xFF\xFE") &&
                           !starts_with(view, "\xFE\xFF");
  if (!plain_start || view.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos ||
      looks_binary(view) || !check_utf8(view).valid) {
    return decode_text(view, declared_charset, markup);
  }
  DecodedText out;
  out.encoding = "UTF-8";
  out.utf8 = std::move(bytes);
  return out;
}

}  // namespace lectern
