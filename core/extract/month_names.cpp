#include "extract/month_names.h"

#include "extract/language_cache.h"
#include "text/icu_includes.h"

namespace lectern {
namespace {

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::u32string to_utf32(std::string_view utf8) {
  std::u32string out;
  std::int32_t i = 0;
  const auto length = static_cast<std::int32_t>(utf8.size());
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(utf8.data(), i, length, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

std::string from_utf32(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) {
    char buffer[4];
    std::int32_t n = 0;
    U8_APPEND_UNSAFE(buffer, n, static_cast<UChar32>(c));
    out.append(buffer, static_cast<std::size_t>(n));
  }
  return out;
}

// CLDR abbreviations carry their full stop ("janv.", "июн."); the text's tokens do not.
std::string without_full_stop(std::string folded) {
  while (!folded.empty() && folded.back() == '.') folded.pop_back();
  return folded;
}

bool starts_upper(const icu::UnicodeString& text) {
  return text.length() > 0 && u_isupper(text.char32At(0));
}

void add_forms(CalendarNames& names, const icu::UnicodeString* forms, std::int32_t count,
               CalendarNameKind kind, bool abbreviated) {
  for (std::int32_t i = 0; i < count; ++i) {
    // DateFormatSymbols lists weekdays Sunday first, indexed from UCAL_SUNDAY (1); months
    // from January (0).
    int value = 0;
    if (kind == CalendarNameKind::month) {
      value = i + 1;
    } else {
      if (i < UCAL_SUNDAY) continue;
      value = i == UCAL_SUNDAY ? 7 : i - 1;
    }
    const std::string folded = without_full_stop(fold_word(to_utf8(forms[i])));
    if (folded.empty()) continue;
    names.add(folded, CalendarName{kind, value, abbreviated, starts_upper(forms[i])});
  }
}

}  // namespace

CalendarNames CalendarNames::from_cldr(std::string_view language) {
  CalendarNames names;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(std::string(language).c_str());
  icu::DateFormatSymbols symbols(locale, status);
  if (U_FAILURE(status)) return names;
  using Symbols = icu::DateFormatSymbols;
  // Wide forms go in last so that, where an abbreviation equals a wide name ("May", "juni"),
  // the name is recorded as a full one.
  for (const auto width : {Symbols::ABBREVIATED, Symbols::WIDE}) {
    const bool abbreviated = width == Symbols::ABBREVIATED;
    for (const auto context : {Symbols::STANDALONE, Symbols::FORMAT}) {
      std::int32_t count = 0;
      const icu::UnicodeString* months = symbols.getMonths(count, context, width);
      add_forms(names, months, count, CalendarNameKind::month, abbreviated);
      const icu::UnicodeString* weekdays = symbols.getWeekdays(count, context, width);
      add_forms(names, weekdays, count, CalendarNameKind::weekday, abbreviated);
    }
  }
  return names;
}

void CalendarNames::add(std::string_view folded, CalendarName name) {
  names_[std::string(folded)] = name;
  if (!stem_letters_.empty() && !name.abbreviated) stems_[stem(folded)] = name;
}

void CalendarNames::set_stem_letters(std::string_view letters) {
  stem_letters_ = to_utf32(letters);
  stems_.clear();
  for (const auto& [form, name] : names_) {
    if (!name.abbreviated) stems_[stem(form)] = name;
  }
}

std::string CalendarNames::stem(std::string_view folded) const {
  std::u32string text = to_utf32(folded);
  // Keep at least two letters, so "май" -> "ма" still says something.
  while (text.size() > 2 && stem_letters_.find(text.back()) != std::u32string::npos) {
    text.pop_back();
  }
  return from_utf32(text);
}

std::optional<CalendarName> CalendarNames::find(std::string_view folded) const {
  const auto found = names_.find(std::string(folded));
  if (found == names_.end()) return std::nullopt;
  return found->second;
}

std::optional<CalendarName> CalendarNames::find_by_stem(std::string_view folded) const {
  if (stem_letters_.empty()) return std::nullopt;
  const auto found = stems_.find(stem(folded));
  if (found == stems_.end()) return std::nullopt;
  return found->second;
}

void fold_word_into(std::string_view utf8, std::string& out) {
  out.clear();
  std::int32_t i = 0;
  const auto length = static_cast<std::int32_t>(utf8.size());
  while (i < length) {
    const auto byte = static_cast<unsigned char>(utf8[static_cast<std::size_t>(i)]);
    if (byte < 0x80) {
      out.push_back(byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + 32)
                                               : static_cast<char>(byte));
      ++i;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(utf8.data(), i, length, c);
    if (c < 0) c = 0xFFFD;
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    char buffer[4];
    std::int32_t n = 0;
    U8_APPEND_UNSAFE(buffer, n, c);
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

std::string fold_word(std::string_view utf8) {
  std::string out;
  fold_word_into(utf8, out);
  return out;
}

const CalendarNames& calendar_names(std::string_view language) {
  return per_language<CalendarNames>(language, CalendarNames::from_cldr);
}

}  // namespace lectern
