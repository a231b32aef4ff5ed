#include "ingest/text_header.h"

#include <vector>

#include "ingest/date_parse.h"

namespace lectern {
namespace {

constexpr std::size_t kHeaderLines = 10;
constexpr std::size_t kMaxTitleChars = 120;
constexpr std::size_t kMaxBylineWords = 12;
constexpr std::size_t kMaxNameWords = 6;
// A byline holds at most kMaxBylineWords words and a dateline at most 14 tokens, so a longer line
// is a paragraph: it is not parsed for either (a plain text often starts with one, and parsing
// whole paragraphs took an eighth of the ingest time of the State of the Union addresses).
constexpr std::size_t kMaxHeaderLineBytes = 240;

std::string_view trim(std::string_view s) {
  const auto begin = s.find_first_not_of(" \t\r\f\v");
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t\r\f\v") - begin + 1);
}

std::vector<std::string_view> first_lines(std::string_view text, std::size_t count) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size() && lines.size() < count) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim(text.substr(start, end - start));
    if (!line.empty()) lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto begin = s.find_first_not_of(" \t", i);
    if (begin == std::string_view::npos) break;
    auto end = s.find_first_of(" \t", begin);
    if (end == std::string_view::npos) end = s.size();
    out.push_back(s.substr(begin, end - begin));
    i = end;
  }
  return out;
}

// Lower-case particles that names hold ("Ursula von der Leyen") and the words joining authors.
bool is_name_particle(std::string_view word) {
  constexpr std::string_view particles[] = {"and", "och", "&",  "von", "van", "der", "de",  "den",
                                            "af",  "la",  "le", "di",  "da",  "du",  "bin", "al"};
  for (std::string_view p : particles) {
    if (word == p) return true;
  }
  return false;
}

// Capitalised words (or words in a script without ASCII capitals), no digits.
bool looks_like_name(std::string_view name) {
  const auto parts = words(name);
  if (parts.empty() || parts.size() > kMaxNameWords) return false;
  if (is_name_particle(parts.front()) || is_name_particle(parts.back())) return false;
  for (std::string_view word : parts) {
    if (word.find_first_of("0123456789:;!?") != std::string_view::npos) return false;
    if (is_name_particle(word)) continue;
    const auto first = static_cast<unsigned char>(word[0]);
    if (!(first >= 'A' && first <= 'Z') && first < 0x80) return false;
  }
  return true;
}

constexpr std::string_view kBylinePrefixes[] = {
    "written by ", "by ",  "av ",      "text av ",   "skriven av ",
    "text: ",      "av: ", "author: ", "reporter: ", "f\xC3\xB6rfattare: "};

// Where the name in a byline ends: before an outlet, a date or a role.
constexpr std::string_view kNameEnds[] = {
    ",",        "|",   " - ",  " \xE2\x80\x93 ", " \xE2\x80\x94 ", "\xE2\x80\xA2",
    "\xC2\xB7", " / ", " on ", " for ",          " f\xC3\xB6r ",   " den "};

std::optional<std::string> dateline_after_byline(std::string_view line) {
  for (std::string_view prefix : kBylinePrefixes) {
    if (!starts_with_nocase(line, prefix)) continue;
    std::string_view rest = line.substr(prefix.size());
    for (std::string_view end : kNameEnds) {
      const auto at = rest.find(end);
      if (at != std::string_view::npos) {
        if (auto date = parse_dateline(trim(rest.substr(at + end.size())))) return date;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> byline_author(std::string_view line) {
  line = trim(line);
  if (words(line).size() > kMaxBylineWords) return std::nullopt;
  for (std::string_view prefix : kBylinePrefixes) {
    if (!starts_with_nocase(line, prefix)) continue;
    std::string_view name = line.substr(prefix.size());
    for (std::string_view end : kNameEnds) {
      const auto at = name.find(end);
      if (at != std::string_view::npos) name = name.substr(0, at);
    }
    name = trim(name);
    if (looks_like_name(name) && !parse_date_value(name)) return std::string(name);
  }
  return std::nullopt;
}

TextHeader read_text_header(std::string_view text) {
  TextHeader header;
  for (std::string_view line : first_lines(text, kHeaderLines)) {
    if (line.size() > kMaxHeaderLineBytes) {
      if (header.title.empty()) header.title = title_from_text(line);
      continue;
    }
    if (header.author.empty()) {
      if (auto author = byline_author(line)) {
        header.author = *author;
        if (header.date.empty()) header.date = dateline_after_byline(line).value_or("");
        continue;
      }
    }
    if (header.date.empty()) {
      if (auto date = parse_dateline(line)) {
        header.date = *date;
        continue;
      }
    }
    if (header.title.empty()) header.title = title_from_text(line);
  }
  return header;
}

std::string title_from_text(std::string_view text) {
  const auto lines = first_lines(text, 1);
  if (lines.empty()) return {};
  const std::string_view line = lines.front();
  std::size_t chars = 0;
  std::size_t cut = line.size();
  std::size_t last_space = std::string_view::npos;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: same character
    if (chars == kMaxTitleChars) {
      cut = i;
      break;
    }
    if (c == ' ') last_space = i;
    ++chars;
  }
  if (cut == line.size()) return std::string(line);
  if (last_space != std::string_view::npos && last_space > cut / 2) cut = last_space;
  return std::string(trim(line.substr(0, cut))) + "\xE2\x80\xA6";
}

}  // namespace lectern
