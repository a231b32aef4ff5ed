#include "ingest/record_fields.h"

#include <initializer_list>

#include "ingest/date_parse.h"
#include "ingest/text_header.h"

namespace lectern {
namespace {

using Names = std::initializer_list<const char*>;

constexpr Names kTextNames = {"text",    "body",       "content", "full_text", "fulltext",
                              "article", "transcript", "speech",  "message"};
constexpr Names kTitleNames = {"title", "headline", "subject", "heading"};
constexpr Names kDateNames = {"date",         "published", "published_at", "publication_date",
                              "publish_date", "pubdate",   "datetime",     "created_at",
                              "created",      "timestamp", "time",         "year"};
constexpr Names kAuthorNames = {"author", "authors", "byline", "speaker", "president",
                                "writer", "creator", "sender", "from"};
constexpr Names kSourceNames = {"source",      "publisher", "site", "outlet",
                                "publication", "newspaper", "url",  "link"};
constexpr Names kLanguageNames = {"language", "lang", "locale"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// The value of the first field (in candidate order) the record has and has not used yet. A
// candidate matches a field's whole name or, for nested JSON, its last part ("meta.date").
const std::pair<std::string, std::string>* find_field(const Record& record, Names candidates,
                                                      std::vector<bool>& used) {
  for (const char* candidate : candidates) {
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
      if (used[i]) continue;
      const std::string name = lower(record.fields[i].first);
      const auto dot = name.find_last_of('.');
      if (name == candidate || (dot != std::string::npos && name.substr(dot + 1) == candidate)) {
        used[i] = true;
        return &record.fields[i];
      }
    }
  }
  return nullptr;
}

const std::pair<std::string, std::string>* find_named(const Record& record, const std::string& name,
                                                      std::vector<bool>& used) {
  const std::string wanted = lower(name);
  for (std::size_t i = 0; i < record.fields.size(); ++i) {
    if (!used[i] && lower(record.fields[i].first) == wanted) {
      used[i] = true;
      return &record.fields[i];
    }
  }
  return nullptr;
}

// Unix times in seconds (10 digits today) or milliseconds (13).
std::optional<std::string> date_of(const std::string& value) {
  const bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
  if (digits && value.size() >= 9 && value.size() <= 14) {
    std::int64_t seconds = std::stoll(value);
    if (value.size() >= 12) seconds /= 1000;
    return date_from_unix_seconds(seconds);
  }
  return parse_date_value(value);
}

}  // namespace

// Anything that is not a language code is dropped, so that language identification decides.
std::string language_code(std::string_view value) {
  std::string code = lower(value.substr(0, value.find_first_of("-_")));
  if (code.size() < 2 || code.size() > 3) return {};
  for (char c : code) {
    if (c < 'a' || c > 'z') return {};
  }
  return code;
}

std::string common_text_field_names() {
  std::string out;
  for (const char* name : kTextNames) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

RecordDocument document_from_record(const Record& record, const FieldNames& names) {
  RecordDocument out;
  std::vector<bool> used(record.fields.size(), false);
  auto pick = [&](const std::string& explicit_name, Names candidates) {
    return explicit_name.empty() ? find_field(record, candidates, used)
                                 : find_named(record, explicit_name, used);
  };
  const auto* text = pick(names.text, kTextNames);
  if (!text || blank(text->second)) {
    out.problem = !text && names.text.empty()
                      ? "no text field (looked for " + common_text_field_names() + ")"
                  : !text ? "no field '" + names.text + "'"
                          : "empty text in field '" + text->first + "'";
    return out;
  }
  Document& document = out.document;
  document.text = text->second;
  const auto* title = pick(names.title, kTitleNames);
  const auto* date = pick(names.date, kDateNames);
  const auto* author = pick(names.author, kAuthorNames);
  const auto* source = pick(names.source, kSourceNames);
  const auto* language = pick(names.language, kLanguageNames);
  // "name" names a person (a speaker, a sender) more often than a work in such data: it is the
  // author unless there is one already, then the title.
  if (names.author.empty() && !author) {
    author = find_field(record, {"name"}, used);
  } else if (names.title.empty() && !title) {
    title = find_field(record, {"name"}, used);
  }

  if (title) document.title = title->second;
  if (document.title.empty()) document.title = title_from_text(document.text);
  if (date) {
    if (auto value = date_of(date->second)) {
      document.date = *value;
      document.date_source = DateSource::metadata;
    } else {
      out.bad_date = date->second;
    }
  }
  if (author) document.author = author->second;
  if (source) document.source = source->second;
  if (language) document.language = language_code(language->second);
  return out;
}

}  // namespace lectern
