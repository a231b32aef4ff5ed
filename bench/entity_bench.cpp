// Entity extraction on its own, for making it faster: a corpus built once, then
// extract_entities() run several times, its CPU time against the build's (CPU time, which a
// shared machine disturbs less than wall time), and a fingerprint of the result, so a change
// meant only to be faster can be checked to find exactly what it found before. A diagnostic
// beside lectern_bench, not part of `make bench`; run it under `perf record` to see where the
// time goes, as the extraction runs outweigh the one build.
//
//   lectern_entity_bench FOLDER [target-MB] [runs]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "bench_support.h"
#include "extract/entities.h"
#include "extract/entity_extraction.h"
#include "extract/gazetteer.h"
#include "extract/name_key.h"
#include "extract/word_lists.h"
#include "index/corpus_builder.h"
#include "ingest/read_source.h"

namespace {

using namespace lectern;
using namespace lectern::bench;

// bench_support's CPU time: under Node the process's (Emscripten's clock() is wall time there).
double cpu_seconds_since(double start) { return cpu_seconds() - start; }

// CPU time by phase of work done a unit at a time, in phase order, the clock read only when the
// phase changes (under Node a reading is a call out to JavaScript of some microseconds, and a
// run has thousands of units): at() after each unit with the phase then at hand.
class PhaseTimes {
 public:
  explicit PhaseTimes(std::string phase) : phase_(std::move(phase)), start_(cpu_seconds()) {}

  void at(const std::string& phase) {
    if (phase == phase_) return;
    const double now = cpu_seconds();
    times_.emplace_back(phase_, now - start_);
    phase_ = phase;
    start_ = now;
  }

  // The phases with their seconds, the one at hand closed now.
  std::vector<std::pair<std::string, double>> finish() {
    times_.emplace_back(phase_, cpu_seconds() - start_);
    return std::move(times_);
  }

 private:
  std::vector<std::pair<std::string, double>> times_;
  std::string phase_;
  double start_;
};

const char* build_phase_name(BuildPhase phase) {
  switch (phase) {
    case BuildPhase::reading: return "reading";
    case BuildPhase::indexing: return "indexing";
    case BuildPhase::postings: return "postings";
    case BuildPhase::done: return "done";
  }
  return "";
}

// FNV-1a over everything a caller of extract_entities() can see.
struct Fingerprint {
  std::uint64_t value = 1469598103934665603ULL;
  void add(std::string_view bytes) {
    for (const char c : bytes) {
      value ^= static_cast<unsigned char>(c);
      value *= 1099511628211ULL;
    }
    add_number(0xFF);
  }
  void add_number(std::uint64_t number) {
    for (int i = 0; i < 8; ++i) {
      value ^= (number >> (i * 8)) & 0xFF;
      value *= 1099511628211ULL;
    }
  }
};

std::uint64_t fingerprint(const Entities& found) {
  Fingerprint f;
  for (const EntityForm& form : found.forms) {
    f.add(form.text);
    f.add(form.key);
    f.add_number(form.mentions);
  }
  for (const Entity& e : found.entities) {
    f.add(e.name);
    f.add_number(static_cast<std::uint64_t>(e.type));
    for (const std::uint32_t form : e.forms) f.add_number(form);
    f.add_number(e.mentions);
    for (const DocCount& d : e.docs) f.add_number(to_index(d.doc) * 1000003ULL + d.mentions);
    for (const Evidence& ev : e.evidence) {
      f.add_number(static_cast<std::uint64_t>(ev.kind));
      f.add(ev.detail);
      f.add_number(ev.count);
    }
    for (const Merge& m : e.merges) {
      f.add(m.from);
      f.add(m.into);
      f.add_number(static_cast<std::uint64_t>(m.reason));
    }
  }
  for (const EntityMention& m : found.mentions) {
    f.add_number(to_index(m.doc));
    f.add_number(to_index(m.first));
    f.add_number(m.tokens);
    f.add_number(m.offset);
    f.add_number(m.length);
    f.add_number(m.sentence);
    f.add_number(m.form);
    f.add_number(m.entity);
  }
  return f.value;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: lectern_entity_bench FOLDER [target-MB] [runs]\n");
    return 2;
  }
  const double target_mb = argc > 2 ? std::atof(argv[2]) : 100.0;
  const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;
  std::vector<SourceFile> files =
      replicate(read_folder(argv[1]), static_cast<std::size_t>(target_mb * 1e6));
  const double mb = static_cast<double>(total_bytes(files)) / 1e6;

  // The tables extraction builds on first use in a program, each timed: in the web app each is
  // one unit of EntityExtraction's work, so none should take a frame's 50 ms.
  const auto table = [](const char* name, const std::function<void()>& build) {
    const auto start = Clock::now();
    build();
    std::printf("  first use of %-24s %.1f ms\n", name, seconds_since(start) * 1e3);
  };
  table("the word lists", [] { entity_word_lists(); });
  table("the gazetteer", [] { gazetteer(); });
  {
    // As EntityExtraction builds it, a part a step; a name of another script than Latin and
    // Cyrillic would build ICU's compound transform later, when the first comes.
    double longest = 0;
    int parts = 0;
    bool done = false;
    while (!done) {
      const auto start = Clock::now();
      done = build_name_key_part();
      longest = std::max(longest, seconds_since(start));
      ++parts;
    }
    std::printf("  the name-key transform a part at a time: %d parts, the longest %.1f ms\n", parts, longest * 1e3);
  }
  {
    GazetteerBuilder builder;  // as EntityExtraction builds it, a unit a step
    double longest = 0;
    std::size_t longest_unit = 0;
    std::size_t units = 0;
    bool done = false;
    while (!done) {
      const auto start = Clock::now();
      done = builder.step();
      if (seconds_since(start) > longest) longest_unit = units;
      longest = std::max(longest, seconds_since(start));
      ++units;
    }
    std::printf("  the gazetteer a unit at a time: %zu units, the longest %.1f ms (unit %zu)\n", units, longest * 1e3, longest_unit);
  }

  // The build a unit at a time, as the web app runs it, with the CPU time of each phase (for
  // the progress bar's shares, BuildProgress::kReadShare and kPostingsShare).
  const double ingest_start = cpu_seconds();
  CorpusBuilder builder;
  for (SourceFile& file : files) builder.add(std::move(file));
  files.clear();
  PhaseTimes build_phases(build_phase_name(builder.progress().phase));
  while (!builder.step(std::chrono::microseconds(0))) build_phases.at(build_phase_name(builder.progress().phase));
  const auto ingest_phases = build_phases.finish();
  const std::shared_ptr<const Corpus> corpus = builder.finish();
  const double ingest_cpu = cpu_seconds_since(ingest_start);

  std::vector<double> times;
  std::uint64_t print = 0;
  std::size_t entities = 0;
  std::size_t mentions = 0;
  // CPU time by phase (EntityExtraction::phase_name()) of the fastest run, a unit at a time as
  // the web app runs it.
  std::vector<std::pair<std::string, double>> fastest_phases;
  for (int run = 0; run < runs; ++run) {
    const double start = cpu_seconds();
    EntityExtraction extraction(*corpus);
    PhaseTimes phases(extraction.phase_name());
    while (!extraction.done()) {
      extraction.step(std::chrono::microseconds(0));
      phases.at(extraction.phase_name());
    }
    const Entities found = extraction.result();
    times.push_back(cpu_seconds_since(start));
    // The last "phase" is done, entered as the work ended: nothing to time.
    std::vector<std::pair<std::string, double>> run_phases = phases.finish();
    run_phases.pop_back();
    if (times.back() <= *std::min_element(times.begin(), times.end())) fastest_phases = std::move(run_phases);
    print = fingerprint(found);
    entities = found.entities.size();
    mentions = found.mentions.size();
  }
  std::sort(times.begin(), times.end());
  const double median = times[times.size() / 2];
  std::printf("lectern_entity_bench: %.1f MB, %zu documents, %zu tokens\n", mb,
              corpus->document_count(), corpus->token_count());
  std::printf("  ingest CPU            %.2f s\n", ingest_cpu);
  std::printf("  ingest by phase      ");
  for (const auto& [phase, seconds] : ingest_phases) {
    std::printf(" %s %.0f ms (%.0f%%),", phase.c_str(), seconds * 1e3, 100 * seconds / ingest_cpu);
  }
  std::printf("\n");
  std::printf("  extraction CPU        %.3f s median of %d (fastest %.3f s) = %.0f%% of ingest\n",
              median, runs, times.front(), 100 * median / ingest_cpu);
  std::printf("  result                %zu entities, %zu mentions, fingerprint %016llx\n", entities,
              mentions, static_cast<unsigned long long>(print));
  std::printf("  fastest run by phase ");
  for (const auto& [phase, seconds] : fastest_phases) std::printf(" %s %.0f ms,", phase.c_str(), seconds * 1e3);
  std::printf("\n");
  return 0;
}
