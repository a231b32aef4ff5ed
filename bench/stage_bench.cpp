// Where ingest time goes: each stage of CorpusBuilder run on its own over the same documents,
// in MB/s of source text per second of CPU time and as a share of their sum. A diagnostic beside
// lectern_bench, for deciding what to make faster; not part of `make bench`. Two stages are what the builder
// avoids: it folds each spelling once (SurfaceTerms) rather than every token, and identifies
// long documents from slices of them rather than the whole text.
//
//   lectern_stage_bench FOLDER [target-MB]
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "bench_support.h"
#include "index/lexicon.h"
#include "index/surface_terms.h"
#include "ingest/boilerplate.h"
#include "ingest/read_source.h"
#include "text/language_id.h"
#include "text/segmenter.h"
#include "text/term_key.h"

namespace {

using namespace lectern;
using namespace lectern::bench;

struct Stage {
  const char* name;
  double seconds = 0;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: lectern_stage_bench FOLDER [target-MB]\n");
    return 2;
  }
  const double target_mb = argc > 2 ? std::atof(argv[2]) : 20.0;
  const std::vector<SourceFile> files =
      replicate(read_folder(argv[1]), static_cast<std::size_t>(target_mb * 1e6));
  const double mb = static_cast<double>(total_bytes(files)) / 1e6;
  std::vector<Stage> stages;
  const auto timed = [&](const char* name, const std::function<void()>& work) {
    // CPU time: steadier than wall time on a machine shared with other work.
    const std::clock_t start = std::clock();
    work();
    stages.push_back({name, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC});
  };

  std::size_t lines = 0;
  timed("byte scan (not a stage)", [&] { lines = byte_scan(files); });
  std::vector<Document> documents;
  timed("read_source (decode, metadata)", [&] {
    for (const SourceFile& file : files) {
      for (Document& d : read_source(file).documents) documents.push_back(std::move(d));
    }
  });
  RepeatedLines repeated;
  timed("RepeatedLines::add_document", [&] {
    for (const Document& d : documents) repeated.add_document(d.text);
  });
  std::size_t boilerplate = 0;
  timed("find_boilerplate", [&] {
    for (const Document& d : documents) boilerplate += find_boilerplate(d.text, repeated).size();
  });
  timed("identify_language, whole text", [&] {
    for (Document& d : documents) d.language = identify_language(d.text).code;
  });
  // ICU alone, for comparison with the fast paths for plain ASCII runs of words and sentences
  // without combining marks (text/plain_words.h, text/plain_sentences.h).
  Segmenter icu_segmenter(Segmenter::Path::icu_only);
  std::size_t icu_tokens = 0;
  timed("Segmenter::segment, ICU only", [&] {
    for (const Document& d : documents) {
      icu_tokens += icu_segmenter.segment(d.text, d.language).tokens.size();
    }
  });
  Segmenter segmenter;
  std::vector<Segmentation> segmentations;
  timed("Segmenter::segment", [&] {
    for (const Document& d : documents)
      segmentations.push_back(segmenter.segment(d.text, d.language));
  });
  std::size_t tokens = 0;
  timed("term_key, every token", [&] {
    for (std::size_t i = 0; i < documents.size(); ++i) {
      const std::string_view text = documents[i].text;
      for (const TokenSpan& t : segmentations[i].tokens) {
        tokens += term_key(text.substr(t.offset, t.length)).size() > 0 ? 1 : 0;
      }
    }
  });
  Lexicon lexicon;
  SurfaceTerms spellings;
  timed("SurfaceTerms::intern (the builder)", [&] {
    for (std::size_t i = 0; i < documents.size(); ++i) {
      const std::string_view text = documents[i].text;
      for (const TokenSpan& t : segmentations[i].tokens) {
        spellings.intern(text, t.offset, t.length, lexicon);
      }
    }
  });
  double total = 0;
  for (std::size_t i = 1; i < stages.size(); ++i) total += stages[i].seconds;
  std::printf("%.1f MB, %zu documents, %zu tokens, %zu types, %zu boilerplate lines\n", mb,
              documents.size(), tokens, lexicon.size(), boilerplate);
  for (std::size_t i = 0; i < stages.size(); ++i) {
    std::printf("  %-32s %8.3f s %9.1f MB/s %5.1f%%\n", stages[i].name, stages[i].seconds,
                mb / stages[i].seconds, i == 0 ? 0.0 : 100 * stages[i].seconds / total);
  }
  std::printf("  %-32s %8.3f s %9.1f MB/s\n", "all stages", total, mb / total);
  return 0;
}
