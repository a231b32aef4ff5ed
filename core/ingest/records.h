// Multi-record files (JSON, JSON Lines, CSV, TSV) read into records: flat lists of named string
// fields, whatever the file format, so one set of field rules (record_fields.h) maps them to
// documents. JSON objects nested in a record are flattened with dots ("meta.date"), arrays of
// scalars joined with ", "; numbers and booleans keep their JSON spelling.
//
//   RecordsResult r = read_json_records(text);
//   if (!r.error.empty()) skip_file(r.error);          // nothing usable
//   for (const RecordIssue& bad : r.bad_records) ...   // the rest of the file is still read
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lectern {

struct Record {
  std::size_t index = 0;  // 0-based position in the file, counting bad records too
  std::vector<std::pair<std::string, std::string>> fields;
};

struct RecordIssue {
  std::size_t index = 0;
  std::string message;
};

struct RecordsResult {
  std::vector<Record> records;
  std::vector<RecordIssue> bad_records;  // records that could not be read; the others were
  std::string error;                     // non-empty: the file as a whole could not be read
};

// A JSON array of objects, or an object holding one such array (the first, if several), or a
// single object (one record).
RecordsResult read_json_records(std::string_view text);

// JSON Lines: one object per line; blank lines are ignored and do not count as records.
RecordsResult read_json_lines(std::string_view text);

// CSV (RFC 4180) or TSV with a header row: fields in double quotes may hold the delimiter,
// line breaks and doubled quotes.
RecordsResult read_delimited(std::string_view text, char delimiter);

}  // namespace lectern
