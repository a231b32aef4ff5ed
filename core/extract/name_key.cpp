#include "extract/name_key.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "extract/word_lists.h"
#include "text/icu_includes.h"

#include <unicode/uscript.h>  // a C header: none of the warnings icu_includes.h silences

namespace lectern {
namespace {

// Step 1 of the header as ICU would run it in one compound transform,
//   :: NFC ; :: Lower ; CYRILLIC RULES :: Any-Latin ; :: Latin-ASCII ; :: Lower ;
// but in stages that do not need ICU's transliterator registry (a transform named by an ID,
// such as Latin-ASCII, fills it on first use: a tenth of a second in one call, too long for a
// frame of the web app). Any-Latin leaves Latin, Common and Inherited characters alone, and
// Latin-ASCII's global filter passes all of them, so text of only those characters after the
// Cyrillic rules gets the compound's result from NFC and lower-casing by Normalizer2 and
// UnicodeString, and from Latin-ASCII's own rules (read from ICU's data) split at their two
// normalisation steps. Text of another script (Greek, Arabic, Han, Cyrillic letters the rules
// do not name) goes through the compound, built when such a name first comes; ASCII text needs
// only lower-casing. Built once and only read afterwards (Transliterator::transliterate is const).
struct NameTransforms {
  std::unique_ptr<icu::Transliterator> cyrillic;     // data/cyrillic_latin.txt
  std::unique_ptr<icu::Transliterator> strip_marks;  // Latin-ASCII up to its NFC step
  std::unique_ptr<icu::Transliterator> to_ascii;     // Latin-ASCII after its NFC step
  std::unique_ptr<icu::Transliterator> compound;     // the whole of step 1, by ICU's registry
  icu::UnicodeString mark_rules;    // Latin-ASCII's two blocks of rules, while being built
  icu::UnicodeString letter_rules;
  bool parts_done = false;  // build_name_key_part() has nothing left to do
  bool staged = false;      // cyrillic, strip_marks and to_ascii are all built
  bool compound_tried = false;
};

NameTransforms& transforms() {
  static NameTransforms built;
  return built;
}

icu::UnicodeString unicode(std::string_view text) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::unique_ptr<icu::Transliterator> from_rules(const char* id, const icu::UnicodeString& rules) {
  UParseError parse_error{};
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> made(
      icu::Transliterator::createFromRules(id, rules, UTRANS_FORWARD, parse_error, status));
  if (U_FAILURE(status)) made.reset();
  return made;
}

// ICU's rules of Latin-ASCII, as its registry would read them: "RuleBasedTransliteratorIDs" in
// the translit bundle's root. Empty if the data lacks them.
icu::UnicodeString latin_ascii_rules() {
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* root = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "translit", nullptr, &status);
  UResourceBundle* ids = ures_getByKey(root, "RuleBasedTransliteratorIDs", nullptr, &status);
  UResourceBundle* entry = ures_getByKey(ids, "Latin-ASCII", nullptr, &status);
  UResourceBundle* file = ures_getByKey(entry, "file", nullptr, &status);
  int32_t length = 0;
  const UChar* rules = ures_getStringByKey(file, "resource", &length, &status);
  icu::UnicodeString out;
  if (U_SUCCESS(status)) out.setTo(rules, length);
  ures_close(file);
  ures_close(entry);
  ures_close(ids);
  ures_close(root);
  return out;
}

// ICU 72's Latin-ASCII is ":: FILTER ; :: NFD() ; MARK RULES :: NFC() ; LETTER RULES": its two
// blocks of rules, or false when the data has another shape (the compound then does it all).
bool split_latin_ascii(const icu::UnicodeString& rules, icu::UnicodeString& marks,
                       icu::UnicodeString& letters) {
  const icu::UnicodeString nfd(u":: NFD() ;");
  const icu::UnicodeString nfc(u":: NFC() ;");
  const int32_t at_nfd = rules.indexOf(nfd);
  const int32_t at_nfc = rules.indexOf(nfc);
  if (at_nfd < 0 || at_nfc < at_nfd || !rules.startsWith(u"::") ||
      rules.indexOf(u"::", 2) != at_nfd) {
    return false;
  }
  const int32_t marks_start = at_nfd + nfd.length();
  marks.setTo(rules, marks_start, at_nfc - marks_start);
  letters.setTo(rules, at_nfc + nfc.length());
  return marks.indexOf(u"::") < 0;
}

const icu::Transliterator* compound_transform() {
  NameTransforms& t = transforms();
  if (!t.compound_tried) {
    t.compound_tried = true;
    icu::UnicodeString rules(u":: NFC ; :: Lower ;\n");
    rules += unicode(entity_word_lists().name_key_rules());
    rules += u"\n:: Any-Latin ; :: Latin-ASCII ; :: Lower ;";
    t.compound = from_rules("Lectern-NameKey", rules);
  }
  return t.compound.get();
}

// Whether Any-Latin would change text: it has a character of a script other than Latin (Common
// and Inherited characters join the run around them).
bool needs_any_latin(const icu::UnicodeString& text) {
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(text.char32At(i), &status);
    if (script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) return true;
  }
  return false;
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string to_ascii(std::string_view name) {
  if (is_ascii(name)) {
    // NFC, the Cyrillic rules, Any-Latin and Latin-ASCII leave ASCII as it is.
    std::string out(name);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  while (!build_name_key_part()) {
  }
  const NameTransforms& t = transforms();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString text = unicode(name);
  if (t.staged && U_SUCCESS(status)) {
    icu::UnicodeString staged = nfc->normalize(text, status);
    staged.toLower(icu::Locale::getRoot());
    t.cyrillic->transliterate(staged);
    if (!needs_any_latin(staged)) {
      staged = nfd->normalize(staged, status);
      t.strip_marks->transliterate(staged);
      staged = nfc->normalize(staged, status);
      t.to_ascii->transliterate(staged);
      staged.toLower(icu::Locale::getRoot());
      if (U_SUCCESS(status)) {
        std::string out;
        staged.toUTF8String(out);
        return out;
      }
    }
  }
  // The rules and ICU's data ship with the library: no transform at all is a build bug, and the
  // name_key tests catch it. Without one, keys fall back to the raw lower-case text.
  if (const icu::Transliterator* compound = compound_transform()) {
    compound->transliterate(text);
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
  // An initial (George W.) or a Roman numeral (World War II, Article VII) is a different name
  // from any other spelling of itself: the rules would make W a V and II an I, and so George W.
  // one with George V, and World War II one with World War I.
  if (word.size() == 1 || word.find_first_not_of("ivx") == std::string::npos) return word;
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

bool build_name_key_part() {
  NameTransforms& t = transforms();
  if (t.parts_done) return true;
  if (!t.cyrillic) {
    t.cyrillic = from_rules("Lectern-NameKey-Cyrillic", unicode(entity_word_lists().name_key_rules()));
    if (t.cyrillic) return false;
  } else if (!t.strip_marks) {
    if (split_latin_ascii(latin_ascii_rules(), t.mark_rules, t.letter_rules)) {
      t.strip_marks = from_rules("Lectern-NameKey-Marks", t.mark_rules);
      if (t.strip_marks) return false;  // the letter rules, the larger half, in the next part
    }
  } else {
    t.to_ascii = from_rules("Lectern-NameKey-ASCII", t.letter_rules);
    t.staged = t.to_ascii != nullptr;
  }
  // Done, or a part failed to build (a build bug): then every non-ASCII name goes through the
  // compound.
  t.parts_done = true;
  return true;
}

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
