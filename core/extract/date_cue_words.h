// The few words per language that the temporal-expression grammar (temporal_expressions.h)
// needs beyond month and weekday names, which come from CLDR (month_names.h): what makes a
// bare number a year ("in", "sedan", "seit", "depuis", "desde", "в ... году"), parts of a year
// ("early", "i slutet av", "Anfang"), relative days ("yesterday", "i går", "вчера"), the
// modifiers and units of "last week" / "la semaine dernière", decade suffixes ("1990s",
// "1990-talet", "1990er"). Adding a language is adding rows here.
#pragma once

#include <span>
#include <string_view>

namespace lectern {

enum class DateCue : unsigned char {
  year_before,    // makes the year after it a date: "in 2025", "år 2025", "seit 1991"
  article,        // may stand between a year cue and the year: "during the 2022 unrest"
  year_after,     // makes the year before it a date, and is part of it: "2024 году", "2024 års"
  connector,      // may stand between day, month and year: "17 de junio de 2022", "17th of June"
  range_from,     // opens a range: "from", "between", "från", "zwischen"
  range_to,       // closes one: "to", "and", "till", "bis", "à", "hasta", "по"
  early,          // the first part of a year or month: "early", "i början av", "Anfang"
  mid,            // its middle: "mid", "i mitten av", "Mitte", "mediados de"
  late,           // its last part: "late", "i slutet av", "Ende", "fin", "finales de"
  decade_before,  // a decade follows: "années 1990", "la década de 1990"
  decade_suffix,  // after a year ending in 0, glued or hyphened: "1990s", "1990-talet", "1990er";
                  // value 100: after a year ending in 00 it names the century ("1800-talet")
  relative_day,   // value: days from the document date: "yesterday" -1, "i dag" 0, "demain" 1
  modifier,       // value: -1 last, 0 this, 1 next; before or after a unit or a weekday
  unit,           // value: 1 day, 7 week, 30 month, 365 year ("week", "månaden", "Jahr", "году")
  count_word,     // value: the number a word says, before a unit: "two years ago", "två år sedan"
  ago_before,     // opens a count of units back from the document date: "vor", "il y a", "hace"
  ago_after,      // closes one: "ago", "sedan", "назад"
  later_before,   // opens a count of units ahead: "in two weeks", "om två veckor", "через"
  quarter_ordinal,  // value: the quarter an ordinal names before a quarter word: "third" 3
  quarter_word,   // "quarter", "kvartalet", "Quartal", "trimestre", "квартале"
  ordinal_suffix, // glued to a day number: "17th", "1er"
  past_weekday_suffix,  // glued to a weekday, makes it the last one: Swedish "i tisdags"
  month_form,     // value: month; a spelling CLDR does not list: "sept", "sept."
  relative_year,  // value: years from the document date: Swedish "i fjol" -1
  blocker,        // a relative day right after it means something else: "la mañana" (morning)
  relative_month, // value: months from the document's; after a day number, the old commercial
                  // style: "the 4th instant" 0, "the 30th ultimo" -1, "the 2d proximo" 1
  future_tense,   // marks a clause as future ("will", "ska", "wird", "va", "будет"): a bare
                  // weekday in it is the next one (temporal_expressions.cpp, weekday_at)
  past_tense,     // marks a clause as past ("was", "hade", "war", "était", "был")
};

struct DateCueWord {
  std::string_view language;  // ISO 639-1
  std::string_view phrase;    // case-folded words separated by single spaces
  DateCue cue;
  int value = 0;
};

struct DateLanguageRules {
  std::string_view language;
  // Numeric dates: does 06/07/2022 mean June 7 (United States English) or 6 July?
  bool month_first_numeric = false;
  // Case endings cut before looking a month or weekday up by stem (Russian "в июне").
  std::string_view stem_letters;
  // Whether a modifier may follow its unit or weekday ("la semaine dernière", "el martes
  // pasado"); in English "the school year next fall" is no date.
  bool modifier_after = false;
};

std::span<const DateCueWord> date_cue_words();
std::span<const DateLanguageRules> date_language_rules();

}  // namespace lectern
