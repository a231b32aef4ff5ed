#include "query/query_lexer.h"

#include <optional>

namespace lectern {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ends_bare_text(char c) { return is_space(c) || c == '(' || c == ')' || c == '"'; }

class Lexer {
 public:
  explicit Lexer(std::string_view query) : query_(query) {}

  std::variant<std::vector<QueryToken>, QueryError> run() {
    std::vector<QueryToken> tokens;
    while (true) {
      while (at_ < query_.size() && is_space(query_[at_])) ++at_;
      if (at_ == query_.size()) return tokens;
      const std::size_t start = at_;
      const char c = query_[at_];
      if (c == '(' || c == ')') {
        ++at_;
        tokens.push_back(
            {c == '(' ? QueryToken::Kind::open : QueryToken::Kind::close, {}, {}, start, 0});
      } else if (c == '-') {
        // A '-' standing apart ("putin - armenia") may be a dash, not a NOT: say so.
        if (!starts_term(at_ + 1)) {
          return query_error(query_, start,
                             "dangling operator: '-' needs a term right after it (-armenia)");
        }
        ++at_;
        tokens.push_back({QueryToken::Kind::not_op, "-", {}, start, 0});
      } else if (c == '"') {
        auto text = quoted(start);
        if (!text) return query_error(query_, start, "unterminated quote: '\"' is never closed");
        tokens.push_back({QueryToken::Kind::phrase, *text, {}, start, 0});
      } else if (c == '/') {
        auto pattern = regex(start);
        if (!pattern) {
          return query_error(query_, start, "unterminated regular expression: '/' is never closed");
        }
        tokens.push_back({QueryToken::Kind::regex, *pattern, {}, start, 0});
      } else {
        auto token = bare(start);
        if (auto* error = std::get_if<QueryError>(&token)) return std::move(*error);
        tokens.push_back(std::get<QueryToken>(std::move(token)));
      }
    }
  }

 private:
  // Whether a term (or a group, or a phrase) begins at i.
  bool starts_term(std::size_t i) const {
    return i < query_.size() && !is_space(query_[i]) && query_[i] != ')';
  }

  // at_ is on the opening quote; leaves at_ after the closing one.
  std::optional<std::string> quoted(std::size_t start) {
    const std::size_t close = query_.find('"', start + 1);
    if (close == std::string_view::npos) return std::nullopt;
    at_ = close + 1;
    return std::string(query_.substr(start + 1, close - start - 1));
  }

  // A backslash escapes the next character, so /a\/b/ is the pattern a\/b (ICU reads \/ as /).
  std::optional<std::string> regex(std::size_t start) {
    for (std::size_t i = start + 1; i < query_.size(); ++i) {
      if (query_[i] == '\\') {
        ++i;
      } else if (query_[i] == '/') {
        at_ = i + 1;
        return std::string(query_.substr(start + 1, i - start - 1));
      }
    }
    return std::nullopt;
  }

  std::string_view bare_run() {
    const std::size_t start = at_;
    while (at_ < query_.size() && !ends_bare_text(query_[at_])) ++at_;
    return query_.substr(start, at_ - start);
  }

  // A word, an operator, or a field (name:value, name:"quoted value").
  std::variant<QueryToken, QueryError> bare(std::size_t start) {
    std::size_t name_end = start;
    while (name_end < query_.size() && is_ascii_letter(query_[name_end])) ++name_end;
    if (name_end > start && name_end < query_.size() && query_[name_end] == ':') {
      QueryToken field{QueryToken::Kind::field,
                       std::string(query_.substr(start, name_end - start)),
                       {},
                       start,
                       name_end + 1};
      at_ = name_end + 1;
      if (at_ < query_.size() && query_[at_] == '"') {
        auto value = quoted(at_);
        if (!value) return query_error(query_, at_, "unterminated quote: '\"' is never closed");
        field.value = *value;
        field.value_offset += 1;
      } else {
        field.value = bare_run();
      }
      return field;
    }
    const std::string_view word = bare_run();
    if (word == "AND") return QueryToken{QueryToken::Kind::and_op, "AND", {}, start, 0};
    if (word == "OR") return QueryToken{QueryToken::Kind::or_op, "OR", {}, start, 0};
    if (word == "NOT") return QueryToken{QueryToken::Kind::not_op, "NOT", {}, start, 0};
    return QueryToken{QueryToken::Kind::word, std::string(word), {}, start, 0};
  }

  std::string_view query_;
  std::size_t at_ = 0;
};

}  // namespace

std::variant<std::vector<QueryToken>, QueryError> tokenize_query(std::string_view query) {
  return Lexer(query).run();
}

}  // namespace lectern
