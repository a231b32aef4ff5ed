#include "extract/document_dates.h"

#include <algorithm>

namespace lectern {
namespace {

bool overlaps_boilerplate(const Document& document, const TextSpan& span) {
  const auto& lines = document.boilerplate;
  // The last line starting before the span ends: the only one that may reach into it, as
  // lines are sorted and disjoint.
  auto after = std::upper_bound(lines.begin(), lines.end(), span.offset + span.length,
                                [](std::uint32_t at, const TextSpan& line) {
                                  return at <= line.offset;
                                });
  return after != lines.begin() && (after - 1)->offset + (after - 1)->length > span.offset;
}

std::vector<TemporalExpression> outside_boilerplate(const Document& document,
                                                    std::vector<TemporalExpression> found) {
  std::erase_if(found, [&](const TemporalExpression& e) {
    return overlaps_boilerplate(document, e.span);
  });
  return found;
}

}  // namespace

std::vector<TemporalExpression> document_dates_full_scan(const Document& document) {
  return outside_boilerplate(document, find_temporal_expressions(document.text, document.language,
                                                                 parse_date_anchor(document.date)));
}

std::vector<TemporalExpression> document_dates(const Corpus& corpus, DocId doc,
                                               const DateTerms& terms) {
  const DocumentEntry& entry = corpus.document(doc);
  const Document& document = entry.meta;
  if (!terms.usable()) return document_dates_full_scan(document);
  const std::uint32_t first = to_index(entry.first_token);
  const std::uint32_t end = first + entry.token_count;
  const auto pos = [](std::uint32_t p) { return static_cast<CorpusPos>(p); };

  // Each window runs from the plain term before an anchor to the plain term after it (or to the
  // document's ends); anchors inside it are covered, so the search goes on after its end.
  std::vector<DateWindow> windows;
  for (std::uint32_t p = first; p < end; ++p) {
    if (!terms.anchor(corpus.term_at(pos(p)))) continue;
    DateWindow window;
    // Back to the plain term before; at the latest the end of the window before.
    std::uint32_t left = p;
    while (left > first && !terms.plain(corpus.term_at(pos(left - 1)))) --left;
    if (left == first) {
      window.from_start = true;
    } else {
      window.begin = corpus.span_at(pos(left - 1)).offset;
    }
    std::uint32_t right = p + 1;
    while (right < end && !terms.plain(corpus.term_at(pos(right)))) ++right;
    if (right < end) {
      const TokenSpan span = corpus.span_at(pos(right));
      window.end = span.offset + span.length;
    } else {
      window.to_end = true;
    }
    windows.push_back(window);
    p = right;
  }
  if (windows.empty()) return {};
  std::optional<std::vector<TemporalExpression>> found = find_temporal_expressions_in(
      document.text, document.language, parse_date_anchor(document.date), windows);
  if (!found) return document_dates_full_scan(document);
  return outside_boilerplate(document, std::move(*found));
}

}  // namespace lectern
