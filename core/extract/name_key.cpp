#include "extract/name_key.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "extract/word_lists.h"
#include "text/icu_includes.h"

namespace lectern {
namespace {

// The transform is built once: compiling rules costs far more than running them. It is only
// read afterwards (Transliterator::transliterate is const).
const icu::Transliterator* name_transform() {
  static const std::unique_ptr<icu::Transliterator> transform = [] {
    const std::string_view rules = entity_word_lists().name_key_rules();
    UParseError parse_error{};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createFromRules(
        "Lectern-NameKey",
        icu::UnicodeString::fromUTF8(icu::StringPiece(rules.data(), static_cast<int32_t>(rules.size()))),
        UTRANS_FORWARD, parse_error, status));
    // The rules and ICU's data ship with the library: failing here is a build bug, and the
    // name_key tests catch it. Without a transform, keys fall back to the raw lower-case text.
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return transform.get();
}

std::string to_ascii(std::string_view name) {
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  if (const icu::Transliterator* transform = name_transform()) {
    transform->transliterate(text);
  } else {
    text.toLower(icu::Locale::getRoot());
  }
  std::string out;
  text.toUTF8String(out);
  return out;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

void replace_all(std::string& word, std::string_view from, std::string_view to) {
  for (std::size_t at = word.find(from); at != std::string::npos; at = word.find(from, at + to.size())) {
    word.replace(at, from.size(), to);
  }
}

// Step 2 of the header, on one lower-case ASCII word. Order matters: the longer spellings
// first, so "sjtj" becomes "shch" before "tj" could turn its tail into "ch".
std::string variant_key(std::string word) {
  for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"sjtj", "shch"},
                                 {"schtsch", "shch"},
                                 {"tsch", "ch"},
                                 {"sch", "sh"},
                                 {"tj", "ch"},
                                 {"sj", "sh"},
                                 {"zj", "zh"},
                                 {"w", "v"},
                                 {"x", "ks"},
                                 {"j", "y"}}) {
    replace_all(word, from, to);
  }
  for (std::string_view ending : {"iy", "yy", "yi", "ii"}) {
    if (word.size() > ending.size() + 2 && word.ends_with(ending)) {
      word.replace(word.size() - ending.size(), ending.size(), "y");
      break;
    }
  }
  if (word.size() > 3 && word.starts_with("ye")) word.erase(0, 1);
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (c == 'y' && i > 0 && i + 1 < word.size() && is_vowel(word[i - 1]) && is_vowel(word[i + 1])) {
      continue;
    }
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  return out;
}

}  // namespace

std::string name_key(std::string_view name) {
  const std::string ascii = to_ascii(name);
  std::string out;
  std::string word;
  const auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += ' ';
    out += variant_key(std::move(word));
    word.clear();
  };
  for (const char c : ascii) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      static_cast<unsigned char>(c) >= 0x80;
    if (keep) {
      word += c;
    } else if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0U : 1U)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace lectern
