// All browser glue: the C functions shell/lectern.js calls, the JS this code calls (EM_JS), and
// the embedded file system. Implements platform.h for Emscripten.
#include <emscripten.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "app.h"
#include "platform.h"

namespace {

// Paths given to --embed-file in web/CMakeLists.txt.
constexpr const char* kCorpusDir = "/corpus";
constexpr const char* kFontPath = "/fonts/DejaVuSans.ttf";

lectern::App* g_app = nullptr;
std::string g_state_json;  // lectern_state_json()'s last answer, alive until the next call

// The JS side of these lives in shell/lectern.js.
EM_JS(void, js_open_files, (), { Module["lecternOpenFiles"](); });
EM_JS(void, js_corpus_drawn, (), { Module["lecternCorpusDrawn"](); });

// Through Browser.setCanvasSize, which GLFW listens to, so the GLFW window (and ImGui's display
// size) follows. Not glfwSetWindowSize: it asks for fullscreen when the size equals the screen's,
// as a maximised or headless browser window's does.
EM_JS(void, js_fit_canvas, (), {
  var canvas = Module["canvas"];
  if (canvas.width != window.innerWidth || canvas.height != window.innerHeight) {
    Browser.setCanvasSize(window.innerWidth, window.innerHeight);
  }
});

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

nlohmann::json to_json(const lectern::AppStatus& s) {
  return {
      {"documents", s.documents}, {"tokens", s.tokens},          {"types", s.types},
      {"languages", s.languages}, {"skipped", s.skipped},        {"files", s.files},
      {"progress", s.progress},   {"building", s.building},      {"view", s.view},
      {"views", s.views},         {"icuMessage", s.icu_message},
  };
}

}  // namespace

namespace lectern::platform {

const char* font_path() { return kFontPath; }

std::vector<SourceFile> bundled_corpus() {
  std::vector<SourceFile> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(kCorpusDir, error)) {
    if (!entry.is_regular_file()) continue;
    files.push_back({entry.path().filename().string(), read_file(entry.path())});
  }
  std::sort(files.begin(), files.end(),
            [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  return files;
}

void attach(App& app) { g_app = &app; }

void request_open_files() { js_open_files(); }

void notify_corpus_drawn() { js_corpus_drawn(); }

void fit_window_to_page() { js_fit_canvas(); }

void run_frames(void (*frame)()) {
  // 0 fps: follow requestAnimationFrame. true: unwind main() instead of returning from it.
  emscripten_set_main_loop(frame, 0, true);
}

}  // namespace lectern::platform

// Called from shell/lectern.js; names listed in -sEXPORTED_FUNCTIONS.
extern "C" {

// Copies size bytes (owned by the caller) as a new file called name. Returns 1 if queued.
EMSCRIPTEN_KEEPALIVE int lectern_add_file(const char* name, const std::uint8_t* bytes, int size) {
  if (g_app == nullptr || name == nullptr || size < 0 || (bytes == nullptr && size > 0)) return 0;
  const auto* first = reinterpret_cast<const char*>(bytes);
  g_app->add_file({name, std::string(first, first + size)});
  return 1;
}

// The app's state as JSON (see AppStatus); "null" before the app has started.
EMSCRIPTEN_KEEPALIVE const char* lectern_state_json() {
  // Replace, not throw, on invalid UTF-8: a throw would abort the module (no exceptions here).
  g_state_json =
      g_app == nullptr
          ? "null"
          : to_json(g_app->status()).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return g_state_json.c_str();
}

// Switches to the named view. Returns 1 if it exists.
EMSCRIPTEN_KEEPALIVE int lectern_show(const char* view) {
  return g_app != nullptr && view != nullptr && g_app->show(view) ? 1 : 0;
}

}  // extern "C"
