// Lectern in the browser: GLFW window (the page's canvas), WebGL2, Dear ImGui, then App's frame
// at every display refresh. Each frame runs the same fixed sequence (see frame()).
#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>

#include "app.h"
#include "fonts.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "platform.h"
#include "text/icu_status.h"

namespace {

constexpr float kFontSizePx = 16.0f;

GLFWwindow* g_window = nullptr;
lectern::App* g_app = nullptr;

void frame() {
  lectern::platform::fit_window_to_page();
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();

  g_app->frame();

  ImGui::Render();
  int width = 0;
  int height = 0;
  glfwGetFramebufferSize(g_window, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(0.1f, 0.1f, 0.12f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  static bool told_page = false;
  if (!told_page && g_app->has_drawn_corpus()) {
    lectern::platform::notify_corpus_drawn();
    told_page = true;
  }
}

}  // namespace

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  g_window = glfwCreateWindow(1280, 720, "Lectern", nullptr, nullptr);
  if (g_window == nullptr) return 1;
  glfwMakeContextCurrent(g_window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  // Nothing is persisted between page loads; ImGui would otherwise try to write imgui.ini.
  ImGui::GetIO().IniFilename = nullptr;
  ImGui::StyleColorsDark();
  lectern::load_ui_font(lectern::platform::font_path(), kFontSizePx);
  ImGui_ImplGlfw_InitForOpenGL(g_window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  // Static: the main loop outlives main() on the web.
  static lectern::App app(lectern::check_icu_data());
  g_app = &app;
  lectern::platform::attach(app);
  app.add_files(lectern::platform::bundled_corpus());

  lectern::platform::run_frames(frame);
  return 0;
}
