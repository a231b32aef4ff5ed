#include "text/line_breaks.h"

#include <memory>

#include "text/icu_includes.h"

namespace lectern {
namespace {

// What the Reader did before it had ICU's rules: a break after every run of spaces.
std::vector<std::uint32_t> after_spaces(std::string_view utf8) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const bool space = utf8[i] == ' ' || utf8[i] == '\n';
    const bool next_space = i + 1 < utf8.size() && (utf8[i + 1] == ' ' || utf8[i + 1] == '\n');
    if (space && !next_space) out.push_back(static_cast<std::uint32_t>(i + 1));
  }
  if (out.empty() || out.back() != utf8.size()) out.push_back(static_cast<std::uint32_t>(utf8.size()));
  return out;
}

}  // namespace

std::vector<std::uint32_t> line_break_offsets(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  // The root rules: those of ja and zh differ only in how strictly small kana may begin a line.
  static const std::unique_ptr<icu::BreakIterator> prototype(
      icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
  if (!prototype || utf8.empty()) return after_spaces(utf8);
  // A clone per call: cloning a built iterator is cheap, and the prototype stays untouched.
  const std::unique_ptr<icu::BreakIterator> lines(prototype->clone());
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  lines->setText(text, status);
  std::vector<std::uint32_t> out;
  if (U_SUCCESS(status)) {
    for (int32_t at = lines->next(); at != icu::BreakIterator::DONE; at = lines->next()) {
      out.push_back(static_cast<std::uint32_t>(at));
    }
  }
  utext_close(text);
  return U_SUCCESS(status) && !out.empty() ? out : after_spaces(utf8);
}

}  // namespace lectern
