#include "ingest/read_source.h"

#include "ingest/date_parse.h"
#include "ingest/decode.h"
#include "ingest/file_format.h"
#include "ingest/html_text.h"
#include "ingest/markdown_text.h"
#include "ingest/record_fields.h"
#include "ingest/records.h"
#include "ingest/text_header.h"

namespace lectern {
namespace {

std::string file_name(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string megabytes(std::size_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " MB"; }

void set_date(Document& document, const std::string& date, DateSource source) {
  if (!document.date.empty() || date.empty()) return;
  document.date = date;
  document.date_source = source;
}

// What every single-document format shares: the header of the text (title, byline, dateline)
// fills in what the format's own metadata left empty, then the file name's date.
void complete_from_text(Document& document, const std::string& path) {
  const TextHeader header = read_text_header(document.text);
  if (document.title.empty()) document.title = header.title;
  if (document.title.empty()) document.title = file_name(path);
  if (document.author.empty()) document.author = header.author;
  set_date(document, header.date, DateSource::text_header);
  if (auto date = date_from_file_name(path)) set_date(document, *date, DateSource::filename);
}

void metadata_date(Document& document, const std::string& value, const std::string& path,
                   ReadResult& result) {
  if (value.empty()) return;
  if (auto date = parse_date_value(value)) {
    set_date(document, *date, DateSource::metadata);
  } else {
    result.warnings.push_back("date '" + value + "' could not be read; " + path +
                              " is dated from its text or name instead");
  }
}

void read_records(const SourceFile& file, const std::string& text, FileFormat format,
                  const IngestOptions& options, ReadResult& result) {
  const RecordsResult records = format == FileFormat::json ? read_json_records(text)
                                : format == FileFormat::json_lines
                                    ? read_json_lines(text)
                                    : read_delimited(text, format == FileFormat::tsv ? '\t' : ',');
  if (!records.error.empty()) {
    result.skip_reason = records.error;
    return;
  }
  const auto file_date = date_from_file_name(file.path);
  std::size_t bad_dates = 0;
  std::string first_bad_date;
  for (const RecordIssue& bad : records.bad_records) {
    result.skipped_records.push_back({file.path + "#" + std::to_string(bad.index), bad.message});
  }
  for (const Record& record : records.records) {
    RecordDocument read = document_from_record(record, options.fields);
    const std::string id = file.path + "#" + std::to_string(record.index);
    if (!read.problem.empty()) {
      result.skipped_records.push_back({id, read.problem});
      continue;
    }
    if (!read.bad_date.empty() && bad_dates++ == 0) first_bad_date = read.bad_date;
    read.document.id = id;
    if (file_date) set_date(read.document, *file_date, DateSource::filename);
    result.documents.push_back(std::move(read.document));
  }
  if (bad_dates > 0) {
    result.warnings.push_back(std::to_string(bad_dates) + " record(s) have a date that could not " +
                              "be read, the first '" + first_bad_date + "'");
  }
  if (result.documents.empty() && result.skip_reason.empty()) {
    result.skip_reason = records.records.empty() && records.bad_records.empty()
                             ? "no records"
                             : "no record could be read";
  }
}

}  // namespace

ReadResult read_source(SourceFile file, const IngestOptions& options) {
  ReadResult result;
  if (file.bytes.size() > kMaxFileBytes) {
    result.skip_reason = "file too large: " + megabytes(file.bytes.size()) + " (the limit is " +
                         megabytes(kMaxFileBytes) + ")";
    return result;
  }
  const FileFormat format = format_of(file.path);
  const bool html = format == FileFormat::html;
  const std::string declared = html ? html_declared_charset(file.bytes) : std::string();
  DecodedText decoded = decode_owned_text(std::move(file.bytes), declared, html);
  switch (decoded.status) {
    case DecodeStatus::empty: result.skip_reason = "empty file"; return result;
    case DecodeStatus::binary:
      result.skip_reason = "binary file (no text encoding detected)";
      return result;
    case DecodeStatus::repaired:
      result.warnings.push_back("invalid " + decoded.encoding + ": " +
                                std::to_string(decoded.replaced_bytes) +
                                " bytes replaced by U+FFFD");
      break;
    case DecodeStatus::converted:
      result.warnings.push_back("not UTF-8: read as " + decoded.encoding +
                                (decoded.declared ? std::string(" (declared in the file)")
                                                  : " (detected, confidence " +
                                                        std::to_string(decoded.confidence) + "%)"));
      break;
    case DecodeStatus::ok: break;
  }

  if (format == FileFormat::json || format == FileFormat::json_lines || format == FileFormat::csv ||
      format == FileFormat::tsv) {
    read_records(file, decoded.utf8, format, options, result);
    return result;
  }

  Document document;
  document.id = file.path;
  if (html) {
    HtmlText page = read_html(decoded.utf8);
    document.text = std::move(page.text);
    document.title = std::move(page.title);
    document.author = std::move(page.author);
    document.source = std::move(page.source);
    document.language = language_code(page.language);
    metadata_date(document, page.date, file.path, result);
  } else if (format == FileFormat::markdown) {
    MarkdownText md = read_markdown(decoded.utf8);
    document.text = std::move(md.text);
    document.title = std::move(md.title);
    document.author = std::move(md.author);
    document.language = language_code(md.language);
    metadata_date(document, md.date, file.path, result);
  } else {
    document.text = std::move(decoded.utf8);
  }
  if (document.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    result.skip_reason = "no text (only markup)";
    return result;
  }
  complete_from_text(document, file.path);
  result.documents.push_back(std::move(document));
  return result;
}

}  // namespace lectern
