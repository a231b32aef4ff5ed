#include "extract/entity_mentions.h"

#include <algorithm>
#include <array>
#include <bit>
#include <map>
#include <optional>
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
// survey() counts the words not in lower case, far fewer than the ones in lower case, and
// lower is worked out from the term's frequency once the survey is done (finish_survey()).
struct Spelling {
  std::uint32_t lower = 0;  // until finish_survey(): words of the term not in lower case
  std::uint32_t cap_inside = 0;
};
// A headline ("Putin Faces Unexpected Pushback at CSTO Summit") has at least this many
// capitalised words and no lower-case word but short function words (at, by, of, the).
constexpr int kHeadlineWords = 4;
constexpr std::size_t kHeadlineFunctionWordBytes = 3;
// "Dr", "Mrs", "Prof": titles this short may be abbreviations with a full stop.
constexpr std::uint32_t kTitleAbbreviationBytes = 4;
// A word written in lower case more than this many times for each time it is capitalised inside
// a sentence is a common word, never a surname ("in", "the", "however"; not "may", "wells").
constexpr std::uint32_t kLowerPerCapitalInside = 20;
// Hard-wrapped text has lines of 60 to 80 characters, a few more bytes in UTF-8.
constexpr std::size_t kWrappedLineMin = 40;
constexpr std::size_t kWrappedLineMax = 110;

// Bytes of a possessive or colon-genitive ending ("Putin's", "Russia’s", "CSTO:s").
std::size_t suffix_bytes(std::string_view word) {
  if (word.empty() || word.back() != 's') return 0;
  // Arrays of string_view rather than braced lists of literals, whose lengths would be counted
  // (strlen) on every call.
  static constexpr std::array<std::string_view, 3> kEndings{"'s", "\u2019s", ":s"};
  for (const std::string_view ending : kEndings) {
    if (word.size() > ending.size() && word.ends_with(ending)) return ending.size();
  }
  return 0;
}

// shape_of() for a word of ASCII bytes, where ICU's letter and case properties come down to
// A-Z and a-z: most capitalised words of most corpora, spared decoding and property lookups.
// Nothing if a letter past the first is not ASCII. One pass, as it runs for every capitalised
// token.
std::optional<Shape> ascii_shape(std::string_view word) {
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  const auto letter = [&](char c) { return upper(c) || (c >= 'a' && c <= 'z'); };
  if (static_cast<unsigned char>(word[0]) >= 0x80) return std::nullopt;
  // The first letter decides these whatever follows, as it does for ICU below.
  if (!letter(word[0])) return Shape::other;
  if (!upper(word[0])) return Shape::lower;
  int letters = 1;
  bool all_upper = true;
  for (const char c : word.substr(1)) {
    if (static_cast<unsigned char>(c) >= 0x80) return std::nullopt;
    if (!letter(c)) continue;
    ++letters;
    if (!upper(c)) all_upper = false;
  }
  if (letters == 1) return Shape::initial;
  return all_upper ? Shape::acronym : Shape::capitalised;
}

// shape_of() for a word that does not start with an ASCII lower-case letter.
Shape shape_of_other(std::string_view word) {
  word.remove_suffix(suffix_bytes(word));
  if (word.empty()) return Shape::other;
  if (const std::optional<Shape> shape = ascii_shape(word)) return *shape;
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

// Always inlined: it runs for every token of the corpus, and the wasm build (clang with
// Binaryen) otherwise keeps it a call.
[[gnu::always_inline]] inline Shape shape_of(std::string_view word) {
  // Most words of most corpora start with an ASCII lower-case letter: answered here, in the
  // loops over every token, without ICU.
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') return Shape::lower;
  return shape_of_other(word);
}

bool is_name_shape(Shape shape) {
  return shape == Shape::capitalised || shape == Shape::acronym || shape == Shape::initial;
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// What the word lists and the gazetteer say of one term in one language. They are consulted for
// nearly every capitalised token, and a corpus has few terms for its tokens (28,000 for 18
// million in 100 MB of speeches), so each term is looked up once per language and the answers
// kept as bits.
enum TermFact : std::uint32_t {
  kKnown = 1U << 0,              // the other bits are worked out
  kFirstName = 1U << 1,
  kRegion = 1U << 2,             // a region's name, in any case form of the language
  kTitleWord = 1U << 3,          // on the title list as written
  kTitle = 1U << 4,              // a title, in any case form of the language
  kTitleStart = 1U << 5,         // may begin a title of several words
  kConnector = 1U << 6,          // may stand inside a name, in the language
  kFunctionWord = 1U << 7,       // a stopword of the language or of English
  kContent = 1U << 8,            // no short function word (see survey())
  kOrgHead = 1U << 9,            // on the organisation head list
  kOrgHeadHere = 1U << 10,       // that, or ending in one in a compounding language
  kNeverName = 1U << 11,         // never a name by itself (never_name())
  kLanguageOrDemonym = 1U << 12,
  kBeforeLoc = 1U << 13,
  kArticle = 1U << 14,
  kAfterPer = 1U << 15,
  kRegionStart = 1U << 16,       // may begin a region name of several words (as written)
  kRomanNumeral = 1U << 17,      // ii to xxxix (see is_roman_numeral())
  kDeterminer = 1U << 18,        // a possessive or demonstrative (our, this, vår, unser)
};

// Whether a folded word is a Roman numeral of two letters or more, up to 39 (ii, vii, xxiv): in
// capitals alone ("Title VII", "PART II") it numbers something and names nothing. Numerals of
// L, C, D and M are left out: they spell acronyms (CCC, DC, MD, CD) far more often.
bool is_roman_numeral(std::string_view key) {
  if (key.size() < 2) return false;
  std::size_t i = 0;
  while (i < key.size() && i < 3 && key[i] == 'x') ++i;
  std::string_view units = key.substr(i);
  if (units == "ix" || units == "iv") return true;
  if (units.starts_with('v')) units.remove_prefix(1);
  return units.size() <= 3 && units.find_first_not_of('i') == std::string_view::npos;
}

// The first word of a phrase key.
std::string_view first_word(std::string_view key) { return key.substr(0, key.find(' ')); }

}  // namespace

class MentionFinder::Impl {
  static constexpr std::uint32_t kSpansSkipMax = 16;
  // Tokens token_at() keeps, by position modulo this: more than a window usually holds.
  static constexpr std::uint32_t kRecentTokens = 32;

 public:
  explicit Impl(const Corpus& corpus)
      : corpus_(corpus),
        lists_(entity_word_lists()),
        places_(gazetteer()),
        name_shaped_((corpus.token_count() + 63) / 64),
        spelling_(corpus.lexicon().size()),
        spans_(corpus.spans_from(CorpusPos{})) {
    for (Token& token : recent_) token.pos = static_cast<CorpusPos>(UINT32_MAX);  // none
  }

  FoundMentions take() { return std::move(found_); }

  struct Token {
    CorpusPos pos;
    std::uint32_t offset;
    std::uint32_t length;
    TermId term;
    std::uint32_t facts;  // TermFact bits
    Shape shape;
  };

  std::string_view key_of(const Token& token) const { return corpus_.lexicon().str(token.term); }

  // The text between two tokens of one document, left before right.
  static std::string_view gap_between(const std::string& text, const Token& left, const Token& right) {
    const std::uint32_t begin = left.offset + left.length;
    return std::string_view(text).substr(begin, right.offset - begin);
  }

  bool has(const Token& token, TermFact fact) const { return (token.facts & fact) != 0; }

  // The facts of term in the language of the document at hand (set_language()).
  std::uint32_t facts(TermId term) {
    std::uint32_t& facts = (*facts_)[to_index(term)];
    if (facts == 0) facts = work_out_facts(corpus_.lexicon().str(term));
    return facts;
  }

  std::uint32_t work_out_facts(std::string_view key) {
    const bool declines = InflectionFolder::declines(language_);
    const auto fact = [](bool holds, TermFact bit) { return holds ? static_cast<std::uint32_t>(bit) : 0U; };
    const bool function_word = is_function_word(language_, key);
    const bool org_head = lists_.is(WordList::org_head, {}, key);
    bool title_start = lists_.starts_title_phrase(first_word(key));
    if (!title_start && declines) title_start = lists_.starts_title_phrase(first_word(folder_.fold(language_, key)));
    return static_cast<std::uint32_t>(
        kKnown | fact(lists_.is(WordList::first_name, {}, key), kFirstName) |
        fact(is_region(key), kRegion) | fact(lists_.is(WordList::title, {}, key), kTitleWord) |
        fact(is_title(key), kTitle) | fact(title_start, kTitleStart) |
        fact(lists_.is(WordList::connector, language_, key), kConnector) |
        fact(function_word, kFunctionWord) |
        fact(key.size() > kHeadlineFunctionWordBytes || !function_word, kContent) |
        fact(org_head, kOrgHead) |
        fact(org_head || (compounding_ && lists_.ends_in_org_head(key)), kOrgHeadHere) |
        fact(never_name(key), kNeverName) |
        fact(places_.is_language_or_demonym(key), kLanguageOrDemonym) |
        fact(lists_.is(WordList::before_loc, language_, key), kBeforeLoc) |
        fact(lists_.is(WordList::article, language_, key), kArticle) |
        fact(lists_.is(WordList::determiner, language_, key), kDeterminer) |
        fact(lists_.is(WordList::after_per, language_, key), kAfterPer) |
        fact(places_.begins_region_of_words(first_word(key)), kRegionStart) |
        fact(is_roman_numeral(key), kRomanNumeral));
  }

  // Makes language the one facts() answer for.
  void set_language(const std::string& language) {
    if (facts_ != nullptr && language == language_) return;
    language_ = language;
    compounding_ = language_ == "sv" || language_ == "de" || language_ == "da" || language_ == "nb" ||
                   language_ == "nl" || language_ == "fi";
    genitive_s_ = language_ == "sv" || language_ == "da" || language_ == "nb" || language_ == "de";
    auto& table = facts_by_language_[language];
    table.resize(corpus_.lexicon().size());
    facts_ = &table;
  }

  // Pass 1: the shape of every token, which terms are seen in lower case and which capitalised
  // inside a sentence, and which sentences are headlines (every word that is no function word
  // capitalised, at least three of them). Of the shapes only one bit a token is kept, whether
  // it is name-shaped: find() starts from those, and works out the shapes of the few tokens
  // around them again from the text. A byte a token would be 18 MB for 100 MB of text, each
  // page of it zeroed, written here and read again by find().
  void survey(DocId doc) {
    const DocumentEntry& entry = corpus_.document(doc);
    const std::string& text = entry.meta.text;
    set_language(entry.meta.language);
    const auto sentences = corpus_.sentences();
    std::uint32_t pos = to_index(entry.first_token);
    const std::uint32_t end = pos + entry.token_count;
    TokenSpans::Reader spans = corpus_.spans_from(entry.first_token);
    // Counted in locals: a member counter, written through this on every token, would be
    // stored and loaded again at each step.
    std::size_t name_tokens = 0;
    std::uint64_t* const name_shaped = name_shaped_.data();
    Spelling* const spelling = spelling_.data();
    std::vector<TermId>& capitalised_inside = capitalised_inside_;
    for (std::uint32_t s = entry.first_sentence; s < entry.first_sentence + entry.sentence_count; ++s) {
      const std::uint32_t sentence_end = sentences[s].offset + sentences[s].length;
      const std::uint32_t first = pos;
      sentence_first_.push_back(first);
      capitalised_inside.clear();
      int capitalised = 0;
      bool lower_content = false;  // a lower-case word other than a short function word
      for (; pos < end; ++pos, spans.advance()) {
        const TokenSpan span = spans.span();
        if (span.offset >= sentence_end) break;
        const Shape shape = span.kind == TokenKind::number
                                ? Shape::other
                                : shape_of(std::string_view(text).substr(span.offset, span.length));
        if (shape == Shape::lower) {
          if (!lower_content) lower_content = (facts(corpus_.term_at(static_cast<CorpusPos>(pos))) & kContent) != 0;
          continue;
        }
        if (span.kind == TokenKind::number) continue;
        const TermId term = corpus_.term_at(static_cast<CorpusPos>(pos));
        ++spelling[to_index(term)].lower;
        if (!is_name_shape(shape)) continue;
        name_shaped[pos / 64] |= std::uint64_t{1} << (pos % 64);
        ++name_tokens;
        if (shape != Shape::capitalised) {
          uncapitalised_.push_back({pos, shape, span.length == 1});
          if (shape == Shape::initial) continue;
        }
        ++capitalised;
        if (pos != first) capitalised_inside.push_back(term);
      }
      const bool headline = capitalised >= kHeadlineWords && !lower_content;
      headline_.push_back(headline);
      if (headline) continue;
      for (const TermId term : capitalised_inside) ++spelling[to_index(term)].cap_inside;
    }
    name_tokens_ += name_tokens;
    // Words after the last sentence, if any, are taken as Shape::other: none in lower case.
    for (; pos < end; ++pos) {
      if (corpus_.kind_at(static_cast<CorpusPos>(pos)) != TokenKind::number) {
        ++spelling_[to_index(corpus_.term_at(static_cast<CorpusPos>(pos)))].lower;
      }
    }
  }

  bool is_name_shaped(std::uint32_t pos) const { return ((name_shaped_[pos / 64] >> (pos % 64)) & 1) != 0; }

  // The first name-shaped position from pos on, or end if none is before it: a word of the
  // bits at a time, as most tokens are not name-shaped.
  std::uint32_t next_name_shaped(std::uint32_t pos, std::uint32_t end) const {
    if (pos >= end) return end;
    std::size_t word = pos / 64;
    std::uint64_t bits = name_shaped_[word] & (~std::uint64_t{0} << (pos % 64));
    while (bits == 0) {
      if (++word * 64 >= end) return end;
      bits = name_shaped_[word];
    }
    return std::min(end, static_cast<std::uint32_t>(word * 64 + static_cast<std::size_t>(std::countr_zero(bits))));
  }

  // Turns the survey's count of each term's words not in lower case into the count of those in
  // lower case: every word a survey reads is one or the other, and numbers are neither.
  void finish_survey() {
    if (survey_finished_) return;
    survey_finished_ = true;
    const auto frequencies = corpus_.term_frequencies();
    const auto numbers = corpus_.number_frequencies();
    for (std::size_t t = 0; t < spelling_.size(); ++t) {
      spelling_[t].lower = frequencies[t] - numbers[t] - spelling_[t].lower;
    }
  }

  bool is_function_word(const std::string& language, std::string_view key) const {
    return is_stopword(language, key) || is_stopword("en", key);
  }

  // Whether key names a region, in any case form of the document's language.
  bool is_region(std::string_view key) {
    if (places_.region(key)) return true;
    return InflectionFolder::declines(language_) && places_.folded_region(language_, folder_.fold(language_, key));
  }

  // is_region() of the phrase of a run of two or more words. Most runs begin with a word no
  // region name of several words begins with, and then the phrase is not put together; in a
  // declining language a case form may begin one, so there it always is.
  bool run_is_region(const std::vector<Token>& tokens, std::size_t front, std::size_t back) {
    if (!has(tokens[front], kRegionStart) && !InflectionFolder::declines(language_)) return false;
    return is_region(phrase_of(tokens, front, back));
  }

  bool is_title(std::string_view phrase) {
    if (lists_.is(WordList::title, {}, phrase)) return true;
    return InflectionFolder::declines(language_) && lists_.is(WordList::title, {}, folder_.fold(language_, phrase));
  }

  const Spelling& spelling_of(const Token& token) const { return spelling_[to_index(token.term)]; }

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
    if (has(token, kFirstName) || has(token, kRegion)) return true;
    const Spelling& spelling = spelling_of(token);
    return spelling.lower == 0 && spelling.cap_inside > 0;
  }

  // A function word make_mention() cuts from a name: stopword lists are long ("world", "new"),
  // so a capitalised stopword is cut only where capitals prove nothing (initial) or where the
  // corpus never capitalises it inside a sentence.
  bool cut_as_function_word(const Token& token, bool initial) const {
    return (token.shape == Shape::capitalised || token.shape == Shape::lower) &&
           (has(token, kConnector) || (has(token, kFunctionWord) && (initial || !seen_inside(token))));
  }

  // A capitalised word alone that the corpus mostly writes in lower case and that shows nothing
  // else of a name ("Nation" in a speech): add() drops it.
  bool common_noun_alone(const Token& token) {
    return token.shape == Shape::capitalised && mostly_lower(token) && !name_like(token);
  }

  // "of Congress I expressed", "PUBLIC HEALTH I again call": an English "I" with a word in lower
  // case after it is the speaker, not the numeral of "World War I", and ends no name. (The
  // numeral before a verb or a noun, "World War I ended", is rarer and loses its "I".)
  bool pronoun_i_before_verb(const std::string& text, const std::vector<Token>& tokens,
                             const std::vector<std::uint32_t>& sentence_of, std::size_t k) const {
    if (language_ != "en" || tokens[k].length != 1 || text[tokens[k].offset] != 'I') return false;
    if (k + 1 >= tokens.size() || sentence_of[k + 1] != sentence_of[k] || tokens[k + 1].shape != Shape::lower) {
      return false;
    }
    // "Article I of the Constitution", "World War I and II": the speaker is never followed by
    // these, the numeral often.
    static constexpr std::array<std::string_view, 15> kAfterNumeral{
        "of", "and", "or", "the", "a", "an", "in", "on", "at", "to", "for", "by", "with", "from", "as"};
    const std::string_view next = key_of(tokens[k + 1]);
    if (std::find(kAfterNumeral.begin(), kAfterNumeral.end(), next) != kAfterNumeral.end()) return false;
    // Only white space between: "World War I, the" keeps its numeral.
    const std::string_view gap = gap_between(text, tokens[k], tokens[k + 1]);
    return std::all_of(gap.begin(), gap.end(), is_space_byte);
  }

  // A function word the corpus writes in lower case nearly always ("In", "The", "However"):
  // where starts_sentence() finds a sentence may begin, it does, rather than going on with a
  // name. The stopword lists also hold surnames (May, Wells, Young), which this leaves out.
  bool common_function_word(const Token& token) const {
    if (token.length < 2 || !has(token, kFunctionWord)) return false;
    const Spelling& spelling = spelling_of(token);
    return spelling.lower > kLowerPerCapitalInside * spelling.cap_inside;
  }

  // A Roman numeral in capitals alone, cut from what it numbers ("Title VII", "PART II"): add()
  // drops it. "Xi" (a surname) is not in capitals; "World War II" keeps its numeral.
  bool numeral_alone(const Token& token) const {
    return token.shape == Shape::acronym && has(token, kRomanNumeral);
  }

  // Whether the text between two tokens lets them be one name: a space or a single line break
  // inside a wrapped line, a hyphen, or the full stop after an initial.
  bool joinable(const std::string& text, const Token& left, const Token& right) {
    const std::string_view gap = gap_between(text, left, right);
    if (gap == "-" || gap == "\u2010" || gap == "\u2011") return true;
    // The full stop after an initial or a short title ("J. R. Smith", "Dr. Sima Samar").
    if ((left.shape == Shape::initial || (left.length <= kTitleAbbreviationBytes && has(left, kTitleWord))) &&
        (gap == "." || gap == ". ")) {
      return true;
    }
    if (gap.empty()) return false;
    int newlines = 0;
    for (const char c : gap) {
      if (!is_space_byte(c)) return gap == "\u00a0";
      if (c == '\n') ++newlines;
    }
    return newlines == 0 || (newlines == 1 && hard_wrapped(text));
  }

  // Whether the document at hand is hard-wrapped, worked out the first time a name meets a
  // line break: reading every document's lines would cost a pass over the whole text.
  bool hard_wrapped(const std::string& text) {
    if (!hard_wrapped_) hard_wrapped_ = is_hard_wrapped(text);
    return *hard_wrapped_;
  }

  // Whether a document's text is hard-wrapped: most of its lines (at least five) are of a
  // similar, middling length. Only there may a name run on across a line break; elsewhere a
  // line break ends headings, captions and paragraphs.
  static bool is_hard_wrapped(const std::string& text) {
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

  // The sentence of position pos, stepping on from sentence (one at or before it) up to the last
  // of the document, sentences_end - 1: callers go through a document in order.
  std::uint32_t sentence_from(std::uint32_t sentence, std::uint32_t pos, std::uint32_t sentences_end) const {
    while (sentence + 1 < sentences_end && sentence_first_[sentence + 1] <= pos) ++sentence;
    return sentence;
  }

  // Whether the name-shaped token at pos is a run of one word that make_mention() and add()
  // would drop, told from the survey and the term's facts alone, without building its window:
  // "The", "We" or "In" starting a sentence, "I", "American", "June", "President". Such words
  // start about half the runs of a text. The rules are the ones those functions apply to a run
  // of one word, taken only where they hold whatever starts_sentence() says, unless the word is
  // the first of its sentence, where it says yes.
  bool drops_alone(std::uint32_t pos, std::uint32_t last, bool sentence_first) {
    // A run of one: the next word cannot join it, nor can a connector bring the one after.
    if ((pos + 1 < last && is_name_shaped(pos + 1)) || (pos + 2 < last && is_name_shaped(pos + 2))) return false;
    while (next_uncapitalised_ < uncapitalised_.size() && uncapitalised_[next_uncapitalised_].pos < pos) {
      ++next_uncapitalised_;
    }
    const bool listed = next_uncapitalised_ < uncapitalised_.size() && uncapitalised_[next_uncapitalised_].pos == pos;
    if (listed && uncapitalised_[next_uncapitalised_].one_byte) return true;  // add(): under two bytes
    // The token as far as the rules below read it: its term, facts and shape, not its place.
    const TermId term = corpus_.term_at(static_cast<CorpusPos>(pos));
    const Token token{static_cast<CorpusPos>(pos), 0, 0, term, facts(term),
                      listed ? uncapitalised_[next_uncapitalised_].shape : Shape::capitalised};
    if (has(token, kTitle) || has(token, kNeverName)) return true;  // title_at(); add()'s all_never
    if (cut_as_function_word(token, sentence_first)) return true;
    return (sentence_first && !name_like(token)) || common_noun_alone(token) || numeral_alone(token);
  }

  // The shape survey() gave the token at pos, worked out again from its letters. A token with
  // no name-shaped bit is in lower case or other: past the last sentence survey() takes every
  // word as other.
  Shape shape_at(const std::string& text, std::uint32_t pos, const TokenSpan& span) const {
    if (span.kind == TokenKind::number) return Shape::other;
    const Shape shape = shape_of(std::string_view(text).substr(span.offset, span.length));
    if (is_name_shaped(pos) || shape == Shape::lower) return shape;
    return Shape::other;
  }

  // The Token of a corpus position.
  Token token_at(const std::string& text, std::uint32_t pos) {
    // Windows are filled a position after the other, so the reader is usually there already,
    // or a few steps behind for the next window; one further off or behind starts it again (a
    // walk from its block and a search of the far spans, worth about kSpansSkipMax steps).
    // The tokens a window starts with are mostly the last ones of the window before, still
    // among the recent ones, which spares starting the reader again.
    Token& recent = recent_[pos % kRecentTokens];
    if (recent.pos == static_cast<CorpusPos>(pos)) return recent;
    if (pos < spans_.pos() || pos - spans_.pos() > kSpansSkipMax) {
      spans_ = corpus_.spans_from(static_cast<CorpusPos>(pos));
    }
    while (spans_.pos() < pos) spans_.advance();
    const TokenSpan span = spans_.span();
    spans_.advance();
    const TermId term = corpus_.term_at(static_cast<CorpusPos>(pos));
    recent = {static_cast<CorpusPos>(pos), span.offset, span.length, term, facts(term), shape_at(text, pos, span)};
    return recent;
  }

  // Pass 2: runs of name-shaped tokens in one document, each made into mentions. Spans are
  // decoded only around name-shaped tokens (a window from two tokens before a run to the
  // tokens after it), since most tokens are lower-case words that survey() has already seen.
  void find(DocId doc) {
    const DocumentEntry& entry = corpus_.document(doc);
    const std::string& text = entry.meta.text;
    finish_survey();
    hard_wrapped_.reset();
    set_language(entry.meta.language);
    // Every mention starts at a name-shaped token: room for them all at once spares the copies
    // and the fresh pages of growing the list step by step.
    if (found_.mentions.capacity() == 0) {
      found_.places.reserve(name_tokens_);
      found_.mentions.reserve(name_tokens_);
    }
    const std::uint32_t first = to_index(entry.first_token);
    const std::uint32_t last = first + entry.token_count;
    std::vector<Token> tokens;
    std::vector<std::uint32_t> sentence_of;
    std::uint32_t window = first;  // corpus position of tokens[0]
    const std::uint32_t sentences_end = entry.first_sentence + entry.sentence_count;
    // The sentence of the first token of the window at hand: windows start further on each
    // time, so it is found by stepping on from the last one's.
    std::uint32_t window_sentence = entry.first_sentence;
    // Whether tokens[index] exists, adding tokens of the document up to it.
    const auto ensure = [&](std::size_t index) {
      while (tokens.size() <= index && window + tokens.size() < last) {
        const auto pos = static_cast<std::uint32_t>(window + tokens.size());
        tokens.push_back(token_at(text, pos));
        const std::uint32_t sentence =
            sentence_from(sentence_of.empty() ? window_sentence : sentence_of.back(), pos, sentences_end);
        if (sentence_of.empty()) window_sentence = sentence;
        sentence_of.push_back(sentence);
      }
      return index < tokens.size();
    };
    // The sentence of pos in the loop below, stepped on as pos goes.
    std::uint32_t sentence_at = entry.first_sentence;
    for (std::uint32_t pos = next_name_shaped(first, last); pos < last; pos = next_name_shaped(pos, last)) {
      sentence_at = sentence_from(sentence_at, pos, sentences_end);
      const bool sentence_first = sentence_at < sentences_end && sentence_first_[sentence_at] == pos;
      if (drops_alone(pos, last, sentence_first)) {
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
                               (has(tokens[end], kConnector) ||
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
    return gap_between(text, left, middle) == "-" && gap_between(text, middle, tokens[at + 1]) == "-";
  }

  static bool possessive(const std::string& text, const Token& token) {
    return suffix_bytes(std::string_view(text).substr(token.offset, token.length)) > 0;
  }

  bool starts_sentence(const std::string& text, const std::vector<Token>& tokens,
                       const std::vector<std::uint32_t>& sentence_of, std::size_t k) const {
    if (k == 0 || sentence_of[k] != sentence_of[k - 1]) return true;
    if (tokens[k - 1].length <= kTitleAbbreviationBytes && has(tokens[k - 1], kTitleWord)) {
      return false;
    }
    const std::string_view gap = gap_between(text, tokens[k - 1], tokens[k]);
    if (gap == " ") return false;  // most gaps: none of the openers below
    // Quotes and brackets open a sentence of their own; ICU also keeps "from the CSTO. In
    // February" in one sentence (an upper-case word before the full stop), which a reader
    // does not.
    static constexpr std::array<std::string_view, 9> kOpeners{"\"", "\u201c", "\u00ab", "\u201e", "(",
                                                              ": ", ". ", "! ", "? "};
    for (const std::string_view opener : kOpeners) {
      if (gap.find(opener) != std::string_view::npos) return true;
    }
    return false;
  }

  // The longest title phrase starting at token k, in words; 0 when none.
  // Phrases are looked up only after a word that may begin one.
  std::size_t title_at(const std::vector<Token>& tokens, std::size_t k, std::size_t end) {
    const std::size_t longest = std::min(lists_.longest_title(), end - k);
    if (longest >= 2 && has(tokens[k], kTitleStart)) {
      for (std::size_t n = longest; n >= 2; --n) {
        std::string phrase(key_of(tokens[k]));
        for (std::size_t j = 1; j < n; ++j) (phrase += ' ') += key_of(tokens[k + j]);
        if (is_title(phrase)) return n;
      }
    }
    return longest >= 1 && has(tokens[k], kTitle) ? 1 : 0;
  }

  void make_mentions(DocId doc, const std::vector<Token>& tokens,
                     const std::vector<std::uint32_t>& sentence_of, std::size_t begin, std::size_t end) {
    const bool headline = headline_[sentence_of[begin]];
    std::size_t piece = begin;
    for (std::size_t k = begin; k <= end; ++k) {
      // In a headline, a word with no evidence of being a name ends the name before it.
      const bool cut = k == end || (headline && !name_like(tokens[k]) && !has(tokens[k], kConnector));
      if (!cut) continue;
      if (k > piece) make_mention(doc, tokens, sentence_of, piece, k);
      piece = k + 1;
    }
  }

  void make_mention(DocId doc, const std::vector<Token>& tokens,
                    const std::vector<std::uint32_t>& sentence_of, std::size_t front, std::size_t back) {
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
      if (cut_as_function_word(token, initial)) {
        title_adjacent = false;
        ++front;
        continue;
      }
      if (has(token, kLanguageOrDemonym) && front + 1 < back &&
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
    if (back > front + 1 && pronoun_i_before_verb(text, tokens, sentence_of, back - 1)) --back;
    // "King George V. In honor of": the full stop after an initial joins the next word (joinable()),
    // but a common function word after it begins the next sentence; it ends no name. "H. G.
    // Wells" and "R. H. May" keep their surnames.
    while (back > front + 1 && starts_sentence(text, tokens, sentence_of, back - 1) &&
           common_function_word(tokens[back - 1])) {
      --back;
    }
    if (front >= back) return;
    // "Russia-Kazakhstan", "the president of Kazakhstan Kamysham Ishemilevich": a country name
    // inside a longer run that is no place or organisation itself stands alone.
    // A title before "Kazakhstan Kamysham Ishemilevich" (Russian word order: Президент
    // Казахстана Касым-Жомарт Токаев) is the person's, not the country's.
    if (back - front >= 2 && !run_is_region(tokens, front, back) && !has_org_head(tokens, front, back)) {
      for (std::size_t k = front; k < back; ++k) {
        if (!has(tokens[k], kRegion)) continue;
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
      if (k + 1 < back && has(tokens[k], kFirstName) && !has(tokens[k - 1], kFirstName) &&
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
      if (!has(tokens[k], kRegion)) continue;
      if (k > front) add(doc, tokens, sentence_of, front, k, title, false);
      add(doc, tokens, sentence_of, k, k + 1, {}, k + 1 == back);
      if (k + 1 < back) add_rest(doc, tokens, sentence_of, k + 1, back, {});
      return;
    }
    add(doc, tokens, sentence_of, front, back, title, true);
  }

  bool has_org_head(const std::vector<Token>& tokens, std::size_t front, std::size_t back) const {
    for (std::size_t k = front; k < back; ++k) {
      if (has(tokens[k], kOrgHeadHere)) return true;
    }
    return false;
  }

  std::string phrase_of(const std::vector<Token>& tokens, std::size_t front, std::size_t back) {
    std::string phrase;
    for (std::size_t k = front; k < back; ++k) {
      if (!phrase.empty()) phrase += ' ';
      phrase += key_of(tokens[k]);
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
    append_surface(text, first, last, out);
    return out;
  }

  // The text from first to last with each run of white space as one space; the words between
  // are appended whole rather than a byte at a time, as this runs for every mention.
  static void append_surface(const std::string& text, const Token& first, const Token& last, std::string& out) {
    const std::uint32_t end = last.offset + last.length;
    std::uint32_t at = first.offset;
    while (at < end) {
      const std::uint32_t word = at;
      while (at < end && !is_space_byte(text[at])) ++at;
      if (at > word) {
        if (word > first.offset && !out.empty()) out += ' ';
        out.append(text, word, at - word);
      }
      while (at < end && is_space_byte(text[at])) ++at;
    }
  }

  // What a mention's text is, from its phrase key: never a name (not_entity, a language, a
  // month), a head word naming a kind of body or place (generic_head), or neither.
  enum Judgement : std::uint8_t { kUnjudged, kAccepted, kRejected, kGenericHead };
  Judgement judge(std::string_view written) const {
    const std::string key = phrase_key(written);
    if (lists_.is(WordList::not_entity, {}, key) || places_.is_language_or_demonym(key) ||
        places_.is_calendar_word(key)) {
      return kRejected;
    }
    return lists_.is(WordList::generic_head, {}, key) ? kGenericHead : kAccepted;
  }

  void add(DocId doc, const std::vector<Token>& tokens, const std::vector<std::uint32_t>& sentence_of,
           std::size_t front, std::size_t back, const std::string& title, bool ends_run) {
    const std::string& text = corpus_.document(doc).meta.text;
    EntityMention place;
    place.doc = doc;
    place.first = tokens[front].pos;
    place.tokens = static_cast<std::uint32_t>(back - front);
    place.sentence = sentence_of[front];
    std::string& written = written_;
    written.clear();
    append_surface(text, tokens[front], tokens[back - 1], written);
    const std::size_t cut = suffix_bytes(written);
    written.resize(written.size() - cut);
    place.offset = tokens[front].offset;
    place.length = tokens[back - 1].offset + tokens[back - 1].length - cut - place.offset;
    FoundMention m;
    m.acronym = place.tokens == 1 && tokens[front].shape == Shape::acronym;
    if (written.size() < 2) return;
    m.text = found_.intern(written);

    // Names repeat: judge each distinct text once.
    if (m.text >= judged_.size()) judged_.resize(m.text + 1, kUnjudged);
    if (judged_[m.text] == kUnjudged) judged_[m.text] = judge(written);
    if (judged_[m.text] == kRejected) return;
    // "the Republic added", "the Committee decided", "our Union": a head word naming a kind of
    // body or place alone after an article, a possessive or a demonstrative stands for a name
    // the text gave or takes as known, and is none itself, as a title alone is none. It is left
    // out rather than joined to a name: forms are grouped for the whole corpus, and "the
    // Republic" is Armenia in one article and the Czech Republic in the next.
    const bool after_determiner = front > 0 && sentence_of[front - 1] == place.sentence &&
                                  (has(tokens[front - 1], kArticle) || has(tokens[front - 1], kDeterminer));
    if (judged_[m.text] == kGenericHead && after_determiner && place.tokens == 1 && !m.acronym) return;
    bool all_never = true;
    bool proper = place.tokens >= 2 && place.tokens <= 4;
    for (std::size_t k = front; k < back; ++k) {
      all_never = all_never && has(tokens[k], kNeverName);
      proper = proper && tokens[k].shape == Shape::capitalised && !seen_lower(tokens[k]) &&
               !has(tokens[k], kNeverName) && !has(tokens[k], kOrgHead) &&
               (k + 1 == back || !possessive(text, tokens[k]));
    }
    if (all_never) return;
    if (place.tokens == 1 && (common_noun_alone(tokens[front]) || numeral_alone(tokens[front]))) return;
    m.person_shape = proper;
    m.genitive_s = genitive_s_ && cut == 0 && written.size() > 3 && written.back() == 's';
    if (!title.empty()) {
      m.title = found_.intern(title);
    } else if (front > 0 && tokens[front - 1].shape == Shape::lower && sentence_of[front - 1] == place.sentence &&
               has(tokens[front - 1], kTitle)) {
      m.title = found_.intern(std::string_view(text).substr(tokens[front - 1].offset, tokens[front - 1].length));
    }
    // "in Astana", "in the Middle East": the cue may stand before an article.
    for (std::size_t back_off = 1; back_off <= 2 && back_off <= front; ++back_off) {
      const Token& before = tokens[front - back_off];
      if (sentence_of[front - back_off] != place.sentence) break;
      if (has(before, kBeforeLoc)) {
        m.place_cue = true;
        break;
      }
      if (!has(before, kArticle)) break;
    }
    if (back < tokens.size() && sentence_of[back] == place.sentence) {
      const Token& next = tokens[back];
      if (ends_run && has(next, kAfterPer)) m.person_cue = true;
      const std::string_view gap = gap_between(text, tokens[back - 1], next);
      const std::uint32_t after = next.offset + next.length;
      if (next.shape == Shape::acronym && gap.find('(') != std::string_view::npos &&
          after < text.size() && text[after] == ')') {
        m.acronym_after = found_.intern(std::string_view(text).substr(next.offset, next.length));
      }
    }
    found_.places.push_back(place);
    found_.mentions.push_back(m);
  }

  const Corpus& corpus_;
  const EntityWordLists& lists_;
  const Gazetteer& places_;
  std::vector<std::uint64_t> name_shaped_;  // a bit a token: survey() found it name-shaped
  std::vector<TermId> capitalised_inside_;  // survey()'s, of the sentence at hand
  // The name-shaped tokens not capitalised (acronyms, initials), in corpus order, for
  // drops_alone(), which goes through them with next_uncapitalised_ as find() goes on.
  struct Uncapitalised {
    std::uint32_t pos;
    Shape shape;
    bool one_byte;
  };
  std::vector<Uncapitalised> uncapitalised_;
  std::size_t next_uncapitalised_ = 0;
  std::vector<Spelling> spelling_;  // by TermId
  bool survey_finished_ = false;
  TokenSpans::Reader spans_;        // token_at()'s place in the corpus's spans
  std::array<Token, kRecentTokens> recent_{};  // token_at()'s last tokens, by pos % kRecentTokens
  std::vector<bool> headline_;  // by sentence, in corpus order
  std::size_t name_tokens_ = 0;  // name-shaped, counted by survey()
  std::vector<std::uint32_t> sentence_first_;  // by sentence: the position of its first token
  std::optional<bool> hard_wrapped_;  // of the document at hand, once worked out
  std::string language_;        // of the document at hand
  bool compounding_ = false;    // whether it writes compounds as one word (utrikesdepartementet)
  bool genitive_s_ = false;     // whether it has a genitive -s without an apostrophe (Putins)
  InflectionFolder folder_;
  FoundMentions found_;
  std::string written_;  // add()'s text, kept for its capacity
  std::vector<Judgement> judged_;  // by text index
  // By language: TermFact bits by TermId, 0 until worked out; facts_ is the language's at hand.
  std::map<std::string, std::vector<std::uint32_t>, std::less<>> facts_by_language_;
  std::vector<std::uint32_t>* facts_ = nullptr;
};

MentionFinder::MentionFinder(const Corpus& corpus) : impl_(std::make_unique<Impl>(corpus)) {}
MentionFinder::~MentionFinder() = default;
MentionFinder::MentionFinder(MentionFinder&&) noexcept = default;
MentionFinder& MentionFinder::operator=(MentionFinder&&) noexcept = default;
void MentionFinder::survey(DocId doc) { impl_->survey(doc); }
void MentionFinder::find(DocId doc) { impl_->find(doc); }
FoundMentions MentionFinder::take() { return impl_->take(); }

std::uint32_t FoundMentions::intern(std::string_view text) {
  constexpr std::size_t kInitialSlots = 1024;
  if (text.empty()) return 0;
  if (slots_.empty()) slots_.resize(kInitialSlots);
  const auto hash = static_cast<std::uint32_t>(std::hash<std::string_view>{}(text));
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  for (; slots_[i].id != 0; i = (i + 1) & mask) {
    if (slots_[i].hash == hash && texts[slots_[i].id] == text) return slots_[i].id;
  }
  const auto id = static_cast<std::uint32_t>(texts.size());
  texts.emplace_back(text);
  slots_[i] = {hash, id};
  if (texts.size() * 2 > slots_.size()) grow();
  return id;
}

void FoundMentions::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == 0) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].id != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

FoundMentions find_mentions(const Corpus& corpus) {
  MentionFinder finder(corpus);
  for (std::uint32_t d = 0; d < corpus.document_count(); ++d) finder.survey(static_cast<DocId>(d));
  for (std::uint32_t d = 0; d < corpus.document_count(); ++d) finder.find(static_cast<DocId>(d));
  return finder.take();
}

}  // namespace lectern
