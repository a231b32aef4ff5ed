// Snowball stemming (snowballstem.org, libstemmer 2.2.0): an option for grouping the forms of a
// word under one stem, so that "rättigheter", "rättigheterna" and "rättighet" count together.
// Stems are not words ("declar" for "declaration"); show them next to a form a reader knows.
//
//   Stemmer stemmer("sv");                           // keep it: it owns a Snowball stemmer
//   std::string stem = stemmer.stem(term_key(word));  // "rättigheterna" -> "rätt"
//
// Input is a term key (term_key(): NFKC case folded), which is the lower case Snowball expects.
// A Stemmer is not thread-safe; use one per thread.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace lectern {

class Stemmer {
 public:
  // language is an ISO 639-1 code as identify_language() gives it. A language Snowball has no
  // algorithm for gives a Stemmer that leaves every key as it is (has_algorithm() says so).
  explicit Stemmer(std::string_view language);

  bool has_algorithm() const { return stemmer_ != nullptr; }
  std::string stem(std::string_view term_key);

 private:
  struct Close {
    void operator()(sb_stemmer* stemmer) const;
  };
  std::unique_ptr<sb_stemmer, Close> stemmer_;
};

// The languages a Stemmer has an algorithm for, ISO 639-1 codes, sorted.
std::span<const std::string_view> stemming_languages();

}  // namespace lectern
