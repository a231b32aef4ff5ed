// The shared Filter: what the user has narrowed the corpus to (a date range, languages, chosen
// documents and a query), shown as removable chips, with Back and Forward through the filters
// the user has had. It holds only text the user chose; filter_selection.h evaluates it over a
// Corpus with core/query.
//
//   FilterHistory history;
//   Filter next = history.current();
//   next.languages.push_back("sv");
//   history.push(next);                       // Back now returns to the unfiltered corpus
//   for (const FilterChip& chip : filter_chips(history.current())) draw(chip.label);
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace lectern {

struct Filter {
  std::string date_from;  // YYYY, YYYY-MM or YYYY-MM-DD; empty: open
  std::string date_to;
  std::vector<std::string> languages;  // ISO 639-1 codes; a document in any of them passes
  std::vector<std::string> documents;  // document ids; empty: every document
  std::string entity;                  // an entity's name or alias (the entity: term); empty: any
  std::string query;                   // the query language of core/query/parse_query.h

  bool operator==(const Filter&) const = default;
  bool empty() const { return *this == Filter{}; }
};

enum class ChipKind { date, language, document, entity, query };

struct FilterChip {
  ChipKind kind = ChipKind::query;
  std::string value;  // the language code or document id a chip stands for
  std::string label;  // as shown: "lang: sv", "date: 1990..2000"
};

std::vector<FilterChip> filter_chips(const Filter& filter);

// The filter with one chip's condition taken away.
Filter without_chip(Filter filter, const FilterChip& chip);

// The date, language, document and entity conditions in the query language, ANDed; empty when there are
// none. The user's query is kept apart so that its errors point into the text the user typed.
std::string metadata_query_text(const Filter& filter);

// Quotes a field value for the query language: "a \"b\"".
std::string quoted_value(const std::string& value);

// Filters the user has had, for Back and Forward. Pushing a new one drops the forward ones.
class FilterHistory {
 public:
  const Filter& current() const { return entries_[at_]; }
  // Makes filter current; nothing happens if it already is.
  void push(Filter filter);
  bool can_go_back() const { return at_ > 0; }
  bool can_go_forward() const { return at_ + 1 < entries_.size(); }
  void back();
  void forward();
  std::size_t position() const { return at_; }
  std::size_t size() const { return entries_.size(); }

 private:
  std::vector<Filter> entries_{Filter{}};
  std::size_t at_ = 0;
};

}  // namespace lectern
