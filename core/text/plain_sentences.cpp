#include "text/plain_sentences.h"

#include <array>

#include "text/icu_includes.h"

namespace lectern {
namespace {

// How a character takes part in the sentence rules: its Sentence_Break property, asked of ICU so
// that it follows ICU's Unicode version. Combining marks and format characters (Extend, Format)
// send the sentence to ICU: the rules skip them after most characters, which this does not
// repeat.
enum class SentenceClass : std::uint8_t {
  other,
  other_letter,         // OLetter: letters without case (Han, Arabic, Hebrew, ...)
  paragraph_separator,  // CR, LF, and NEL, LS and PS (Sep)
  space,                // Sp: tab, vertical tab, form feed, space, no-break space, ...
  lower,
  upper,
  numeric,
  full_stop,   // ATerm: "." and its variants
  terminator,  // STerm: "!", "?", "。", ...
  close,       // Close: quotation marks, brackets
  continues,   // SContinue: "," "-" ":" and dashes
  needs_icu,   // Extend, Format, and bytes that are not UTF-8
};

SentenceClass class_of(UChar32 c) {
  if (c < 0) return SentenceClass::needs_icu;
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_CR:
    case U_SB_LF:
    case U_SB_SEP: return SentenceClass::paragraph_separator;
    case U_SB_SP: return SentenceClass::space;
    case U_SB_LOWER: return SentenceClass::lower;
    case U_SB_UPPER: return SentenceClass::upper;
    case U_SB_OLETTER: return SentenceClass::other_letter;
    case U_SB_NUMERIC: return SentenceClass::numeric;
    case U_SB_ATERM: return SentenceClass::full_stop;
    case U_SB_STERM: return SentenceClass::terminator;
    case U_SB_CLOSE: return SentenceClass::close;
    case U_SB_SCONTINUE: return SentenceClass::continues;
    case U_SB_OTHER: return SentenceClass::other;
    default: return SentenceClass::needs_icu;
  }
}

bool is_terminator(SentenceClass k) {
  return k == SentenceClass::full_stop || k == SentenceClass::terminator;
}

// A text read character by character: ASCII from a table, other characters decoded.
// at() and before() stay small enough to be inlined into the loops that ask them of nearly every
// byte, with the decoding out of line: called for every character, they cost wasm more than
// the rules themselves (a Char returned from a call goes through memory in wasm32).
class SentenceText {
 public:
  struct Char {
    SentenceClass k;
    std::size_t end;  // of the character's bytes
  };

  explicit SentenceText(std::string_view text) : text_(text), ascii_(ascii()) {}

  std::size_t size() const { return text_.size(); }

  Char at(std::size_t i) const {
    const auto byte = static_cast<unsigned char>(text_[i]);
    if (byte < 0x80) return {ascii_[byte], i + 1};
    return decoded_at(i);
  }

  // The class of the character that ends at i (0 < i).
  SentenceClass before(std::size_t i) const {
    const auto byte = static_cast<unsigned char>(text_[i - 1]);
    if (byte < 0x80) return ascii_[byte];
    return decoded_before(i);
  }

 private:
  using AsciiTable = std::array<SentenceClass, 128>;
  static const AsciiTable& ascii() {
    static const AsciiTable table = [] {
      AsciiTable t{};
      for (UChar32 c = 0; c < 128; ++c) t[static_cast<std::size_t>(c)] = class_of(c);
      return t;
    }();
    return table;
  }

  // Out of line, so that at() and before() stay small (clang otherwise folds this in and then
  // keeps them out of line).
  [[gnu::noinline]] Char decoded_at(std::size_t i) const {
    int32_t next = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(text_.data(), next, static_cast<int32_t>(text_.size()), c);
    return {class_of(c), static_cast<std::size_t>(next)};
  }

  [[gnu::noinline]] SentenceClass decoded_before(std::size_t i) const {
    auto start = static_cast<int32_t>(i);
    UChar32 c;
    U8_PREV(text_.data(), 0, start, c);
    return class_of(c);
  }

  std::string_view text_;
  const AsciiTable& ascii_;
};

// What the rules decide after the terminator ending at `after_terminator`, once its closing
// punctuation and spaces (up to `at`) are passed; the character at `at` is no paragraph
// separator.
enum class Decision { breaks, continues, needs_icu };

Decision decide(const SentenceText& text, std::size_t terminator, std::size_t after_terminator,
                std::size_t at) {
  const SentenceClass next = text.at(at).k;
  if (next == SentenceClass::needs_icu) return Decision::needs_icu;
  if (next == SentenceClass::continues || is_terminator(next)) return Decision::continues;  // SB8a
  if (text.at(terminator).k != SentenceClass::full_stop) return Decision::breaks;
  if (at == after_terminator) {
    if (next == SentenceClass::numeric) return Decision::continues;  // SB6
    // Before a sentence's first character is a separator, a space or a terminator, never a
    // letter, so looking before `from` changes nothing.
    const SentenceClass before =
        terminator > 0 ? text.before(terminator) : SentenceClass::other;
    if (before == SentenceClass::needs_icu) return Decision::needs_icu;
    const bool after_letter = before == SentenceClass::upper || before == SentenceClass::lower;
    if (after_letter && next == SentenceClass::upper) return Decision::continues;  // SB7
  }
  // SB8: the first letter, separator or terminator that follows is a lower-case letter.
  for (std::size_t i = at; i < text.size();) {
    const SentenceText::Char c = text.at(i);
    switch (c.k) {
      case SentenceClass::lower: return Decision::continues;
      case SentenceClass::upper:
      case SentenceClass::other_letter:
      case SentenceClass::paragraph_separator:
      case SentenceClass::full_stop:
      case SentenceClass::terminator: return Decision::breaks;
      case SentenceClass::needs_icu: return Decision::needs_icu;
      default: i = c.end;
    }
  }
  return Decision::breaks;
}

// Just past the paragraph separator at i (CR LF is one).
std::size_t after_separator(std::string_view text, std::size_t i, std::size_t end) {
  return text[i] == '\r' && end < text.size() && text[end] == '\n' ? end + 1 : end;
}

}  // namespace

std::optional<std::size_t> plain_sentence_end(std::string_view text, std::size_t from,
                                              const SentenceExceptions& exceptions) {
  const SentenceText chars(text);
  std::size_t i = from;
  while (i < text.size()) {
    const SentenceText::Char c = chars.at(i);
    if (c.k == SentenceClass::needs_icu) return std::nullopt;
    if (c.k == SentenceClass::paragraph_separator) return after_separator(text, i, c.end);  // SB4
    if (!is_terminator(c.k)) {
      i = c.end;
      continue;
    }
    // SB9-SB11: the break comes after the terminator's closing punctuation and spaces.
    const std::size_t terminator = i;
    std::size_t at = c.end;
    SentenceText::Char next{};
    while (at < text.size() && (next = chars.at(at)).k == SentenceClass::close) at = next.end;
    while (at < text.size() && (next = chars.at(at)).k == SentenceClass::space) at = next.end;
    i = at;
    // At a paragraph separator the break comes after it, at the text's end there.
    if (at == text.size() || next.k == SentenceClass::paragraph_separator) continue;
    switch (decide(chars, terminator, c.end, at)) {
      case Decision::needs_icu: return std::nullopt;
      case Decision::continues: continue;
      case Decision::breaks:
        // ICU's filter steps over a break it suppresses to the next one its rules find.
        if (!exceptions.suppresses(text, at)) return at;
    }
  }
  return text.size();
}

}  // namespace lectern
