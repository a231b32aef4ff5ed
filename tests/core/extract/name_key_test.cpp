#include "extract/name_key.h"

#include <string>

#include <doctest/doctest.h>

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
}

TEST_CASE("edit_distance: Levenshtein, checked by hand") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("kitten", "sitting") == 3);  // k->s, e->i, +g
  CHECK(edit_distance("lukashenko", "lukashenka") == 1);
  CHECK(edit_distance("abc", "") == 3);
}

}  // namespace lectern
