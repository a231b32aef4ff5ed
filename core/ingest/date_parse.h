// Document dates as Document.date holds them: "YYYY-MM-DD", "YYYY-MM" or "YYYY", read from the
// places a document's own date is written: metadata values (ISO timestamps, "January 8, 1790",
// "30 november 2024", Twitter's "Wed Oct 10 20:19:24 +0000 2018", a bare year), a dateline at
// the top of an article ("Nov.30 - 2024 2:53 PM CET") and file names ("2024-11-30_x.txt").
// Month names are known in English, Swedish, German, French, Spanish and Russian (genitive).
//
//   parse_date_value("2024-11-30T14:53:00+01:00")   // "2024-11-30"
//   parse_dateline("Nov.30 - 2024 2:53 PM CET")     // "2024-11-30"
//   parse_dateline("Putin met Tokayev on 30 November 2024 in Astana")  // nullopt: not a dateline
//   date_from_file_name("speeches/1790_george_washington.txt")         // "1790"
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lectern {

// A metadata value: the first date found in it, down to a bare year.
std::optional<std::string> parse_date_value(std::string_view text);

// A line that says when a text was published and little else: a day or a month with its year,
// perhaps with a weekday, a time, a time zone, a label ("Published", "Uppdaterad") and a place
// name. Bare years are not datelines.
std::optional<std::string> parse_dateline(std::string_view line);

// A date written in a file name (the folders are ignored): a day, a month or a year standing
// apart from other digits (years 1400 to 2100 only, so ids and counters are not dates).
std::optional<std::string> date_from_file_name(std::string_view path);

// The UTC day of a Unix time (seconds since 1970-01-01).
std::string date_from_unix_seconds(std::int64_t seconds);

}  // namespace lectern
