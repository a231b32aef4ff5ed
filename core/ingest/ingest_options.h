// How to read records of JSON, JSON Lines, CSV and TSV files: which field holds the text and
// which the metadata. An empty name means "find it by its common names" (text, body, content,
// title, headline, date, year, author, speaker, ...); a given name is the only field used for
// that role. Names match case-insensitively, and in JSON a dotted name ("meta.date") reaches
// into nested objects.
#pragma once

#include <string>

namespace lectern {

struct FieldNames {
  std::string text;
  std::string title;
  std::string date;
  std::string author;
  std::string source;
  std::string language;
};

struct IngestOptions {
  FieldNames fields;
};

}  // namespace lectern
