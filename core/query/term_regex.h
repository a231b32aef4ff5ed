// ICU regular expressions matched against whole term keys, case-insensitively: the `/.../`
// leaves of a query. ICU stays behind this file; its parse errors become messages here.
//
//   auto compiled = TermRegex::compile("toka[jy]ev");
//   if (auto* regex = std::get_if<TermRegex>(&compiled)) regex->matches("tokajev");  // true
//
// A whole key must match, as in CQP ("[word='toka.ev']"): /secur/ finds the term "secur" only,
// /secur.*/ every term starting with it.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

namespace lectern {

struct RegexError {
  std::string message;
  std::size_t offset = 0;  // bytes into the pattern
};

class TermRegex {
 public:
  static std::variant<TermRegex, RegexError> compile(std::string_view pattern);

  TermRegex(TermRegex&&) noexcept;
  TermRegex& operator=(TermRegex&&) noexcept;
  ~TermRegex();

  // Not const: the matcher keeps its state between calls, which saves an allocation per term.
  // A pattern that backtracks past ICU's time limit on a term counts as not matching it.
  bool matches(std::string_view term_key);

 private:
  struct Impl;
  explicit TermRegex(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lectern
