#include "text/plain_words.h"

#include <array>
#include <cstdint>

namespace lectern {
namespace {

// How a byte takes part in ICU's word rules, as far as the fast path needs to know.
enum class ByteClass : std::uint8_t {
  other,   // ASCII that never joins: white space, most punctuation, controls
  letter,  // A-Z, a-z (Word_Break=ALetter)
  digit,   // 0-9 (Numeric)
  middle,  // . : , ; ' (MidNumLet, MidLetter, MidNum, Single_Quote): join between two alnums
  // "_" (ExtendNumLet, joins anything), "@" (a letter in ICU's rules, for e-mail addresses) and
  // every byte of a non-ASCII character
  needs_icu,
};

constexpr std::array<ByteClass, 256> make_classes() {
  std::array<ByteClass, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    ByteClass k = ByteClass::other;
    if (c >= 0x80 || c == '_' || c == '@') {
      k = ByteClass::needs_icu;
    } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      k = ByteClass::letter;
    } else if (c >= '0' && c <= '9') {
      k = ByteClass::digit;
    } else if (c == '.' || c == ':' || c == ',' || c == ';' || c == '\'') {
      k = ByteClass::middle;
    }
    classes[static_cast<std::size_t>(c)] = k;
  }
  return classes;
}

constexpr std::array<ByteClass, 256> kClasses = make_classes();

ByteClass class_of(char c) { return kClasses[static_cast<unsigned char>(c)]; }

bool is_alnum(ByteClass k) { return k == ByteClass::letter || k == ByteClass::digit; }

}  // namespace

bool append_plain_run(std::string_view text, std::size_t begin, std::size_t end,
                      std::vector<TokenSpan>& tokens) {
  const std::size_t tokens_before = tokens.size();
  const auto give_up = [&] {
    tokens.resize(tokens_before);
    return false;
  };
  std::size_t i = begin;
  while (i < end) {
    const ByteClass k = class_of(text[i]);
    if (k == ByteClass::needs_icu) return give_up();
    if (!is_alnum(k)) {
      ++i;
      continue;
    }
    const std::size_t token_begin = i;
    while (i < end && class_of(text[i]) == k) ++i;
    if (i < end) {
      // What follows the token must not join it to anything: a letter after digits (or
      // digits after letters), "_" or non-ASCII, or a middle character before a letter or
      // digit. (What precedes it was checked as the previous token's follower.)
      const ByteClass next = class_of(text[i]);
      if (is_alnum(next) || next == ByteClass::needs_icu) return give_up();
      if (next == ByteClass::middle && i + 1 < end && is_alnum(class_of(text[i + 1]))) {
        return give_up();
      }
    }
    tokens.push_back({static_cast<std::uint32_t>(token_begin),
                      static_cast<std::uint32_t>(i - token_begin),
                      k == ByteClass::digit ? TokenKind::number : TokenKind::word});
  }
  return true;
}

}  // namespace lectern
