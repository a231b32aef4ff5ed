#include "index/corpus_builder.h"

#include <algorithm>

#include "ingest/read_source.h"
#include "text/language_id.h"
#include "text/term_key.h"

namespace lectern {

CorpusBuilder::CorpusBuilder() : corpus_(std::make_unique<Corpus>()) {}
CorpusBuilder::~CorpusBuilder() = default;

void CorpusBuilder::add(SourceFile file) {
  progress_.files_total += 1;
  progress_.bytes_total += file.bytes.size();
  queue_.push_back(std::move(file));
}

bool CorpusBuilder::step(std::chrono::microseconds budget) {
  const auto deadline = std::chrono::steady_clock::now() + budget;
  do {
    if (queue_.empty()) return true;
    SourceFile file = std::move(queue_.front());
    queue_.pop_front();
    index_file(file);
    progress_.files_done += 1;
    progress_.bytes_done += file.bytes.size();
  } while (std::chrono::steady_clock::now() < deadline);
  return queue_.empty();
}

std::shared_ptr<const Corpus> CorpusBuilder::finish() {
  while (!step(std::chrono::hours(1))) {
  }
  build_postings();
  std::shared_ptr<const Corpus> done = std::move(corpus_);
  corpus_ = std::make_unique<Corpus>();
  progress_ = {};
  return done;
}

void CorpusBuilder::index_file(SourceFile& file) {
  ReadResult read = read_source(file);
  ImportReport& report = corpus_->report_;
  if (!read.skip_reason.empty()) {
    report.skipped.push_back({file.path, std::move(read.skip_reason)});
    return;
  }
  for (std::string& warning : read.warnings)
    report.warnings.push_back({file.path, std::move(warning)});
  report.read.push_back(file.path);
  for (Document& document : read.documents) index_document(std::move(document));
}

void CorpusBuilder::index_document(Document&& document) {
  Corpus& corpus = *corpus_;
  if (document.language.empty()) document.language = identify_language(document.text).code;

  Segmentation segmentation = segmenter_.segment(document.text, document.language);
  DocumentEntry entry;
  entry.first_token = static_cast<CorpusPos>(corpus.terms_.size());
  entry.token_count = static_cast<std::uint32_t>(segmentation.tokens.size());
  entry.first_sentence = static_cast<std::uint32_t>(corpus.sentences_.size());
  entry.sentence_count = static_cast<std::uint32_t>(segmentation.sentences.size());

  for (const TokenSpan& span : segmentation.tokens) {
    const TermId id = corpus.lexicon_.intern(
        term_key(std::string_view(document.text).substr(span.offset, span.length)));
    if (to_index(id) >= corpus.term_frequencies_.size()) corpus.term_frequencies_.push_back(0);
    corpus.term_frequencies_[to_index(id)] += 1;
    corpus.terms_.push_back(id);
    corpus.spans_.push_back(span);
  }
  corpus.sentences_.insert(corpus.sentences_.end(), segmentation.sentences.begin(),
                           segmentation.sentences.end());
  entry.meta = std::move(document);
  corpus.documents_.push_back(std::move(entry));
}

// A counting sort of the corpus stream by term: one pass to size each term's run (the term
// frequencies already are those sizes), one to fill the runs in position order.
void CorpusBuilder::build_postings() {
  Corpus& corpus = *corpus_;
  const std::size_t terms = corpus.lexicon_.size();
  corpus.posting_offsets_.assign(terms + 1, 0);
  for (std::size_t t = 0; t < terms; ++t) {
    corpus.posting_offsets_[t + 1] = corpus.posting_offsets_[t] + corpus.term_frequencies_[t];
  }
  std::vector<std::uint32_t> cursor(corpus.posting_offsets_.begin(),
                                    corpus.posting_offsets_.end() - 1);
  corpus.postings_.resize(corpus.terms_.size());
  for (std::uint32_t pos = 0; pos < corpus.terms_.size(); ++pos) {
    corpus.postings_[cursor[to_index(corpus.terms_[pos])]++] = static_cast<CorpusPos>(pos);
  }
}

}  // namespace lectern
