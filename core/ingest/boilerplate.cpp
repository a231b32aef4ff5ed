#include "ingest/boilerplate.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

namespace lectern {
namespace {

// A furniture prompt is short; a paragraph that merely starts with "Photo:" is not furniture.
constexpr std::size_t kMaxFurnitureWords = 30;

std::string_view trim(std::string_view s) {
  const auto begin = s.find_first_not_of(" \t\f\v");
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t\f\v") - begin + 1);
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

// ASCII case folded, runs of white space as one space; only the first `limit` bytes of that when
// a caller needs no more. Non-ASCII letters are left as they are: furniture repeats with the
// same spelling.
std::string folded(std::string_view line, std::size_t limit = std::string::npos) {
  const std::string_view trimmed = trim(line);
  std::string out(std::min(trimmed.size(), limit), '\0');
  std::size_t n = 0;
  bool space = false;
  for (std::size_t i = 0; i < trimmed.size() && n < out.size(); ++i) {
    const char c = trimmed[i];
    if (is_blank(c)) {
      space = true;
      continue;
    }
    if (space) out[n++] = ' ';
    space = false;
    if (n < out.size()) out[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  out.resize(n);
  return out;
}

// Whether the line has more than `limit` words (runs of characters between white space), told
// without folding it and stopping as soon as it has.
bool more_words_than(std::string_view line, std::size_t limit) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : line) {
    const bool blank = is_blank(c);
    if (!blank && !in_word && ++words > limit) return true;
    in_word = !blank;
  }
  return false;
}

// The characters folded(line) would have, counted without making it, up to limit + 1: most
// lines of running text are paragraphs far longer than a repeated line may be, and folding
// each of them only to find that out took a tenth of the ingest time.
std::size_t folded_char_count(std::string_view line, std::size_t limit) {
  std::size_t chars = 0;
  bool space = false;
  for (char c : trim(line)) {
    if (is_blank(c)) {
      space = true;
      continue;
    }
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;  // same character
    chars += space ? 2 : 1;
    space = false;
    if (chars > limit) break;
  }
  return chars;
}

bool has_letter_or_digit(std::string_view line) {
  for (char c : line) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80) {
      return true;
    }
  }
  return false;
}

// Whole lines (folded, trailing punctuation removed).
const std::unordered_set<std::string_view>& furniture_lines() {
  static const std::unordered_set<std::string_view> lines = {
      // English
      "trending now", "trending", "read more", "read also", "see also", "related",
      "related articles", "related stories", "related posts", "more stories", "most read",
      "most popular", "share", "share this", "share this article", "share this story",
      "share on facebook", "share on twitter", "share on x", "tweet", "email", "print", "comments",
      "comment", "leave a reply", "leave a comment", "post a comment", "be the first to comment",
      "add a comment", "join the conversation", "advertisement", "sponsored", "sponsored content",
      "subscribe", "sign up", "log in", "follow us", "click here", "cancel reply",
      "continue reading", "news", "skip to content", "back to top", "menu", "search", "home",
      "you may also like", "recommended",
      // Swedish
      "l\xC3\xA4s mer", "l\xC3\xA4s ocks\xC3\xA5", "l\xC3\xA4s \xC3\xA4ven", "dela",
      "dela artikeln", "dela p\xC3\xA5 facebook", "kommentera", "kommentarer", "skriv en kommentar",
      "l\xC3\xA4mna en kommentar", "annons", "prenumerera", "mest l\xC3\xA4st", "senaste nytt",
      "nyheter", "relaterat", "relaterade artiklar", "just nu", "logga in", "s\xC3\xB6k", "meny",
      "f\xC3\xB6lj oss", "tipsa oss", "trendar", "popul\xC3\xA4rt",
      "du kanske ocks\xC3\xA5 gillar"};
  return lines;
}

// Starts of short lines.
constexpr std::string_view kFurniturePrefixes[] = {"photo:",
                                                   "photo by ",
                                                   "photos:",
                                                   "foto:",
                                                   "bild:",
                                                   "image:",
                                                   "picture:",
                                                   "credit:",
                                                   "illustration:",
                                                   "read more:",
                                                   "read also:",
                                                   "see also:",
                                                   "related:",
                                                   "l\xC3\xA4s mer:",
                                                   "l\xC3\xA4s ocks\xC3\xA5:",
                                                   "l\xC3\xA4s \xC3\xA4ven:",
                                                   "share on ",
                                                   "follow us on ",
                                                   "f\xC3\xB6lj oss p\xC3\xA5 ",
                                                   "sign up for ",
                                                   "subscribe to ",
                                                   "click here ",
                                                   "this site uses akismet"};

// Anywhere in a line of any length.
constexpr std::string_view kFurniturePhrases[] = {
    "all rights reserved",
    "alla r\xC3\xA4ttigheter f\xC3\xB6rbeh\xC3\xA5llna",
    "your email address will not be published",
    "learn how your comment data is processed",
    "din e-postadress kommer inte publiceras",
    "we use cookies",
    "vi anv\xC3\xA4nder cookies"};

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// A furniture phrase as it occurs in a raw line: its letters in either case (ASCII), each space
// of it a run of white space. Its longest word occurs in the line as it is, so a search for
// that word (PhraseSearch below) finds where to check the rest outwards from.
class Phrase {
 public:
  explicit Phrase(std::string_view phrase) : phrase_(phrase) {
    for (std::size_t begin = 0; begin < phrase.size();) {
      const std::size_t end = std::min(phrase.find(' ', begin), phrase.size());
      if (end - begin > word_.size()) {
        word_ = phrase.substr(begin, end - begin);
        word_begin_ = begin;
      }
      begin = end + 1;
    }
  }

  std::string_view word() const { return word_; }

  // Whether the phrase is in the line with its longest word ending at `end`.
  bool found_ending_word_at(std::string_view line, std::size_t end) const {
    if (end < word_.size()) return false;
    const std::size_t at = end - word_.size();
    for (std::size_t i = 0; i < word_.size(); ++i) {
      if (ascii_lower(line[at + i]) != word_[i]) return false;
    }
    return rest_around(line, at);
  }

 private:
  // The phrase's words before and after its longest one, read outwards from it.
  bool rest_around(std::string_view line, std::size_t at) const {
    std::size_t left = at;  // the line before `left` is still to match
    for (std::size_t i = word_begin_; i-- > 0;) {
      if (phrase_[i] == ' ') {
        if (left == 0 || !is_blank(line[left - 1])) return false;
        while (left > 0 && is_blank(line[left - 1])) --left;
      } else if (left == 0 || ascii_lower(line[--left]) != phrase_[i]) {
        return false;
      }
    }
    std::size_t right = at + word_.size();
    for (std::size_t i = word_begin_ + word_.size(); i < phrase_.size(); ++i) {
      if (phrase_[i] == ' ') {
        if (right == line.size() || !is_blank(line[right])) return false;
        while (right < line.size() && is_blank(line[right])) ++right;
      } else if (right == line.size() || ascii_lower(line[right++]) != phrase_[i]) {
        return false;
      }
    }
    return true;
  }

  std::string_view phrase_;
  std::string_view word_;
  std::size_t word_begin_ = 0;  // of word_ in phrase_
};

// The phrases' longest words searched for at once, in one pass over a line: Horspool's search
// (Horspool 1980) for a set of words, with a window as long as the shortest word, which skips
// along a long line several bytes at a time; most lines hold none of the words, and are
// neither folded nor compared. (Emscripten's libc++ has no std::boyer_moore_horspool_searcher.)
class PhraseSearch {
 public:
  template <typename Phrases>
  explicit PhraseSearch(const Phrases& phrases) : phrases_(std::begin(phrases), std::end(phrases)) {
    window_ = phrases_.front().word().size();
    for (const Phrase& p : phrases_) window_ = std::min(window_, p.word().size());
    skip_.fill(window_);
    last_bytes_.fill(false);
    for (const Phrase& p : phrases_) {
      const std::string_view word = p.word();
      for (std::size_t j = word.size() - window_; j + 1 < word.size(); ++j) {
        set_skip(word[j], word.size() - 1 - j);
      }
      set_last_byte(word.back());
    }
  }

  bool found_in(std::string_view line) const {
    for (std::size_t end = window_; end <= line.size();
         end += skip_[static_cast<unsigned char>(line[end - 1])]) {
      if (!last_bytes_[static_cast<unsigned char>(line[end - 1])]) continue;
      for (const Phrase& p : phrases_) {
        if (p.found_ending_word_at(line, end)) return true;
      }
    }
    return false;
  }

 private:
  void set_skip(char c, std::size_t skip) {
    for (const char either : {c, ascii_upper(c)}) {
      auto& entry = skip_[static_cast<unsigned char>(either)];
      entry = std::min(entry, skip);
    }
  }
  void set_last_byte(char c) {
    last_bytes_[static_cast<unsigned char>(c)] = true;
    last_bytes_[static_cast<unsigned char>(ascii_upper(c))] = true;
  }
  static char ascii_upper(char c) {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }

  std::vector<Phrase> phrases_;
  std::size_t window_ = 0;
  std::array<std::size_t, 256> skip_{};
  std::array<bool, 256> last_bytes_{};
};

std::string_view without_trailing_punctuation(std::string_view s) {
  while (!s.empty() && (s.back() == ':' || s.back() == '.' || s.back() == '!' || s.back() == '>' ||
                        s.back() == ' ')) {
    s.remove_suffix(1);
  }
  for (std::string_view tail : {"\xE2\x80\xA6", "\xC2\xBB", "\xE2\x80\xBA", "\xE2\x86\x92"}) {
    if (s.ends_with(tail)) return without_trailing_punctuation(s.substr(0, s.size() - tail.size()));
  }
  return s;
}

// "© 2024 ...", "Copyright 2024 ...", "Copyright © ...", "(c) 2024 ...": not "Copyright law".
// It reads at most the first kCopyrightHeadBytes bytes of the folded line.
constexpr std::size_t kCopyrightHeadBytes = 16;
bool is_copyright_line(std::string_view f) {
  if (f.starts_with("\xC2\xA9")) return true;
  std::string_view rest;
  if (f.starts_with("copyright ")) {
    rest = f.substr(10);
  } else if (f.starts_with("(c) ")) {
    rest = f.substr(4);
  } else {
    return false;
  }
  return rest.starts_with("\xC2\xA9") || rest.starts_with("(c)") ||
         (!rest.empty() && rest[0] >= '0' && rest[0] <= '9');
}

// FNV-1a, 64 bits: collisions among a corpus's lines are negligible (a birthday bound of
// about n^2 / 2^65 for n distinct lines).
std::uint64_t fingerprint(std::string_view folded_line) {
  std::uint64_t hash = 14695981039346656037ull;
  for (char c : folded_line) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

// Whether a line is counted among the repeated lines; decided before folding it.
bool counted(std::string_view line) {
  return has_letter_or_digit(line) && folded_char_count(line, kMaxRepeatChars) <= kMaxRepeatChars;
}

}  // namespace

std::vector<TextSpan> split_lines(std::string_view text) {
  std::vector<TextSpan> lines;
  // find_first_of looks each byte up in its set; most texts have no carriage return, and for
  // them one memchr for line feeds does.
  const bool has_carriage_return = text.find('\r') != std::string_view::npos;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end =
        has_carriage_return ? text.find_first_of("\r\n", start) : text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end - start)});
    if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') {
      ++end;
    }
    start = end + 1;
  }
  return lines;
}

bool has_furniture_phrase(std::string_view line) {
  static const PhraseSearch search(kFurniturePhrases);
  return search.found_in(line);
}

bool is_web_furniture(std::string_view line) {
  if (has_furniture_phrase(line)) return true;
  // A long line is no prompt or label; only its start can still make it a copyright line.
  if (more_words_than(line, kMaxFurnitureWords)) {
    return is_copyright_line(folded(line, kCopyrightHeadBytes));
  }
  const std::string f = folded(line);
  if (f.empty()) return false;
  if (is_copyright_line(f)) return true;
  if (furniture_lines().contains(without_trailing_punctuation(f))) return true;
  for (std::string_view prefix : kFurniturePrefixes) {
    if (f.starts_with(prefix)) return true;
  }
  return false;
}

void RepeatedLines::add_document(std::string_view text) {
  ++documents_;
  std::unordered_set<std::uint64_t> seen;
  for (const TextSpan& span : split_lines(text)) {
    const std::string_view line = text.substr(span.offset, span.length);
    if (!counted(line)) continue;
    const std::uint64_t key = fingerprint(folded(line));
    if (seen.insert(key).second) counts_[key] += 1;
  }
}

std::uint32_t RepeatedLines::document_count(std::string_view line) const {
  if (!counted(line)) return 0;
  const auto found = counts_.find(fingerprint(folded(line)));
  return found == counts_.end() ? 0 : found->second;
}

bool RepeatedLines::is_repeated(std::string_view line) const {
  return documents_ >= kMinCorpusDocuments && document_count(line) >= kMinRepeatDocuments;
}

std::vector<TextSpan> find_boilerplate(std::string_view text, const RepeatedLines& repeated) {
  const std::vector<TextSpan> lines = split_lines(text);
  std::vector<bool> furniture(lines.size(), false);
  std::vector<bool> repeats(lines.size(), false);
  std::size_t content_lines = 0;
  std::size_t repeated_lines = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = text.substr(lines[i].offset, lines[i].length);
    if (!has_letter_or_digit(line)) continue;
    furniture[i] = is_web_furniture(line);
    if (furniture[i]) continue;
    ++content_lines;
    repeats[i] = repeated.is_repeated(line);
    repeated_lines += repeats[i] ? 1 : 0;
  }
  // Judged on the lines that are not furniture: a retweet with a share prompt is a duplicate.
  const bool duplicate = repeated_lines == content_lines;
  std::vector<TextSpan> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (furniture[i] || (repeats[i] && !duplicate)) out.push_back(lines[i]);
  }
  return out;
}

}  // namespace lectern
