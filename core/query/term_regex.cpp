#include "query/term_regex.h"

#include <optional>
#include <vector>

#include "text/icu_includes.h"

namespace lectern {
namespace {

// ICU's regex error codes, said the way a user reading a filter box would want them.
std::string regex_message(UErrorCode status) {
  switch (status) {
    case U_REGEX_RULE_SYNTAX: return "syntax error in the regular expression";
    case U_REGEX_BAD_ESCAPE_SEQUENCE: return "unknown backslash escape in the regular expression";
    case U_REGEX_PROPERTY_SYNTAX:
      return "bad Unicode property (\\p{...}) in the regular expression";
    case U_REGEX_UNIMPLEMENTED: return "the regular expression uses a feature ICU does not have";
    case U_REGEX_MISMATCHED_PAREN: return "unbalanced parenthesis in the regular expression";
    case U_REGEX_NUMBER_TOO_BIG: return "number too large in the regular expression";
    case U_REGEX_BAD_INTERVAL: return "bad {min,max} repetition in the regular expression";
    case U_REGEX_MAX_LT_MIN: return "in {min,max} of the regular expression, max is below min";
    case U_REGEX_INVALID_BACK_REF: return "back-reference to a group the regular expression lacks";
    case U_REGEX_LOOK_BEHIND_LIMIT:
      return "a look-behind in the regular expression needs a bounded length";
    case U_REGEX_SET_CONTAINS_STRING:
      return "a [set] in the regular expression cannot hold strings";
    case U_REGEX_MISSING_CLOSE_BRACKET: return "'[' is never closed in the regular expression";
    case U_REGEX_INVALID_RANGE: return "a range [x-y] in the regular expression has x after y";
    case U_REGEX_PATTERN_TOO_BIG: return "the regular expression is too large";
    case U_REGEX_INVALID_CAPTURE_GROUP_NAME: return "bad group name in the regular expression";
    default: return std::string("invalid regular expression (") + u_errorName(status) + ")";
  }
}

// ICU reports a parse error as a line (from 1) and a count of code points within that line,
// taken just after the character that gave the error away; the query wants bytes into the
// UTF-8 pattern, at that character.
std::size_t byte_offset(std::string_view pattern, const UParseError& where) {
  std::size_t byte = 0;
  for (int line = 1; line < where.line && byte < pattern.size(); ++byte) {
    if (pattern[byte] == '\n') ++line;
  }
  for (int i = 1; i < where.offset && byte < pattern.size(); ++i) {
    do {
      ++byte;
    } while (byte < pattern.size() && (static_cast<unsigned char>(pattern[byte]) & 0xC0) == 0x80);
  }
  return byte;
}

// The '(' or '[' that is never closed, for errors ICU only notices at the end of the pattern.
// Backslash escapes are skipped; a bracket inside a [set] is not told apart, which only blurs
// where the caret goes.
std::optional<std::size_t> unclosed(std::string_view pattern, char open, char close) {
  std::vector<std::size_t> opened;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\') {
      ++i;
    } else if (pattern[i] == open) {
      opened.push_back(i);
    } else if (pattern[i] == close && !opened.empty()) {
      opened.pop_back();
    }
  }
  if (opened.empty()) return std::nullopt;
  return opened.back();
}

std::size_t error_offset(std::string_view pattern, UErrorCode status, const UParseError& where) {
  std::optional<std::size_t> opener;
  if (status == U_REGEX_MISSING_CLOSE_BRACKET) opener = unclosed(pattern, '[', ']');
  if (status == U_REGEX_MISMATCHED_PAREN) opener = unclosed(pattern, '(', ')');
  return opener ? *opener : byte_offset(pattern, where);
}

// In steps of ICU's match engine, "typically on the order of milliseconds" per unit: enough for
// any sane pattern on a word, a bound on catastrophic backtracking.
constexpr int32_t match_time_limit = 50;

}  // namespace

struct TermRegex::Impl {
  std::unique_ptr<icu::RegexPattern> pattern;
  std::unique_ptr<icu::RegexMatcher> matcher;  // reads pattern, so declared after it
  UText text = UTEXT_INITIALIZER;
  ~Impl() { utext_close(&text); }
};

TermRegex::TermRegex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TermRegex::TermRegex(TermRegex&&) noexcept = default;
TermRegex& TermRegex::operator=(TermRegex&&) noexcept = default;
TermRegex::~TermRegex() = default;

std::variant<TermRegex, RegexError> TermRegex::compile(std::string_view pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  const auto text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size())));
  auto impl = std::make_unique<Impl>();
  impl->pattern.reset(icu::RegexPattern::compile(text, UREGEX_CASE_INSENSITIVE, where, status));
  if (U_FAILURE(status))
    return RegexError{regex_message(status), error_offset(pattern, status, where)};
  impl->matcher.reset(impl->pattern->matcher(status));
  if (U_FAILURE(status)) return RegexError{regex_message(status), 0};
  impl->matcher->setTimeLimit(match_time_limit, status);
  return TermRegex(std::move(impl));
}

bool TermRegex::matches(std::string_view term_key) {
  UErrorCode status = U_ZERO_ERROR;
  utext_openUTF8(&impl_->text, term_key.data(), static_cast<int64_t>(term_key.size()), &status);
  impl_->matcher->reset(&impl_->text);
  const bool matched = impl_->matcher->matches(status);
  return U_SUCCESS(status) && matched;
}

}  // namespace lectern
