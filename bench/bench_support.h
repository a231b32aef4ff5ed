// What the benchmarks share: a folder read into SourceFiles and copied up to a target size,
// the byte scan every figure is compared with, a median timer and the peak memory.
// Each figure is printed beside a byte scan of the same bytes in the same run, so it says
// something on any machine, native or wasm.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "ingest/document.h"

namespace lectern::bench {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start);

// The process's CPU time so far, in seconds (steadier than wall time on a shared machine).
// Under Node from process.cpuUsage(), as Emscripten's clock() gives wall time; it then includes
// the engine's own threads (compiling the wasm in the background, for one).
double cpu_seconds();

// Every regular file under root, with its path relative to root, in path order (the order of
// a directory listing differs between file systems, and document order shows in the corpus).
std::vector<SourceFile> read_folder(const std::filesystem::path& root);

// Copies of files until at least target_bytes, copy k under "k/": the same text many times, so
// the vocabulary stays that of the originals while the token stream grows.
std::vector<SourceFile> replicate(const std::vector<SourceFile>& files, std::size_t target_bytes);

std::size_t total_bytes(const std::vector<SourceFile>& files);

// The floor any text pass must pay: touch every byte once (count line breaks).
std::size_t byte_scan(const std::vector<SourceFile>& files);

// Median wall time of runs calls of work, in seconds (one untimed warm-up call first).
double median_seconds(int runs, const std::function<void()>& work);

// Wall and CPU time of one run of a long piece of work.
struct Timing {
  double wall_seconds = 0;
  double cpu_seconds = 0;
};

// The times of several runs of a long piece of work, each measured alone. On a machine shared
// with other work, interference only ever adds time, so the fastest run is the best estimate of
// the work's own cost (Chen and Revels, "Robust benchmarking in noisy environments", 2016,
// arXiv:1608.04295); the median and the slowest are printed beside it to show the spread.
struct Timings {
  std::vector<Timing> runs;
  Timing fastest() const;
  double median_wall_seconds() const;
  double slowest_wall_seconds() const;
};

// Wall and CPU time of one call of work.
Timing time_run(const std::function<void()>& work);
// The times of count calls of work, one after the other.
Timings time_runs(int count, const std::function<void()>& work);

// Keeps the process on the CPU it is running on, natively on Linux, and returns that CPU's
// number; -1 where it cannot (under wasm). The targets are for one core, and a single-threaded
// run the scheduler moves between cores loses its caches each time: on the 2-core machine of
// bench/README.md unpinned ingest runs came out at 34-48 MB/s, pinned ones at 45-48 MB/s.
int pin_to_current_cpu();

// The process's peak memory so far, in bytes: the resident set high-water mark natively
// (getrusage's ru_maxrss), the size of the wasm heap under Emscripten (which only grows).
std::size_t peak_memory_bytes();

// Bytes malloc has handed out and not had back (mallinfo's uordblks, plus
// glibc's separately mapped large blocks): what is in use, without
// the high-water mark's transients, the allocator's free space or wasm's growth in steps.
std::size_t allocated_bytes();

// "where we stand" against a target: PASS or MISS.
const char* verdict(bool met);

}  // namespace lectern::bench
