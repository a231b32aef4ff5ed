#include "ingest/decode.h"

#include <doctest/doctest.h>

using namespace lectern;

TEST_CASE("decode_text reads each supported encoding to the same UTF-8") {
  struct Case {
    const char* name;
    std::string bytes;
    const char* encoding;
  };
  const std::string expected = "Toppmötet i Astana";
  const Case cases[] = {
      {"UTF-8", "Toppm\xC3\xB6tet i Astana", "UTF-8"},
      {"UTF-8 with BOM", "\xEF\xBB\xBFToppm\xC3\xB6tet i Astana", "UTF-8"},
      {"UTF-16LE with BOM",
       std::string("\xFF\xFET\0o\0p\0p\0m\0\xF6\0t\0e\0t\0 \0i\0 \0A\0s\0t\0a\0n\0a\0", 38),
       "UTF-16LE"},
      {"UTF-16BE with BOM",
       std::string("\xFE\xFF\0T\0o\0p\0p\0m\0\xF6\0t\0e\0t\0 \0i\0 \0A\0s\0t\0a\0n\0a", 38),
       "UTF-16BE"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const DecodedText decoded = decode_text(c.bytes);
    CHECK(decoded.status == DecodeStatus::ok);
    CHECK(decoded.utf8 == expected);
    CHECK(decoded.encoding == c.encoding);
  }
}

TEST_CASE("decode_text repairs invalid UTF-8 with one U+FFFD per bad sequence") {
  struct Case {
    std::string bytes;
    std::string utf8;
    std::size_t replaced;
  };
  const Case cases[] = {
      {"caf\xE9 au lait", "caf\xEF\xBF\xBD au lait", 1},          // Latin-1 é
      {"ok \xC3", "ok \xEF\xBF\xBD", 1},                          // truncated sequence at end
      {"\xED\xA0\x80x", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx", 3},  // encoded surrogate
      {"\xF0\x9F\x98\x80 fine", "\xF0\x9F\x98\x80 fine", 0},      // valid 4-byte emoji
  };
  for (const Case& c : cases) {
    CAPTURE(c.bytes);
    const DecodedText decoded = decode_text(c.bytes);
    CHECK(decoded.utf8 == c.utf8);
    CHECK(decoded.replaced_bytes == c.replaced);
    CHECK(decoded.status == (c.replaced ? DecodeStatus::repaired : DecodeStatus::ok));
  }
}

TEST_CASE("decode_text tells empty and binary input apart from text") {
  CHECK(decode_text("").status == DecodeStatus::empty);
  CHECK(decode_text(" \n\t\r\n").status == DecodeStatus::empty);
  CHECK(decode_text("\xEF\xBB\xBF").status == DecodeStatus::empty);
  CHECK(decode_text(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)).status == DecodeStatus::binary);
  CHECK(decode_text(std::string("\x7F" "ELF\x02\x01\x01\0", 8)).status == DecodeStatus::binary);
  CHECK(decode_text("line one\nline two\n").status == DecodeStatus::ok);
}
