#include "text/cyrillic_letters.h"

#include <doctest/doctest.h>

#include <string>

#include "text/language_id.h"

using namespace lectern;

TEST_CASE("short Cyrillic texts are told apart by the letters only some alphabets have") {
  struct Case {
    const char* text;
    const char* code;
  };
  const Case cases[] = {
      {"Привет, как дела?", "ru"},        // no distinctive letter: Russian
      {"Это очень хорошо.", "ru"},        // э, ы
      {"Київ — столиця України.", "uk"},  // ї, і, я
      {"Гэта і ёсць Мінск.", "be"},       // і beside э
      {"Добры дзень, як справы ў вас?", "be"},
      {"Алматы — ең үлкен қала.", "kk"},
      {"Београд је главни град Србије.", "sr"},
      {"Ћао, ђаче!", "sr"},
      {"Ќе одам во Скопје.", "mk"},
      {"Къде е гарата?", "bg"},  // ъ with no ы or э
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const auto guess = cyrillic_language_by_letters(c.text);
    REQUIRE(guess);
    CHECK(guess->code == c.code);
    CHECK(guess->percent == 100);
  }
}

TEST_CASE("texts that are not mostly Cyrillic get no letter guess") {
  CHECK_FALSE(cyrillic_language_by_letters("Hello, world"));
  CHECK_FALSE(cyrillic_language_by_letters("Putin said привет to Tokayev today"));
  CHECK_FALSE(cyrillic_language_by_letters("2024 — 30"));
  CHECK_FALSE(cyrillic_language_by_letters(""));
}

TEST_CASE("language id: short Cyrillic texts CLD2 cannot place fall back to their letters") {
  // CLD2 answers "und" for both (too few n-grams); long texts keep CLD2's answer.
  CHECK(identify_language("Привет, как дела?").code == "ru");
  CHECK(identify_language("Дякую, друже! Як справи?").code == "uk");
  CHECK(identify_language("Hi").code == "und");  // not Cyrillic: still unknown
  CHECK(identify_language("Сегодня хорошая погода, и мы идём гулять в парк.").code == "ru");
}
