#include "filter.h"

#include <algorithm>
#include <utility>

namespace lectern {
namespace {

std::string date_range_text(const Filter& filter) {
  if (filter.date_from == filter.date_to) return filter.date_from;
  return filter.date_from + ".." + filter.date_to;
}

// (a OR b OR c) for one field, or the bare condition when there is only one value.
std::string any_of(const char* field, const std::vector<std::string>& values) {
  std::string text;
  for (const std::string& value : values) {
    if (!text.empty()) text += " OR ";
    text += field;
    text += ':';
    text += quoted_value(value);
  }
  return values.size() > 1 ? "(" + text + ")" : text;
}

void erase_value(std::vector<std::string>& values, const std::string& value) {
  values.erase(std::remove(values.begin(), values.end(), value), values.end());
}

}  // namespace

std::string quoted_value(const std::string& value) {
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
  return out;
}

std::vector<FilterChip> filter_chips(const Filter& filter) {
  std::vector<FilterChip> chips;
  if (!filter.date_from.empty() || !filter.date_to.empty()) {
    chips.push_back({ChipKind::date, date_range_text(filter), "date: " + date_range_text(filter)});
  }
  for (const std::string& language : filter.languages) {
    chips.push_back({ChipKind::language, language, "lang: " + language});
  }
  for (const std::string& id : filter.documents) {
    chips.push_back({ChipKind::document, id, "doc: " + id});
  }
  if (!filter.entity.empty()) {
    chips.push_back({ChipKind::entity, filter.entity, "entity: " + filter.entity});
  }
  if (!filter.query.empty()) chips.push_back({ChipKind::query, filter.query, filter.query});
  return chips;
}

Filter without_chip(Filter filter, const FilterChip& chip) {
  switch (chip.kind) {
    case ChipKind::date:
      filter.date_from.clear();
      filter.date_to.clear();
      break;
    case ChipKind::language: erase_value(filter.languages, chip.value); break;
    case ChipKind::document: erase_value(filter.documents, chip.value); break;
    case ChipKind::entity: filter.entity.clear(); break;
    case ChipKind::query: filter.query.clear(); break;
  }
  return filter;
}

std::string metadata_query_text(const Filter& filter) {
  std::vector<std::string> parts;
  if (!filter.date_from.empty() || !filter.date_to.empty()) {
    parts.push_back("date:" + date_range_text(filter));
  }
  if (!filter.languages.empty()) parts.push_back(any_of("lang", filter.languages));
  if (!filter.documents.empty()) parts.push_back(any_of("doc", filter.documents));
  if (!filter.entity.empty()) parts.push_back("entity:" + quoted_value(filter.entity));
  std::string text;
  for (const std::string& part : parts) {
    if (!text.empty()) text += " AND ";
    text += part;
  }
  return text;
}

void FilterHistory::push(Filter filter) {
  if (filter == current()) return;
  entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(at_) + 1, entries_.end());
  entries_.push_back(std::move(filter));
  at_ = entries_.size() - 1;
}

void FilterHistory::back() {
  if (can_go_back()) --at_;
}

void FilterHistory::forward() {
  if (can_go_forward()) ++at_;
}

}  // namespace lectern
