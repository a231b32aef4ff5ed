#include "ingest/markdown_text.h"

#include <vector>

namespace lectern {
namespace {

std::string_view trim(std::string_view s) {
  const auto begin = s.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t\r") - begin + 1);
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

// A line of three or more of one of - * _ (spaces allowed): a thematic break, or under a line
// of text a setext heading underline (with = too).
bool is_rule(std::string_view line, std::string_view marks) {
  line = trim(line);
  if (line.size() < 3 || marks.find(line[0]) == std::string_view::npos) return false;
  std::size_t count = 0;
  for (char c : line) {
    if (c == line[0]) {
      ++count;
    } else if (c != ' ') {
      return false;
    }
  }
  return count >= 3;
}

std::string unquote(std::string_view value) {
  value = trim(value);
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front()) {
    value = value.substr(1, value.size() - 2);
  }
  return std::string(value);
}

bool is_word_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

// Inline markup: ![alt](url) -> alt, [text](url) -> text, <url> -> url, `code` -> code,
// emphasis and strike-through marks dropped, other HTML tags dropped, \* -> *.
std::string strip_inline(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\\' && i + 1 < line.size() && !is_word_char(line[i + 1])) {
      out += line[++i];
    } else if ((c == '!' && i + 1 < line.size() && line[i + 1] == '[') || c == '[') {
      const std::size_t open = c == '!' ? i + 1 : i;
      const auto close = line.find(']', open);
      if (close != std::string_view::npos && close + 1 < line.size() && line[close + 1] == '(') {
        const auto paren = line.find(')', close);
        if (paren != std::string_view::npos) {
          out += strip_inline(line.substr(open + 1, close - open - 1));
          i = paren;
          continue;
        }
      }
      if (c == '[') continue;  // a reference link's bracket
      out += c;
    } else if (c == ']') {
      const auto rest = line.substr(i + 1);
      if (rest.starts_with("[")) {  // [text][ref]: drop the reference
        const auto close = rest.find(']');
        if (close != std::string_view::npos) i += close + 1;
      }
    } else if (c == '<') {
      const auto close = line.find('>', i);
      if (close == std::string_view::npos) {
        out += c;
        continue;
      }
      const std::string_view inside = line.substr(i + 1, close - i - 1);
      if (inside.starts_with("http://") || inside.starts_with("https://") ||
          inside.starts_with("mailto:")) {
        out += inside;
      }
      i = close;
    } else if (c == '`') {
      continue;
    } else if (c == '~' && i + 1 < line.size() && line[i + 1] == '~') {
      ++i;  // strike-through: both marks go
    } else if (c == '*' || c == '_') {
      // A mark beside a word is emphasis; snake_case and "2 * 3" keep theirs.
      const bool inside_word =
          i > 0 && i + 1 < line.size() && is_word_char(line[i - 1]) && is_word_char(line[i + 1]);
      const bool alone =
          (i == 0 || line[i - 1] == ' ') && (i + 1 == line.size() || line[i + 1] == ' ');
      if (inside_word && c == '_') out += c;
      if (alone) out += c;
    } else {
      out += c;
    }
  }
  return out;
}

// Block markers at the start of a line: "> " quotes, "- " "* " "+ " and "1. " list items,
// "#" headings (with the heading level returned).
std::string_view strip_block(std::string_view line, int& heading) {
  heading = 0;
  std::string_view rest = trim(line);
  while (rest.starts_with(">")) rest = trim(rest.substr(1));
  if (rest.starts_with("#")) {
    const auto hashes = rest.find_first_not_of('#');
    if (hashes != std::string_view::npos && hashes <= 6 && rest[hashes] == ' ') {
      heading = static_cast<int>(hashes);
      rest = trim(rest.substr(hashes));
      while (rest.ends_with("#")) rest.remove_suffix(1);
      return trim(rest);
    }
    if (hashes == std::string_view::npos && rest.size() <= 6) return {};
  }
  if (rest.size() >= 2 && (rest[0] == '-' || rest[0] == '*' || rest[0] == '+') && rest[1] == ' ') {
    return trim(rest.substr(2));
  }
  const auto digits = rest.find_first_not_of("0123456789");
  if (digits != std::string_view::npos && digits > 0 && digits <= 9 &&
      (rest[digits] == '.' || rest[digits] == ')') && digits + 1 < rest.size() &&
      rest[digits + 1] == ' ') {
    return trim(rest.substr(digits + 2));
  }
  return rest;
}

bool is_reference_definition(std::string_view line) {
  line = trim(line);
  const auto close = line.find("]:");
  return line.starts_with("[") && close != std::string_view::npos;
}

}  // namespace

MarkdownText read_markdown(std::string_view utf8) {
  MarkdownText out;
  std::vector<std::string_view> lines = split_lines(utf8);
  std::size_t first = 0;
  if (!lines.empty() && trim(lines[0]) == "---") {
    for (std::size_t i = 1; i < lines.size(); ++i) {
      const std::string_view line = trim(lines[i]);
      if (line == "---" || line == "...") {
        first = i + 1;
        break;
      }
      const auto colon = line.find(':');
      if (colon == std::string_view::npos) continue;
      const std::string_view key = trim(line.substr(0, colon));
      const std::string value = unquote(line.substr(colon + 1));
      if (key == "title") out.title = value;
      if (key == "date") out.date = value;
      if (key == "author") out.author = value;
      if (key == "lang" || key == "language") out.language = value;
    }
    if (first == 0) {  // no closing line: not front matter after all
      out = {};
    }
  }

  std::string heading_title;
  bool in_fence = false;
  std::vector<std::string> text_lines;
  for (std::size_t i = first; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const std::string_view trimmed = trim(line);
    if (trimmed.starts_with("```") || trimmed.starts_with("~~~")) {
      in_fence = !in_fence;
      text_lines.emplace_back();
      continue;
    }
    if (in_fence) {
      text_lines.emplace_back(line);
      continue;
    }
    const bool after_text = !text_lines.empty() && !trim(text_lines.back()).empty();
    if (after_text && is_rule(line, "=-")) {  // setext heading underline
      if (heading_title.empty()) heading_title = trim(text_lines.back());
      text_lines.emplace_back();
      continue;
    }
    if (is_rule(line, "-*_") || is_reference_definition(line)) {
      text_lines.emplace_back();
      continue;
    }
    int heading = 0;
    std::string text = strip_inline(strip_block(line, heading));
    if (heading > 0 && heading_title.empty()) heading_title = trim(text);
    text_lines.push_back(std::move(text));
  }
  for (std::size_t i = 0; i < text_lines.size(); ++i) {
    if (i > 0) out.text += '\n';
    out.text += text_lines[i];
  }
  if (out.title.empty()) out.title = heading_title;
  return out;
}

}  // namespace lectern
