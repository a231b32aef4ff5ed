#include "text/cyrillic_letters.h"

#include "text/icu_includes.h"

namespace lectern {
namespace {

bool is_cyrillic(UChar32 c) { return c >= 0x0400 && c <= 0x052F; }

bool any_of(const std::u32string& letters, std::u32string_view wanted) {
  return letters.find_first_of(wanted) != std::u32string::npos;
}

}  // namespace

std::optional<LetterGuess> cyrillic_language_by_letters(std::string_view utf8) {
  std::u32string letters;  // lower case, each distinct Cyrillic letter once
  int cyrillic = 0;
  int all = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t size = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    if (c < 0 || !u_isalpha(c)) continue;
    ++all;
    if (!is_cyrillic(c)) continue;
    ++cyrillic;
    const auto lower = static_cast<char32_t>(u_tolower(c));
    if (letters.find(lower) == std::u32string::npos) letters.push_back(lower);
  }
  if (all == 0 || cyrillic * 3 < all * 2) return std::nullopt;
  const int percent = cyrillic * 100 / all;
  const auto guess = [&](const char* code) { return LetterGuess{code, percent}; };
  if (any_of(letters, U"\u0452\u045B")) return guess("sr");              // ђ ћ
  if (any_of(letters, U"\u0453\u045C\u0455")) return guess("mk");        // ѓ ќ ѕ
  if (any_of(letters, U"\u0458\u0459\u045A\u045F")) return guess("sr");  // ј љ њ џ
  if (any_of(letters, U"\u04D9\u0493\u049B\u04A3\u04E9\u04B1\u04AF\u04BB")) return guess("kk");
  if (any_of(letters, U"\u045E")) return guess("be");  // ў
  if (any_of(letters, U"\u0456") && any_of(letters, U"\u044B\u044D")) return guess("be");
  if (any_of(letters, U"\u0456\u0457\u0454\u0491")) return guess("uk");  // і ї є ґ
  if (any_of(letters, U"\u044B\u044D\u0451")) return guess("ru");        // ы э ё
  if (any_of(letters, U"\u044A")) return guess("bg");                    // ъ
  return guess("ru");
}

}  // namespace lectern
