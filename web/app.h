// The browser app's model and frame: the files the user gave, the Corpus built from them, the
// build in progress and the views. Each frame advances the build by a slice (so the page stays
// responsive), swaps in a finished Corpus whole, then draws menu bar, current view and status.
//
//   App app(check_icu_data());
//   app.add_files(platform::bundled_corpus());
//   every frame: ImGui::NewFrame(); app.frame(); ImGui::Render(); ...
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/summary.h"
#include "index/corpus_builder.h"
#include "views/views.h"

namespace lectern {

// What the page can ask about through lectern.state().
struct AppStatus {
  std::size_t documents = 0;
  std::size_t tokens = 0;
  std::size_t types = 0;
  std::map<std::string, std::size_t> languages;
  std::size_t skipped = 0;  // files that gave no document
  std::size_t files = 0;    // files given so far, indexed or not
  float progress = 1.0f;    // of the build in progress; 1 when idle
  bool building = false;
  std::string view;
  std::vector<std::string> views;
  std::string icu_message;  // empty when ICU's data is usable
};

class App {
 public:
  // icu_message: check_icu_data()'s verdict, shown in the UI when not empty.
  explicit App(std::string icu_message);

  // Queues files for indexing; the current corpus stays on screen until the new one is ready.
  void add_file(SourceFile file);
  void add_files(std::vector<SourceFile> files);

  // Switches to the view with this id; false if there is none.
  bool show(std::string_view view_name);

  // One frame, between ImGui::NewFrame() and ImGui::Render().
  void frame();

  // True once a frame has drawn a corpus.
  bool has_drawn_corpus() const { return drawn_corpus_; }

  AppStatus status() const;

 private:
  static constexpr std::chrono::microseconds kBuildSlice{8000};

  void advance_build();
  void swap_in(std::shared_ptr<const Corpus> corpus);
  void draw_menu_bar();
  void draw_body(float status_bar_height);
  void draw_status_bar(float height);

  std::vector<SourceFile> files_;  // everything given, to rebuild from
  CorpusBuilder builder_;
  bool building_ = false;
  std::shared_ptr<const Corpus> corpus_;
  CorpusSummary summary_;  // of corpus_, computed once per swap

  std::vector<std::unique_ptr<View>> views_;
  std::size_t current_view_ = 0;

  std::string icu_message_;
  bool drawn_corpus_ = false;
};

}  // namespace lectern
