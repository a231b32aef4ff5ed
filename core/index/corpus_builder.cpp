#include "index/corpus_builder.h"

#include <algorithm>

#include "ingest/read_source.h"
#include "text/language_id.h"
#include "text/term_key.h"

namespace lectern {
namespace {

// True when [offset, offset + length) lies inside one of the spans (sorted, disjoint).
bool inside(const std::vector<TextSpan>& spans, std::uint32_t offset, std::uint32_t length) {
  auto after = std::upper_bound(spans.begin(), spans.end(), offset,
                                [](std::uint32_t o, const TextSpan& s) { return o < s.offset; });
  if (after == spans.begin()) return false;
  const TextSpan& span = *(after - 1);
  return offset + length <= span.offset + span.length;
}

}  // namespace

CorpusBuilder::CorpusBuilder(IngestOptions options)
    : options_(std::move(options)), corpus_(std::make_unique<Corpus>()) {}
CorpusBuilder::~CorpusBuilder() = default;

void CorpusBuilder::add(SourceFile file) {
  if (next_to_index_ > 0) restart_indexing();
  progress_.files_total += 1;
  progress_.bytes_total += file.bytes.size();
  queue_.push_back(std::move(file));
  update_phase();
}

bool CorpusBuilder::step(std::chrono::microseconds budget) {
  const auto deadline = std::chrono::steady_clock::now() + budget;
  do {
    if (!queue_.empty()) {
      const SourceFile file = std::move(queue_.front());
      queue_.pop_front();
      read_file(file);
    } else if (next_to_index_ < read_.size()) {
      index_document(std::move(read_[next_to_index_++]));
    } else {
      break;
    }
    update_phase();
  } while (std::chrono::steady_clock::now() < deadline);
  return progress_.phase == BuildPhase::done;
}

std::shared_ptr<const Corpus> CorpusBuilder::finish() {
  while (!step(std::chrono::hours(1))) {
  }
  build_postings();
  std::shared_ptr<const Corpus> done = std::move(corpus_);
  corpus_ = std::make_unique<Corpus>();
  read_.clear();
  next_to_index_ = 0;
  repeated_lines_ = RepeatedLines();
  progress_ = {};
  return done;
}

void CorpusBuilder::update_phase() {
  progress_.phase = !queue_.empty()                 ? BuildPhase::reading
                    : next_to_index_ < read_.size() ? BuildPhase::indexing
                                                    : BuildPhase::done;
}

void CorpusBuilder::read_file(const SourceFile& file) {
  ReadResult read = read_source(file, options_);
  progress_.files_done += 1;
  progress_.bytes_done += file.bytes.size();
  ImportReport& report = corpus_->report_;
  for (ImportIssue& skipped : read.skipped_records) report.skipped.push_back(std::move(skipped));
  if (!read.skip_reason.empty()) {
    report.skipped.push_back({file.path, std::move(read.skip_reason)});
    return;
  }
  for (std::string& warning : read.warnings) {
    report.warnings.push_back({file.path, std::move(warning)});
  }
  report.read.push_back(file.path);
  for (Document& document : read.documents) {
    repeated_lines_.add_document(document.text);
    progress_.documents_total += 1;
    progress_.text_bytes_total += document.text.size();
    read_.push_back(std::move(document));
  }
}

// Line counts changed, so boilerplate may have too: the documents indexed so far go back to
// the reading pile, and the index starts again. The import report stays.
void CorpusBuilder::restart_indexing() {
  std::vector<Document> documents;
  documents.reserve(read_.size());
  for (DocumentEntry& entry : corpus_->documents_) documents.push_back(std::move(entry.meta));
  for (std::size_t i = next_to_index_; i < read_.size(); ++i) {
    documents.push_back(std::move(read_[i]));
  }
  read_ = std::move(documents);
  next_to_index_ = 0;
  ImportReport report = std::move(corpus_->report_);
  corpus_ = std::make_unique<Corpus>();
  corpus_->report_ = std::move(report);
  progress_.documents_done = 0;
  progress_.text_bytes_done = 0;
}

void CorpusBuilder::index_document(Document&& document) {
  Corpus& corpus = *corpus_;
  if (document.language.empty()) document.language = identify_language(document.text).code;
  document.boilerplate = find_boilerplate(document.text, repeated_lines_);

  Segmentation segmentation = segmenter_.segment(document.text, document.language);
  DocumentEntry entry;
  entry.first_token = static_cast<CorpusPos>(corpus.terms_.size());
  entry.first_sentence = static_cast<std::uint32_t>(corpus.sentences_.size());

  // Tokens inside boilerplate lines are not indexed, and sentences left without a token (the
  // boilerplate lines themselves) are not either.
  std::size_t token = 0;
  for (const SentenceSpan& sentence : segmentation.sentences) {
    const std::uint32_t sentence_end = sentence.offset + sentence.length;
    bool had_tokens = false;
    bool kept_tokens = false;
    for (; token < segmentation.tokens.size() && segmentation.tokens[token].offset < sentence_end;
         ++token) {
      const TokenSpan& span = segmentation.tokens[token];
      had_tokens = true;
      if (inside(document.boilerplate, span.offset, span.length)) continue;
      kept_tokens = true;
      const TermId id = corpus.lexicon_.intern(
          term_key(std::string_view(document.text).substr(span.offset, span.length)));
      if (to_index(id) >= corpus.term_frequencies_.size()) corpus.term_frequencies_.push_back(0);
      corpus.term_frequencies_[to_index(id)] += 1;
      corpus.terms_.push_back(id);
      corpus.spans_.push_back(span);
    }
    if (kept_tokens || !had_tokens) corpus.sentences_.push_back(sentence);
  }
  entry.token_count =
      static_cast<std::uint32_t>(corpus.terms_.size() - to_index(entry.first_token));
  entry.sentence_count =
      static_cast<std::uint32_t>(corpus.sentences_.size() - entry.first_sentence);
  progress_.documents_done += 1;
  progress_.text_bytes_done += document.text.size();
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
