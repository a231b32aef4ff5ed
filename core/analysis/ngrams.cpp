#include "analysis/ngrams.h"

#include <algorithm>

#include "analysis/term_counts.h"
#include "analysis/term_selector.h"

namespace lectern {
namespace {

// The sentence of each of a document's tokens, numbered from 0 within the document. Sentences
// and tokens are both in text order, so one walk pairs them.
void number_sentences(const Corpus& corpus, const DocumentEntry& doc,
                      std::vector<std::uint32_t>& sentence_of) {
  sentence_of.assign(doc.token_count, 0);
  const auto sentences = corpus.sentences().subspan(doc.first_sentence, doc.sentence_count);
  std::uint32_t s = 0;
  for (std::uint32_t i = 0; i < doc.token_count; ++i) {
    const std::uint32_t offset = corpus.span_at(CorpusPos{to_index(doc.first_token) + i}).offset;
    while (s + 1 < sentences.size() && offset >= sentences[s].offset + sentences[s].length) ++s;
    sentence_of[i] = s;
  }
}

}  // namespace

// Counted without a hash table of n-grams: the start positions of every candidate are sorted
// by the words that follow them, so equal n-grams lie side by side and a run is one n-gram.
// That costs 4 bytes per candidate instead of a map entry per distinct n-gram.
Ngrams ngrams(const Corpus& corpus, const DocSet& filter, const NgramOptions& options) {
  Ngrams out;
  const std::uint32_t n = options.n;
  TermSelector selector(corpus, {});
  const auto frequencies = corpus.term_frequencies();
  std::vector<std::uint32_t> candidates;
  std::vector<std::uint32_t> sentence_of;
  for (std::uint32_t d = 0; d < corpus.document_count(); ++d) {
    const DocId doc{d};
    if (!filter.contains(doc)) continue;
    const DocumentEntry& entry = corpus.document(doc);
    out.tokens += entry.token_count;
    if (n == 0 || entry.token_count < n) continue;
    selector.enter(doc);
    number_sentences(corpus, entry, sentence_of);
    for (std::uint32_t i = 0; i + n <= entry.token_count; ++i) {
      if (sentence_of[i] != sentence_of[i + n - 1]) continue;
      const std::uint32_t first = tokens_begin(entry) + i;
      const TermId head = corpus.term_at(CorpusPos{first});
      const TermId tail = corpus.term_at(CorpusPos{first + n - 1});
      // Corpus frequencies bound the n-gram's: rarer edges cannot reach min_freq.
      if (frequencies[to_index(head)] < options.min_freq ||
          frequencies[to_index(tail)] < options.min_freq) {
        continue;
      }
      if (selector.is_stopword(head) || selector.is_stopword(tail)) continue;
      candidates.push_back(first);
    }
  }

  const auto terms_of = [&](std::uint32_t first, std::uint32_t i) {
    return to_index(corpus.term_at(CorpusPos{first + i}));
  };
  std::sort(candidates.begin(), candidates.end(), [&](std::uint32_t x, std::uint32_t y) {
    for (std::uint32_t i = 0; i < n; ++i) {
      if (terms_of(x, i) != terms_of(y, i)) return terms_of(x, i) < terms_of(y, i);
    }
    return x < y;
  });
  const auto same = [&](std::uint32_t x, std::uint32_t y) {
    for (std::uint32_t i = 0; i < n; ++i) {
      if (terms_of(x, i) != terms_of(y, i)) return false;
    }
    return true;
  };
  for (std::size_t begin = 0, end = 0; begin < candidates.size(); begin = end) {
    end = begin + 1;
    while (end < candidates.size() && same(candidates[begin], candidates[end])) ++end;
    if (end - begin < options.min_freq) continue;
    Ngram gram;
    for (std::uint32_t i = 0; i < n; ++i)
      gram.terms.push_back(corpus.term_at(CorpusPos{candidates[begin] + i}));
    gram.freq = static_cast<std::uint32_t>(end - begin);
    DocId last_doc{~0u};
    for (std::size_t c = begin; c < end; ++c) {
      const DocId doc = corpus.document_at(CorpusPos{candidates[c]});
      if (doc != last_doc) gram.docs += 1;
      last_doc = doc;
    }
    gram.per_million = static_cast<double>(gram.freq) * 1e6 / static_cast<double>(out.tokens);
    out.grams.push_back(std::move(gram));
  }

  const Lexicon& lexicon = corpus.lexicon();
  std::sort(out.grams.begin(), out.grams.end(), [&](const Ngram& x, const Ngram& y) {
    if (x.freq != y.freq) return x.freq > y.freq;
    for (std::size_t i = 0; i < x.terms.size(); ++i) {
      if (x.terms[i] != y.terms[i]) return lexicon.str(x.terms[i]) < lexicon.str(y.terms[i]);
    }
    return false;
  });
  return out;
}

}  // namespace lectern
