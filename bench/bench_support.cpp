#include "bench_support.h"

#include <algorithm>
#include <ctime>
#include <fstream>
#include <sstream>

#include <malloc.h>

#ifdef __EMSCRIPTEN__
#include <emscripten/em_js.h>
#include <emscripten/heap.h>
#else
#include <sched.h>
#include <sys/resource.h>
#endif

#ifdef __EMSCRIPTEN__
// Emscripten's clock() is wall time; Node knows the process's CPU time (user and system, in
// microseconds, as clock() counts it natively). In a browser there is no such clock.
EM_JS(double, node_cpu_seconds, (), {
  if (typeof process === 'undefined' || !process.cpuUsage) return -1;
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
});
#endif

namespace lectern::bench {

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<SourceFile> read_folder(const std::filesystem::path& root) {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<SourceFile> files;
  for (const auto& path : paths) {
    std::ifstream stream(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    files.push_back({path.lexically_relative(root).generic_string(), std::move(bytes).str()});
  }
  return files;
}

std::vector<SourceFile> replicate(const std::vector<SourceFile>& files, std::size_t target_bytes) {
  std::vector<SourceFile> copies;
  std::size_t bytes = 0;
  for (int copy = 0; bytes < target_bytes && !files.empty(); ++copy) {
    for (const SourceFile& file : files) {
      copies.push_back({std::to_string(copy) + "/" + file.path, file.bytes});
      bytes += file.bytes.size();
    }
  }
  return copies;
}

std::size_t total_bytes(const std::vector<SourceFile>& files) {
  std::size_t bytes = 0;
  for (const SourceFile& file : files) bytes += file.bytes.size();
  return bytes;
}

std::size_t byte_scan(const std::vector<SourceFile>& files) {
  std::size_t lines = 0;
  for (const SourceFile& file : files) {
    lines += static_cast<std::size_t>(std::count(file.bytes.begin(), file.bytes.end(), '\n'));
  }
  return lines;
}

double median_seconds(int runs, const std::function<void()>& work) {
  work();
  std::vector<double> times;
  for (int run = 0; run < runs; ++run) {
    const auto start = Clock::now();
    work();
    times.push_back(seconds_since(start));
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

Timing time_run(const std::function<void()>& work) {
  const auto start = Clock::now();
  const double cpu_start = cpu_seconds();
  work();
  return {seconds_since(start), cpu_seconds() - cpu_start};
}

Timings time_runs(int count, const std::function<void()>& work) {
  Timings timings;
  for (int run = 0; run < count; ++run) timings.runs.push_back(time_run(work));
  return timings;
}

Timing Timings::fastest() const {
  return *std::min_element(runs.begin(), runs.end(), [](const Timing& a, const Timing& b) {
    return a.wall_seconds < b.wall_seconds;
  });
}

double Timings::median_wall_seconds() const {
  std::vector<double> walls;
  for (const Timing& run : runs) walls.push_back(run.wall_seconds);
  std::sort(walls.begin(), walls.end());
  return walls[walls.size() / 2];
}

double Timings::slowest_wall_seconds() const {
  double slowest = 0;
  for (const Timing& run : runs) slowest = std::max(slowest, run.wall_seconds);
  return slowest;
}

int pin_to_current_cpu() {
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
  const int cpu = sched_getcpu();
  if (cpu < 0) return -1;
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(cpu, &set);
  return sched_setaffinity(0, sizeof set, &set) == 0 ? cpu : -1;
#else
  return -1;
#endif
}

double cpu_seconds() {
#ifdef __EMSCRIPTEN__
  const double node_seconds = node_cpu_seconds();
  if (node_seconds >= 0) return node_seconds;
#endif
  return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

std::size_t peak_memory_bytes() {
#ifdef __EMSCRIPTEN__
  return emscripten_get_heap_size();
#else
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::size_t>(usage.ru_maxrss) * 1024;  // Linux reports kilobytes
#endif
}

std::size_t allocated_bytes() {
#ifdef __EMSCRIPTEN__
  return static_cast<std::size_t>(mallinfo().uordblks);  // emscripten's dlmalloc has no mallinfo2
#else
  const struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;  // large blocks are mmapped apart from the heap
#endif
}

const char* verdict(bool met) { return met ? "PASS" : "MISS"; }

}  // namespace lectern::bench
