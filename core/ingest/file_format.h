// Which reader a file goes to, by its extension (case-insensitive). Files with any other
// extension, or none, are read as plain text.
#pragma once

#include <string_view>

namespace lectern {

enum class FileFormat { plain_text, markdown, html, json, json_lines, csv, tsv };

FileFormat format_of(std::string_view path);

}  // namespace lectern
