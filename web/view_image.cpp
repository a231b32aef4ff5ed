#include "view_image.h"

#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstddef>
#include <cstring>

namespace lectern {

std::vector<unsigned char> read_frame_pixels(int x, int y, int width, int height,
                                             int framebuffer_height) {
  if (width <= 0 || height <= 0) return {};
  const auto row_bytes = static_cast<std::size_t>(width) * 4;
  std::vector<unsigned char> bottom_up(row_bytes * static_cast<std::size_t>(height));
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  // OpenGL counts rows from the bottom of the framebuffer.
  glReadPixels(x, framebuffer_height - y - height, width, height, GL_RGBA, GL_UNSIGNED_BYTE,
               bottom_up.data());
  std::vector<unsigned char> out(bottom_up.size());
  for (int row = 0; row < height; ++row) {
    std::memcpy(&out[row_bytes * static_cast<std::size_t>(row)],
                &bottom_up[row_bytes * static_cast<std::size_t>(height - 1 - row)], row_bytes);
  }
  // The canvas is opaque on the page whatever its alpha says; a PNG viewer would show through.
  for (std::size_t i = 3; i < out.size(); i += 4) out[i] = 255;
  return out;
}

}  // namespace lectern
