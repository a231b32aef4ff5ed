#include "extract/entity_merge.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/gazetteer.h"
#include "extract/inflection.h"
#include "extract/name_key.h"
#include "extract/word_lists.h"

namespace lectern {
namespace {

std::vector<std::string_view> split_words(std::string_view key) {
  std::vector<std::string_view> words;
  while (!key.empty()) {
    const auto space = key.find(' ');
    words.push_back(key.substr(0, space));
    key = space == std::string_view::npos ? std::string_view{} : key.substr(space + 1);
  }
  return words;
}

// The initials of a name's capitalised words, in capitals: "Collective Security Treaty
// Organization" -> "CSTO"; lower-case connectors ("of") do not count.
std::string initials(std::string_view text) {
  std::string out;
  bool word_start = true;
  for (const char c : text) {
    if (c == ' ' || c == '-') {
      word_start = true;
      continue;
    }
    if (word_start && c >= 'A' && c <= 'Z') out += c;
    word_start = false;
  }
  return out;
}

bool near_word(std::string_view a, std::string_view b) {
  return a.size() >= 7 && b.size() >= 7 && a.substr(0, 4) == b.substr(0, 4) &&
         edit_distance(a, b) <= 1;
}

// Whether longer is shorter with a final s added: a plural, or a Swedish or German genitive that
// cut_genitives() left as its base is attested only in another spelling (Gerasjtjenkos).
bool adds_final_s(std::string_view longer, std::string_view shorter) {
  return longer.size() == shorter.size() + 1 && longer.back() == 's' && longer.starts_with(shorter);
}

}  // namespace

// The grouping in parts (MentionGrouping::step()): the forms collected and the mentions given
// their entities kMentionsPerPart at a time, the rules a few at a time.
class MentionGrouping::Grouper {
 public:
  // The mentions' places become the entities' mentions, their form and entity filled in here.
  Grouper(const Corpus& corpus, FoundMentions found)
      : corpus_(corpus), all_(std::move(found)), found_(all_.mentions), places_(out_.mentions) {
    places_ = std::move(all_.places);
  }

  bool step() {
    switch (part_) {
      case Part::genitives:
        cut_genitives();
        form_of_text_.assign(all_.texts.size(), kNoForm);
        part_ = Part::forms;
        break;
      case Part::forms:
        if (collect_forms()) part_ = Part::keys;
        break;
      case Part::keys:
        parent_.resize(out_.forms.size());
        std::iota(parent_.begin(), parent_.end(), 0U);
        merges_.resize(out_.forms.size());
        join_same_keys();
        join_regions();
        join_acronyms();
        part_ = Part::names;
        break;
      case Part::names:
        join_full_names();
        join_near_spellings();
        join_short_forms();
        part_ = Part::entities;
        break;
      case Part::entities:
        build_entities();
        part_ = Part::mentions;
        break;
      case Part::mentions:
        if (assign_mentions()) part_ = Part::done;
        break;
      case Part::done: break;
    }
    return part_ == Part::done;
  }

  Entities take() { return std::move(out_); }
  const FoundMentions& found() const { return all_; }

 private:
  struct FormInfo {
    std::vector<std::string_view> words;  // of the key
    std::optional<std::string> region;
    bool organisation = false;
    bool acronym = false;
    bool genitive = false;  // some mention may end in a genitive -s left uncut
    std::string written_key;  // in a declining language, the unfolded key
  };

  void cut_genitives() {
    const bool any = std::any_of(found_.begin(), found_.end(), [](const FoundMention& m) { return m.genitive_s; });
    if (!any) return;
    std::unordered_set<std::string_view> attested;
    for (const FoundMention& m : found_) attested.insert(all_.text(m.text));
    std::vector<std::pair<std::size_t, std::string>> cuts;  // applied after: attested views the texts
    for (std::size_t i = 0; i < found_.size(); ++i) {
      const FoundMention& m = found_[i];
      if (!m.genitive_s) continue;
      const std::string& text = all_.text(m.text);
      const std::string_view base = std::string_view(text).substr(0, text.size() - 1);
      if (attested.contains(base) || gazetteer().region(phrase_key(base))) cuts.emplace_back(i, base);
    }
    attested.clear();  // interning below may move the texts it views
    for (auto& [i, base] : cuts) {
      genitives_.push_back({all_.text(found_[i].text), base, MergeReason::genitive});
      found_[i].text = all_.intern(base);
      places_[i].length -= 1;
      found_[i].genitive_s = false;
    }
  }

  // The forms of the next kMentionsPerPart mentions; true when every mention has its form.
  bool collect_forms() {
    const EntityWordLists& lists = entity_word_lists();
    const std::size_t end = std::min(found_.size(), next_ + kMentionsPerPart);
    for (; next_ < end; ++next_) {
      const FoundMention& m = found_[next_];
      std::uint32_t& form = form_of_text_[m.text];
      if (form == kNoForm) {
        form = static_cast<std::uint32_t>(out_.forms.size());
        const std::string& text = all_.text(m.text);
        // In a declining language the key is made from the stems: Путина and Путиным are Putin.
        const std::string& language = corpus_.document(places_[next_].doc).meta.language;
        const bool declines = InflectionFolder::declines(language);
        const std::string phrase = phrase_key(text);
        const std::string folded = declines ? folder_.fold(language, phrase) : phrase;
        out_.forms.push_back({text, name_key(folded), 0});
        FormInfo info;
        if (const auto region = gazetteer().region(phrase)) {
          info.region = std::string(*region);
        } else if (const auto inflected = declines ? gazetteer().folded_region(language, folded) : std::nullopt) {
          info.region = std::string(*inflected);
        }
        info.acronym = m.acronym;
        for (const std::string_view word : split_words(phrase)) {
          if (lists.is(WordList::org_head, {}, word) || lists.ends_in_org_head(word)) info.organisation = true;
        }
        // The key of the form as written, too: Snowball may cut a name's own ending (Токаев
        // -> тока), which the written form of another case keeps (Токаева -> токаев).
        info.written_key = declines ? name_key(phrase) : std::string{};
        info_.push_back(std::move(info));
      }
      ++out_.forms[form].mentions;
      if (m.genitive_s) info_[form].genitive = true;
      places_[next_].form = form;
    }
    if (next_ < found_.size()) return false;
    next_ = 0;
    form_of_text_ = {};
    for (std::size_t f = 0; f < out_.forms.size(); ++f) {
      info_[f].words = split_words(out_.forms[f].key);
    }
    return true;
  }

  std::uint32_t root(std::uint32_t f) {
    while (parent_[f] != f) f = parent_[f] = parent_[parent_[f]];
    return f;
  }

  bool same(std::uint32_t a, std::uint32_t b) { return root(a) == root(b); }

  void join(std::uint32_t from, std::uint32_t into, MergeReason reason) {
    const std::uint32_t a = root(from);
    const std::uint32_t b = root(into);
    if (a == b) return;
    // Two regions CLDR tells apart are never one entity, whatever joined their forms.
    const auto region_a = cluster_region(a);
    const auto region_b = cluster_region(b);
    if (region_a && region_b && *region_a != *region_b) return;
    parent_[a] = b;
    merges_[b].push_back({out_.forms[from].text, out_.forms[into].text, reason});
    merges_[b].insert(merges_[b].end(), merges_[a].begin(), merges_[a].end());
    merges_[a].clear();
    if (region_a && !region_b) region_of_root_[b] = *region_a;
  }

  std::optional<std::string> cluster_region(std::uint32_t r) {
    if (const auto found = region_of_root_.find(r); found != region_of_root_.end()) return found->second;
    if (info_[r].region) return info_[r].region;
    return std::nullopt;
  }

  void join_same_keys() {
    std::unordered_map<std::string_view, std::uint32_t> first;
    for (std::uint32_t f = 0; f < out_.forms.size(); ++f) {
      for (const std::string_view key : {std::string_view(out_.forms[f].key), std::string_view(info_[f].written_key)}) {
        if (key.empty()) continue;
        const auto [it, fresh] = first.try_emplace(key, f);
        if (!fresh) join(f, it->second, MergeReason::same_key);
      }
    }
  }

  void join_regions() {
    std::unordered_map<std::string, std::uint32_t> first;
    for (std::uint32_t f = 0; f < out_.forms.size(); ++f) {
      if (!info_[f].region) continue;
      const auto [it, fresh] = first.try_emplace(*info_[f].region, f);
      if (!fresh) join(f, it->second, MergeReason::same_region);
    }
  }

  void join_acronyms() {
    std::unordered_map<std::string_view, std::uint32_t> form_index;
    for (std::uint32_t f = 0; f < out_.forms.size(); ++f) form_index.emplace(out_.forms[f].text, f);
    for (std::size_t i = 0; i < found_.size(); ++i) {
      const FoundMention& m = found_[i];
      if (m.acronym_after == 0) continue;
      const std::string& acronym_text = all_.text(m.acronym_after);
      const auto acronym = form_index.find(acronym_text);
      if (acronym == form_index.end() || initials(all_.text(m.text)) != acronym_text) continue;
      join(places_[i].form, acronym->second, MergeReason::acronym);
    }
    // Seen apart in one document: every multi-word form of the document whose initials spell an
    // acronym of the same document. The initials are worked out once a form, and the acronyms
    // kept as (document, form) pairs, rather than a string made and compared for each mention.
    constexpr std::uint32_t kNoAcronym = ~0U;
    std::vector<std::uint32_t> acronym_of_initials(out_.forms.size(), kNoAcronym);
    for (std::uint32_t f = 0; f < out_.forms.size(); ++f) {
      const std::string letters = initials(out_.forms[f].text);
      if (letters.size() < 2) continue;
      if (const auto acronym = form_index.find(letters); acronym != form_index.end()) {
        acronym_of_initials[f] = acronym->second;
      }
    }
    const auto doc_form = [](DocId doc, std::uint32_t form) {
      return (std::uint64_t{to_index(doc)} << 32) | form;
    };
    std::unordered_set<std::uint64_t> acronyms;
    for (std::size_t i = 0; i < found_.size(); ++i) {
      if (found_[i].acronym) acronyms.insert(doc_form(places_[i].doc, places_[i].form));
    }
    for (std::size_t i = 0; i < found_.size(); ++i) {
      if (places_[i].tokens < 2) continue;
      const std::uint32_t acronym = acronym_of_initials[places_[i].form];
      if (acronym != kNoAcronym && acronyms.contains(doc_form(places_[i].doc, acronym))) {
        join(places_[i].form, acronym, MergeReason::acronym);
      }
    }
  }

  bool personal(std::uint32_t f) const {
    return !info_[f].region && !info_[f].organisation && !info_[f].acronym;
  }

  // Step 5: first and last name agree, and one of the two has no middle part, or both the same.
  void join_full_names() {
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> by_surname;
    for (std::uint32_t f = 0; f < out_.forms.size(); ++f) {
      if (info_[f].words.size() >= 2 && personal(f) && !names_by_of(info_[f].words)) {
        by_surname[info_[f].words.back()].push_back(f);
      }
    }
    for (const auto& [surname, forms] : by_surname) {
      for (std::size_t i = 0; i < forms.size(); ++i) {
        for (std::size_t j = i + 1; j < forms.size(); ++j) {
          if (same_person(info_[forms[i]].words, info_[forms[j]].words)) {
            join(forms[j], forms[i], MergeReason::full_name);
          }
        }
      }
    }
  }

  // "United States of Central America", "Bank of the United States": a name built with "of" is
  // a body or a place, and dropping a word from its middle names another one, where dropping a
  // middle name from a person's name does not.
  static bool names_by_of(const std::vector<std::string_view>& words) {
    return std::find(words.begin(), words.end(), "of") != words.end();
  }

  static bool same_person(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    // Hyphenated first names ("Kassym-Jomart") are two key words; a middle name or patronymic
    // is what lies between the first name and the surname. The shorter name must be the longer
    // one with a middle dropped: same beginning, same end.
    const auto& shorter = a.size() <= b.size() ? a : b;
    const auto& longer = a.size() <= b.size() ? b : a;
    if (shorter.back() != longer.back()) return false;
    std::size_t head = 0;
    while (head + 1 < shorter.size() && shorter[head] == longer[head]) ++head;
    return head == shorter.size() - 1 && head > 0;
  }

  // Alexander / Alyaksandr Lukashenko: two-word names whose long first names differ by a
  // transcription (same first letter, at most three edits).
  static bool near_first_names(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    return a.size() == 2 && b.size() == 2 && a[0].size() >= 6 && b[0].size() >= 6 &&
           a[0][0] == b[0][0] && edit_distance(a[0], b[0]) <= 3;
  }

  // Step 6, within buckets of forms with as many words and the same first letters of the last.
  void join_near_spellings() {
    std::map<std::pair<std::size_t, std::string_view>, std::vector<std::uint32_t>> buckets;
    for (std::uint32_t f = 0; f < out_.forms.size(); ++f) {
      const auto& words = info_[f].words;
      if (words.empty() || info_[f].acronym || words.back().size() < 7) continue;
      buckets[{words.size(), words.back().substr(0, 4)}].push_back(f);
    }
    for (const auto& [bucket, forms] : buckets) {
      if (forms.size() > 64) continue;  // a crowded bucket is more likely many names than one
      for (std::size_t i = 0; i < forms.size(); ++i) {
        for (std::size_t j = i + 1; j < forms.size(); ++j) {
          const auto& a = info_[forms[i]].words;
          const auto& b = info_[forms[j]].words;
          if (info_[forms[i]].region || info_[forms[j]].region) continue;
          if (!near_word(a.back(), b.back()) && a.back() != b.back()) continue;
          if (std::equal(a.begin(), a.end() - 1, b.begin()) || near_first_names(a, b)) {
            join(forms[j], forms[i], MergeReason::near_spelling);
          }
        }
      }
    }
  }

  // Step 7: a one-word form joins the one entity whose multi-word personal forms end in it.
  void join_short_forms() {
    // Full personal names by surname and by first name, and surnames by their first four
    // letters for near spellings (Lukashenka for Alexander Lukashenko): lookups, not scans,
    // since a large corpus has tens of thousands of forms.
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> by_surname;
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> by_first_name;
    std::unordered_map<std::string_view, std::vector<std::string_view>> surnames_by_prefix;
    for (std::uint32_t f = 0; f < out_.forms.size(); ++f) {
      if (info_[f].words.size() < 2 || !personal(f)) continue;
      auto& owners = by_surname[info_[f].words.back()];
      if (owners.empty()) surnames_by_prefix[info_[f].words.back().substr(0, 4)].push_back(info_[f].words.back());
      owners.push_back(f);
      by_first_name[info_[f].words.front()].push_back(f);
    }
    for (std::uint32_t f = 0; f < out_.forms.size(); ++f) {
      if (info_[f].words.size() != 1 || !personal(f)) continue;
      const std::string_view word = info_[f].words[0];
      std::vector<std::uint32_t> full;  // the full forms it may be short for
      bool plural_matched = false;
      if (const auto prefixed = surnames_by_prefix.find(word.substr(0, 4)); prefixed != surnames_by_prefix.end()) {
        for (const std::string_view surname : prefixed->second) {
          if (surname != word && !near_word(surname, word)) continue;
          const auto& owners = by_surname.at(surname);
          // A plural is not a near spelling here: "Republic" is no short form of "Donetsk People's
          // Republics", nor "Richard" of "W. A. Richards". (Between names of as many words, as in
          // step 6, a plural stays one name: Treasury Department(s), White Mountain(s).)
          const auto genitive = [this](std::uint32_t g) { return info_[g].genitive; };
          if ((adds_final_s(surname, word) && std::none_of(owners.begin(), owners.end(), genitive)) ||
              (adds_final_s(word, surname) && !info_[f].genitive)) {
            plural_matched = true;
            continue;
          }
          full.insert(full.end(), owners.begin(), owners.end());
        }
      }
      // No surname matched: a first name alone joins the one full name it begins ("Shannon"
      // for "Shannon Spann" in a speech), unless it is also someone's surname, in the plural too
      // ("Chamber" joins no "Chamber of Deputies" beside the "French Chambers").
      if (full.empty() && !plural_matched) {
        if (const auto named = by_first_name.find(word); named != by_first_name.end()) full = named->second;
      }
      std::set<std::uint32_t> candidates;
      for (const std::uint32_t g : full) candidates.insert(root(g));
      if (candidates.size() != 1) continue;
      // Name the merge after a full form it joins, not the cluster's root form.
      join(f, full.front(), MergeReason::short_form);
    }
  }

  void build_entities() {
    constexpr std::uint32_t kNoEntity = ~0U;
    std::vector<std::uint32_t> entity_of_root(out_.forms.size(), kNoEntity);
    entity_of_form_.resize(out_.forms.size());
    for (std::uint32_t f = 0; f < out_.forms.size(); ++f) {
      const std::uint32_t r = root(f);
      if (entity_of_root[r] == kNoEntity) {
        entity_of_root[r] = static_cast<std::uint32_t>(out_.entities.size());
        out_.entities.emplace_back();
        out_.entities.back().merges = std::move(merges_[r]);
      }
      entity_of_form_[f] = entity_of_root[r];
      out_.entities[entity_of_root[r]].forms.push_back(f);
    }
    std::unordered_map<std::string, std::uint32_t> form_index;
    for (std::uint32_t f = 0; f < out_.forms.size(); ++f) form_index.emplace(out_.forms[f].text, f);
    for (const Merge& genitive : genitives_) {
      const auto base = form_index.find(genitive.into);
      if (base == form_index.end()) continue;
      Entity& entity = out_.entities[entity_of_form_[base->second]];
      const bool listed = std::any_of(entity.merges.begin(), entity.merges.end(),
                                      [&](const Merge& m) { return m.from == genitive.from; });
      if (!listed) entity.merges.push_back(genitive);
    }
  }

  // The entities of the next kMentionsPerPart mentions; true when all have them.
  bool assign_mentions() {
    const std::size_t end = std::min(places_.size(), next_ + kMentionsPerPart);
    for (; next_ < end; ++next_) places_[next_].entity = entity_of_form_[places_[next_].form];
    return next_ >= places_.size();
  }

  enum class Part : std::uint8_t { genitives, forms, keys, names, entities, mentions, done };
  static constexpr std::uint32_t kNoForm = ~0U;

  const Corpus& corpus_;
  FoundMentions all_;
  std::vector<FoundMention>& found_;  // all_'s
  Part part_ = Part::genitives;
  std::size_t next_ = 0;  // the next mention of the part under way
  std::vector<std::uint32_t> form_of_text_;  // by text id, while collecting forms
  std::vector<std::uint32_t> entity_of_form_;
  Entities out_;
  std::vector<EntityMention>& places_;  // out_'s mentions, by found_ index
  std::vector<FormInfo> info_;
  std::vector<std::uint32_t> parent_;
  std::vector<std::vector<Merge>> merges_;  // by root
  std::unordered_map<std::uint32_t, std::string> region_of_root_;
  std::vector<Merge> genitives_;
  InflectionFolder folder_;
};


MentionGrouping::MentionGrouping(const Corpus& corpus, FoundMentions found)
    : grouper_(std::make_unique<Grouper>(corpus, std::move(found))) {}
MentionGrouping::~MentionGrouping() = default;
MentionGrouping::MentionGrouping(MentionGrouping&&) noexcept = default;
MentionGrouping& MentionGrouping::operator=(MentionGrouping&&) noexcept = default;

bool MentionGrouping::step() {
  if (done_) return true;
  done_ = grouper_->step();
  return done_;
}

Entities MentionGrouping::take() {
  while (!step()) {
  }
  return grouper_->take();
}

const FoundMentions& MentionGrouping::found() const { return grouper_->found(); }

}  // namespace lectern
