#include <cstddef>
#include <string>
#include <vector>

#include "ingest/records.h"

namespace lectern {
namespace {

struct Row {
  std::vector<std::string> fields;
  std::size_t line = 0;  // where the row starts, 1-based
};

// RFC 4180 read leniently, as spreadsheets write it: a field is quoted only if it starts with
// a double quote; inside quotes "" is one quote and line breaks are part of the field; a stray
// quote inside an unquoted field is kept as it is. CRLF and LF both end rows.
class DelimitedReader {
 public:
  DelimitedReader(std::string_view text, char delimiter) : text_(text), delimiter_(delimiter) {}

  // The next non-blank row; false at the end of the text or at an unterminated quote (then
  // unterminated_line() says where that field began).
  bool next(Row& row) {
    while (pos_ < text_.size()) {
      row.fields.clear();
      row.line = line_;
      bool ended = false;
      while (!ended) {
        std::string field;
        if (pos_ < text_.size() && text_[pos_] == '"') {
          const std::size_t quote_line = line_;
          if (!read_quoted(field)) {
            unterminated_line_ = quote_line;
            return false;
          }
        }
        while (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\n' &&
               text_[pos_] != '\r') {
          field += text_[pos_++];
        }
        row.fields.push_back(std::move(field));
        if (pos_ < text_.size() && text_[pos_] == delimiter_) {
          ++pos_;
        } else {
          ended = true;
          skip_line_break();
        }
      }
      if (!(row.fields.size() == 1 && row.fields[0].empty())) return true;
    }
    return false;
  }

  std::size_t unterminated_line() const { return unterminated_line_; }
  std::size_t lines_left() const { return line_count() - unterminated_line_ + 1; }

 private:
  bool read_quoted(std::string& field) {
    ++pos_;
    while (pos_ < text_.size()) {
      const char c = text_[pos_++];
      if (c == '"') {
        if (pos_ < text_.size() && text_[pos_] == '"') {
          field += '"';
          ++pos_;
          continue;
        }
        return true;
      }
      if (c == '\n') ++line_;
      field += c;
    }
    return false;
  }

  void skip_line_break() {
    if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
    ++line_;
  }

  std::size_t line_count() const {
    std::size_t lines = 1;
    for (char c : text_) lines += c == '\n' ? 1 : 0;
    if (!text_.empty() && text_.back() == '\n') --lines;
    return lines;
  }

  std::string_view text_;
  char delimiter_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t unterminated_line_ = 0;
};

std::string trimmed(const std::string& s) {
  const auto begin = s.find_first_not_of(" \t");
  if (begin == std::string::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t") - begin + 1);
}

}  // namespace

RecordsResult read_delimited(std::string_view text, char delimiter) {
  RecordsResult out;
  DelimitedReader reader(text, delimiter);
  Row header;
  if (!reader.next(header)) {
    out.error = reader.unterminated_line() ? "unterminated quoted field in the header row (line " +
                                                 std::to_string(reader.unterminated_line()) + ")"
                                           : "no header row";
    return out;
  }
  std::vector<std::string> names;
  for (const std::string& name : header.fields) names.push_back(trimmed(name));

  Row row;
  std::size_t index = 0;
  while (reader.next(row)) {
    Record record;
    record.index = index++;
    for (std::size_t i = 0; i < row.fields.size() && i < names.size(); ++i) {
      if (!names[i].empty() && !row.fields[i].empty()) {
        record.fields.emplace_back(names[i], std::move(row.fields[i]));
      }
    }
    out.records.push_back(std::move(record));
  }
  if (reader.unterminated_line()) {
    out.bad_records.push_back(
        {index, "unterminated quoted field starting on line " +
                    std::to_string(reader.unterminated_line()) + "; the rest of the file (" +
                    std::to_string(reader.lines_left()) + " lines) was not read"});
  }
  return out;
}

}  // namespace lectern
