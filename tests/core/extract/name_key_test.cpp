#include "extract/name_key.h"

#include <algorithm>
#include <memory>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "extract/word_lists.h"
#include "support/udhr.h"
#include "text/icu_includes.h"

namespace lectern {

TEST_CASE("name_key: one key across spellings, languages and scripts") {
  struct Case {
    std::string a;
    std::string b;
  };
  for (const Case& c : {Case{"Tokayev", "Tokajev"}, Case{"Tokayev", "Токаев"},
                        Case{"Gerashchenko", "Gerasjtjenko"}, Case{"Gerashchenko", "Геращенко"},
                        Case{"Zelensky", "Zelenskyj"}, Case{"Zelensky", "Зеленский"},
                        Case{"Zelensky", "Zelenskiy"}, Case{"Kassym-Jomart", "Kassym Jomart"},
                        Case{"Zhukov", "Zjukov"}, Case{"Yeltsin", "Ельцин"},
                        Case{"Khrushchev", "Хрущёв"}, Case{"Nazarbayev", "Назарбаев"},
                        Case{"Qasym-Jomart", "Qasym-Jomart"}, Case{"Müller", "Muller"}}) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    CHECK(name_key(c.a) == name_key(c.b));
  }
  CHECK(name_key("Kassym-Jomart Tokajev") == "kasym yomart tokaev");
  CHECK(name_key("Токаев") == "tokaev");
}

TEST_CASE("name_key: different names keep different keys") {
  CHECK(name_key("Lukashenko") != name_key("Lukashenka"));
  CHECK(name_key("Putin") != name_key("Pushkin"));
  CHECK(name_key("Austria") != name_key("Australia"));
  // Initials and Roman numerals are not spellings of each other (State of the Union addresses
  // name both wars, both Georges and articles of treaties by number).
  CHECK(name_key("George W") != name_key("George V"));
  CHECK(name_key("World War II") != name_key("World War I"));
  CHECK(name_key("Article VII") != name_key("Article VI"));
  CHECK(name_key("Article VIII") != name_key("Article VII"));
  CHECK(name_key("SALT II") != name_key("SALT I"));
  CHECK(name_key("World War II") == name_key("WORLD WAR II"));
}

// name_key() runs step 1 in stages that avoid ICU's transliterator registry (name_key.cpp); here
// every word of the Declaration in languages of Latin, Cyrillic and other scripts must get the
// key that the one compound transform the stages stand for gives.
TEST_CASE("name_key: the staged transform gives what ICU's compound transform gives") {
  const std::string rules = ":: NFC ; :: Lower ;\n" + std::string(entity_word_lists().name_key_rules()) +
                            "\n:: Any-Latin ; :: Latin-ASCII ; :: Lower ;";
  UParseError parse_error{};
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::Transliterator> compound(icu::Transliterator::createFromRules(
      "reference", icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD, parse_error, status));
  REQUIRE(U_SUCCESS(status));
  const auto dir = test::udhr_declaration_dir();
  std::size_t compared = 0;
  std::size_t non_ascii_words = 0;
  for (const char* code : {"eng", "swe", "dan", "isl", "fra", "vie", "pol", "ces", "tur", "hun",
                           "lav", "lit", "rus", "ukr", "bel", "kaz", "bul", "mkd", "srp_cyrl",
                           "ell_monotonic", "arb"}) {
    const auto udhr = test::read_udhr(dir, code);
    REQUIRE_MESSAGE(udhr.has_value(), code);
    std::istringstream words(udhr->text);
    std::string word;
    while (words >> word) {
      icu::UnicodeString reference = icu::UnicodeString::fromUTF8(word);
      compound->transliterate(reference);
      std::string ascii;
      reference.toUTF8String(ascii);
      // The later steps read lower-case ASCII; a key left with other letters is not comparable.
      if (std::any_of(ascii.begin(), ascii.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) continue;
      CAPTURE(code);
      CAPTURE(word);
      CHECK(name_key(word) == name_key(ascii));
      ++compared;
      if (std::any_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) ++non_ascii_words;
    }
  }
  CHECK(compared > 20000);
  CHECK(non_ascii_words > 10000);
}

TEST_CASE("edit_distance: Levenshtein, checked by hand") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("kitten", "sitting") == 3);  // k->s, e->i, +g
  CHECK(edit_distance("lukashenko", "lukashenka") == 1);
  CHECK(edit_distance("abc", "") == 3);
}

}  // namespace lectern
