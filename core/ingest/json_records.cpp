#include <nlohmann/json.hpp>

#include "ingest/records.h"

namespace lectern {
namespace {

using json = nlohmann::ordered_json;  // fields keep their order in the file

// nlohmann's DOM parser, with exceptions off, only says "discarded". A second, SAX pass over a
// bad input hears the parse error with its line and column, still without throwing, so the
// wasm build (which may have exceptions disabled) reports the same message.
class ErrorLocator : public nlohmann::json_sax<json> {
 public:
  std::string message;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&,
                   const nlohmann::detail::exception& error) override {
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..."
    std::string what = error.what();
    const auto at = what.find(" at line ");
    message = at == std::string::npos ? what : what.substr(at + 4);
    // "...; last read: '<everything since the token began>'" can quote a whole record.
    constexpr std::size_t kMaxQuoted = 40;
    const auto last_read = message.find("; last read: '");
    if (last_read != std::string::npos && message.size() - last_read > kMaxQuoted + 14) {
      message = message.substr(0, last_read + 14 + kMaxQuoted) + "...'";
    }
    return false;
  }
};

std::string parse_error_of(std::string_view text) {
  ErrorLocator locator;
  json::sax_parse(text, &locator, nlohmann::detail::input_format_t::json, /*strict=*/true);
  return locator.message.empty() ? "not valid JSON" : locator.message;
}

bool is_scalar_array(const json& value) {
  for (const json& item : value) {
    if (item.is_structured()) return false;
  }
  return true;
}

std::string scalar_text(const json& value) {
  return value.is_string() ? value.get<std::string>() : value.dump();
}

void flatten(const json& value, const std::string& name, Record& record) {
  if (value.is_object()) {
    for (const auto& [key, member] : value.items()) {
      flatten(member, name.empty() ? key : name + "." + key, record);
    }
  } else if (value.is_array()) {
    if (!is_scalar_array(value)) return;
    std::string joined;
    for (const json& item : value) {
      if (item.is_null()) continue;
      if (!joined.empty()) joined += ", ";
      joined += scalar_text(item);
    }
    if (!joined.empty()) record.fields.emplace_back(name, std::move(joined));
  } else if (!value.is_null()) {
    record.fields.emplace_back(name, scalar_text(value));
  }
}

void add_record(const json& value, std::size_t index, RecordsResult& out) {
  if (!value.is_object()) {
    out.bad_records.push_back(
        {index, "record is a " + std::string(value.type_name()) + ", not an object with fields"});
    return;
  }
  Record record;
  record.index = index;
  flatten(value, "", record);
  out.records.push_back(std::move(record));
}

bool is_array_of_objects(const json& value) {
  return value.is_array() && !value.empty() && value.front().is_object();
}

}  // namespace

RecordsResult read_json_records(std::string_view text) {
  RecordsResult out;
  const json document = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) {
    out.error = "invalid JSON at " + parse_error_of(text);
    return out;
  }
  const json* records = nullptr;
  if (document.is_array()) {
    records = &document;
  } else if (document.is_object()) {
    for (const auto& [key, member] : document.items()) {
      if (is_array_of_objects(member)) {
        records = &member;
        break;
      }
    }
    if (!records) {
      add_record(document, 0, out);
      return out;
    }
  } else {
    out.error = "JSON holds a " + std::string(document.type_name()) +
                ", not an array of objects or an object";
    return out;
  }
  std::size_t index = 0;
  for (const json& item : *records) add_record(item, index++, out);
  return out;
}

RecordsResult read_json_lines(std::string_view text) {
  RecordsResult out;
  std::size_t index = 0;
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const json value = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) {
      // The parser counts lines within the one line it saw: report the file's line instead.
      std::string where = parse_error_of(line);
      if (where.starts_with("line 1, ")) where = where.substr(8);
      out.bad_records.push_back(
          {index++, "invalid JSON on line " + std::to_string(line_number) + ", " + where});
      continue;
    }
    add_record(value, index++, out);
  }
  return out;
}

}  // namespace lectern
