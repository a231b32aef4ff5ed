#include "key_events.h"

#include <GLFW/glfw3.h>

#include <bitset>
#include <vector>

namespace lectern {
namespace {

struct KeyEvent {
  GLFWwindow* window;
  int key;
  int scancode;
  int action;
  int mods;
};

GLFWkeyfun g_imgui_key_callback = nullptr;
// Keys that went down since the current frame began: no frame has seen them down yet.
std::bitset<GLFW_KEY_LAST + 1> g_pressed_this_frame;
// Events for a later frame, in the order they came. Once one event waits, every later one waits
// behind it: a Control released before its C was seen would turn Ctrl+C into a plain C.
std::vector<KeyEvent> g_held;

bool is_known_key(int key) { return key >= 0 && key <= GLFW_KEY_LAST; }

void pass_on(const KeyEvent& event) {
  const bool release_unseen_press = event.action == GLFW_RELEASE && is_known_key(event.key) &&
                                    g_pressed_this_frame[static_cast<std::size_t>(event.key)];
  if (!g_held.empty() || release_unseen_press) {
    g_held.push_back(event);
    return;
  }
  if (event.action == GLFW_PRESS && is_known_key(event.key)) {
    g_pressed_this_frame.set(static_cast<std::size_t>(event.key));
  }
  g_imgui_key_callback(event.window, event.key, event.scancode, event.action, event.mods);
}

void on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
  pass_on({window, key, scancode, action, mods});
}

}  // namespace

void keep_quick_key_presses(GLFWwindow* window) {
  g_imgui_key_callback = glfwSetKeyCallback(window, on_key);
}

void deliver_held_key_events() {
  g_pressed_this_frame.reset();
  std::vector<KeyEvent> held;
  held.swap(g_held);
  // Each goes through the same rule again: a release whose press is delivered now waits until the
  // next frame has seen it.
  for (const KeyEvent& event : held) pass_on(event);
}

}  // namespace lectern
