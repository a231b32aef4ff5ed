// Boilerplate: the lines of a text that are page furniture rather than what the author wrote.
// Two kinds:
//  - web furniture, recognised by its wording in English and Swedish: share and comment
//    prompts ("Leave a Reply", "Be the first to comment", "Dela artikeln"), "Trending now",
//    "Read more" / "Läs mer", photo credits ("Photo: ...", "Foto: ..."), copyright lines
//    ("© 2024 ...", "All rights reserved"), comment-form notices, bare section labels ("News");
//  - lines repeated across documents: a line found in at least kMinRepeatDocuments documents
//    of a corpus of at least kMinCorpusDocuments is a site's template (a newsletter prompt, a
//    standard disclaimer), as in the "shingle" boilerplate removal of web corpora (Pomikálek
//    2011). Lines longer than kMaxRepeatChars characters are exempt: jusText (Pomikálek 2011,
//    ch. 3) takes paragraphs over 200 characters for content, and a long paragraph in two
//    documents is one article published twice. A document whose every line (furniture aside)
//    repeats elsewhere is a duplicate, not boilerplate, and keeps those lines.
// The builder leaves boilerplate out of every count and keeps it in the text.
//
//   RepeatedLines repeated;
//   for (const Document& d : documents) repeated.add_document(d.text);
//   for (Document& d : documents) d.boilerplate = find_boilerplate(d.text, repeated);
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/document.h"

namespace lectern {

inline constexpr std::size_t kMinRepeatDocuments = 2;
inline constexpr std::size_t kMinCorpusDocuments = 3;
inline constexpr std::size_t kMaxRepeatChars = 200;

// The lines of a text as byte spans, without their line breaks (LF, CRLF or CR).
std::vector<TextSpan> split_lines(std::string_view text);

// Web furniture by its wording (the line is taken trimmed).
bool is_web_furniture(std::string_view line);

// Whether one of the furniture phrases that mark a line of any length ("all rights reserved",
// "we use cookies") is in the line, in any case and with any white space between its words.
bool has_furniture_phrase(std::string_view line);

// How many documents each line occurs in, by a fingerprint of the line with case and white
// space folded. Lines without a letter or digit, and overlong lines, are not counted.
class RepeatedLines {
 public:
  void add_document(std::string_view text);
  std::size_t documents() const { return documents_; }
  // The number of documents holding the line (0 for lines that are not counted).
  std::uint32_t document_count(std::string_view line) const;
  bool is_repeated(std::string_view line) const;

 private:
  std::unordered_map<std::uint64_t, std::uint32_t> counts_;
  std::size_t documents_ = 0;
};

std::vector<TextSpan> find_boilerplate(std::string_view text, const RepeatedLines& repeated);

}  // namespace lectern
