#include "text/plain_sentences.h"

#include <array>

#include "text/icu_includes.h"

namespace lectern {
namespace {

// How a byte takes part in the sentence rules: ICU's Sentence_Break property of each ASCII
// character, asked of ICU so that the table follows its Unicode version. A class the fast path
// does not handle (combining marks, format characters and separators other than CR and LF,
// none of them ASCII today) and every byte of a non-ASCII character send the paragraph to ICU.
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

// Whether a rule keeps the sentence going at `at`, after the terminator at `terminator` and the
// closing punctuation and spaces from terminator + 1 to at; text[at] is no paragraph separator.
bool continues_sentence(const ClassTable& table, std::string_view text, std::size_t begin,
                        std::size_t end, std::size_t terminator, std::size_t at) {
  const auto class_at = [&](std::size_t i) { return table[static_cast<unsigned char>(text[i])]; };
  const SentenceClass next = class_at(at);
  if (next == SentenceClass::continues || is_terminator(next)) return true;  // SB8a
  if (class_at(terminator) != SentenceClass::full_stop) return false;
  if (at == terminator + 1) {
    if (next == SentenceClass::numeric) return true;  // SB6
    const SentenceClass before =
        terminator > begin ? class_at(terminator - 1) : SentenceClass::other;
    const bool after_letter = before == SentenceClass::upper || before == SentenceClass::lower;
    if (after_letter && next == SentenceClass::upper) return true;  // SB7
  }
  // SB8: the first letter, separator or terminator that follows is a lower-case letter.
  for (std::size_t i = at; i < end; ++i) {
    switch (class_at(i)) {
      case SentenceClass::lower: return true;
      case SentenceClass::upper:
      case SentenceClass::paragraph_separator:
      case SentenceClass::full_stop:
      case SentenceClass::terminator: return false;
      default: break;
    }
  }
  return false;
}

}  // namespace

std::size_t paragraph_end(std::string_view text, std::size_t begin) {
  for (std::size_t i = begin; i < text.size(); ++i) {
    if (text[i] == '\n') return i + 1;
    if (text[i] == '\r') return i + 1 < text.size() && text[i + 1] == '\n' ? i + 2 : i + 1;
  }
  return text.size();
}

bool append_plain_sentence_ends(std::string_view text, std::size_t begin, std::size_t end,
                                const SentenceExceptions& exceptions,
                                std::vector<std::uint32_t>& ends) {
  const ClassTable& table = classes();
  const auto class_at = [&](std::size_t i) { return table[static_cast<unsigned char>(text[i])]; };
  const std::size_t ends_before = ends.size();
  std::size_t i = begin;
  while (i < end) {
    const SentenceClass k = class_at(i);
    if (k == SentenceClass::needs_icu) {
      ends.resize(ends_before);
      return false;
    }
    if (!is_terminator(k)) {
      ++i;
      continue;
    }
    // SB9-SB11: the break comes after the terminator's closing punctuation and spaces.
    const std::size_t terminator = i;
    std::size_t at = i + 1;
    while (at < end && class_at(at) == SentenceClass::close) ++at;
    while (at < end && class_at(at) == SentenceClass::space) ++at;
    i = at;
    // At a paragraph separator the break is the paragraph's own, after it.
    if (at == end || class_at(at) == SentenceClass::paragraph_separator) continue;
    if (continues_sentence(table, text, begin, end, terminator, at)) continue;
    if (!exceptions.suppresses(text, at)) ends.push_back(static_cast<std::uint32_t>(at));
  }
  ends.push_back(static_cast<std::uint32_t>(end));
  return true;
}

}  // namespace lectern
