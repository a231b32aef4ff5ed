#include "index/corpus_builder.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "ingest/read_source.h"
#include "text/language_id.h"

namespace lectern {
namespace {

// Whether tokens lie inside one of a document's boilerplate spans (sorted, disjoint), asked of
// its tokens in text order: the cursor only moves forwards, where a binary search per token
// cost a tenth of the indexing loop.
class SpanCursor {
 public:
  explicit SpanCursor(const std::vector<TextSpan>& spans) : spans_(spans) {}

  bool inside(std::uint32_t offset, std::uint32_t length) {
    while (next_ < spans_.size() && spans_[next_].offset <= offset) ++next_;
    if (next_ == 0) return false;
    const TextSpan& span = spans_[next_ - 1];  // the last span starting at or before offset
    return offset + length <= span.offset + span.length;
  }

 private:
  const std::vector<TextSpan>& spans_;
  std::size_t next_ = 0;  // the first span starting after the last offset asked about
};

// CLD2 reads every byte it is given, and a long document says which language it is in well
// before its end: past kLanguageSampleBytes, kLanguageSlices slices spread evenly over the text
// are identified apart and vote, each with its bytes times CLD2's share of them in the language
// it names (so a preface in another language does not decide alone). Each slice is about a
// thousand characters (some 150 words), over three times the 300 characters on which
// bench/language_id_eval.cpp measures CLD2 right for 95% or more of the supported languages.
// The slices are not joined into one text: CLD2 weighs a joined sample unlike the whole (an
// English address after a Swedish preface came out Swedish).
constexpr std::size_t kLanguageSampleBytes = 4096;
constexpr std::size_t kLanguageSlices = 4;

bool starts_character(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

std::string document_language(std::string_view text) {
  if (text.size() <= kLanguageSampleBytes) return identify_language(text).code;
  const std::size_t slice = kLanguageSampleBytes / kLanguageSlices;
  std::vector<std::pair<std::string, std::size_t>> votes;
  for (std::size_t k = 0; k < kLanguageSlices; ++k) {
    std::size_t begin = k * (text.size() - slice) / (kLanguageSlices - 1);
    std::size_t end = begin + slice;
    // Whole characters only: CLD2 stops at the first invalid UTF-8.
    while (begin < end && !starts_character(text[begin])) ++begin;
    while (end > begin && end < text.size() && !starts_character(text[end])) --end;
    LanguageGuess guess = identify_language(text.substr(begin, end - begin));
    const std::size_t weight = (end - begin) * static_cast<std::size_t>(guess.percent);
    auto found = std::find_if(votes.begin(), votes.end(),
                              [&](const auto& vote) { return vote.first == guess.code; });
    if (found == votes.end()) {
      votes.emplace_back(std::move(guess.code), weight);
    } else {
      found->second += weight;
    }
  }
  return std::max_element(votes.begin(), votes.end(),
                          [](const auto& x, const auto& y) { return x.second < y.second; })
      ->first;
}

// Room for `needed` elements, and when that means growing, for as many as the whole text will
// need at the rate seen so far, plus a margin: one allocation of the right size instead of
// doubling, which would leave up to half of the largest tables of the corpus unused, and hold
// the old and new copies at once while growing.
template <typename Table>
void reserve_projected(Table& table, std::size_t needed, std::size_t bytes_done,
                       std::size_t bytes_total) {
  constexpr std::size_t kMinBytesForProjection = 1 << 20;
  constexpr double kMargin = 1.03;
  if (needed <= table.capacity()) return;
  if (bytes_done < std::min(kMinBytesForProjection, bytes_total)) {
    table.reserve(std::max(needed, 2 * table.capacity()));
    return;
  }
  const double projected = static_cast<double>(needed) * static_cast<double>(bytes_total) /
                           static_cast<double>(bytes_done) * kMargin;
  table.reserve(std::max(needed, static_cast<std::size_t>(projected)));
}

}  // namespace

CorpusBuilder::CorpusBuilder(IngestOptions options)
    : options_(std::move(options)), corpus_(std::make_unique<Corpus>()) {}
CorpusBuilder::~CorpusBuilder() = default;

void CorpusBuilder::add(SourceFile file) {
  if (next_to_index_ > 0) restart_indexing();
  // Postings begun (or done) are of a stream this file's documents will change.
  reset_postings();
  progress_.files_total += 1;
  progress_.bytes_total += file.bytes.size();
  queue_.push_back(std::move(file));
  update_phase();
}

bool CorpusBuilder::step(std::chrono::microseconds budget) {
  const auto deadline = std::chrono::steady_clock::now() + budget;
  do {
    if (!queue_.empty()) {
      SourceFile file = std::move(queue_.front());
      queue_.pop_front();
      read_file(std::move(file));
    } else if (next_to_index_ < read_.size()) {
      index_document(std::move(read_[next_to_index_++]));
    } else if (!placed_all_) {
      place_postings();
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
  std::shared_ptr<const Corpus> done = std::move(corpus_);
  corpus_ = std::make_unique<Corpus>();
  read_.clear();
  next_to_index_ = 0;
  repeated_lines_ = RepeatedLines();
  spellings_.clear();
  reset_postings();
  progress_ = {};
  return done;
}

void CorpusBuilder::update_phase() {
  progress_.phase = !queue_.empty()                 ? BuildPhase::reading
                    : next_to_index_ < read_.size() ? BuildPhase::indexing
                    : !placed_all_                  ? BuildPhase::postings
                                                    : BuildPhase::done;
}

void CorpusBuilder::read_file(SourceFile&& file) {
  const std::string path = file.path;
  progress_.files_done += 1;
  progress_.bytes_done += file.bytes.size();
  ReadResult read = read_source(std::move(file), options_);
  ImportReport& report = corpus_->report_;
  for (ImportIssue& skipped : read.skipped_records) report.skipped.push_back(std::move(skipped));
  if (!read.skip_reason.empty()) {
    report.skipped.push_back({path, std::move(read.skip_reason)});
    return;
  }
  for (std::string& warning : read.warnings) {
    report.warnings.push_back({path, std::move(warning)});
  }
  report.read.push_back(path);
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
  spellings_.clear();
  corpus_->report_ = std::move(report);
  progress_.documents_done = 0;
  progress_.text_bytes_done = 0;
}

void CorpusBuilder::index_document(Document&& document) {
  Corpus& corpus = *corpus_;
  if (document.language.empty()) document.language = document_language(document.text);
  document.boilerplate = find_boilerplate(document.text, repeated_lines_);

  Segmentation segmentation = segmenter_.segment(document.text, document.language);
  progress_.documents_done += 1;
  progress_.text_bytes_done += document.text.size();
  reserve_for(segmentation.tokens.size(), segmentation.sentences.size());
  DocumentEntry entry;
  entry.first_token = static_cast<CorpusPos>(corpus.terms_.size());
  entry.first_sentence = static_cast<std::uint32_t>(corpus.sentences_.size());

  // Tokens inside boilerplate lines are not indexed, and sentences left without a token (the
  // boilerplate lines themselves) are not either.
  const std::string_view text = document.text;
  SpanCursor boilerplate(document.boilerplate);
  std::size_t token = 0;
  for (const SentenceSpan& sentence : segmentation.sentences) {
    const std::uint32_t sentence_end = sentence.offset + sentence.length;
    bool had_tokens = false;
    bool kept_tokens = false;
    for (; token < segmentation.tokens.size() && segmentation.tokens[token].offset < sentence_end;
         ++token) {
      const TokenSpan& span = segmentation.tokens[token];
      had_tokens = true;
      if (boilerplate.inside(span.offset, span.length)) continue;
      kept_tokens = true;
      const TermId id = spellings_.intern(text, span.offset, span.length, corpus.lexicon_);
      if (to_index(id) >= corpus.term_frequencies_.size()) {
        corpus.term_frequencies_.push_back(0);
        corpus.number_frequencies_.push_back(0);
      }
      corpus.term_frequencies_[to_index(id)] += 1;
      if (span.kind == TokenKind::number) corpus.number_frequencies_[to_index(id)] += 1;
      const bool starts_document = corpus.terms_.size() == to_index(entry.first_token);
      corpus.terms_.push_back(id);
      corpus.spans_.push_back(span, starts_document);
    }
    if (kept_tokens || !had_tokens) corpus.sentences_.push_back(sentence);
  }
  entry.token_count =
      static_cast<std::uint32_t>(corpus.terms_.size() - to_index(entry.first_token));
  entry.sentence_count =
      static_cast<std::uint32_t>(corpus.sentences_.size() - entry.first_sentence);
  entry.meta = std::move(document);
  corpus.documents_.push_back(std::move(entry));
}

void CorpusBuilder::reserve_for(std::size_t more_tokens, std::size_t more_sentences) {
  Corpus& corpus = *corpus_;
  const std::size_t done = progress_.text_bytes_done;
  const std::size_t total = progress_.text_bytes_total;
  reserve_projected(corpus.terms_, corpus.terms_.size() + more_tokens, done, total);
  reserve_projected(corpus.spans_, corpus.spans_.size() + more_tokens, done, total);
  reserve_projected(corpus.sentences_, corpus.sentences_.size() + more_sentences, done, total);
}

// The postings are a counting sort of the corpus stream by term: the term frequencies already
// are the sizes of the terms' runs, so the first unit lays out the runs, and each unit fills
// them with the next positions in order.
void CorpusBuilder::start_postings() {
  Corpus& corpus = *corpus_;
  const std::size_t terms = corpus.lexicon_.size();
  corpus.posting_offsets_.assign(terms + 1, 0);
  for (std::size_t t = 0; t < terms; ++t) {
    corpus.posting_offsets_[t + 1] = corpus.posting_offsets_[t] + corpus.term_frequencies_[t];
  }
  posting_cursor_.assign(corpus.posting_offsets_.begin(), corpus.posting_offsets_.end() - 1);
  corpus.postings_.resize(corpus.terms_.size());
  next_position_ = 0;
  postings_started_ = true;
  progress_.positions_total = corpus.terms_.size();
}

void CorpusBuilder::place_postings() {
  if (!postings_started_) start_postings();
  Corpus& corpus = *corpus_;
  const std::size_t end = std::min(corpus.terms_.size(), next_position_ + kPostingsPerUnit);
  for (std::size_t pos = next_position_; pos < end; ++pos) {
    corpus.postings_[posting_cursor_[to_index(corpus.terms_[pos])]++] = static_cast<CorpusPos>(pos);
  }
  next_position_ = end;
  progress_.positions_done = end;
  if (next_position_ < corpus.terms_.size()) return;
  placed_all_ = true;
  posting_cursor_ = {};
}

void CorpusBuilder::reset_postings() {
  posting_cursor_ = {};
  next_position_ = 0;
  postings_started_ = false;
  placed_all_ = false;
}

}  // namespace lectern
