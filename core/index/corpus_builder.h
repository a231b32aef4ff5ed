// Builds a Corpus incrementally so a browser frame can do a slice of the work and draw progress,
// while the CLI simply calls finish().
//
//   CorpusBuilder builder;
//   for (auto& file : files) builder.add(std::move(file));
//   while (!builder.step(std::chrono::milliseconds(8))) draw_progress(builder.progress());
//   std::shared_ptr<const Corpus> corpus = builder.finish();
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <memory>

#include "index/corpus.h"
#include "ingest/document.h"
#include "text/segmenter.h"

namespace lectern {

struct BuildProgress {
  std::size_t files_done = 0;
  std::size_t files_total = 0;
  std::size_t bytes_done = 0;
  std::size_t bytes_total = 0;

  float fraction() const {
    return bytes_total == 0 ? 1.0f
                            : static_cast<float>(bytes_done) / static_cast<float>(bytes_total);
  }
};

class CorpusBuilder {
 public:
  CorpusBuilder();
  ~CorpusBuilder();

  // Queues a file; nothing is read until step() or finish().
  void add(SourceFile file);

  // Works until the queue is empty or the budget is spent (at least one file per call).
  // Returns true when every queued file has been indexed.
  bool step(std::chrono::microseconds budget);

  BuildProgress progress() const { return progress_; }

  // Indexes whatever is still queued and hands over the finished Corpus. The builder is empty
  // afterwards and can be reused.
  std::shared_ptr<const Corpus> finish();

 private:
  void index_file(SourceFile& file);
  void index_document(Document&& document);
  void build_postings();

  std::deque<SourceFile> queue_;
  std::unique_ptr<Corpus> corpus_;
  Segmenter segmenter_;
  BuildProgress progress_;
};

}  // namespace lectern
