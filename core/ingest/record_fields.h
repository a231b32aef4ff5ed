// A record's fields to a Document: the text and the metadata are found by common field names
// (text, body, content, full_text; title, headline; date, published, year, created_at; author,
// speaker, president; source, publisher, url; language, lang), or by the names the user gave
// (IngestOptions::fields), which are then the only ones looked at.
//
//   RecordDocument r = document_from_record(record, options.fields);
//   if (!r.problem.empty()) report_bad_record(r.problem);
#pragma once

#include <string>
#include <string_view>

#include "ingest/document.h"
#include "ingest/ingest_options.h"
#include "ingest/records.h"

namespace lectern {

struct RecordDocument {
  Document document;     // id left empty: the caller knows the file
  std::string problem;   // non-empty: no usable text, so no document
  std::string bad_date;  // a date field whose value is no date we can read
};

RecordDocument document_from_record(const Record& record, const FieldNames& names);

// "sv-SE", "en_US", "SV" -> "sv"; an empty string for what is not a language code.
std::string language_code(std::string_view value);

// The common names tried for each role, for messages ("looked for text, body, ...").
std::string common_text_field_names();

}  // namespace lectern
