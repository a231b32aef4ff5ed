// Temporal expressions in a text: the dates it mentions, in words and in digits, each with the
// interval it covers, its granularity and a value as the CLI contract writes it. Relative
// expressions ("yesterday", "last week", "on Tuesday", "November 23") are resolved against the
// document's own date and flagged anchored; without a date fine enough to resolve them they
// are returned unresolved, never resolved against today.
//
// Month and weekday names come from CLDR (month_names.h) and the few other words each language
// needs are data (date_cue_words.h), so the grammar here is the same for every language:
//
//   auto anchor = parse_date_anchor("2024-11-30");
//   find_temporal_expressions("Putin kom till Astana i går, den 27 november 2024.", "sv", anchor)
//     // "i går" -> 2024-11-29 (anchored), "27 november 2024" -> 2024-11-27
//
// What counts: full dates (17 June 2022, June 17, 2022, 17. Juni 2022, 17 июня 2022,
// 2022-06-17, 17.06.2022), month and year, years after a cue word (in 2025, år 2025, seit
// 1991, в 2024 году) but never bare counts (14 documents, 80th anniversary), ranges and spans
// (2024-2028, from June to August 2024), early / mid / late parts of a year or month, decades
// (the 1990s, 1990-talet), relative days, weeks, months, years and weekdays.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "extract/date_period.h"
#include "ingest/document.h"

namespace lectern {

struct TemporalExpression {
  TextSpan span;      // bytes of the text
  DatePeriod period;  // empty value when unresolved
  bool anchored = false;  // resolving it needed the document date
  bool resolved = true;   // false when it needed a document date the document lacks

  bool operator==(const TemporalExpression&) const = default;
};

// language is an ISO 639-1 code; a language without cue words still gets its CLDR month names
// (full dates, month and year) and numeric dates.
std::vector<TemporalExpression> find_temporal_expressions(std::string_view text,
                                                          std::string_view language,
                                                          std::optional<DateAnchor> anchor);

}  // namespace lectern

namespace lectern {

// A stretch of a text that may hold dates, for a caller that knows where its date words are
// (extract/document_dates.h): from the first byte of a word that is no date word at all to the
// last byte of another, or from the start of the text or to its end.
struct DateWindow {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool from_start = false;  // begin is the start of the text, not of such a word
  bool to_end = false;      // end is the end of the text
};

// What find_temporal_expressions finds between the end words of the windows (sorted, their
// insides disjoint), reading only them: no rule of the grammar reads past a word that is no date
// word, so what lies between two such words is found from them alone. Nothing when an end
// word turns out to be a date word after all (the caller split words unlike the scanner): the
// caller then reads the whole text.
std::optional<std::vector<TemporalExpression>> find_temporal_expressions_in(
    std::string_view text, std::string_view language, std::optional<DateAnchor> anchor,
    std::span<const DateWindow> windows);

}  // namespace lectern
