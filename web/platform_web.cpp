// All browser glue: the C functions shell/lectern.js calls, the JS this code calls (EM_JS), and
// the embedded file system. Implements platform.h for Emscripten.
#include <emscripten.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "app.h"
#include "fonts.h"
#include "imgui.h"
#include "platform.h"
#include "session.h"

namespace {

// Paths given to --embed-file in web/CMakeLists.txt.
constexpr const char* kCorpusDir = "/corpus";
constexpr const char* kFontPath = "/fonts/DejaVuSans.ttf";

lectern::App* g_app = nullptr;
lectern::UiFonts* g_fonts = nullptr;
std::string g_reply;
std::string g_pasted_text;  // for the text field being edited, waiting for Ctrl's release
std::string g_clipboard;    // what ImGui last copied, which it reads back for its own pastes

// The JS side of these lives in shell/lectern.js. Strings JS returns are malloc'ed there and
// freed here.
EM_JS(void, js_open_files, (), { Module["lecternOpenFiles"](); });
EM_JS(void, js_open_folder, (), { Module["lecternOpenFolder"](); });
EM_JS(void, js_corpus_drawn, (), { Module["lecternCorpusDrawn"](); });
EM_JS(void, js_mark, (const char* step), { performance.mark("lectern:" + UTF8ToString(step)); });
EM_JS(void, js_frame_done, (double ms, int work), { Module["lecternFrameDone"](ms, work); });
EM_JS(void, js_started, (), { Module["lecternStarted"](); });
EM_JS(void, js_fetch_font, (), { Module["lecternFetchFont"](); });
EM_JS(char*, js_initial_location, (), {
  return allocateUTF8(JSON.stringify(Module["lecternInitialLocation"]()));
});
EM_JS(void, js_publish_location, (const char* json), {
  Module["lecternPublishLocation"](JSON.parse(UTF8ToString(json)));
});
EM_JS(char*, js_load_settings, (), {
  return allocateUTF8(Module["lecternLoadSettings"]() || "");
});
EM_JS(void, js_save_settings, (const char* json), {
  Module["lecternSaveSettings"](UTF8ToString(json));
});
EM_JS(char*, js_load_corpus_settings, (const char* fingerprint), {
  return allocateUTF8(Module["lecternLoadCorpusSettings"](UTF8ToString(fingerprint)) || "");
});
EM_JS(void, js_save_corpus_settings, (const char* fingerprint, const char* json), {
  Module["lecternSaveCorpusSettings"](UTF8ToString(fingerprint), UTF8ToString(json));
});
EM_JS(void, js_download_png, (const char* name, int width, int height, const unsigned char* rgba), {
  Module["lecternDownloadPng"](UTF8ToString(name), width, height,
                               HEAPU8.slice(rgba, rgba + width * height * 4));
});
EM_JS(void, js_import_session, (), { Module["lecternImportSession"](); });
EM_JS(char*, js_corpus_urls, (), {
  return allocateUTF8(JSON.stringify(Module["lecternCorpusUrls"]()));
});
EM_JS(char*, js_page_url_for, (const char* location), {
  return allocateUTF8(Module["lecternPageUrlFor"](JSON.parse(UTF8ToString(location))));
});
EM_JS(void, js_copy_to_clipboard, (const char* text), {
  Module["lecternCopyText"](UTF8ToString(text));
});
EM_JS(void, js_download, (const char* name, const char* mime, const char* bytes, int size), {
  Module["lecternDownload"](UTF8ToString(name), UTF8ToString(mime),
                            HEAPU8.slice(bytes, bytes + size));
});
EM_JS(double, js_device_pixel_ratio, (), { return window.devicePixelRatio || 1; });

// Through Browser.setCanvasSize, which GLFW listens to, so the GLFW window (and ImGui's display
// size) follows. Not glfwSetWindowSize: it asks for fullscreen when the size equals the screen's,
// as a maximised or headless browser window's does. The canvas's CSS size stays the page's
// (shell.html), its buffer has one pixel per physical pixel.
EM_JS(void, js_fit_canvas, (), {
  var canvas = Module["canvas"];
  var ratio = window.devicePixelRatio || 1;
  var width = Math.round(window.innerWidth * ratio);
  var height = Math.round(window.innerHeight * ratio);
  if (canvas.width != width || canvas.height != height) Browser.setCanvasSize(width, height);
});

std::string take_string(char* text) {
  std::string out = text != nullptr ? text : "";
  std::free(text);
  return out;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Replace, not throw, on invalid UTF-8: a throw would abort the module (no exceptions here).
const char* reply(const nlohmann::json& value) {
  g_reply = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return g_reply.c_str();
}

// One command from the page (lectern.* in shell/lectern.js): {"command": name, ...arguments}.
nlohmann::json run_command(lectern::App& app, const nlohmann::json& c) {
  const std::string command = lectern::json_string(c, "command");
  if (command == "setFilter") {
    app.set_filter(lectern::filter_from_json(c.value("filter", nlohmann::json::object())));
    return true;
  }
  if (command == "back") {
    app.back();
    return true;
  }
  if (command == "forward") {
    app.forward();
    return true;
  }
  if (command == "set") {
    return app.set_view_setting(lectern::json_string(c, "view"), lectern::json_string(c, "key"),
                                c.value("value", nlohmann::json()));
  }
  if (command == "open") {
    return app.open_document(lectern::json_string(c, "document"), c.value("offset", 0u));
  }
  if (command == "remove") return app.remove_documents(lectern::json_strings(c.value("documents", nlohmann::json())));
  if (command == "cancel") return app.cancel_build();
  if (command == "export") {
    std::string name;
    std::string body = app.export_table(lectern::json_string(c, "format"), name);
    if (body.empty()) return nullptr;
    return {{"name", name}, {"body", std::move(body)}};
  }
  if (command == "settings") {
    lectern::Settings settings = app.settings();
    if (c.contains("theme")) settings.dark = c["theme"] != "light";
    if (c.contains("textScale") && c["textScale"].is_number()) {
      settings.text_scale = std::clamp(c["textScale"].get<float>(), 0.75f, 2.0f);
    }
    app.set_settings(settings);
    lectern::platform::save_settings(lectern::to_json(settings));
    return true;
  }
  if (command == "message") {  // the page's own trouble (storage, clipboard) for the status bar
    app.show_message(lectern::json_string(c, "text"));
    return true;
  }
  if (command == "exportSession") {
    return {{"name", lectern::App::kSessionFileName}, {"body", app.session_file()}};
  }
  if (command == "importSession") return app.import_session(lectern::json_string(c, "text"));
  if (command == "saveImage") return app.request_view_image();
  if (command == "pick") {
    std::vector<std::size_t> rows;
    for (const auto& row : c.value("rows", nlohmann::json::array())) {
      if (row.is_number_unsigned()) rows.push_back(row.get<std::size_t>());
    }
    return app.pick_rows(rows);
  }
  // The page's copy event (Ctrl+C): the picked rows, unless a text field does its own copying.
  if (command == "copyText") {
    if (ImGui::GetIO().WantTextInput) return nullptr;
    const std::string text = app.picked_rows_text();
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
  }
  if (command == "copyRows") return app.copy_picked_rows();
  if (command == "embedCode") return app.copy_embed_code();
  if (command == "paste") {
    const std::string text = lectern::json_string(c, "text");
    // Into the text field being edited, as a native paste would; otherwise a new document.
    if (ImGui::GetIO().WantTextInput) {
      g_pasted_text += text;
      return "input";
    }
    app.add_pasted_text(text);
    return "document";
  }
  return nullptr;
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

std::string initial_location() { return take_string(js_initial_location()); }

void publish_location(const std::string& location_json) {
  js_publish_location(location_json.c_str());
}

std::string load_settings() { return take_string(js_load_settings()); }

void save_settings(const std::string& settings_json) { js_save_settings(settings_json.c_str()); }

std::string load_corpus_settings(const std::string& fingerprint) {
  return take_string(js_load_corpus_settings(fingerprint.c_str()));
}

void save_corpus_settings(const std::string& fingerprint, const std::string& json) {
  js_save_corpus_settings(fingerprint.c_str(), json.c_str());
}

void download_png(const std::string& file_name, int width, int height, const unsigned char* rgba) {
  js_download_png(file_name.c_str(), width, height, rgba);
}

void request_import_session() { js_import_session(); }

std::vector<std::string> corpus_urls() {
  return lectern::json_strings(nlohmann::json::parse(take_string(js_corpus_urls()), nullptr, false));
}

std::string page_url_for(const std::string& location_json) {
  return take_string(js_page_url_for(location_json.c_str()));
}

void copy_to_clipboard(const std::string& text) {
  g_clipboard = text;
  js_copy_to_clipboard(text.c_str());
}

float device_pixel_ratio() { return static_cast<float>(js_device_pixel_ratio()); }

void attach(App& app) {
  g_app = &app;
  // After ImGui's GLFW backend has set its own hooks, which reach only GLFW's private copy.
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = [](void*, const char* text) { copy_to_clipboard(text); };
  io.GetClipboardTextFn = [](void*) { return g_clipboard.c_str(); };
  js_started();
}

void attach_fonts(UiFonts& fonts) { g_fonts = &fonts; }

void request_fallback_font() { js_fetch_font(); }

void request_open_files() { js_open_files(); }

void request_open_folder() { js_open_folder(); }

void download(const std::string& file_name, const char* mime_type, std::string_view body) {
  js_download(file_name.c_str(), mime_type, body.data(), static_cast<int>(body.size()));
}

void mark(const char* step) { js_mark(step); }

void notify_corpus_drawn() { js_corpus_drawn(); }

void frame_done(double ms, FrameWork work) { js_frame_done(ms, static_cast<int>(work)); }

void deliver_pasted_text() {
  ImGuiIO& io = ImGui::GetIO();
  // ImGui ignores typed characters while Ctrl is down (they are shortcuts), and the paste event
  // comes while Ctrl+V is still held: the text waits for the key's release.
  if (g_pasted_text.empty() || io.KeyCtrl || io.KeySuper) return;
  io.AddInputCharactersUTF8(g_pasted_text.c_str());
  g_pasted_text.clear();
}

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

// The CJK font's size bytes (owned by the caller; 0 bytes: the page could not fetch it).
EMSCRIPTEN_KEEPALIVE int lectern_add_font(const std::uint8_t* bytes, int size) {
  if (g_fonts == nullptr || size < 0 || (bytes == nullptr && size > 0)) return 0;
  const auto* first = reinterpret_cast<const char*>(bytes);
  g_fonts->add_fallback(std::string(first, first + size));
  return 1;
}

// The app's state as JSON (see App::status); "null" before the app has started.
EMSCRIPTEN_KEEPALIVE const char* lectern_state_json() {
  return g_app == nullptr ? "null" : reply(g_app->status());
}

// Switches to the named view. Returns 1 if it exists.
EMSCRIPTEN_KEEPALIVE int lectern_show(const char* view) {
  return g_app != nullptr && view != nullptr && g_app->show(view) ? 1 : 0;
}

// Runs one command given as JSON (see run_command); answers JSON, null for an unknown command.
EMSCRIPTEN_KEEPALIVE const char* lectern_command(const char* json) {
  if (g_app == nullptr || json == nullptr) return "null";
  const nlohmann::json command = nlohmann::json::parse(json, nullptr, false);
  if (!command.is_object()) return "null";
  return reply(run_command(*g_app, command));
}

}  // extern "C"
