#include "extract/temporal_expressions.h"

#include <doctest/doctest.h>

#include <string>

using namespace lectern;

namespace {

// "surface => value" for each expression, "value*" when anchored, "?" when unresolved,
// joined by " ; ".
std::string described(std::string_view text, std::string_view language, const char* date) {
  std::string out;
  for (const TemporalExpression& e :
       find_temporal_expressions(text, language, parse_date_anchor(date))) {
    if (!out.empty()) out += " ; ";
    out += std::string(text.substr(e.span.offset, e.span.length)) + " => ";
    out += e.resolved ? e.period.value : "?";
    if (e.anchored && e.resolved) out += "*";
  }
  return out;
}

struct Case {
  std::string text;
  std::string expected;
};

void check_table(const char* language, const char* document_date, const Case* begin,
                 const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    CAPTURE(c->text);
    CHECK(described(c->text, language, document_date) == c->expected);
  }
}

}  // namespace

TEST_CASE("English: full dates, months, years in context, ranges, parts, decades, relatives") {
  const Case cases[] = {
      {"The first incident occurred on June 17, 2022, when Tokayev spoke.",
       "June 17, 2022 => 2022-06-17"},
      {"It was signed on 17 June 2022 in Astana.", "17 June 2022 => 2022-06-17"},
      {"Sealed the 4th of March, 1801.", "4th of March, 1801 => 1801-03-04"},
      {"Filed 2022-06-17 and again 06/17/2022.",
       "2022-06-17 => 2022-06-17 ; 06/17/2022 => 2022-06-17"},
      {"Prices rose in February 2024.", "February 2024 => 2024-02"},
      {"Appointed in August, 1848, for the school year next fall, on the 3d of March, 1849.",
       "August, 1848 => 1848-08 ; 3d of March, 1849 => 1849-03-03"},
      {"The celebrations of the 80th anniversary of the end of World War II in 2025.",
       "2025 => 2025"},
      {"Fourteen documents were signed; 14 documents, 36 points and 1500 troops.", ""},
      {"Kazakhstan has been independent since 1991.", "1991 => 1991"},
      {"Russia helped during the 2022 unrest, not the 2000 troops.", "2022 => 2022"},
      {"The plan covers 2024-2028 and the budget for 2019\xE2\x80\x93" "20.",
       "2024-2028 => 2024/2028 ; 2019\xE2\x80\x93" "20 => 2019/2020"},
      {"The talks ran from June to August 2024.", "from June to August 2024 => 2024-06/2024-08"},
      {"Between 2020 and 2022 prices doubled.", "Between 2020 and 2022 => 2020/2022"},
      {"Growth slowed in early 2022, recovered by mid-2023 and peaked in late 2024.",
       "early 2022 => 2022-H1 ; mid-2023 => 2023-Q2/2023-Q3 ; late 2024 => 2024-H2"},
      {"Debt soared in the 1990s and early 1980s.",
       "1990s => 199X ; early 1980s => 1980/1983"},
      {"Yesterday the minister resigned; today a successor was named, tomorrow he is sworn in.",
       "Yesterday => 2024-11-29* ; today => 2024-11-30* ; tomorrow => 2024-12-01*"},
      {"Sales fell last week, last month and last year, and will rise next year.",
       "last week => 2024-11-18/2024-11-24* ; last month => 2024-10* ; last year => 2023* ; "
       "next year => 2025*"},
      {"He arrived on Tuesday and leaves next Monday; they met last Saturday.",
       "Tuesday => 2024-11-26* ; next Monday => 2024-12-02* ; last Saturday => 2024-11-23*"},
      {"The summit opens on November 23 in Astana.", "November 23 => 2024-11-23*"},
      {"Two years ago, 3 weeks ago and a day ago; results for Q3 2022 in the spring of 2020.",
       "Two years ago => 2022* ; 3 weeks ago => 2024-11-04/2024-11-10* ; a day ago => 2024-11-29* ; "
       "Q3 2022 => 2022-Q3 ; 2020 => 2020"},
      {"In the third quarter of 2023 and in two weeks; in 14 documents, in 2025.",
       "third quarter of 2023 => 2023-Q3 ; in two weeks => 2024-12-09/2024-12-15* ; 2025 => 2025"},
      {"You may go in March if you march.", "March => 2024-03*"},
      {"On Tuesday, June 17, 2022 the court sat.", "Tuesday, June 17, 2022 => 2022-06-17"},
  };
  check_table("en", "2024-11-30", std::begin(cases), std::end(cases));
}

TEST_CASE("Swedish") {
  const Case cases[] = {
      {"Avtalet skrevs den 17 juni 2022 i Astana.", "17 juni 2022 => 2022-06-17"},
      {"Priserna steg i juni 2024.", "juni 2024 => 2024-06"},
      {"Det ska vara klart år 2025, och Kazakstan har varit självständigt sedan 1991.",
       "2025 => 2025 ; 1991 => 1991"},
      {"I slutet av 2024 och i början av 2023 var läget ett annat.",
       "I slutet av 2024 => 2024-H2 ; i början av 2023 => 2023-H1"},
      {"Under 1990-talet växte staden.", "1990-talet => 199X"},
      {"Putin kom i går, och i dag talar han. I morgon reser han.",
       "i går => 2024-11-29* ; i dag => 2024-11-30* ; I morgon => 2024-12-01*"},
      {"Förra veckan och i år, men nästa år blir det bättre.",
       "Förra veckan => 2024-11-18/2024-11-24* ; i år => 2024* ; nästa år => 2025*"},
      {"Han landade i tisdags.", "i tisdags => 2024-11-26*"},
      {"Mötet hölls 2024-11-27 och 30.11.2024.",
       "2024-11-27 => 2024-11-27 ; 30.11.2024 => 2024-11-30"},
      {"Planen gäller 2024\xE2\x80\x93" "2028.", "2024\xE2\x80\x93" "2028 => 2024/2028"},
      {"Ett tjugotal dokument och 36 punkter.", ""},
      {"F\xC3\xB6r tv\xC3\xA5 \xC3\xA5r sedan.", "F\xC3\xB6r tv\xC3\xA5 \xC3\xA5r sedan => 2022*"},
  };
  check_table("sv", "2024-11-30", std::begin(cases), std::end(cases));
}

TEST_CASE("German") {
  const Case cases[] = {
      {"Der Vertrag wurde am 17. Juni 2022 unterzeichnet.", "17. Juni 2022 => 2022-06-17"},
      {"Seit 1991 ist Kasachstan unabh\xC3\xA4ngig, im Jahr 2025 wird gefeiert.",
       "1991 => 1991 ; 2025 => 2025"},
      {"Anfang 2023 und Ende 2024 sowie Mitte 2022.",
       "Anfang 2023 => 2023-H1 ; Ende 2024 => 2024-H2 ; Mitte 2022 => 2022-Q2/2022-Q3"},
      {"Gestern kam er an, heute Morgen sprach er, morgen reist er ab.",
       "Gestern => 2024-11-29* ; heute => 2024-11-30* ; morgen => 2024-12-01*"},
      {"Letzte Woche und n\xC3\xA4" "chstes Jahr.",
       "Letzte Woche => 2024-11-18/2024-11-24* ; n\xC3\xA4" "chstes Jahr => 2025*"},
      {"In den 1990er Jahren und im Februar 2024.", "1990er => 199X ; Februar 2024 => 2024-02"},
      {"Am Dienstag trafen sie sich, am 17.06.2022 auch.",
       "Dienstag => 2024-11-26* ; 17.06.2022 => 2022-06-17"},
  };
  check_table("de", "2024-11-30", std::begin(cases), std::end(cases));
}

TEST_CASE("French") {
  const Case cases[] = {
      {"Le trait\xC3\xA9 a \xC3\xA9t\xC3\xA9 sign\xC3\xA9 le 17 juin 2022 \xC3\xA0 Astana.",
       "17 juin 2022 => 2022-06-17"},
      {"Depuis 1991, et en 2025 encore.", "1991 => 1991 ; 2025 => 2025"},
      {"D\xC3\xA9" "but 2023 et fin 2024.", "D\xC3\xA9" "but 2023 => 2023-H1 ; fin 2024 => 2024-H2"},
      {"Hier il est arriv\xC3\xA9, aujourd'hui il parle, demain il part.",
       "Hier => 2024-11-29* ; aujourd'hui => 2024-11-30* ; demain => 2024-12-01*"},
      {"La semaine derni\xC3\xA8re et l'ann\xC3\xA9" "e prochaine.",
       "semaine derni\xC3\xA8re => 2024-11-18/2024-11-24* ; ann\xC3\xA9" "e prochaine => 2025*"},
      {"Dans les ann\xC3\xA9" "es 1990, puis en f\xC3\xA9vrier 2024.",
       "les ann\xC3\xA9" "es 1990 => 199X ; f\xC3\xA9vrier 2024 => 2024-02"},
      {"Le 1er mai 2024, mardi dernier.", "1er mai 2024 => 2024-05-01 ; mardi dernier => 2024-11-26*"},
  };
  check_table("fr", "2024-11-30", std::begin(cases), std::end(cases));
}

TEST_CASE("Spanish") {
  const Case cases[] = {
      {"El tratado se firm\xC3\xB3 el 17 de junio de 2022 en Astana.",
       "17 de junio de 2022 => 2022-06-17"},
      {"Desde 1991 y en 2025.", "1991 => 1991 ; 2025 => 2025"},
      {"A principios de 2023 y a finales de 2024.",
       "A principios de 2023 => 2023-H1 ; a finales de 2024 => 2024-H2"},
      {"Ayer lleg\xC3\xB3, hoy habla y ma\xC3\xB1" "ana se va; por la ma\xC3\xB1" "ana no.",
       "Ayer => 2024-11-29* ; hoy => 2024-11-30* ; ma\xC3\xB1" "ana => 2024-12-01*"},
      {"La semana pasada y el a\xC3\xB1o que viene.",
       "semana pasada => 2024-11-18/2024-11-24* ; a\xC3\xB1o que viene => 2025*"},
      {"En febrero de 2024 y en la d\xC3\xA9" "cada de 1990.",
       "febrero de 2024 => 2024-02 ; la d\xC3\xA9" "cada de 1990 => 199X"},
      {"El martes pasado.", "martes pasado => 2024-11-26*"},
  };
  check_table("es", "2024-11-30", std::begin(cases), std::end(cases));
}

TEST_CASE("Russian: genitive and declined month names") {
  const Case cases[] = {
      {"Договор был подписан 17 июня 2022 года в Астане.", "17 июня 2022 года => 2022-06-17"},
      {"В 2025 году и с 1991 года.", "2025 году => 2025 ; 1991 года => 1991"},
      {"В июне 2024 года цены выросли, а в июне снова.",
       "июне 2024 года => 2024-06 ; июне => 2024-06*"},
      {"В начале 2023 года и в конце 2024 года.",
       "В начале 2023 года => 2023-H1 ; в конце 2024 года => 2024-H2"},
      {"Вчера он приехал, сегодня выступает, завтра уедет.",
       "Вчера => 2024-11-29* ; сегодня => 2024-11-30* ; завтра => 2024-12-01*"},
      {"На прошлой неделе и в следующем году.",
       "прошлой неделе => 2024-11-18/2024-11-24* ; следующем году => 2025*"},
      {"В 1990-х годах и в среду.", "1990-х => 199X ; среду => 2024-11-27*"},
      {"С 2020 по 2022 год.", "С 2020 по 2022 год => 2020/2022"},
      {"Два года назад и пять дней назад.", "Два года назад => 2022* ; пять дней назад => 2024-11-25*"},
      {"В третьем квартале 2023 года, через две недели.",
       "третьем квартале 2023 года => 2023-Q3 ; через две недели => 2024-12-09/2024-12-15*"},
  };
  check_table("ru", "2024-11-30", std::begin(cases), std::end(cases));
}

TEST_CASE("Relative expressions stay unresolved without a document date, and coarse dates resolve "
          "only what they can") {
  CHECK(described("Yesterday, and on November 23, and last year.", "en", "") ==
        "Yesterday => ? ; November 23 => ? ; last year => ?");
  CHECK(described("Yesterday, and on November 23, and last year.", "en", "1790") ==
        "Yesterday => ? ; November 23 => 1790-11-23* ; last year => 1789*");
  CHECK(described("It ends on December 30.", "en", "2025-01") == "December 30 => 2024-12-30*");
}

TEST_CASE("Spans are byte ranges of the text and periods carry first and last days") {
  const std::string text = "Putin kom i g\xC3\xA5r till Astana.";
  const auto found = find_temporal_expressions(text, "sv", parse_date_anchor("2024-11-30"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].span == TextSpan{10, 6});
  const auto late = find_temporal_expressions("late 2024", "en", std::nullopt);
  REQUIRE(late.size() == 1);
  CHECK(format_day(late[0].period.begin) == "2024-07-01");
  CHECK(format_day(late[0].period.end) == "2024-12-31");
  CHECK(late[0].period.granularity == Granularity::half);
  CHECK_FALSE(late[0].anchored);
}

TEST_CASE("Old styles: a month or day with last or next, instant and ultimo") {
  const Case dated[] = {
      {"The report of December last and the 1st of January next, the 4th instant and the 30th "
       "ultimo; since the last session.",
       "December last => 1829-12* ; 1st of January next => 1831-01-01* ; 4th instant => "
       "1830-12-04* ; 30th ultimo => 1830-11-30*"},
      {"In May last year and July next.", "May => 1830-05* ; last year => 1829* ; July next => 1831-07*"},
      {"The receipts for the present year and the ensuing year.",
       "present year => 1830* ; ensuing year => 1831*"},
  };
  check_table("en", "1830-12-06", std::begin(dated), std::end(dated));
  // Dated to its year only (the addresses are): last is in its year, next in the one after,
  // and "instant" needs the month.
  const Case year_only[] = {
      {"The 30th of September last, January next and the 1st instant.",
       "30th of September last => 1830-09-30* ; January next => 1831-01* ; 1st instant => ?"},
  };
  check_table("en", "1830", std::begin(year_only), std::end(year_only));
}

TEST_CASE("Swedish -talet on a year ending in 00 is the century") {
  const Case cases[] = {
      {"Under 1800-talet, på 1990-talet och 2000-talet.",
       "1800-talet => 180X/189X ; 1990-talet => 199X ; 2000-talet => 200X/209X"},
      {"I början av 1900-talet.", "I början av 1900-talet => 1900/1933"},
  };
  check_table("sv", "2024-05-08", std::begin(cases), std::end(cases));
}

TEST_CASE("A bare weekday is the last one, or the next one in a sentence in the future tense") {
  // 2024-11-27 is a Wednesday.
  const Case en[] = {
      {"The delegation arrived on Monday and will leave on Friday.",
       "Monday => 2024-11-25* ; Friday => 2024-11-29*"},
      {"On Tuesday the minister said he will resign.", "Tuesday => 2024-11-26*"},
      {"On Tuesday the minister will resign.", "Tuesday => 2024-12-03*"},
      {"The vote will be held on Wednesday.", "Wednesday => 2024-11-27*"},
  };
  check_table("en", "2024-11-27", std::begin(en), std::end(en));
  const Case sv[] = {{"Hon ska resa på fredag men kom hem i tisdags.",
                      "fredag => 2024-11-29* ; i tisdags => 2024-11-26*"}};
  check_table("sv", "2024-11-27", std::begin(sv), std::end(sv));
  const Case de[] = {{"Der Kanzler wird am Freitag reisen.", "Freitag => 2024-11-29*"}};
  check_table("de", "2024-11-27", std::begin(de), std::end(de));
}
