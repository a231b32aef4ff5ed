// The browser app's model and frame: the files the user gave, the Corpus built from them, the
// build in progress, the shared Filter with its history, the Selection it gives, and the views.
// Each frame advances the build by a slice (so the page stays responsive), swaps in a finished
// Corpus whole, then draws menu bar, filter chips, the current view and the status bar, and
// finally applies what the view asked for (a new filter, opening the Reader, ...).
//
//   App app(check_icu_data(), settings);
//   app.add_files(platform::bundled_corpus());
//   every frame: ImGui::NewFrame(); app.frame(); ImGui::Render(); ...
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/summary.h"
#include "filter.h"
#include "index/corpus_builder.h"
#include "ingest/source_fingerprint.h"
#include "selection.h"
#include "settings.h"
#include "views/views.h"

namespace lectern {

class App {
 public:
  App(std::string icu_message, Settings settings);

  // Queues files for indexing; the current corpus stays on screen until the new one is ready.
  void add_file(SourceFile file);
  void add_files(std::vector<SourceFile> files);
  // Takes out the files that gave these documents (a record of a multi-record file takes its
  // whole file) and rebuilds. Returns the number of files removed.
  std::size_t remove_documents(const std::vector<std::string>& ids);
  // Text pasted into the page outside a text field, or typed in Paste text: a new document.
  void add_pasted_text(std::string text);
  // Stops the build in progress; the files it was adding are dropped, the corpus stays. False
  // when there was no build to stop.
  bool cancel_build();

  // Switches to the view with this id; false if there is none.
  bool show(std::string_view view_name);
  void set_filter(Filter filter);
  void back();
  void forward();
  // Opens the Reader at a byte offset of the document with this id; false if there is none.
  bool open_document(std::string_view id, std::uint32_t offset);
  // A view's own setting, as its widgets would change it.
  bool set_view_setting(std::string_view view, const std::string& key, const nlohmann::json& value);

  void set_settings(Settings settings);
  const Settings& settings() const { return settings_; }

  // One frame, between ImGui::NewFrame() and ImGui::Render().
  void frame();

  // Whether a build is in progress, and a slice of it outside a drawn frame (see main.cpp).
  bool building() const { return building_; }
  void build_for(std::chrono::microseconds budget);

  // True once a frame has drawn a corpus.
  bool has_drawn_corpus() const { return drawn_corpus_; }
  // The corpus on screen (null before the first) and its number, for the fonts (main.cpp).
  const std::shared_ptr<const Corpus>& corpus() const { return corpus_; }
  std::uint64_t corpus_serial() const { return corpus_serial_; }
  // What the fonts report (UiFonts::state, lectern.state().fonts) and their notice for the
  // status bar (characters without glyphs; empty when none).
  void set_font_status(nlohmann::json state, std::string notice);

  // What lectern.state() answers: counts, the view and its state, the filter and its chips.
  nlohmann::json status() const;
  // The current view's table in CSV or JSON; empty when the view shows no table.
  std::string export_table(std::string_view format, std::string& file_name) const;
  // The view and filter, for the page's URL (view, q, lang, date, doc).
  nlohmann::json location() const;

  // ---- persistence, export, sharing (settings.h, session.h, views/row_picks.h) --------------
  static constexpr const char* kSessionFileName = "lectern-session.json";
  // Shown in the status bar: something the page could not do (storage, clipboard).
  void show_message(std::string message) { message_ = std::move(message); }
  // The fingerprint of the files the current corpus was built from ("" before the first).
  const std::string& corpus_fingerprint() const { return corpus_fingerprint_; }
  // The session file (session.h) of what is on screen now.
  std::string session_file() const;
  // Checks a session file and applies what fits: {ok, error} or {ok, warnings}.
  nlohmann::json import_session(const std::string& text);
  // Saves the current view's rectangle as a PNG once the next frame is drawn (after_render);
  // answers {name, width, height} of the image to come.
  nlohmann::json request_view_image();
  // Right after the frame's draw data is rendered, while the canvas still holds it.
  void after_render(int framebuffer_height);
  // Picks rows of the current view's table (numbers into its rows); false without a table.
  bool pick_rows(const std::vector<std::size_t>& rows);
  // The current view's picked rows as tab-separated text, with the header; "" when none.
  std::string picked_rows_text() const;
  // Copies them to the clipboard; answers the text, or null when nothing is picked.
  nlohmann::json copy_picked_rows();
  // An <iframe> of the page's URL for what is on screen: copied, shown in a dialog, answered.
  nlohmann::json copy_embed_code();

 private:
  static constexpr std::chrono::microseconds kBuildSlice{8000};

  View& current_view() { return *views_[current_view_]; }
  void start_build();
  void swap_in(std::shared_ptr<const Corpus> corpus);
  void reselect();
  void apply(ViewRequests& requests);
  void draw_menu_bar();
  void draw_filter_bar();
  void draw_filter_popup();
  void draw_body(float status_bar_height);
  void draw_status_bar(float height);
  void draw_paste_window();
  void export_current(std::string_view format);
  void adopt_corpus_settings();
  void save_corpus_settings() const;
  void draw_embed_window();

  struct Rect {
    float x = 0, y = 0, width = 0, height = 0;
  };

  // A file the user gave, with its part of the corpus fingerprint, made once as it arrived.
  struct CorpusFile {
    SourceFile source;
    SourceDigest digest;
  };

  std::vector<CorpusFile> files_;    // what the current corpus was built from
  std::vector<CorpusFile> pending_;  // what the build in progress is building from
  std::unique_ptr<CorpusBuilder> builder_;
  bool building_ = false;
  std::shared_ptr<const Corpus> corpus_;
  std::uint64_t corpus_serial_ = 0;
  CorpusSummary summary_;  // of corpus_, computed once per swap

  FilterHistory history_;
  Selection selection_;
  std::uint64_t selection_serial_ = 0;
  std::uint64_t reader_serial_ = 0;

  std::vector<std::unique_ptr<View>> views_;
  std::size_t current_view_ = 0;
  ViewRequests requests_;  // what this frame's widgets asked for, applied at its end

  // The filter popup's fields, typed but not yet applied.
  std::string date_from_edit_;
  std::string date_to_edit_;
  bool paste_open_ = false;
  std::string paste_text_;
  std::size_t pasted_count_ = 0;

  Settings settings_;
  std::string corpus_fingerprint_;  // of files_, the key of what is saved for this corpus
  Rect view_rect_;                  // the body window the current view draws in, last frame
  bool view_image_requested_ = false;
  bool embed_open_ = false;
  std::string embed_code_;
  std::string icu_message_;
  std::string message_;  // the last thing that went wrong with something the user asked for
  nlohmann::json font_state_;
  std::string font_notice_;
  bool drawn_corpus_ = false;
  double last_frame_ms_ = 0;
  double slowest_frame_ms_ = 0;  // since the first corpus was drawn
};

}  // namespace lectern
