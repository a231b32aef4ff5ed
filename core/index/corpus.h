// The Corpus: everything the analyses read, built once by CorpusBuilder and then immutable.
// Term ids at corpus positions form one stream over all documents (CWB's model); each document
// owns a contiguous range of positions and of sentences.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "index/ids.h"
#include "index/lexicon.h"
#include "index/token_spans.h"
#include "ingest/document.h"
#include "text/segmenter.h"

namespace lectern {

struct DocumentEntry {
  Document meta;
  CorpusPos first_token{};  // position of the document's first token
  std::uint32_t token_count = 0;
  std::uint32_t first_sentence = 0;
  std::uint32_t sentence_count = 0;
};

class Corpus {
 public:
  std::size_t document_count() const { return documents_.size(); }
  std::span<const DocumentEntry> documents() const { return documents_; }
  const DocumentEntry& document(DocId id) const { return documents_[to_index(id)]; }

  std::size_t token_count() const { return terms_.size(); }
  TermId term_at(CorpusPos pos) const { return terms_[to_index(pos)]; }
  // Where the token at pos is in its document's text. Spans are stored packed (token_spans.h),
  // so this is a value, worked out in a few steps; kind_at() alone is one load.
  TokenSpan span_at(CorpusPos pos) const { return spans_[to_index(pos)]; }
  TokenKind kind_at(CorpusPos pos) const { return spans_.kind(to_index(pos)); }
  // The spans from pos on, read in order a step a token (for passes over whole documents).
  TokenSpans::Reader spans_from(CorpusPos pos) const { return {spans_, to_index(pos)}; }
  std::span<const SentenceSpan> sentences() const { return sentences_; }

  const Lexicon& lexicon() const { return lexicon_; }
  // Corpus frequency of each term, indexed by TermId.
  std::span<const std::uint32_t> term_frequencies() const { return term_frequencies_; }
  // How many of each term's occurrences were segmented as numbers: with term_frequencies(),
  // the count of a term an analysis that leaves numbers out keeps, without reading the stream.
  std::span<const std::uint32_t> number_frequencies() const { return number_frequencies_; }

  // Positional postings: every corpus position of a term, ascending (CWB's id2cpos).
  std::span<const CorpusPos> postings(TermId term) const {
    const std::uint32_t begin = posting_offsets_[to_index(term)];
    const std::uint32_t end = posting_offsets_[to_index(term) + 1];
    return std::span<const CorpusPos>(postings_).subspan(begin, end - begin);
  }

  // The document a corpus position belongs to (CWB's cpos2struc), by binary search.
  DocId document_at(CorpusPos pos) const;

  const ImportReport& import_report() const { return report_; }

 private:
  friend class CorpusBuilder;

  std::vector<DocumentEntry> documents_;
  std::vector<TermId> terms_;
  TokenSpans spans_;
  std::vector<SentenceSpan> sentences_;
  std::vector<std::uint32_t> term_frequencies_;
  std::vector<std::uint32_t> number_frequencies_;
  // Postings in compressed sparse row form: the positions of term t are
  // postings_[posting_offsets_[t] .. posting_offsets_[t + 1]).
  std::vector<std::uint32_t> posting_offsets_;
  std::vector<CorpusPos> postings_;
  Lexicon lexicon_;
  ImportReport report_;
};

}  // namespace lectern
