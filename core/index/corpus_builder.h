// Builds a Corpus incrementally so a browser frame can do a slice of the work and draw progress,
// while the CLI simply calls finish().
//
//   CorpusBuilder builder(options);
//   for (auto& file : files) builder.add(std::move(file));
//   while (!builder.step(std::chrono::milliseconds(8))) draw_progress(builder.progress());
//   std::shared_ptr<const Corpus> corpus = builder.finish();
//
// Work goes in three phases, each a unit at a time so step(budget) stays small:
//  1. reading: each queued file is decoded and split into documents, and the lines of each
//     document are counted across the corpus (boilerplate.h's RepeatedLines);
//  2. indexing: each document's boilerplate lines are marked (which needs the counts of every
//     document, hence the phases), then its other tokens are segmented and indexed;
//  3. postings: the corpus stream sorted by term, kPostingsPerUnit positions a unit (all of
//     SOTU's at once took 30 ms in wasm, the slowest frame of its indexing).
// A file added while indexing sends the builder back to reading, and what was indexed is
// indexed again with the new counts, so the result never depends on when files arrived.
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <memory>
#include <vector>

#include "index/corpus.h"
#include "index/surface_terms.h"
#include "ingest/boilerplate.h"
#include "ingest/document.h"
#include "ingest/ingest_options.h"
#include "text/segmenter.h"

namespace lectern {

enum class BuildPhase { reading, indexing, postings, done };

struct BuildProgress {
  BuildPhase phase = BuildPhase::done;
  std::size_t files_done = 0;  // read
  std::size_t files_total = 0;
  std::size_t bytes_done = 0;  // of the files read
  std::size_t bytes_total = 0;
  std::size_t documents_done = 0;   // indexed
  std::size_t documents_total = 0;  // read so far
  std::size_t text_bytes_done = 0;  // of the documents indexed
  std::size_t text_bytes_total = 0;
  std::size_t positions_done = 0;   // placed in the postings
  std::size_t positions_total = 0;  // 0 until the postings are laid out

  // Reading (decoding, parsing, metadata, counting lines) took 13% of the build time of the
  // seed corpus copied 200 times (3.7 MB; 0.13 s of 1.0 s), more for HTML and legacy charsets,
  // so the bar gives it that share: reading fills the first kReadShare, indexing the next part
  // and the postings the last kPostingsShare.
  static constexpr float kReadShare = 0.15f;
  // Placing the postings took 11-12% of the build's CPU time for State of the Union text (11 and
  // 100 MB) and 4% for the seed corpus copied to 3.7 MB (`lectern_entity_bench`'s ingest by
  // phase, native, 2026-11-23); the bar used to sit full through it.
  static constexpr float kPostingsShare = 0.1f;

  float fraction() const {
    if (phase == BuildPhase::reading) {
      return bytes_total == 0 ? 0.0f : kReadShare * share(bytes_done, bytes_total);
    }
    if (phase == BuildPhase::done) return 1.0f;
    const float indexing =
        kReadShare + (1.0f - kReadShare - kPostingsShare) * share(text_bytes_done, text_bytes_total);
    if (phase == BuildPhase::indexing) return indexing;
    const float placed = positions_total == 0 ? 0.0f : share(positions_done, positions_total);
    return indexing + kPostingsShare * placed;
  }

 private:
  static float share(std::size_t done, std::size_t total) {
    return total == 0 ? 1.0f : static_cast<float>(done) / static_cast<float>(total);
  }
};

class CorpusBuilder {
 public:
  explicit CorpusBuilder(IngestOptions options = {});
  ~CorpusBuilder();

  // Queues a file; nothing is read until step() or finish().
  void add(SourceFile file);

  // Works until everything is indexed or the budget is spent (at least one unit per call: a
  // file read, a document indexed or kPostingsPerUnit positions placed). Returns true when
  // every queued file has been indexed.
  bool step(std::chrono::microseconds budget);

  // About 4 ms of wasm's time.
  static constexpr std::size_t kPostingsPerUnit = std::size_t{1} << 18;

  BuildProgress progress() const { return progress_; }

  // Indexes whatever is still queued and hands over the finished Corpus. The builder is empty
  // afterwards and can be reused (with the same options).
  std::shared_ptr<const Corpus> finish();

 private:
  void read_file(SourceFile&& file);
  void index_document(Document&& document);
  void restart_indexing();
  void update_phase();
  void reserve_for(std::size_t more_tokens, std::size_t more_sentences);
  void start_postings();
  void place_postings();
  void reset_postings();

  IngestOptions options_;
  std::deque<SourceFile> queue_;
  std::vector<Document> read_;  // read and waiting to be indexed, from next_to_index_ on
  std::size_t next_to_index_ = 0;
  RepeatedLines repeated_lines_;
  std::unique_ptr<Corpus> corpus_;
  Segmenter segmenter_;
  SurfaceTerms spellings_;  // of corpus_'s lexicon
  // The postings under way: where the next position of each term goes, and the next position
  // to place; placed_all_ once every position is.
  std::vector<std::uint32_t> posting_cursor_;
  std::size_t next_position_ = 0;
  bool postings_started_ = false;
  bool placed_all_ = false;
  BuildProgress progress_;
};

}  // namespace lectern
