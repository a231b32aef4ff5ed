#include "analysis/kwic.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "analysis/one_line.h"
#include "analysis/term_counts.h"

namespace lectern {
namespace {

// A match with its document's token range, looked up once rather than in every comparison.
struct Placed {
  Match match;
  std::uint32_t begin = 0;  // the document's first token
  std::uint32_t end = 0;    // one past its last
};

// Compares two matches by their context words, nearest first, by term key; a context that runs
// out (the document's edge) sorts before a longer one. `step` is -1 for left, +1 for right.
class ContextOrder {
 public:
  ContextOrder(const Corpus& corpus, std::uint32_t window, int step)
      : corpus_(corpus), window_(window), step_(step) {}

  bool operator()(const Placed& x, const Placed& y) const {
    for (std::uint32_t i = 1; i <= window_; ++i) {
      const auto tx = word(x, i);
      const auto ty = word(y, i);
      if (!tx || !ty) {
        if (tx.has_value() != ty.has_value()) return !tx;
        break;
      }
      // Equal ids are equal keys; only different ones need their strings compared.
      if (*tx != *ty) return corpus_.lexicon().str(*tx) < corpus_.lexicon().str(*ty);
    }
    return to_index(x.match.first) < to_index(y.match.first);
  }

 private:
  // The i-th context word, or nothing past the document's edge.
  std::optional<TermId> word(const Placed& placed, std::uint32_t i) const {
    const std::int64_t first = to_index(placed.match.first);
    const std::int64_t pos = step_ < 0 ? first - i : first + placed.match.length - 1 + i;
    if (pos < placed.begin || pos >= placed.end) return std::nullopt;
    return corpus_.term_at(CorpusPos{static_cast<std::uint32_t>(pos)});
  }

  const Corpus& corpus_;
  std::uint32_t window_;
  int step_;
};

KwicHit render(const Corpus& corpus, const Match& match, std::uint32_t window) {
  KwicHit hit;
  hit.doc = corpus.document_at(match.first);
  hit.match = match;
  const DocumentEntry& doc = corpus.document(hit.doc);
  const std::string_view text = doc.meta.text;
  const std::uint32_t first = to_index(match.first);
  const std::uint32_t last = first + match.length - 1;
  const TokenSpan& first_span = corpus.span_at(match.first);
  const TokenSpan& last_span = corpus.span_at(CorpusPos{last});
  hit.offset = first_span.offset;
  hit.length = last_span.offset + last_span.length - first_span.offset;
  hit.text = one_line(text.substr(hit.offset, hit.length));
  if (window == 0) return hit;

  const std::uint32_t left_first = std::max(tokens_begin(doc), first - std::min(first, window));
  if (left_first < first) {
    const std::uint32_t begin = corpus.span_at(CorpusPos{left_first}).offset;
    hit.left = one_line(text.substr(begin, hit.offset - begin));
  }
  const std::uint32_t right_last = std::min(tokens_end(doc) - 1, last + window);
  if (right_last > last) {
    const std::uint32_t begin = hit.offset + hit.length;
    const TokenSpan& end_span = corpus.span_at(CorpusPos{right_last});
    hit.right = one_line(text.substr(begin, end_span.offset + end_span.length - begin));
  }
  return hit;
}

}  // namespace

Kwic kwic(const Corpus& corpus, std::span<const Match> matches, const KwicOptions& options) {
  Kwic out;
  out.total = matches.size();
  std::vector<Placed> order;
  order.reserve(matches.size());
  for (const Match& match : matches) {
    const DocumentEntry& doc = corpus.document(corpus.document_at(match.first));
    order.push_back({match, tokens_begin(doc), tokens_end(doc)});
  }
  switch (options.sort) {
    case KwicSort::document:
      std::sort(order.begin(), order.end(), [](const Placed& x, const Placed& y) {
        return to_index(x.match.first) < to_index(y.match.first);
      });
      break;
    case KwicSort::left:
      std::sort(order.begin(), order.end(), ContextOrder(corpus, options.window, -1));
      break;
    case KwicSort::right:
      std::sort(order.begin(), order.end(), ContextOrder(corpus, options.window, +1));
      break;
  }
  const std::size_t shown =
      options.limit == 0 ? order.size() : std::min(options.limit, order.size());
  out.hits.reserve(shown);
  for (std::size_t i = 0; i < shown; ++i) {
    out.hits.push_back(render(corpus, order[i].match, options.window));
  }
  return out;
}

}  // namespace lectern
