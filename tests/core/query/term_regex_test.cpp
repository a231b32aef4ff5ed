#include "query/term_regex.h"

#include <doctest/doctest.h>

#include <string>

using namespace lectern;

TEST_CASE("term regexes match whole term keys, ignoring case") {
  struct Case {
    const char* pattern;
    const char* key;
    bool matches;
  };
  const Case cases[] = {
      {"toka[jy]ev", "tokayev", true},      {"toka[jy]ev", "tokajev", true},
      {"toka[jy]ev", "tokajevs", false},  // the whole key must match
      {"toka[jy]ev.*", "tokajevs", true},   {"tokaj?ev", "tokayev", false},
      {"tokaj?ev", "tokaev", true},         {"Toka[JY]ev", "tokayev", true},
      {"secur.*", "security", true},        {"secur.*", "insecurity", false},
      {"säker.*", "säkerhetspakten", true}, {"\\p{L}+", "toppmötet", true},
      {"\\p{L}+", "2024", false},           {"\\d{4}", "2024", true},
      {"қазақ.*", "қазақстан", true},  // Kazakh Cyrillic
      {"ҚАЗАҚ.*", "қазақстан", true},
  };
  for (const Case& c : cases) {
    const std::string pattern = c.pattern, key = c.key;
    CAPTURE(pattern);
    CAPTURE(key);
    auto compiled = TermRegex::compile(c.pattern);
    REQUIRE(std::holds_alternative<TermRegex>(compiled));
    CHECK(std::get<TermRegex>(compiled).matches(c.key) == c.matches);
  }
}

TEST_CASE("a bad pattern gives ICU's complaint in words, at a byte offset into the pattern") {
  struct Case {
    const char* pattern;
    std::size_t offset;
    const char* message;
  };
  const Case cases[] = {
      // ICU notices an unclosed '[' or '(' at the end; the caret goes to the opener instead.
      {"toka[jy", 4, "'[' is never closed in the regular expression"},
      {"(tok", 0, "unbalanced parenthesis in the regular expression"},
      {"ab(c(d)", 2, "unbalanced parenthesis in the regular expression"},
      {"tok)", 3, "unbalanced parenthesis in the regular expression"},
      {"a{3,1}", 5, "in {min,max} of the regular expression, max is below min"},
      {"*a", 0, "syntax error in the regular expression"},
      {"a**", 2, "syntax error in the regular expression"},
      {"[z-a]", 3, "a range [x-y] in the regular expression has x after y"},
      {"\\p{Foo}", 6, "bad Unicode property (\\p{...}) in the regular expression"},
      {"(?<=a*)b", 6, "a look-behind in the regular expression needs a bounded length"},
      {"öö*ö)", 7, "unbalanced parenthesis in the regular expression"},  // ö is two bytes
  };
  for (const Case& c : cases) {
    const std::string pattern = c.pattern;
    CAPTURE(pattern);
    auto compiled = TermRegex::compile(c.pattern);
    REQUIRE(std::holds_alternative<RegexError>(compiled));
    CHECK(std::get<RegexError>(compiled).message == c.message);
    CHECK(std::get<RegexError>(compiled).offset == c.offset);
  }
}
