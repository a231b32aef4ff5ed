#include "extract/word_lists.h"

#include <algorithm>
#include <memory>
#include <mutex>

#include "extract/entity_data.h"
#include "text/term_key.h"

namespace lectern {
namespace {

constexpr std::uint64_t kAnyLanguage = std::uint64_t{1} << 63;

bool language_neutral(WordList list) {
  return list == WordList::title || list == WordList::org_head || list == WordList::place_head ||
         list == WordList::generic_head || list == WordList::not_entity || list == WordList::first_name;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

template <typename Each>
void for_each_line(std::string_view text, Each each) {
  while (!text.empty()) {
    const auto end = text.find('\n');
    const std::string_view line = trim(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    if (!line.empty() && line.front() != '#') each(line);
  }
}

}  // namespace

std::string phrase_key(std::string_view phrase) {
  std::string spaced(phrase);
  std::replace(spaced.begin(), spaced.end(), '-', ' ');
  std::string out;
  std::string_view rest = spaced;
  while (!rest.empty()) {
    const auto space = rest.find(' ');
    const std::string_view word = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
    if (word.empty()) continue;
    if (!out.empty()) out += ' ';
    out += term_key(word);
  }
  return out;
}

bool EntityWordLists::is(WordList list, std::string_view language, std::string_view key) const {
  const auto& entries = entries_[static_cast<int>(list)];
  const auto found = entries.find(key);
  if (found == entries.end()) return false;
  if (language_neutral(list) || (found->second & kAnyLanguage) != 0) return true;
  const auto bit = language_bits_.find(language);
  return bit != language_bits_.end() && (found->second >> bit->second & 1) != 0;
}

void EntityWordLists::add_lines(std::string_view file_name, std::string_view text) {
  const auto add = [this](WordList list, std::string_view language, std::string_view phrase) {
    std::uint64_t bit = kAnyLanguage;
    if (!language.empty()) {
      const auto [it, fresh] = language_bits_.try_emplace(std::string(language),
                                                          static_cast<int>(language_bits_.size()));
      bit = std::uint64_t{1} << std::min(it->second, 62);
    }
    const std::string key = phrase_key(phrase);
    if (list == WordList::title) {
      longest_title_ = std::max<std::size_t>(longest_title_, 1 + std::count(key.begin(), key.end(), ' '));
      if (const auto space = key.find(' '); space != std::string::npos) {
        title_starts_.try_emplace(key.substr(0, space), true);
      }
    }
    entries_[static_cast<int>(list)][key] |= bit;
  };
  const auto language_lines = [&add, text](WordList list) {
    for_each_line(text, [&](std::string_view line) {
      const auto space = line.find(' ');
      if (space == std::string_view::npos) return;
      add(list, line.substr(0, space), trim(line.substr(space + 1)));
    });
  };
  if (file_name == "titles") language_lines(WordList::title);
  if (file_name == "org_heads") language_lines(WordList::org_head);
  if (file_name == "place_heads") language_lines(WordList::place_head);
  if (file_name == "generic_heads") language_lines(WordList::generic_head);
  if (file_name == "connectors") language_lines(WordList::connector);
  if (file_name == "not_entities") language_lines(WordList::not_entity);
  if (file_name == "cyrillic_latin") name_key_rules_ += text;
  if (file_name == "former_states") {
    // "CODE NAME".
    for_each_line(text, [&](std::string_view line) {
      const auto space = line.find(' ');
      if (space == std::string_view::npos) return;
      former_states_.push_back({std::string(trim(line.substr(space + 1))), std::string(line.substr(0, space))});
    });
  }
  if (file_name.starts_with("first_names")) {
    for_each_line(text, [&](std::string_view line) { add(WordList::first_name, {}, line); });
  }
  if (file_name == "context_cues") {
    // "LANG before-loc WORD", "LANG after-per WORDS", "LANG article WORD", "LANG determiner WORD".
    for_each_line(text, [&](std::string_view line) {
      const auto first = line.find(' ');
      if (first == std::string_view::npos) return;
      const std::string_view rest = line.substr(first + 1);
      const auto second = rest.find(' ');
      if (second == std::string_view::npos) return;
      const std::string_view kind = rest.substr(0, second);
      const WordList list = kind == "before-loc"   ? WordList::before_loc
                            : kind == "article"    ? WordList::article
                            : kind == "determiner" ? WordList::determiner
                                                   : WordList::after_per;
      add(list, line.substr(0, first), trim(rest.substr(second + 1)));
    });
  }
}

EntityWordLists EntityWordLists::parse() {
  WordListsBuilder builder;
  while (!builder.step()) {
  }
  return builder.finish();
}

bool WordListsBuilder::step() {
  const auto files = entity_data_files();
  if (file_ >= files.size()) return true;
  const std::string_view text = files[file_].text.substr(offset_);
  // A piece of whole lines: the last line feed within kPieceBytes, or the rest of the file.
  std::size_t end = text.size();
  if (end > kPieceBytes) {
    const std::size_t line_feed = text.rfind('\n', kPieceBytes);
    end = line_feed == std::string_view::npos ? text.size() : line_feed + 1;
  }
  lists_.add_lines(files[file_].name, text.substr(0, end));
  offset_ += end;
  if (offset_ >= files[file_].text.size()) {
    ++file_;
    offset_ = 0;
  }
  return file_ >= files.size();
}

EntityWordLists WordListsBuilder::finish() {
  while (!step()) {
  }
  return std::move(lists_);
}

bool EntityWordLists::ends_in_org_head(std::string_view word) const {
  constexpr std::size_t kShortestCompoundHead = 6;
  for (const auto& [head, languages] : entries_[static_cast<int>(WordList::org_head)]) {
    if (head.size() >= kShortestCompoundHead && word.size() > head.size() && word.ends_with(head)) return true;
  }
  return false;
}

namespace {

std::mutex& word_lists_mutex() {
  static std::mutex mutex;
  return mutex;
}

std::unique_ptr<const EntityWordLists>& word_lists_slot() {
  static std::unique_ptr<const EntityWordLists> slot;
  return slot;
}

}  // namespace

const EntityWordLists& entity_word_lists() {
  const std::lock_guard lock(word_lists_mutex());
  auto& slot = word_lists_slot();
  if (!slot) slot = std::make_unique<const EntityWordLists>(EntityWordLists::parse());
  return *slot;
}

bool word_lists_built() {
  const std::lock_guard lock(word_lists_mutex());
  return word_lists_slot() != nullptr;
}

void install_word_lists(EntityWordLists built) {
  const std::lock_guard lock(word_lists_mutex());
  auto& slot = word_lists_slot();
  if (!slot) slot = std::make_unique<const EntityWordLists>(std::move(built));
}

}  // namespace lectern
