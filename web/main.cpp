// Lectern in the browser: GLFW window (the page's canvas), WebGL2, Dear ImGui, then App's frame
// at every display refresh. Each frame runs the same fixed sequence (see frame()).
#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>

#include "app.h"
#include "entity_state.h"
#include "fonts.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "key_events.h"
#include "platform.h"
#include "text/icu_status.h"

namespace {

constexpr float kFontSizePx = 16.0f;
// While a corpus is being built, most display refreshes only index and draw nothing: drawing
// costs a whole frame where the GPU is slow (SwiftShader: ~40 ms at 1280 x 800), and the canvas
// keeps its last picture when nothing is drawn. One refresh in kDrawEvery draws, so the progress
// bar and Cancel stay live.
constexpr unsigned kDrawEvery = 4;
// With one unit's overrun (a file read, a document indexed) and the browser's own share of the
// refresh, 20 ms keeps these refreshes under 50 ms on a loaded machine, where 30 ms did not.
constexpr std::chrono::microseconds kIndexOnlySlice{20000};
constexpr std::chrono::microseconds kSampleBuildBudget{std::chrono::seconds(30)};

GLFWwindow* g_window = nullptr;
lectern::App* g_app = nullptr;
lectern::UiFonts* g_fonts = nullptr;
std::string g_published_location;

std::vector<std::string> strings(const nlohmann::json& value) {
  std::vector<std::string> out;
  if (value.is_string() && !value.get<std::string>().empty()) out.push_back(value);
  if (value.is_array()) {
    for (const auto& item : value) {
      if (item.is_string()) out.push_back(item);
    }
  }
  return out;
}

// The URL's view= and filter (q, lang, doc, date, entity) applied to the app; true when the URL names
// a corpus to load instead of the sample one.
bool apply_location(lectern::App& app, const std::string& location_json) {
  const nlohmann::json location = nlohmann::json::parse(location_json, nullptr, false);
  if (!location.is_object()) return false;
  lectern::Filter filter;
  if (location.contains("q") && location["q"].is_string()) filter.query = location["q"];
  if (location.contains("entity") && location["entity"].is_string()) {
    filter.entity = location["entity"];
  }
  if (location.contains("lang")) filter.languages = strings(location["lang"]);
  if (location.contains("doc")) filter.documents = strings(location["doc"]);
  if (location.contains("date") && location["date"].is_string()) {
    const std::string date = location["date"];
    const std::size_t dots = date.find("..");
    filter.date_from = dots == std::string::npos ? date : date.substr(0, dots);
    filter.date_to = dots == std::string::npos ? date : date.substr(dots + 2);
  }
  if (!filter.empty()) app.set_filter(filter);
  if (location.contains("view") && location["view"].is_string()) {
    app.show(location["view"].get<std::string>());
  }
  return location.contains("corpus") && !strings(location["corpus"]).empty();
}

// Between frames (the atlas must not change inside one): the fonts follow the corpus's
// characters, and the page is asked for the CJK font when they need it.
void update_fonts() {
  if (!g_app->corpus()) return;
  if (g_fonts->cover(*g_app->corpus(), g_app->corpus_serial())) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  if (g_fonts->wants_fallback()) {
    g_fonts->fallback_requested();
    lectern::platform::request_fallback_font();
  }
  g_app->set_font_status(g_fonts->state(), g_fonts->notice());
}

// The work a refresh has under way, for the frame log.
lectern::platform::FrameWork work_under_way() {
  if (g_app->building()) return lectern::platform::FrameWork::indexing;
  if (lectern::entity_state().extracting()) return lectern::platform::FrameWork::entities;
  return lectern::platform::FrameWork::none;
}

// One display refresh: a slice of indexing alone, or a drawn frame.
void refresh() {
  static unsigned refreshes = 0;
  if (g_app->building() && ++refreshes % kDrawEvery != 0) {
    g_app->build_for(kIndexOnlySlice);
    return;
  }
  lectern::platform::fit_window_to_page();
  glfwPollEvents();
  lectern::platform::deliver_pasted_text();
  update_fonts();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();

  g_app->frame();

  ImGui::Render();
  lectern::deliver_held_key_events();
  int width = 0;
  int height = 0;
  glfwGetFramebufferSize(g_window, &width, &height);
  glViewport(0, 0, width, height);
  const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  g_app->after_render(height);  // File > Save view as PNG reads the frame while it is there

  static bool told_page = false;
  if (!told_page && g_app->has_drawn_corpus()) {
    lectern::platform::mark("first-frame");
    lectern::platform::notify_corpus_drawn();
    told_page = true;
  }
  // The URL follows the view and the filter, so a copied link reproduces what is on screen.
  const std::string location = g_app->location().dump();
  if (location != g_published_location) {
    g_published_location = location;
    lectern::platform::publish_location(location);
  }
}

// Each refresh timed whole and logged with the work it did (indexing or entities, at its start
// or its end: the refresh that finishes a job is one of the job's).
void frame() {
  const auto start = std::chrono::steady_clock::now();
  const lectern::platform::FrameWork before = work_under_way();
  refresh();
  const lectern::platform::FrameWork after = work_under_way();
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  lectern::platform::frame_done(ms, before != lectern::platform::FrameWork::none ? before : after);
}

}  // namespace

int main() {
  lectern::platform::mark("main");
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  g_window = glfwCreateWindow(1280, 720, "Lectern", nullptr, nullptr);
  if (g_window == nullptr) return 1;
  glfwMakeContextCurrent(g_window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  // Settings are kept by the page (platform::save_settings), not in imgui.ini.
  ImGui::GetIO().IniFilename = nullptr;
  // The canvas has one buffer pixel per physical pixel (platform::fit_window_to_page), and
  // ImGui works in those: fonts and sizes are scaled up front so HiDPI text stays sharp.
  const float pixel_ratio = lectern::platform::device_pixel_ratio();
  static lectern::UiFonts fonts(lectern::platform::font_path(), kFontSizePx * pixel_ratio);
  g_fonts = &fonts;
  fonts.load();
  lectern::platform::attach_fonts(fonts);
  // Built here rather than in the first frame, so lectern.timings() shows its cost apart.
  ImGui::GetIO().Fonts->Build();
  lectern::platform::mark("font-atlas");
  ImGui_ImplGlfw_InitForOpenGL(g_window, true);
  lectern::keep_quick_key_presses(g_window);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  ImGui_ImplOpenGL3_CreateDeviceObjects();  // shaders and the font texture
  lectern::platform::mark("gl-setup");

  std::string icu_message = lectern::check_icu_data();
  lectern::platform::mark("icu-data");
  // Static: the main loop outlives main() on the web.
  static lectern::App app(std::move(icu_message),
                          lectern::settings_from_json(lectern::platform::load_settings()));
  ImGui::GetStyle().ScaleAllSizes(pixel_ratio);
  g_app = &app;
  const bool corpus_in_url = apply_location(app, lectern::platform::initial_location());
  // The sample corpus, unless the URL names one (the page loads it once attached). It is small
  // (5 files, some 20 ms warm) and nothing can be shown before it, so it is indexed here at once
  // rather than in slices over display refreshes: a loaded machine delays each refresh by
  // 100-250 ms, and slicing drew progress frames no one needs.
  if (!corpus_in_url) {
    app.add_files(lectern::platform::bundled_corpus());
    lectern::platform::mark("corpus-read");
    app.build_for(kSampleBuildBudget);
  }
  lectern::platform::attach(app);

  lectern::platform::run_frames(frame);
  return 0;
}
