#include "extract/gazetteer.h"

#include <memory>
#include <mutex>
#include <vector>

#include "extract/inflection.h"
#include "extract/word_lists.h"
#include "text/icu_includes.h"
#include "text/language_id.h"

namespace lectern {
namespace {

std::string utf8(const UChar* text, int32_t length) {
  std::string out;
  icu::UnicodeString(text, length).toUTF8String(out);
  return out;
}

struct BundleCloser {
  void operator()(UResourceBundle* bundle) const { ures_close(bundle); }
};
using Bundle = std::unique_ptr<UResourceBundle, BundleCloser>;

// ICU's package of region bundles (ICU's internal headers call it U_ICUDATA_REGION).
constexpr const char* kRegionPackage = U_ICUDATA_NAME "-region";

// Every region name of one display language: the tables "Countries", "Countries%short" (UK, US)
// and "Countries%variant" of CLDR's region bundle, keyed by region code ("US", "US%short").
void add_region_names(const char* language, StringMap<std::string>& regions) {
  UErrorCode status = U_ZERO_ERROR;
  const Bundle bundle(ures_open(kRegionPackage, language, &status));
  // A language without a region bundle of its own falls back to root, which names nothing.
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return;
  for (const char* table_name : {"Countries", "Countries%short", "Countries%variant"}) {
    UErrorCode table_status = U_ZERO_ERROR;
    const Bundle table(ures_getByKey(bundle.get(), table_name, nullptr, &table_status));
    if (U_FAILURE(table_status)) continue;
    while (ures_hasNext(table.get())) {
      UErrorCode item_status = U_ZERO_ERROR;
      int32_t length = 0;
      const char* key = nullptr;
      const UChar* name = ures_getNextString(table.get(), &length, &key, &item_status);
      if (U_FAILURE(item_status) || key == nullptr) continue;
      std::string code(key);
      code = code.substr(0, code.find('%'));
      // ZZ is "Unknown Region", EZ "Eurozone" and 001 "World": no place a text names so.
      if (code == "ZZ" || code == "EZ" || code == "001") continue;
      regions.try_emplace(phrase_key(utf8(name, length)), code);
    }
  }
}

void add_calendar_words(const char* language,
                        std::unordered_set<std::string, StringHash, std::equal_to<>>& calendar) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::DateFormatSymbols symbols{icu::Locale(language), status};
  if (U_FAILURE(status)) return;
  const auto add_all = [&calendar](const icu::UnicodeString* names, int32_t count) {
    for (int32_t i = 0; i < count; ++i) {
      std::string name;
      names[i].toUTF8String(name);
      while (!name.empty() && name.back() == '.') name.pop_back();
      if (!name.empty()) calendar.insert(phrase_key(name));
    }
  };
  // Each getter sets count before the names are read, so the calls stay separate statements.
  int32_t count = 0;
  const icu::UnicodeString* months = symbols.getMonths(count);
  add_all(months, count);
  const icu::UnicodeString* short_months = symbols.getShortMonths(count);
  add_all(short_months, count);
  const icu::UnicodeString* weekdays = symbols.getWeekdays(count);
  add_all(weekdays, count);
}

// Nationality adjectives and plural nouns formed from an English country name: Armenia ->
// Armenian(s), Ukraine -> Ukrainian, Kazakhstan -> Kazakhstani, China -> Chinese. Only forms
// that are themselves no region name are kept (so "Niger" stays a place).
std::vector<std::string> demonym_forms(const std::string& country) {
  std::vector<std::string> stems = {country};
  if (country.size() > 3 && (country.back() == 'a' || country.back() == 'e' || country.back() == 'y')) {
    stems.push_back(country.substr(0, country.size() - 1));
  }
  std::vector<std::string> out;
  for (const std::string& stem : stems) {
    for (const char* ending : {"n", "an", "ian", "i", "ese", "ish", "ic"}) {
      out.push_back(stem + ending);
      out.push_back(stem + ending + "s");
    }
  }
  return out;
}

}  // namespace

std::optional<std::string_view> Gazetteer::region(std::string_view key) const {
  const auto found = regions_.find(key);
  if (found == regions_.end()) return std::nullopt;
  return found->second;
}

std::optional<std::string_view> Gazetteer::folded_region(std::string_view language,
                                                        std::string_view folded) const {
  const auto table = folded_regions_.find(language);
  if (table == folded_regions_.end()) return std::nullopt;
  const auto found = table->second.find(folded);
  if (found == table->second.end()) return std::nullopt;
  return found->second;
}

// Units: the English names, then each supported language's names and calendar words, then the
// folded table of each declining language kFoldedPerUnit keys at a time (a whole table takes
// 0.1-0.2 s of stemming), then the adjectives. The names are all in before any folding, as the
// folded tables hold every region key, taken in the map's order as a whole-table pass takes them.
bool GazetteerBuilder::step() {
  constexpr std::size_t kFoldedPerUnit = 1000;
  const auto languages = supported_languages();
  if (next_ == 0) {
    add_region_names("en", out_.regions_);
    // The word lists are built before the gazetteer (EntityExtraction's first table), so this
    // reads them rather than parsing them all within one unit.
    for (const auto& state : entity_word_lists().former_states()) {
      out_.regions_.try_emplace(phrase_key(state.name), state.code);
    }
    ++next_;
    return false;
  }
  if (next_ <= languages.size()) {
    const std::string code(languages[next_ - 1]);
    add_region_names(code.c_str(), out_.regions_);
    add_calendar_words(code.c_str(), out_.calendar_);
    ++next_;
    return false;
  }
  if (folding_language_ < languages.size()) {
    const std::string_view language = languages[folding_language_];
    if (!InflectionFolder::declines(language)) {
      ++folding_language_;
      return false;
    }
    if (folding_order_.empty()) {
      for (const auto& entry : out_.regions_) folding_order_.push_back(&entry);
    }
    auto& table = out_.folded_regions_[std::string(language)];
    const std::size_t end = std::min(folded_ + kFoldedPerUnit, folding_order_.size());
    for (; folded_ < end; ++folded_) {
      const auto& [key, code] = *folding_order_[folded_];
      table.try_emplace(folder_.fold(language, key), code);
    }
    if (folded_ == folding_order_.size()) {
      folded_ = 0;
      ++folding_language_;
    }
    return false;
  }
  folding_order_.clear();
  for (const std::string& name : language_names_in_english()) {
    out_.adjectives_.insert(phrase_key(name));
    out_.adjectives_.insert(phrase_key(name + "s"));
  }
  StringMap<std::string> english;
  add_region_names("en", english);
  for (const auto& [key, code] : english) {
    if (key.find(' ') != std::string::npos) continue;
    for (const std::string& form : demonym_forms(key)) {
      if (!out_.regions_.contains(form)) out_.adjectives_.insert(form);
    }
  }
  return true;
}

Gazetteer GazetteerBuilder::finish() {
  while (!step()) {
  }
  for (const auto& [key, code] : out_.regions_) {
    const std::size_t space = key.find(' ');
    if (space != std::string::npos) out_.region_first_words_.insert(key.substr(0, space));
  }
  return std::move(out_);
}

Gazetteer Gazetteer::build() { return GazetteerBuilder().finish(); }

namespace {

// The program's one gazetteer, and a lock, since a CLI command and a test may ask from threads.
std::mutex& gazetteer_mutex() {
  static std::mutex mutex;
  return mutex;
}

std::unique_ptr<const Gazetteer>& gazetteer_slot() {
  static std::unique_ptr<const Gazetteer> slot;
  return slot;
}

}  // namespace

const Gazetteer& gazetteer() {
  const std::lock_guard lock(gazetteer_mutex());
  auto& slot = gazetteer_slot();
  if (!slot) slot = std::make_unique<const Gazetteer>(Gazetteer::build());
  return *slot;
}

bool gazetteer_built() {
  const std::lock_guard lock(gazetteer_mutex());
  return gazetteer_slot() != nullptr;
}

void install_gazetteer(Gazetteer built) {
  const std::lock_guard lock(gazetteer_mutex());
  auto& slot = gazetteer_slot();
  if (!slot) slot = std::make_unique<const Gazetteer>(std::move(built));
}

}  // namespace lectern
