#include "ingest/decode.h"

#include <doctest/doctest.h>

#include "core/ingest/ingest_fixtures.h"

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
      {"caf\xC3\xA9 or caf\xE9", "caf\xC3\xA9 or caf\xEF\xBF\xBD", 1},  // a Latin-1 é among UTF-8
      {"ok \xC3", "ok \xEF\xBF\xBD", 1},                                // truncated sequence at end
      {"\xED\xA0\x80x", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx", 3},    // encoded surrogate
      {"\xF0\x9F\x98\x80 fine", "\xF0\x9F\x98\x80 fine", 0},            // valid 4-byte emoji
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
  CHECK(decode_text(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)).status ==
        DecodeStatus::binary);
  CHECK(decode_text(std::string("\x7F"
                                "ELF\x02\x01\x01\0",
                                8))
            .status == DecodeStatus::binary);
  CHECK(decode_text("line one\nline two\n").status == DecodeStatus::ok);
}

TEST_CASE("decode_text reads legacy 8-bit text in the charset ICU detects with confidence") {
  struct Case {
    const char* fixture;
    const char* encoding;
    const char* starts;  // the first line, as UTF-8
  };
  const Case cases[] = {
      {"malmo_cafe.txt", "windows-1252",
       "Café Europa i Malmö – en kväll med ”toppmötet” i centrum"},
      {"astana_summit_koi8r.txt", "KOI8-R", "Саммит ОДКБ в Астане"},
      {"after_summit_cp1251.txt", "windows-1251", "После саммита: что дальше"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.fixture);
    const DecodedText decoded = decode_text(test::ingest_fixture(c.fixture).bytes);
    CHECK(decoded.status == DecodeStatus::converted);
    CHECK(decoded.encoding == c.encoding);
    CHECK_FALSE(decoded.declared);
    CHECK(decoded.confidence >= kMinDetectionConfidence);
    CHECK(decoded.utf8.substr(0, decoded.utf8.find('\n')) == c.starts);
    CHECK(decoded.utf8.find("\xEF\xBF\xBD") == std::string::npos);
  }
}

TEST_CASE("a declared charset is used when the bytes are not UTF-8, and only then") {
  // "Łódź i Kraków" in ISO-8859-2, which a Latin-1 guess would garble.
  const std::string latin2 = "\xA3\xF3\x64\xBC i Krak\xF3w";
  const DecodedText declared = decode_text(latin2, "iso-8859-2", true);
  CHECK(declared.status == DecodeStatus::converted);
  CHECK(declared.declared);
  CHECK(declared.utf8 == "Łódź i Kraków");

  const DecodedText utf8 = decode_text("Łódź i Kraków", "iso-8859-2", true);
  CHECK(utf8.status == DecodeStatus::ok);
  CHECK(utf8.utf8 == "Łódź i Kraków");

  // A charset with no converter shipped falls back to detection, then to repair.
  const DecodedText unknown = decode_text("Caf\xE9", "x-no-such-charset", true);
  CHECK(unknown.status == DecodeStatus::repaired);
}

TEST_CASE("valid UTF-8 always stays UTF-8, and a guess too unsure is not taken") {
  // Pure ASCII and real UTF-8 are never sent to the detector.
  CHECK(decode_text("Plain ASCII only.").encoding == "UTF-8");
  CHECK(decode_text("Toppmötet i Astana").status == DecodeStatus::ok);
  // Three bytes of evidence are too little to name a charset: repaired as before.
  const DecodedText short_text = decode_text("\xC0\xE9\xFF");
  CHECK(short_text.status == DecodeStatus::repaired);
  CHECK(short_text.encoding == "UTF-8");
}
