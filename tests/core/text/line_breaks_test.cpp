#include "text/line_breaks.h"

#include <algorithm>
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "support/udhr.h"

namespace lectern {
namespace {

// Whether a break at offset would leave the character before it ending a line and the one
// after it beginning one.
std::string_view before(std::string_view text, std::uint32_t offset) {
  std::uint32_t start = offset;
  do {
    --start;
  } while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80);
  return text.substr(start, offset - start);
}

std::string_view after(std::string_view text, std::uint32_t offset) {
  std::uint32_t end = offset + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return text.substr(offset, end - offset);
}

}  // namespace

TEST_CASE("line_break_offsets: after a word and its spaces, and at the end") {
  CHECK(line_break_offsets("Hello  world, again") == std::vector<std::uint32_t>{7, 14, 19});
  CHECK(line_break_offsets("Hello world") == std::vector<std::uint32_t>{6, 11});
  CHECK(line_break_offsets("a\nb") == std::vector<std::uint32_t>{2, 3});
  CHECK(line_break_offsets("") == std::vector<std::uint32_t>{0});
}

// The Declaration in Chinese and Japanese: lines of hundreds of characters without a space.
TEST_CASE("line_break_offsets: between ideographs, never before a closing mark or after an opening one") {
  const auto dir = test::udhr_declaration_dir();
  for (const std::string code : {"cmn_hans", "jpn"}) {
    CAPTURE(code);
    const auto udhr = test::read_udhr(dir, code);
    REQUIRE(udhr.has_value());
    const std::string_view text = udhr->text;
    const std::vector<std::uint32_t> breaks = line_break_offsets(text);
    REQUIRE(!breaks.empty());
    CHECK(breaks.back() == text.size());
    CHECK(std::is_sorted(breaks.begin(), breaks.end()));
    const auto spaces = static_cast<std::size_t>(std::count(text.begin(), text.end(), ' '));
    // Nearly every character may begin a line: far more breaks than spaces.
    CHECK(breaks.size() > 10 * spaces);
    CHECK(breaks.size() > text.size() / 6);  // three bytes a character, most breakable
    std::size_t closing = 0;
    for (const std::uint32_t at : breaks) {
      if (at == text.size()) continue;
      CAPTURE(at);
      // On a character boundary, not inside a UTF-8 sequence.
      REQUIRE((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80);
      const std::string_view next = after(text, at);
      const std::string_view last = before(text, at);
      for (std::string_view mark : {"。", "、", "，", "」", "）", "：", "；"}) {
        CHECK(next != mark);
        if (last == mark) ++closing;
      }
      for (std::string_view mark : {"「", "（"}) CHECK(last != mark);
    }
    // A line may end after the closing marks, so breaks follow many of them.
    CHECK(closing > 20);
  }
}

}  // namespace lectern
