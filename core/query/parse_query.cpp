#include "query/parse_query.h"

#include <memory>
#include <optional>
#include <vector>

#include "query/date_range.h"
#include "query/query_lexer.h"
#include "query/term_regex.h"
#include "text/segmenter.h"
#include "text/term_key.h"

namespace lectern {
namespace {

using Kind = QueryToken::Kind;

// Deep enough for any query a person writes; shallow enough that the recursive parser and
// evaluator cannot run out of stack on "((((...".
constexpr int max_nesting = 100;

constexpr std::string_view field_list = "lang, date, doc, source, author, entity";

std::optional<QueryField> field_named(std::string_view name) {
  for (QueryField field : {QueryField::lang, QueryField::date, QueryField::doc, QueryField::source,
                           QueryField::author, QueryField::entity}) {
    if (name == to_string(field)) return field;
  }
  return std::nullopt;
}

bool starts_operand(Kind kind) {
  return kind == Kind::word || kind == Kind::phrase || kind == Kind::regex || kind == Kind::field ||
         kind == Kind::open || kind == Kind::not_op;
}

// Joins operands under kind, lifting the operands of nested nodes of the same kind so that
// a AND (b AND c) and a b c print alike.
Query combine(Query node, std::vector<Query> operands) {
  if (operands.size() == 1) return std::move(operands.front());
  for (Query& operand : operands) {
    if (operand.kind == node.kind) {
      for (Query& inner : operand.operands) node.operands.push_back(std::move(inner));
    } else {
      node.operands.push_back(std::move(operand));
    }
  }
  return node;
}

class Parser {
 public:
  Parser(std::string_view text, std::vector<QueryToken> tokens)
      : text_(text), tokens_(std::move(tokens)) {}

  std::variant<Query, QueryError> run() {
    if (tokens_.empty()) return query_error(text_, 0, "empty query");
    Query query = parse_or();
    if (!error_ && at_ < tokens_.size()) {
      fail(peek(), "unbalanced parenthesis: ')' has no matching '('");
    }
    if (error_) return *std::move(error_);
    return query;
  }

 private:
  const QueryToken& peek() const { return tokens_[at_]; }
  std::size_t here() const { return at_ < tokens_.size() ? tokens_[at_].offset : text_.size(); }

  // A node placed at offset, with the column a caret would need.
  Query node_at(Query::Kind kind, std::size_t offset) const {
    Query node;
    node.kind = kind;
    const QueryError where = query_error(text_, offset, {});
    node.offset = where.offset;
    node.column = where.column;
    return node;
  }
  bool at(Kind kind) const { return at_ < tokens_.size() && tokens_[at_].kind == kind; }
  bool at_operand() const { return at_ < tokens_.size() && starts_operand(tokens_[at_].kind); }

  Query fail(std::size_t offset, std::string message) {
    if (!error_) error_ = query_error(text_, offset, std::move(message));
    return {};
  }
  Query fail(const QueryToken& token, std::string message) {
    return fail(token.offset, std::move(message));
  }

  // An operator must be followed by something to apply it to.
  bool require_operand_after(const QueryToken& op) {
    if (at_operand()) return true;
    fail(op, "dangling operator: '" + op.text + "' needs a term after it");
    return false;
  }

  Query parse_or() {
    std::vector<Query> operands;
    operands.push_back(parse_and());
    while (!error_ && at(Kind::or_op)) {
      const QueryToken& op = tokens_[at_++];
      if (!require_operand_after(op)) return {};
      operands.push_back(parse_and());
    }
    Query node = node_at(Query::Kind::any_of, operands.front().offset);
    return combine(std::move(node), std::move(operands));
  }

  Query parse_and() {
    std::vector<Query> operands;
    operands.push_back(parse_unary());
    while (!error_) {
      if (at(Kind::and_op)) {
        const QueryToken& op = tokens_[at_++];
        if (!require_operand_after(op)) return {};
      } else if (!at_operand()) {
        break;
      }
      operands.push_back(parse_unary());
    }
    Query node = node_at(Query::Kind::all_of, operands.front().offset);
    return combine(std::move(node), std::move(operands));
  }

  Query parse_unary() {
    if (!at(Kind::not_op)) return parse_primary();
    const QueryToken& op = tokens_[at_++];
    if (!require_operand_after(op)) return {};
    if (++depth_ > max_nesting) return fail(op, "the query is nested too deeply");
    Query node = node_at(Query::Kind::negation, op.offset);
    node.operands.push_back(parse_unary());
    --depth_;
    return node;
  }

  Query parse_primary() {
    if (at_ == tokens_.size()) return fail(here(), "empty query");
    const QueryToken& token = tokens_[at_++];
    switch (token.kind) {
      case Kind::open: return parse_group(token);
      case Kind::word: return word_leaf(token);
      case Kind::phrase: return phrase_leaf(token);
      case Kind::regex: return regex_leaf(token);
      case Kind::field: return field_leaf(token);
      case Kind::close: return fail(token, "unbalanced parenthesis: ')' has no matching '('");
      case Kind::and_op:
      case Kind::or_op:
        return fail(token, "dangling operator: '" + token.text + "' needs a term before it");
      case Kind::not_op: break;  // parse_unary took it
    }
    return fail(token, "unexpected '" + token.text + "'");
  }

  Query parse_group(const QueryToken& open) {
    if (at(Kind::close)) return fail(open, "empty parentheses");
    if (at_ == tokens_.size()) return fail(open, "unbalanced parenthesis: '(' is never closed");
    if (++depth_ > max_nesting) return fail(open, "the query is nested too deeply");
    Query inner = parse_or();
    --depth_;
    if (error_) return {};
    if (!at(Kind::close)) return fail(open, "unbalanced parenthesis: '(' is never closed");
    ++at_;
    return inner;
  }

  // The term keys of text as the corpus would have cut it into words.
  std::vector<std::string> keys_of(std::string_view text) {
    if (!segmenter_) segmenter_ = std::make_unique<Segmenter>();
    std::vector<std::string> keys;
    for (const TokenSpan& span : segmenter_->segment(text).tokens) {
      keys.push_back(term_key(text.substr(span.offset, span.length)));
    }
    return keys;
  }

  Query terms_leaf(std::vector<std::string> keys, std::size_t offset) {
    Query leaf = node_at(keys.size() == 1 ? Query::Kind::word : Query::Kind::phrase, offset);
    leaf.terms = std::move(keys);
    return leaf;
  }

  Query word_leaf(const QueryToken& token) {
    const std::string_view word = token.text;
    const std::size_t star = word.find('*');
    if (star == std::string_view::npos) {
      std::vector<std::string> keys = keys_of(word);
      if (keys.empty()) return fail(token, "nothing to search for in '" + token.text + "'");
      return terms_leaf(std::move(keys), token.offset);
    }
    if (star + 1 != word.size()) {
      return fail(token.offset + star, "a wildcard '*' works only at the end of a word (secur*)");
    }
    std::vector<std::string> keys = keys_of(word.substr(0, star));
    if (keys.empty()) return fail(token, "a wildcard '*' needs letters before it (secur*)");
    if (keys.size() > 1) {
      return fail(token, "a wildcard '*' works on one word, and '" + token.text + "' is several");
    }
    Query leaf = node_at(Query::Kind::prefix, token.offset);
    leaf.terms = std::move(keys);
    return leaf;
  }

  Query phrase_leaf(const QueryToken& token) {
    std::vector<std::string> keys = keys_of(token.text);
    if (keys.empty()) return fail(token, "nothing to search for in the quotes");
    return terms_leaf(std::move(keys), token.offset);
  }

  Query regex_leaf(const QueryToken& token) {
    if (token.text.empty()) return fail(token, "empty regular expression");
    auto compiled = TermRegex::compile(token.text);
    if (auto* error = std::get_if<RegexError>(&compiled)) {
      return fail(token.offset + 1 + error->offset, error->message);
    }
    Query leaf = node_at(Query::Kind::regex, token.offset);
    leaf.terms = {token.text};
    return leaf;
  }

  Query field_leaf(const QueryToken& token) {
    const auto field = field_named(token.text);
    if (!field) {
      return fail(token, "unknown field '" + token.text + ":' (the fields are " +
                             std::string(field_list) + ")");
    }
    if (token.value.empty()) return fail(token, "'" + token.text + ":' needs a value");
    Query leaf = node_at(Query::Kind::field, token.offset);
    leaf.field = *field;
    leaf.value = token.value;
    if (*field == QueryField::lang) {
      for (char& c : leaf.value) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (*field == QueryField::date) {
      auto range = parse_date_range(token.value);
      if (auto* error = std::get_if<DateRangeError>(&range)) {
        return fail(token.value_offset + error->offset, "bad date range: " + error->message);
      }
      leaf.dates = std::get<DateRange>(std::move(range));
    }
    return leaf;
  }

  std::string_view text_;
  std::vector<QueryToken> tokens_;
  std::size_t at_ = 0;
  int depth_ = 0;
  std::optional<QueryError> error_;
  std::unique_ptr<Segmenter> segmenter_;  // made on the first word: break iterators are costly
};

}  // namespace

std::variant<Query, QueryError> parse_query(std::string_view text) {
  auto tokens = tokenize_query(text);
  if (auto* error = std::get_if<QueryError>(&tokens)) return std::move(*error);
  return Parser(text, std::get<std::vector<QueryToken>>(std::move(tokens))).run();
}

}  // namespace lectern
