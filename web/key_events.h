// Keys pressed and released between two frames, kept for ImGui to see.
//
// Dear ImGui 1.86 (Debian's) reads the keyboard as a state per frame: io.KeysDown[], set by its
// GLFW backend as events come. A key that goes down and up again before the next frame is never
// seen down, so a quick Ctrl+C or Enter is lost whenever a frame is late: on a loaded machine,
// while a corpus is indexed, or when a tool presses keys. ImGui 1.87 queues input events and
// "trickles" them over frames instead; this does the same for key events in front of the 1.86
// backend. Typed characters need nothing: ImGui already queues them.
#pragma once

struct GLFWwindow;

namespace lectern {

// Puts the queue between GLFW's key events and ImGui's: call once, after
// ImGui_ImplGlfw_InitForOpenGL has installed the backend's callbacks.
void keep_quick_key_presses(GLFWwindow* window);

// Hands ImGui the key events held back until a frame had seen their keys down; call after
// ImGui::Render(), so that the next frame sees them.
void deliver_held_key_events();

}  // namespace lectern
