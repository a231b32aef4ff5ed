#include "text/sentence_exceptions.h"

#include <algorithm>

#include "text/icu_includes.h"

namespace lectern {
namespace {

constexpr const char* kBreakIteratorData = U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr";

// table/key of the language's brkitr bundle, or of the first of its parents that has it (as
// ures_getByKeyWithFallback, which ICU uses, finds it; that function is not public API). Null
// when none has it.
icu::LocalUResourceBundlePointer find_break_data(std::string_view language, const char* table,
                                                 const char* key) {
  const icu::Locale locale((std::string(language) + "@ss=standard").c_str());
  std::string name = locale.getBaseName();
  while (true) {
    UErrorCode status = U_ZERO_ERROR;
    icu::LocalUResourceBundlePointer bundle(ures_openDirect(kBreakIteratorData, name.c_str(), &status));
    icu::LocalUResourceBundlePointer found_table(
        ures_getByKey(bundle.getAlias(), table, nullptr, &status));
    icu::LocalUResourceBundlePointer found(
        ures_getByKey(found_table.getAlias(), key, nullptr, &status));
    if (U_SUCCESS(status)) return found;
    if (name.empty()) return icu::LocalUResourceBundlePointer();
    char parent[ULOC_FULLNAME_CAPACITY];
    status = U_ZERO_ERROR;
    uloc_getParent(name.c_str(), parent, sizeof parent, &status);
    name = U_SUCCESS(status) ? parent : "";
  }
}

std::string utf8_of(const UChar* string, int32_t length) {
  std::string utf8;
  icu::UnicodeString(false, string, length).toUTF8String(utf8);
  return utf8;
}

// The entries of exceptions/SentenceBreak, as ICU's SimpleFilteredBreakIteratorBuilder reads
// them.
std::vector<std::string> load_entries(std::string_view language) {
  const icu::LocalUResourceBundlePointer list =
      find_break_data(language, "exceptions", "SentenceBreak");
  std::vector<std::string> entries;
  while (list.isValid() && ures_hasNext(list.getAlias())) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    const UChar* entry = ures_getNextString(list.getAlias(), &length, nullptr, &status);
    if (U_FAILURE(status)) break;
    entries.push_back(utf8_of(entry, length));
  }
  std::sort(entries.begin(), entries.end());
  entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
  return entries;
}

// The bytes of an entry's part up to and including its first full stop, when that full stop is
// not its last byte ("U." of "U.S."); empty for an entry matched whole.
std::string_view partial_head(std::string_view entry) {
  const std::size_t stop = entry.find('.');
  return stop == std::string_view::npos || stop + 1 == entry.size() ? std::string_view()
                                                                     : entry.substr(0, stop + 1);
}

// Bytes compare as unsigned, as std::string's operator< compares them.
bool byte_less(char x, char y) { return static_cast<unsigned char>(x) < static_cast<unsigned char>(y); }

// The two orders of the lists: the forward one is read from an entry's first byte on; the
// backward one from its last byte back, as the filter walks from the break towards the start
// of the text. Both compare keys with the bytes read so far where they stand in the text, so a
// walk copies nothing.
struct FromFirstByte {
  static bool less(std::string_view key, std::string_view read) { return key < read; }
  static bool extends(std::string_view key, std::string_view read) { return key.starts_with(read); }
};
struct FromLastByte {
  static bool less(std::string_view key, std::string_view read) {
    return std::lexicographical_compare(key.rbegin(), key.rend(), read.rbegin(), read.rend(),
                                        byte_less);
  }
  static bool extends(std::string_view key, std::string_view read) { return key.ends_with(read); }
};

// What ICU's tries tell at each step of a walk (USTRINGTRIE_HAS_VALUE and _HAS_NEXT): the key
// equal to the bytes read so far, if any, and whether a longer key starts with them (in the
// order's reading direction).
template <typename Key>
struct Step {
  const Key* equal = nullptr;
  bool extends = false;
};

template <typename Order, typename Key, typename KeyOf>
Step<Key> look_up(const std::vector<Key>& keys, std::string_view read, KeyOf key_of) {
  auto found = std::lower_bound(keys.begin(), keys.end(), read, [&](const Key& k, std::string_view r) {
    return Order::less(key_of(k), r);
  });
  Step<Key> step;
  if (found != keys.end() && key_of(*found) == read) step.equal = &*found++;
  step.extends = found != keys.end() && Order::extends(key_of(*found), read);
  return step;
}

}  // namespace

bool has_root_sentence_rules(std::string_view language) {
  // The rules ICU's BreakIterator::buildInstance loads: boundaries/sentence names their file.
  const icu::LocalUResourceBundlePointer rules =
      find_break_data(language, "boundaries", "sentence");
  if (!rules.isValid()) return false;
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  const UChar* file = ures_getString(rules.getAlias(), &length, &status);
  return U_SUCCESS(status) && utf8_of(file, length) == "sent.brk";
}

// As SimpleFilteredBreakIteratorBuilder::build: each group of entries sharing a partial head
// ("U.S." and "U.N." share "U.") puts the head once into the backward list and every member,
// including an entry that is the head alone, into the forward list.
SentenceExceptions::SentenceExceptions(std::string_view language) {
  const std::vector<std::string> entries = load_entries(language);
  std::vector<std::string_view> heads;
  for (const std::string& entry : entries) {
    const std::string_view head = partial_head(entry);
    if (!head.empty()) heads.push_back(head);
  }
  for (const std::string& entry : entries) {
    const std::string_view entry_view = entry;
    const bool grouped = std::any_of(heads.begin(), heads.end(), [&](std::string_view head) {
      return entry_view.starts_with(head);
    });
    if (grouped) {
      forward_.push_back(entry);
    } else {
      backward_.push_back({entry, false});
    }
  }
  std::sort(heads.begin(), heads.end());
  heads.erase(std::unique(heads.begin(), heads.end()), heads.end());
  for (std::string_view head : heads) backward_.push_back({std::string(head), true});
  std::sort(backward_.begin(), backward_.end(), [](const BackwardKey& x, const BackwardKey& y) {
    return FromLastByte::less(x.bytes, y.bytes);
  });
  std::sort(forward_.begin(), forward_.end());
}

// SimpleFilteredSentenceBreakIterator::breakExceptionAt, over bytes rather than code points:
// for valid UTF-8 each step gives the same answer.
bool SentenceExceptions::suppresses(std::string_view text, std::size_t at) const {
  if (backward_.empty()) return false;
  // ICU assumes one space follows the full stop ("Mr. |Brown") and steps over it.
  std::size_t end = text[at - 1] == ' ' ? at - 1 : at;
  // The longest entry (or partial head) ending at `end`, read backwards: text[i - 1, end).
  const BackwardKey* best = nullptr;
  std::size_t best_start = 0;
  const auto bytes_of = [](const BackwardKey& key) -> std::string_view { return key.bytes; };
  for (std::size_t i = end; i > 0; --i) {
    const Step<BackwardKey> step =
        look_up<FromLastByte>(backward_, text.substr(i - 1, end - (i - 1)), bytes_of);
    if (step.equal != nullptr) {
      best = step.equal;
      best_start = i - 1;
    }
    if (!step.extends) break;
  }
  if (best == nullptr) return false;
  if (!best->partial) return true;
  // A partial head ("U."): the whole entry must follow from its start ("U.S.").
  const auto whole = [](const std::string& key) -> std::string_view { return key; };
  for (std::size_t i = best_start + 1; i <= text.size(); ++i) {
    const Step<std::string> step =
        look_up<FromFirstByte>(forward_, text.substr(best_start, i - best_start), whole);
    if (!step.extends) return step.equal != nullptr;
  }
  // The text ended inside an entry; ICU's trie walk then still counts as a match.
  return true;
}

}  // namespace lectern
