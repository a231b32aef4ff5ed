#include "extract/entity_mentions.h"

#include <algorithm>
#include <string_view>

#include "extract/gazetteer.h"
#include "extract/inflection.h"
#include "extract/word_lists.h"
#include "text/icu_includes.h"
#include "text/stopwords.h"

namespace lectern {
namespace {

enum class Shape : std::uint8_t { other, lower, capitalised, acronym, initial };

// Per term, what the whole corpus shows of its spelling: how often it is written in lower case,
// and how often capitalised inside a sentence (not at its start, not in a headline).
struct Spelling {
  std::uint32_t lower = 0;
  std::uint32_t cap_inside = 0;
};
// A headline ("Putin Faces Unexpected Pushback at CSTO Summit") has at least this many
// capitalised words and no lower-case word but short function words (at, by, of, the).
constexpr int kHeadlineWords = 4;
constexpr std::size_t kHeadlineFunctionWordBytes = 3;
// "Dr", "Mrs", "Prof": titles this short may be abbreviations with a full stop.
constexpr std::uint32_t kTitleAbbreviationBytes = 4;
// Hard-wrapped text has lines of 60 to 80 characters, a few more bytes in UTF-8.
constexpr std::size_t kWrappedLineMin = 40;
constexpr std::size_t kWrappedLineMax = 110;

// Bytes of a possessive or colon-genitive ending ("Putin's", "Russia’s", "CSTO:s").
std::size_t suffix_bytes(std::string_view word) {
  for (std::string_view ending : {"'s", "\u2019s", ":s"}) {
    if (word.size() > ending.size() && word.ends_with(ending)) return ending.size();
  }
  return 0;
}

Shape shape_of(std::string_view word) {
  // Most words of most corpora start with an ASCII lower-case letter: answered without ICU.
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') return Shape::lower;
  word.remove_suffix(suffix_bytes(word));
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  int32_t at = 0;
  UChar32 c = 0;
  U8_NEXT(bytes, at, length, c);
  if (c < 0 || !u_isalpha(c)) return Shape::other;
  if (u_islower(c)) return Shape::lower;
  if (!u_isupper(c) && !u_istitle(c)) return Shape::other;
  int letters = 1;
  bool all_upper = true;
  while (at < length) {
    U8_NEXT(bytes, at, length, c);
    if (c >= 0 && u_isalpha(c)) {
      ++letters;
      if (!u_isupper(c)) all_upper = false;
    }
  }
  if (letters == 1) return Shape::initial;
  return all_upper ? Shape::acronym : Shape::capitalised;
}

bool is_name_shape(Shape shape) {
  return shape == Shape::capitalised || shape == Shape::acronym || shape == Shape::initial;
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

class MentionFinder {
 public:
  explicit MentionFinder(const Corpus& corpus)
      : corpus_(corpus),
        lists_(entity_word_lists()),
        places_(gazetteer()),
        shapes_(corpus.token_count()),
        spelling_(corpus.lexicon().size()) {}

  std::vector<FoundMention> run() {
    for (std::uint32_t d = 0; d < corpus_.document_count(); ++d) survey(static_cast<DocId>(d));
    for (std::uint32_t d = 0; d < corpus_.document_count(); ++d) find(static_cast<DocId>(d));
    return std::move(found_);
  }

 private:
  struct Token {
    CorpusPos pos;
    std::uint32_t offset;
    std::uint32_t length;
    Shape shape;
    std::string_view key;
  };

  // Pass 1: the shape of every token, which terms are seen in lower case and which capitalised
  // inside a sentence, and which sentences are headlines (every word that is no function word
  // capitalised, at least three of them).
  void survey(DocId doc) {
    const DocumentEntry& entry = corpus_.document(doc);
    const std::string& text = entry.meta.text;
    const auto sentences = corpus_.sentences();
    std::uint32_t pos = to_index(entry.first_token);
    const std::uint32_t end = pos + entry.token_count;
    for (std::uint32_t s = entry.first_sentence; s < entry.first_sentence + entry.sentence_count; ++s) {
      const std::uint32_t sentence_end = sentences[s].offset + sentences[s].length;
      const std::uint32_t first = pos;
      sentence_first_.push_back(first);
      int capitalised = 0;
      bool lower_content = false;  // a lower-case word other than a short function word
      for (; pos < end; ++pos) {
        const TokenSpan span = corpus_.span_at(static_cast<CorpusPos>(pos));
        if (span.offset >= sentence_end) break;
        const Shape shape = span.kind == TokenKind::number
                                ? Shape::other
                                : shape_of(std::string_view(text).substr(span.offset, span.length));
        shapes_[pos] = shape;
        if (shape == Shape::lower) {
          ++spelling_[to_index(corpus_.term_at(static_cast<CorpusPos>(pos)))].lower;
          if (!lower_content) {
            const std::string_view key = key_at(pos);
            lower_content = key.size() > kHeadlineFunctionWordBytes || !is_function_word(entry.meta.language, key);
          }
        } else if (shape == Shape::capitalised || shape == Shape::acronym) {
          ++capitalised;
        }
      }
      const bool headline = capitalised >= kHeadlineWords && !lower_content;
      headline_.push_back(headline);
      if (headline) continue;
      for (std::uint32_t p = first + 1; p < pos; ++p) {
        if (shapes_[p] == Shape::capitalised || shapes_[p] == Shape::acronym) {
          ++spelling_[to_index(corpus_.term_at(static_cast<CorpusPos>(p)))].cap_inside;
        }
      }
    }
  }

  std::string_view key_at(std::uint32_t pos) const {
    return corpus_.lexicon().str(corpus_.term_at(static_cast<CorpusPos>(pos)));
  }

  bool is_function_word(const std::string& language, std::string_view key) const {
    return is_stopword(language, key) || is_stopword("en", key);
  }

  // Whether key names a region, in any case form of the document's language.
  bool is_region(std::string_view key) {
    if (places_.region(key)) return true;
    return InflectionFolder::declines(language_) && places_.folded_region(language_, folder_.fold(language_, key));
  }

  bool is_title(std::string_view phrase) {
    if (lists_.is(WordList::title, {}, phrase)) return true;
    return InflectionFolder::declines(language_) && lists_.is(WordList::title, {}, folder_.fold(language_, phrase));
  }

  const Spelling& spelling_of(const Token& token) const {
    return spelling_[to_index(corpus_.term_at(token.pos))];
  }

  // A word the corpus mostly writes in lower case ("Nation", "Government" in a speech): alone,
  // it is a common noun given a capital, not a name.
  bool mostly_lower(const Token& token) const {
    const Spelling& spelling = spelling_of(token);
    return spelling.lower > spelling.cap_inside;
  }

  bool seen_inside(const Token& token) const {
    return spelling_of(token).cap_inside > 0;
  }

  bool seen_lower(const Token& token) const {
    return spelling_of(token).lower > 0;
  }

  // A word that may be a name where capitals prove nothing (a sentence start, a headline).
  bool name_like(const Token& token) {
    if (token.shape == Shape::acronym) return true;
    if (lists_.is(WordList::first_name, {}, token.key) || is_region(token.key)) return true;
    const Spelling& spelling = spelling_of(token);
    return spelling.lower == 0 && spelling.cap_inside > 0;
  }

  // Whether the text between two tokens lets them be one name: a space or a single line break
  // inside a wrapped line, a hyphen, or the full stop after an initial.
  bool joinable(const std::string& text, const Token& left, const Token& right) const {
    const std::uint32_t gap_begin = left.offset + left.length;
    const std::string_view gap = std::string_view(text).substr(gap_begin, right.offset - gap_begin);
    if (gap == "-" || gap == "\u2010" || gap == "\u2011") return true;
    // The full stop after an initial or a short title ("J. R. Smith", "Dr. Sima Samar").
    if ((left.shape == Shape::initial || (left.length <= kTitleAbbreviationBytes && lists_.is(WordList::title, {}, left.key))) &&
        (gap == "." || gap == ". ")) {
      return true;
    }
    if (gap.empty()) return false;
    int newlines = 0;
    for (const char c : gap) {
      if (!is_space_byte(c)) return gap == "\u00a0";
      if (c == '\n') ++newlines;
    }
    return newlines == 0 || (newlines == 1 && hard_wrapped_);
  }

  // Whether a document's text is hard-wrapped: most of its lines (at least five) are of a
  // similar, middling length. Only there may a name run on across a line break; elsewhere a
  // line break ends headings, captions and paragraphs.
  static bool hard_wrapped(const std::string& text) {
    std::size_t lines = 0;
    std::size_t wrapped = 0;
    std::size_t begin = 0;
    while (begin < text.size()) {
      auto end = text.find('\n', begin);
      if (end == std::string::npos) end = text.size();
      const std::size_t length = end - begin;
      if (length > 0) {
        ++lines;
        if (length >= kWrappedLineMin && length <= kWrappedLineMax) ++wrapped;
      }
      begin = end + 1;
    }
    return lines >= 5 && wrapped * 4 >= lines * 3;
  }

  // Pass 2: runs of name-shaped tokens in one document, each made into mentions.
  // Builds the Token of a corpus position (its span decoded, which takes a few steps).
  Token token_at(std::uint32_t pos) const {
    const TokenSpan span = corpus_.span_at(static_cast<CorpusPos>(pos));
    return {static_cast<CorpusPos>(pos), span.offset, span.length, shapes_[pos], key_at(pos)};
  }

  // The sentence of a corpus position of entry, from the first positions survey() recorded.
  std::uint32_t sentence_at(const DocumentEntry& entry, std::uint32_t pos) const {
    const auto begin = sentence_first_.begin() + entry.first_sentence;
    const auto end = begin + entry.sentence_count;
    const auto after = std::upper_bound(begin, end, pos);
    return static_cast<std::uint32_t>((after == begin ? after : after - 1) - sentence_first_.begin());
  }

  // Pass 2: runs of name-shaped tokens in one document, each made into mentions. Spans are
  // decoded only around name-shaped tokens (a window from two tokens before a run to the
  // tokens after it), since most tokens are lower-case words that survey() has already seen.
  void find(DocId doc) {
    const DocumentEntry& entry = corpus_.document(doc);
    const std::string& text = entry.meta.text;
    hard_wrapped_ = hard_wrapped(text);
    language_ = entry.meta.language;
    compounding_ = language_ == "sv" || language_ == "de" || language_ == "da" || language_ == "nb" ||
                   language_ == "nl" || language_ == "fi";
    const std::uint32_t first = to_index(entry.first_token);
    const std::uint32_t last = first + entry.token_count;
    std::vector<Token> tokens;
    std::vector<std::uint32_t> sentence_of;
    std::uint32_t window = first;  // corpus position of tokens[0]
    // Whether tokens[index] exists, adding tokens of the document up to it.
    const auto ensure = [&](std::size_t index) {
      while (tokens.size() <= index && window + tokens.size() < last) {
        const auto pos = static_cast<std::uint32_t>(window + tokens.size());
        tokens.push_back(token_at(pos));
        sentence_of.push_back(sentence_at(entry, pos));
      }
      return index < tokens.size();
    };
    std::uint32_t pos = first;
    while (pos < last) {
      if (!is_name_shape(shapes_[pos])) {
        ++pos;
        continue;
      }
      window = pos >= first + 2 ? pos - 2 : first;
      tokens.clear();
      sentence_of.clear();
      const std::size_t i = pos - window;
      ensure(i);
      std::size_t end = i + 1;
      // A possessive before a title ends a name: "Kazakhstan's President" is a name and a
      // title, "Donetsk People's Republic" one name.
      while (ensure(end)) {
        if (possessive(text, tokens[end - 1])) {
          ensure(end + lists_.longest_title() - 1);
          if (title_at(tokens, end, tokens.size()) > 0) break;
        }
        const bool same_sentence = sentence_of[end] == sentence_of[end - 1];
        const bool crosses_wrap = !same_sentence && joinable(text, tokens[end - 1], tokens[end]);
        if (!same_sentence && !crosses_wrap) break;
        if (!joinable(text, tokens[end - 1], tokens[end])) break;
        if (is_name_shape(tokens[end].shape)) {
          ++end;
          continue;
        }
        // A connector counts only between two name words; any lower-case word hyphenated on
        // both sides is one ("Mazar-e-Sharif", "Jaish-e-Mohammed").
        const bool connector = tokens[end].shape == Shape::lower && ensure(end + 1) &&
                               (lists_.is(WordList::connector, entry.meta.language, tokens[end].key) ||
                                hyphenated(text, tokens[end - 1], tokens[end], tokens, end)) &&
                               is_name_shape(tokens[end + 1].shape) &&
                               sentence_of[end + 1] == sentence_of[end] &&
                               joinable(text, tokens[end], tokens[end + 1]);
        if (!connector) break;
        end += 2;
      }
      ensure(end + 1);
      make_mentions(doc, tokens, sentence_of, i, end);
      pos = static_cast<std::uint32_t>(window + end);
    }
  }

  static bool hyphenated(const std::string& text, const Token& left, const Token& middle,
                         const std::vector<Token>& tokens, std::size_t at) {
    if (at + 1 >= tokens.size()) return false;
    const Token& right = tokens[at + 1];
    const auto gap = [&text](const Token& a, const Token& b) {
      return std::string_view(text).substr(a.offset + a.length, b.offset - a.offset - a.length);
    };
    return gap(left, middle) == "-" && gap(middle, right) == "-";
  }

  static bool possessive(const std::string& text, const Token& token) {
    return suffix_bytes(std::string_view(text).substr(token.offset, token.length)) > 0;
  }

  bool starts_sentence(const std::string& text, const std::vector<Token>& tokens,
                       const std::vector<std::uint32_t>& sentence_of, std::size_t k) const {
    if (k == 0 || sentence_of[k] != sentence_of[k - 1]) return true;
    if (tokens[k - 1].length <= kTitleAbbreviationBytes && lists_.is(WordList::title, {}, tokens[k - 1].key)) {
      return false;
    }
    const std::uint32_t gap_begin = tokens[k - 1].offset + tokens[k - 1].length;
    const std::string_view gap = std::string_view(text).substr(gap_begin, tokens[k].offset - gap_begin);
    // Quotes and brackets open a sentence of their own; ICU also keeps "from the CSTO. In
    // February" in one sentence (an upper-case word before the full stop), which a reader
    // does not.
    for (std::string_view opener : {"\"", "\u201c", "\u00ab", "\u201e", "(", ": ", ". ", "! ", "? "}) {
      if (gap.find(opener) != std::string_view::npos) return true;
    }
    return false;
  }

  // The longest title phrase starting at token k, in words; 0 when none.
  std::size_t title_at(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
    for (std::size_t n = std::min(lists_.longest_title(), end - k); n > 0; --n) {
      std::string phrase(tokens[k].key);
      for (std::size_t j = 1; j < n; ++j) (phrase += ' ') += tokens[k + j].key;
      if (is_title(phrase)) return n;
    }
    return 0;
  }

  void make_mentions(DocId doc, const std::vector<Token>& tokens,
                     const std::vector<std::uint32_t>& sentence_of, std::size_t begin, std::size_t end) {
    const std::string& language = corpus_.document(doc).meta.language;
    const bool headline = headline_[sentence_of[begin]];
    std::size_t piece = begin;
    for (std::size_t k = begin; k <= end; ++k) {
      // In a headline, a word with no evidence of being a name ends the name before it.
      const bool cut = k == end || (headline && !name_like(tokens[k]) &&
                                    !lists_.is(WordList::connector, language, tokens[k].key));
      if (!cut) continue;
      if (k > piece) make_mention(doc, tokens, sentence_of, piece, k);
      piece = k + 1;
    }
  }

  void make_mention(DocId doc, const std::vector<Token>& tokens,
                    const std::vector<std::uint32_t>& sentence_of, std::size_t front, std::size_t back) {
    const std::string& language = corpus_.document(doc).meta.language;
    const std::string& text = corpus_.document(doc).meta.text;
    std::string title;
    bool title_adjacent = false;
    // Whether the word at front stands where capitals prove nothing: a sentence start, or
    // right after a word cut there ("Political Dialogue" at the start of a quotation).
    bool initial = starts_sentence(text, tokens, sentence_of, front);
    while (front < back) {
      const Token& token = tokens[front];
      if (const std::size_t n = title_at(tokens, front, back); n > 0) {
        title = surface(text, tokens[front], tokens[front + n - 1]);
        title_adjacent = true;
        initial = false;
        front += n;
        continue;
      }
      // Stopword lists are long ("world", "new"), so a capitalised stopword is cut only where
      // capitals prove nothing or where the corpus never capitalises it inside a sentence.
      const bool function_word =
          (token.shape == Shape::capitalised || token.shape == Shape::lower) &&
          (lists_.is(WordList::connector, language, token.key) ||
           (is_function_word(language, token.key) && (initial || !seen_inside(token))));
      if (function_word) {
        title_adjacent = false;
        ++front;
        continue;
      }
      if (places_.is_language_or_demonym(token.key) && front + 1 < back &&
          title_at(tokens, front + 1, back) > 0) {
        ++front;
        continue;
      }
      if (initial && !name_like(token)) {
        title_adjacent = false;
        ++front;
        continue;
      }
      break;
    }
    while (back > front && (tokens[back - 1].shape == Shape::lower || title_at(tokens, back - 1, back) > 0)) {
      --back;
    }
    if (front >= back) return;
    // "Russia-Kazakhstan", "the president of Kazakhstan Kamysham Ishemilevich": a country name
    // inside a longer run that is no place or organisation itself stands alone.
    // A title before "Kazakhstan Kamysham Ishemilevich" (Russian word order: Президент
    // Казахстана Касым-Жомарт Токаев) is the person's, not the country's.
    if (back - front >= 2 && !is_region(phrase_of(tokens, front, back)) && !has_org_head(tokens, front, back)) {
      for (std::size_t k = front; k < back; ++k) {
        if (!is_region(tokens[k].key)) continue;
        if (k > front) make_mention(doc, tokens, sentence_of, front, k);
        add(doc, tokens, sentence_of, k, k + 1, {}, k + 1 == back);
        if (k + 1 < back) {
          const std::string carried = k == front && title_adjacent ? title : std::string{};
          add_rest(doc, tokens, sentence_of, k + 1, back, carried);
        }
        return;
      }
    }
    // "Compatriots Konstantin Zatulin": a first name and a surname after a word that is no first
    // name start the name ("New York" stays whole),
    // unless the run is an organisation's ("Collective Security Council").
    const bool organisation = has_org_head(tokens, front, back);
    for (std::size_t k = front + 1; k < back && !organisation; ++k) {
      if (k + 1 < back && lists_.is(WordList::first_name, {}, tokens[k].key) &&
          !lists_.is(WordList::first_name, {}, tokens[k - 1].key) &&
          tokens[k - 1].shape == Shape::capitalised) {
        add(doc, tokens, sentence_of, front, k, {}, false);
        front = k;
        title.clear();
        break;
      }
    }
    add(doc, tokens, sentence_of, front, back, title_adjacent ? title : std::string{}, true);
  }

  // The part of a run after a country name, as a mention of its own (cut further if it holds
  // another country), given the title that stood before the country.
  void add_rest(DocId doc, const std::vector<Token>& tokens, const std::vector<std::uint32_t>& sentence_of,
                std::size_t front, std::size_t back, const std::string& title) {
    for (std::size_t k = front; k < back; ++k) {
      if (!is_region(tokens[k].key)) continue;
      if (k > front) add(doc, tokens, sentence_of, front, k, title, false);
      add(doc, tokens, sentence_of, k, k + 1, {}, k + 1 == back);
      if (k + 1 < back) add_rest(doc, tokens, sentence_of, k + 1, back, {});
      return;
    }
    add(doc, tokens, sentence_of, front, back, title, true);
  }

  bool has_org_head(const std::vector<Token>& tokens, std::size_t front, std::size_t back) const {
    for (std::size_t k = front; k < back; ++k) {
      if (lists_.is(WordList::org_head, {}, tokens[k].key)) return true;
      if (compounding_ && lists_.ends_in_org_head(tokens[k].key)) return true;
    }
    return false;
  }

  static std::string phrase_of(const std::vector<Token>& tokens, std::size_t front, std::size_t back) {
    std::string phrase;
    for (std::size_t k = front; k < back; ++k) {
      if (!phrase.empty()) phrase += ' ';
      phrase += tokens[k].key;
    }
    return phrase;
  }

  // Words that are never a name by themselves: a language or nationality, a month, a title,
  // furniture. A mention made only of them ("Central Asian") is none.
  bool never_name(std::string_view key) const {
    const bool plural = key.size() > 3 && key.back() == 's';
    const auto never = [this](std::string_view k) {
      return places_.is_language_or_demonym(k) || lists_.is(WordList::not_entity, {}, k) ||
             lists_.is(WordList::title, {}, k);
    };
    return places_.is_calendar_word(key) || never(key) || (plural && never(key.substr(0, key.size() - 1)));
  }

  static std::string surface(const std::string& text, const Token& first, const Token& last) {
    std::string out;
    bool space = false;
    for (std::uint32_t at = first.offset; at < last.offset + last.length; ++at) {
      if (is_space_byte(text[at])) {
        space = true;
        continue;
      }
      if (space && !out.empty()) out += ' ';
      space = false;
      out += text[at];
    }
    return out;
  }

  void add(DocId doc, const std::vector<Token>& tokens, const std::vector<std::uint32_t>& sentence_of,
           std::size_t front, std::size_t back, std::string title, bool ends_run) {
    const std::string& language = corpus_.document(doc).meta.language;
    const std::string& text = corpus_.document(doc).meta.text;
    FoundMention m;
    m.doc = doc;
    m.first = tokens[front].pos;
    m.tokens = static_cast<std::uint32_t>(back - front);
    m.sentence = sentence_of[front];
    m.text = surface(text, tokens[front], tokens[back - 1]);
    const std::size_t cut = suffix_bytes(m.text);
    m.text.resize(m.text.size() - cut);
    m.offset = tokens[front].offset;
    m.length = tokens[back - 1].offset + tokens[back - 1].length - cut - m.offset;
    m.acronym = m.tokens == 1 && tokens[front].shape == Shape::acronym;

    // Names repeat: fold each distinct text once.
    auto cached = key_cache_.find(m.text);
    if (cached == key_cache_.end()) cached = key_cache_.emplace(m.text, phrase_key(m.text)).first;
    const std::string& key = cached->second;
    if (m.text.size() < 2 || lists_.is(WordList::not_entity, {}, key) ||
        places_.is_language_or_demonym(key) || places_.is_calendar_word(key)) {
      return;
    }
    bool all_never = true;
    bool proper = m.tokens >= 2 && m.tokens <= 4;
    for (std::size_t k = front; k < back; ++k) {
      all_never = all_never && never_name(tokens[k].key);
      proper = proper && tokens[k].shape == Shape::capitalised && !seen_lower(tokens[k]) &&
               !never_name(tokens[k].key) && !lists_.is(WordList::org_head, {}, tokens[k].key) &&
               (k + 1 == back || !possessive(text, tokens[k]));
    }
    if (all_never) return;
    if (m.tokens == 1 && tokens[front].shape == Shape::capitalised && mostly_lower(tokens[front]) &&
        !name_like(tokens[front])) {
      return;
    }
    m.person_shape = proper;
    m.genitive_s = cut == 0 && m.text.size() > 3 && m.text.back() == 's' &&
                   (language == "sv" || language == "da" || language == "nb" || language == "de");
    m.title = std::move(title);
    if (m.title.empty() && front > 0 && tokens[front - 1].shape == Shape::lower &&
        sentence_of[front - 1] == m.sentence && is_title(tokens[front - 1].key)) {
      m.title = std::string(text.substr(tokens[front - 1].offset, tokens[front - 1].length));
    }
    // "in Astana", "in the Middle East": the cue may stand before an article.
    for (std::size_t back_off = 1; back_off <= 2 && back_off <= front; ++back_off) {
      const Token& before = tokens[front - back_off];
      if (sentence_of[front - back_off] != m.sentence) break;
      if (lists_.is(WordList::before_loc, language, before.key)) {
        m.place_cue = true;
        break;
      }
      if (!lists_.is(WordList::article, language, before.key)) break;
    }
    if (back < tokens.size() && sentence_of[back] == m.sentence) {
      const Token& next = tokens[back];
      if (ends_run && lists_.is(WordList::after_per, language, next.key)) m.person_cue = true;
      const std::uint32_t gap_begin = tokens[back - 1].offset + tokens[back - 1].length;
      const std::string_view gap = std::string_view(text).substr(gap_begin, next.offset - gap_begin);
      const std::uint32_t after = next.offset + next.length;
      if (next.shape == Shape::acronym && gap.find('(') != std::string_view::npos &&
          after < text.size() && text[after] == ')') {
        m.acronym_after = std::string(text.substr(next.offset, next.length));
      }
    }
    found_.push_back(std::move(m));
  }

  const Corpus& corpus_;
  const EntityWordLists& lists_;
  const Gazetteer& places_;
  std::vector<Shape> shapes_;
  std::vector<Spelling> spelling_;  // by TermId
  std::vector<bool> headline_;  // by sentence, in corpus order
  std::vector<std::uint32_t> sentence_first_;  // by sentence: the position of its first token
  bool hard_wrapped_ = false;   // of the document at hand
  std::string language_;        // of the document at hand
  bool compounding_ = false;    // whether it writes compounds as one word (utrikesdepartementet)
  InflectionFolder folder_;
  std::vector<FoundMention> found_;
  StringMap<std::string> key_cache_;  // mention text -> phrase_key
};

}  // namespace

std::vector<FoundMention> find_mentions(const Corpus& corpus) { return MentionFinder(corpus).run(); }

}  // namespace lectern
