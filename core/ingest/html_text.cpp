#include "ingest/html_text.h"

#include <cstdint>
#include <map>
#include <vector>

#include "ingest/text_header.h"

namespace lectern {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view trim(std::string_view s) {
  const auto begin = s.find_first_not_of(" \t\r\n\f");
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t\r\n\f") - begin + 1);
}

void append_utf8(std::string& out, std::uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// The Latin-1 entities, U+00A0 to U+00FF in order (HTML 4's "ISO 8859-1 characters").
constexpr const char* kLatin1Names[96] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct NamedEntity {
  const char* name;
  std::uint32_t code;
};

// Markup, typography and the letters outside Latin-1 that Latin-script text uses.
constexpr NamedEntity kOtherEntities[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},       {"quot", '"'},
    {"apos", '\''},     {"OElig", 0x152},   {"oelig", 0x153},  {"Scaron", 0x160},
    {"scaron", 0x161},  {"Yuml", 0x178},    {"fnof", 0x192},   {"circ", 0x2C6},
    {"tilde", 0x2DC},   {"ensp", 0x2002},   {"emsp", 0x2003},  {"thinsp", 0x2009},
    {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},   {"rlm", 0x200F},
    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D}, {"bdquo", 0x201E},
    {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},  {"hellip", 0x2026},
    {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033}, {"lsaquo", 0x2039},
    {"rsaquo", 0x203A}, {"euro", 0x20AC},   {"trade", 0x2122}, {"larr", 0x2190},
    {"rarr", 0x2192},   {"minus", 0x2212},  {"Ccaron", 0x10C}, {"ccaron", 0x10D},
    {"Zcaron", 0x17D},  {"zcaron", 0x17E},  {"Lstrok", 0x141}, {"lstrok", 0x142}};

// Browsers read &#128; to &#159; as windows-1252, not as C1 controls (HTML5 "numeric character
// reference end state").
constexpr std::uint16_t kWindows1252[32] = {
    0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021, 0x2C6,  0x2030, 0x160,
    0x2039, 0x152,  0x8D,   0x17D,  0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178};

std::uint32_t named_entity(std::string_view name) {
  for (std::size_t i = 0; i < 96; ++i) {
    if (name == kLatin1Names[i]) return static_cast<std::uint32_t>(0xA0 + i);
  }
  for (const NamedEntity& e : kOtherEntities) {
    if (name == e.name) return e.code;
  }
  return 0;
}

std::uint32_t valid_code_point(std::uint64_t c) {
  if (c >= 0x80 && c <= 0x9F) return kWindows1252[c - 0x80];
  if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0xFFFD;
  return static_cast<std::uint32_t>(c);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == ':' || c == '_';
}

using Attributes = std::map<std::string, std::string>;

struct Tag {
  std::string name;  // lower case
  bool closing = false;
  bool self_closing = false;
  Attributes attributes;
};

// Parses the tag starting at text[pos] == '<'; returns the position after its '>'.
std::size_t parse_tag(std::string_view text, std::size_t pos, Tag& tag) {
  std::size_t i = pos + 1;
  if (i < text.size() && text[i] == '/') {
    tag.closing = true;
    ++i;
  }
  const std::size_t name_begin = i;
  while (i < text.size() && is_name_char(text[i])) ++i;
  tag.name = lower(text.substr(name_begin, i - name_begin));
  while (i < text.size() && text[i] != '>') {
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    if (text[i] == '/') {
      tag.self_closing = true;
      ++i;
      continue;
    }
    const std::size_t key_begin = i;
    while (i < text.size() && !is_space(text[i]) && text[i] != '=' && text[i] != '>' &&
           text[i] != '/') {
      ++i;
    }
    std::string key = lower(text.substr(key_begin, i - key_begin));
    std::string value;
    while (i < text.size() && is_space(text[i])) ++i;
    if (i < text.size() && text[i] == '=') {
      ++i;
      while (i < text.size() && is_space(text[i])) ++i;
      if (i < text.size() && (text[i] == '"' || text[i] == '\'')) {
        const char quote = text[i++];
        const std::size_t end = text.find(quote, i);
        const std::size_t stop = end == std::string_view::npos ? text.size() : end;
        value = decode_entities(text.substr(i, stop - i));
        i = stop == text.size() ? stop : stop + 1;
      } else {
        const std::size_t value_begin = i;
        while (i < text.size() && !is_space(text[i]) && text[i] != '>') ++i;
        value = decode_entities(text.substr(value_begin, i - value_begin));
      }
    }
    if (!key.empty()) tag.attributes.emplace(std::move(key), std::move(value));
  }
  return i < text.size() ? i + 1 : text.size();
}

std::size_t find_nocase(std::string_view text, std::string_view needle, std::size_t from) {
  for (std::size_t i = from; i + needle.size() <= text.size(); ++i) {
    bool match = true;
    for (std::size_t j = 0; j < needle.size() && match; ++j) {
      char c = text[i + j];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      match = c == needle[j];
    }
    if (match) return i;
  }
  return std::string_view::npos;
}

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names) {
    if (name == n) return true;
  }
  return false;
}

// Elements whose content is page furniture or not text at all.
bool is_dropped(std::string_view name) {
  return one_of(name, {"nav", "aside", "form", "noscript", "template", "svg", "button", "select",
                       "iframe", "object", "canvas", "dialog", "menu"});
}

// Elements whose content is raw text up to their closing tag.
bool is_raw_text(std::string_view name) {
  return one_of(name, {"script", "style", "textarea", "xmp", "noembed", "noframes"});
}

bool is_paragraph(std::string_view name) {
  return one_of(name,
                {"p",      "h1",     "h2",     "h3", "h4",      "h5",       "h6",      "blockquote",
                 "pre",    "table",  "ul",     "ol", "dl",      "section",  "article", "main",
                 "header", "footer", "figure", "hr", "address", "fieldset", "details"});
}

bool is_line(std::string_view name) {
  return one_of(name, {"br", "div", "li", "tr", "dt", "dd", "figcaption", "caption", "summary",
                       "legend", "option"});
}

// Builds the visible text: white space collapsed outside <pre>, block boundaries as line
// breaks, at most one blank line in a row.
class TextBuilder {
 public:
  void text(std::string_view chunk, bool preformatted) {
    for (char c : chunk) {
      if (preformatted) {
        if (c == '\r') continue;
        out_ += c;
        pending_space_ = false;
        continue;
      }
      if (is_space(c)) {
        pending_space_ = true;
        continue;
      }
      if (pending_space_ && !out_.empty() && out_.back() != '\n') out_ += ' ';
      pending_space_ = false;
      out_ += c;
    }
  }

  void line_break() {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    pending_space_ = false;
  }

  void paragraph_break() {
    line_break();
    if (out_.size() >= 2 && out_[out_.size() - 2] != '\n') out_ += '\n';
  }

  std::string finish() {
    line_break();
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    return std::move(out_);
  }

 private:
  std::string out_;
  bool pending_space_ = false;
};

struct PageMeta {
  std::map<std::string, std::string> meta;  // first content for each name/property, lower-cased
  std::string title_element;
  std::string first_h1;
  std::string time_in_content;
  std::string time_anywhere;
  std::string language;

  const std::string* find(std::initializer_list<const char*> names) const {
    for (const char* name : names) {
      const auto it = meta.find(name);
      if (it != meta.end() && !trim(it->second).empty()) return &it->second;
    }
    return nullptr;
  }
};

std::string collapse_spaces(std::string_view s) {
  TextBuilder builder;
  builder.text(s, false);
  return std::string(trim(builder.finish()));
}

// "Headline | The Paper" -> "Headline" when the site's name is known.
std::string without_site_suffix(std::string title, std::string_view site) {
  if (site.empty()) return title;
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: "}) {
    const std::string suffix = std::string(sep) + std::string(site);
    if (title.size() > suffix.size() && title.ends_with(suffix)) {
      return title.substr(0, title.size() - suffix.size());
    }
  }
  return title;
}

bool is_url(std::string_view s) { return s.starts_with("http://") || s.starts_with("https://"); }

}  // namespace

std::string decode_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c != '&') {
      out += c;
      ++i;
      continue;
    }
    if (i + 2 < text.size() && text[i + 1] == '#') {
      const bool hex = text[i + 2] == 'x' || text[i + 2] == 'X';
      std::size_t j = i + (hex ? 3 : 2);
      std::uint64_t value = 0;
      const std::size_t digits_begin = j;
      while (j < text.size() && j - digits_begin < 8) {
        const char d = text[j];
        int digit = -1;
        if (d >= '0' && d <= '9') digit = d - '0';
        if (hex && d >= 'a' && d <= 'f') digit = d - 'a' + 10;
        if (hex && d >= 'A' && d <= 'F') digit = d - 'A' + 10;
        if (digit < 0) break;
        value = value * (hex ? 16 : 10) + static_cast<std::uint64_t>(digit);
        ++j;
      }
      if (j > digits_begin) {
        append_utf8(out, valid_code_point(value));
        i = j < text.size() && text[j] == ';' ? j + 1 : j;
        continue;
      }
    } else {
      std::size_t j = i + 1;
      while (j < text.size() && j - i <= 10 &&
             ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z') ||
              (text[j] >= '0' && text[j] <= '9'))) {
        ++j;
      }
      const std::string_view name = text.substr(i + 1, j - i - 1);
      const bool terminated = j < text.size() && text[j] == ';';
      // Without the semicolon only the oldest names count, as browsers read "&amp" in URLs.
      const bool legacy = one_of(name, {"amp", "lt", "gt", "quot", "nbsp", "copy"});
      if (const std::uint32_t code = named_entity(name); code && (terminated || legacy)) {
        append_utf8(out, code == 0xA0 ? ' ' : code);
        i = terminated ? j + 1 : j;
        continue;
      }
    }
    out += c;
    ++i;
  }
  return out;
}

std::string html_declared_charset(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 1024);
  std::size_t pos = 0;
  while ((pos = find_nocase(head, "<meta", pos)) != std::string_view::npos) {
    Tag tag;
    pos = parse_tag(head, pos, tag);
    if (const auto it = tag.attributes.find("charset"); it != tag.attributes.end()) {
      return lower(trim(it->second));
    }
    const auto content = tag.attributes.find("content");
    if (content == tag.attributes.end()) continue;
    const std::string value = lower(content->second);
    const auto at = value.find("charset=");
    if (at != std::string::npos) {
      const std::string_view rest = std::string_view(value).substr(at + 8);
      return std::string(trim(rest.substr(0, rest.find_first_of("; \"'"))));
    }
  }
  return {};
}

HtmlText read_html(std::string_view html) {
  TextBuilder body;
  PageMeta page;
  std::vector<std::string> dropped;  // open elements whose content is being dropped
  int content_depth = 0;             // inside <article> or <main>
  int pre_depth = 0;
  bool in_h1 = false;
  bool seen_h1 = false;
  std::string h1_text;

  std::size_t pos = 0;
  while (pos < html.size()) {
    const std::size_t lt = html.find('<', pos);
    const std::size_t text_end = lt == std::string_view::npos ? html.size() : lt;
    if (text_end > pos) {
      if (dropped.empty()) {
        const std::string chunk = decode_entities(html.substr(pos, text_end - pos));
        body.text(chunk, pre_depth > 0);
        if (in_h1) h1_text += chunk;
      }
      pos = text_end;
      continue;
    }
    // At a '<'.
    if (html.substr(pos).starts_with("<!--")) {
      const std::size_t end = html.find("-->", pos + 4);
      pos = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (pos + 1 < html.size() && (html[pos + 1] == '!' || html[pos + 1] == '?')) {
      const std::size_t end = html.find('>', pos);
      pos = end == std::string_view::npos ? html.size() : end + 1;
      continue;
    }
    const bool tag_start = pos + 1 < html.size() &&
                           ((html[pos + 1] >= 'a' && html[pos + 1] <= 'z') ||
                            (html[pos + 1] >= 'A' && html[pos + 1] <= 'Z') || html[pos + 1] == '/');
    if (!tag_start) {
      if (dropped.empty()) body.text("<", pre_depth > 0);
      ++pos;
      continue;
    }
    Tag tag;
    pos = parse_tag(html, pos, tag);
    const std::string& name = tag.name;

    if (!tag.closing && is_raw_text(name)) {
      const std::size_t end = find_nocase(html, "</" + name, pos);
      pos = end == std::string_view::npos ? html.size() : end;
      continue;
    }
    if (!tag.closing && name == "title") {
      const std::size_t end = find_nocase(html, "</title", pos);
      const std::size_t stop = end == std::string_view::npos ? html.size() : end;
      if (page.title_element.empty()) {
        page.title_element = collapse_spaces(decode_entities(html.substr(pos, stop - pos)));
      }
      pos = stop;
      continue;
    }
    if (name == "head" && tag.closing) continue;
    if (!tag.closing && name == "meta") {
      std::string key = tag.attributes["property"];
      if (key.empty()) key = tag.attributes["name"];
      if (key.empty()) key = tag.attributes["itemprop"];
      if (!key.empty()) page.meta.emplace(lower(key), tag.attributes["content"]);
      continue;
    }
    if (!tag.closing && name == "html") {
      page.language = tag.attributes["lang"];
      continue;
    }

    if (!dropped.empty()) {
      if (tag.closing) {
        for (std::size_t i = dropped.size(); i-- > 0;) {
          if (dropped[i] == name) {
            dropped.resize(i);
            break;
          }
        }
      } else if (!tag.self_closing && (is_dropped(name) || name == "header" || name == "footer" ||
                                       name == dropped.back())) {
        dropped.push_back(name);
      }
      continue;
    }

    // Headers and footers of the page (not of an article) are mastheads and link farms.
    const bool page_furniture = (name == "header" || name == "footer") && content_depth == 0;
    if (!tag.closing && !tag.self_closing && (is_dropped(name) || page_furniture)) {
      dropped.push_back(name);
      continue;
    }
    if (name == "article" || name == "main") content_depth += tag.closing ? -1 : 1;
    if (name == "pre") pre_depth += tag.closing ? (pre_depth > 0 ? -1 : 0) : 1;
    if (name == "h1") {
      if (!tag.closing && !seen_h1) in_h1 = true;
      if (tag.closing && in_h1) {
        in_h1 = false;
        seen_h1 = true;
        page.first_h1 = collapse_spaces(h1_text);
      }
    }
    if (name == "time" && !tag.closing) {
      const std::string& datetime = tag.attributes["datetime"];
      if (!datetime.empty()) {
        if (content_depth > 0 && page.time_in_content.empty()) page.time_in_content = datetime;
        if (page.time_anywhere.empty()) page.time_anywhere = datetime;
      }
    }
    if (name == "img" && !tag.closing) continue;
    if (is_paragraph(name)) {
      body.paragraph_break();
    } else if (is_line(name)) {
      body.line_break();
    } else if (name == "td" || name == "th") {
      body.text(" ", false);
    }
  }

  HtmlText out;
  out.text = body.finish();
  if (const std::string* site = page.find({"og:site_name", "application-name"})) {
    out.source = collapse_spaces(*site);
  }
  if (const std::string* title = page.find({"og:title", "twitter:title"})) {
    out.title = collapse_spaces(*title);
  } else if (!page.title_element.empty()) {
    out.title = without_site_suffix(page.title_element, out.source);
  } else if (!page.first_h1.empty()) {
    out.title = page.first_h1;
  }
  if (const std::string* date = page.find(
          {"article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
           "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
           "dcterms.issued", "citation_publication_date", "sailthru.date", "parsely-pub-date"})) {
    out.date = std::string(trim(*date));
  } else {
    out.date = !page.time_in_content.empty() ? page.time_in_content : page.time_anywhere;
  }
  for (const char* key : {"author", "article:author", "dc.creator", "parsely-author", "byl"}) {
    const std::string* author = page.find({key});
    if (!author || is_url(*author)) continue;
    out.author = collapse_spaces(*author);
    if (auto name = byline_author(out.author)) out.author = *name;  // "By Anna Hartz"
    break;
  }
  out.language = std::string(trim(page.language));
  return out;
}

}  // namespace lectern
