#include "text/segmenter.h"

#include <cassert>
#include <map>
#include <optional>
#include <string>

#include "text/icu_includes.h"
#include "text/plain_sentences.h"
#include "text/plain_words.h"
#include "text/sentence_exceptions.h"

namespace lectern {
namespace {

// UText over UTF-8 with RAII: ICU reads the bytes in place, indices stay byte offsets.
struct Utf8Text {
  UText* text = nullptr;
  explicit Utf8Text(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
    assert(U_SUCCESS(status) && "utext_openUTF8 fails only on bad arguments");
  }
  ~Utf8Text() { utext_close(text); }
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;
};

// Words and numbers are tokens; ICU's "none" status covers spaces and punctuation.
bool is_token(int32_t rule_status) { return rule_status >= UBRK_WORD_NONE_LIMIT; }

TokenKind kind_of(int32_t rule_status) {
  return rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT ? TokenKind::number
                                                                                 : TokenKind::word;
}

bool is_ideographic(int32_t rule_status) {
  return rule_status >= UBRK_WORD_IDEO && rule_status < UBRK_WORD_IDEO_LIMIT;
}

bool is_katakana(UChar32 c) { return u_getIntPropertyValue(c, UCHAR_WORD_BREAK) == U_WB_KATAKANA; }

// Chinese and Japanese write words without spaces. ICU finds their words with its CJK
// dictionary (cjdict, 2 MB), which does not fit the 3 MB budget of the ICU data we ship;
// without it ICU returns a whole run of ideographs and kana as one "word", often a clause
// long. Such a run is cut into single characters instead: the unigram indexing of CJK
// information retrieval, which needs no dictionary, finds every word as a sequence of its
// characters (a phrase query) and loses only the ranking of whole words. Katakana, which
// spells loanwords and names, stays together as UAX #29 keeps it (rule WB13, Katakana ×
// Katakana), as in Lucene's StandardTokenizer. Combining marks and variation selectors stay
// with the character before them.
void append_ideographs(std::string_view utf8, int32_t start, int32_t end,
                       std::vector<TokenSpan>& tokens) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t offset = start;
  while (offset < end) {
    const int32_t token_start = offset;
    UChar32 first;
    U8_NEXT(bytes, offset, end, first);
    while (offset < end) {
      int32_t next = offset;
      UChar32 c;
      U8_NEXT(bytes, next, end, c);
      const bool joins =
          u_hasBinaryProperty(c, UCHAR_GRAPHEME_EXTEND) || (is_katakana(first) && is_katakana(c));
      if (!joins) break;
      offset = next;
    }
    tokens.push_back({static_cast<std::uint32_t>(token_start),
                      static_cast<std::uint32_t>(offset - token_start), TokenKind::word});
  }
}

}  // namespace

struct Segmenter::Impl {
  struct Iterators {
    std::unique_ptr<icu::BreakIterator> words;
    std::unique_ptr<icu::BreakIterator> sentences;
    // For the fast path of sentences (plain_sentences.h): whether it applies to the language,
    // and the abbreviations ICU's sentence iterator skips.
    bool root_sentence_rules = false;
    std::unique_ptr<SentenceExceptions> sentence_exceptions;
  };
  // One pair per language: creating a break iterator parses its rules, so they are kept.
  std::map<std::string, Iterators, std::less<>> by_language;

  Iterators& iterators_for(std::string_view language) {
    auto found = by_language.find(language);
    if (found != by_language.end()) return found->second;
    const std::string name(language);
    UErrorCode status = U_ZERO_ERROR;
    Iterators made;
    made.words.reset(icu::BreakIterator::createWordInstance(icu::Locale(name.c_str()), status));
    // "ss=standard" turns on CLDR's sentence-break suppressions, so "Dr. Smith" or
    // "Nov. 30" do not end a sentence in the languages that list their abbreviations.
    made.sentences.reset(icu::BreakIterator::createSentenceInstance(
        icu::Locale((name + "@ss=standard").c_str()), status));
    // Missing break rules mean the ICU data was built wrongly: a bug in our build, caught by
    // check_icu_data() at start-up and by the tests, never caused by user input.
    assert(U_SUCCESS(status) && made.words && made.sentences);
    made.root_sentence_rules = has_root_sentence_rules(language);
    made.sentence_exceptions = std::make_unique<SentenceExceptions>(language);
    return by_language.emplace(std::string(language), std::move(made)).first->second;
  }

  static void append_icu_words(icu::BreakIterator& words, std::string_view text, std::size_t begin,
                               std::size_t end, std::vector<TokenSpan>& tokens);
  void append_words(icu::BreakIterator& words, std::string_view text,
                    std::vector<TokenSpan>& tokens);
  void append_sentence_ends(Iterators& iterators, std::string_view text,
                            std::vector<std::uint32_t>& ends);

  Path path = Path::plain_runs_then_icu;
  // The tokens of a plain run met while a range waits for ICU, which must come first.
  std::vector<TokenSpan> plain_after_icu;
  // The ends of the sentences of the text being segmented.
  std::vector<std::uint32_t> sentence_ends;
};

// ICU's words of text[begin, end), appended with offsets into text. The range is read through a
// UText of its own: it starts and ends at white space (or the text's ends), where every word
// rule breaks, so ICU finds the same words in it as in the whole text.
void Segmenter::Impl::append_icu_words(icu::BreakIterator& words, std::string_view text,
                                       std::size_t begin, std::size_t end,
                                       std::vector<TokenSpan>& tokens) {
  const std::string_view range = text.substr(begin, end - begin);
  Utf8Text range_text(range);
  UErrorCode status = U_ZERO_ERROR;
  words.setText(range_text.text, status);
  int32_t start = words.first();
  for (int32_t stop = words.next(); stop != icu::BreakIterator::DONE;
       start = stop, stop = words.next()) {
    const int32_t rule_status = words.getRuleStatus();
    if (!is_token(rule_status)) continue;
    const auto from = static_cast<std::uint32_t>(begin + static_cast<std::size_t>(start));
    const auto to = static_cast<std::uint32_t>(begin + static_cast<std::size_t>(stop));
    if (is_ideographic(rule_status)) {
      append_ideographs(text, static_cast<int32_t>(from), static_cast<int32_t>(to), tokens);
      continue;
    }
    tokens.push_back({from, to - from, kind_of(rule_status)});
  }
}

// Runs of plain ASCII (plain_words.h) are split directly; the others, together with the white
// space before them and any neighbours that also need it, go to ICU as one range.
void Segmenter::Impl::append_words(icu::BreakIterator& words, std::string_view text,
                                   std::vector<TokenSpan>& tokens) {
  if (path == Path::icu_only) {
    append_icu_words(words, text, 0, text.size(), tokens);
    return;
  }
  constexpr std::size_t kNone = std::string_view::npos;
  std::size_t icu_begin = kNone;  // of the range waiting for ICU
  std::size_t icu_end = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_ascii_space(text[i])) ++i;
    if (i == text.size()) break;
    const std::size_t run_begin = i;
    while (i < text.size() && !is_ascii_space(text[i])) ++i;
    if (icu_begin == kNone) {
      if (append_plain_run(text, run_begin, i, tokens)) continue;
      icu_begin = run_begin == 0 ? 0 : run_begin - 1;
    } else if (append_plain_run(text, run_begin, i, plain_after_icu)) {
      append_icu_words(words, text, icu_begin, icu_end, tokens);
      tokens.insert(tokens.end(), plain_after_icu.begin(), plain_after_icu.end());
      plain_after_icu.clear();
      icu_begin = kNone;
      continue;
    }
    icu_end = i;
  }
  if (icu_begin != kNone) append_icu_words(words, text, icu_begin, icu_end, tokens);
}

// The ends of the sentences of text: where no character the rules look at is a combining mark
// or format character, as plain_sentences.h finds them; elsewhere, sentence by sentence, as ICU's iterator does.
void Segmenter::Impl::append_sentence_ends(Iterators& iterators, std::string_view text,
                                           std::vector<std::uint32_t>& ends) {
  icu::BreakIterator& sentences = *iterators.sentences;
  if (path == Path::icu_only || !iterators.root_sentence_rules) {
    Utf8Text whole(text);
    UErrorCode status = U_ZERO_ERROR;
    sentences.setText(whole.text, status);
    sentences.first();
    for (int32_t end = sentences.next(); end != icu::BreakIterator::DONE; end = sentences.next()) {
      ends.push_back(static_cast<std::uint32_t>(end));
    }
    return;
  }
  std::optional<Utf8Text> icu_text;  // set up when first needed
  const auto icu_end_after = [&](std::size_t from) {
    if (!icu_text) {
      icu_text.emplace(text);
      UErrorCode status = U_ZERO_ERROR;
      sentences.setText(icu_text->text, status);
    }
    return static_cast<std::size_t>(sentences.following(static_cast<int32_t>(from)));
  };
  for (std::size_t from = 0; from < text.size();) {
    const std::optional<std::size_t> end =
        plain_sentence_end(text, from, *iterators.sentence_exceptions);
    from = end ? *end : icu_end_after(from);
    ends.push_back(static_cast<std::uint32_t>(from));
  }
}

Segmenter::Segmenter(Path path) : impl_(std::make_unique<Impl>()) { impl_->path = path; }
Segmenter::~Segmenter() = default;

Segmentation Segmenter::segment(std::string_view utf8, std::string_view language) {
  Segmentation result;
  if (utf8.empty()) return result;
  Impl::Iterators& iterators = impl_->iterators_for(language);
  impl_->append_words(*iterators.words, utf8, result.tokens);

  std::vector<std::uint32_t>& ends = impl_->sentence_ends;
  ends.clear();
  impl_->append_sentence_ends(iterators, utf8, ends);
  std::uint32_t start = 0;
  for (const std::uint32_t end : ends) {
    // Trim the trailing spaces and line breaks ICU includes in a sentence.
    std::uint32_t trimmed = end;
    while (trimmed > start && static_cast<unsigned char>(utf8[trimmed - 1]) <= ' ') --trimmed;
    if (trimmed > start) result.sentences.push_back({start, trimmed - start});
    start = end;
  }
  return result;
}

}  // namespace lectern
