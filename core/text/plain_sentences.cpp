#include "text/plain_sentences.h"

#include <array>

#include "text/icu_includes.h"

namespace lectern {
namespace {

// How a byte takes part in the sentence rules: ICU's Sentence_Break property of each ASCII
// character, asked of ICU so that the table follows its Unicode version. A class the fast path
// does not handle (combining marks, format characters and separators other than CR and LF,
// none of them ASCII today) and every byte of a non-ASCII character send the sentence to ICU.
enum class SentenceClass : std::uint8_t {
  other,
  paragraph_separator,  // CR, LF
  space,                // tab, vertical tab, form feed, space
  lower,
  upper,
  numeric,
  full_stop,   // ATerm
  terminator,  // STerm: ! ?
  close,       // quotation marks, brackets
  continues,   // SContinue: , - :
  needs_icu,
};

SentenceClass class_of_ascii(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_CR:
    case U_SB_LF: return SentenceClass::paragraph_separator;
    case U_SB_SP: return SentenceClass::space;
    case U_SB_LOWER: return SentenceClass::lower;
    case U_SB_UPPER: return SentenceClass::upper;
    case U_SB_NUMERIC: return SentenceClass::numeric;
    case U_SB_ATERM: return SentenceClass::full_stop;
    case U_SB_STERM: return SentenceClass::terminator;
    case U_SB_CLOSE: return SentenceClass::close;
    case U_SB_SCONTINUE: return SentenceClass::continues;
    case U_SB_OTHER: return SentenceClass::other;
    default: return SentenceClass::needs_icu;
  }
}

using ClassTable = std::array<SentenceClass, 256>;

const ClassTable& classes() {
  static const ClassTable table = [] {
    ClassTable t{};
    for (int c = 0; c < 256; ++c) {
      t[static_cast<std::size_t>(c)] = c < 0x80 ? class_of_ascii(c) : SentenceClass::needs_icu;
    }
    return t;
  }();
  return table;
}

bool is_terminator(SentenceClass k) {
  return k == SentenceClass::full_stop || k == SentenceClass::terminator;
}

// What the rules decide after the terminator at `terminator`, once its closing punctuation and
// spaces (from terminator + 1 to at) are passed; text[at] is no paragraph separator.
enum class Decision { breaks, continues, needs_icu };

Decision decide(const ClassTable& table, std::string_view text, std::size_t terminator,
                std::size_t at) {
  const auto class_at = [&](std::size_t i) { return table[static_cast<unsigned char>(text[i])]; };
  const SentenceClass next = class_at(at);
  if (next == SentenceClass::needs_icu) return Decision::needs_icu;
  if (next == SentenceClass::continues || is_terminator(next)) return Decision::continues;  // SB8a
  if (class_at(terminator) != SentenceClass::full_stop) return Decision::breaks;
  if (at == terminator + 1) {
    if (next == SentenceClass::numeric) return Decision::continues;  // SB6
    // Before a sentence's first byte is a separator, a space or a terminator: never a letter.
    const SentenceClass before = terminator > 0 ? class_at(terminator - 1) : SentenceClass::other;
    const bool after_letter = before == SentenceClass::upper || before == SentenceClass::lower;
    if (after_letter && next == SentenceClass::upper) return Decision::continues;  // SB7
  }
  // SB8: the first letter, separator or terminator that follows is a lower-case letter.
  for (std::size_t i = at; i < text.size(); ++i) {
    switch (class_at(i)) {
      case SentenceClass::lower: return Decision::continues;
      case SentenceClass::upper:
      case SentenceClass::paragraph_separator:
      case SentenceClass::full_stop:
      case SentenceClass::terminator: return Decision::breaks;
      case SentenceClass::needs_icu: return Decision::needs_icu;
      default: break;
    }
  }
  return Decision::breaks;
}

// Just past the paragraph separator at i (CR LF is one).
std::size_t after_separator(std::string_view text, std::size_t i) {
  return text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n' ? i + 2 : i + 1;
}

}  // namespace

std::optional<std::size_t> plain_sentence_end(std::string_view text, std::size_t from,
                                              const SentenceExceptions& exceptions) {
  const ClassTable& table = classes();
  const auto class_at = [&](std::size_t i) { return table[static_cast<unsigned char>(text[i])]; };
  std::size_t i = from;
  while (i < text.size()) {
    const SentenceClass k = class_at(i);
    if (k == SentenceClass::needs_icu) return std::nullopt;
    if (k == SentenceClass::paragraph_separator) return after_separator(text, i);  // SB4
    if (!is_terminator(k)) {
      ++i;
      continue;
    }
    // SB9-SB11: the break comes after the terminator's closing punctuation and spaces.
    const std::size_t terminator = i;
    std::size_t at = i + 1;
    while (at < text.size() && class_at(at) == SentenceClass::close) ++at;
    while (at < text.size() && class_at(at) == SentenceClass::space) ++at;
    i = at;
    // At a paragraph separator the break comes after it, at the text's end there.
    if (at == text.size() || class_at(at) == SentenceClass::paragraph_separator) continue;
    switch (decide(table, text, terminator, at)) {
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
