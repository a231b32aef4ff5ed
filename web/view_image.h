// Reads a rectangle of the frame just rendered, for saving a view as an image. The canvas keeps
// a frame only until the browser composites it (WebGL's preserveDrawingBuffer is off, which
// keeps every frame cheaper), so this runs right after rendering, in the same callback.
#pragma once

#include <vector>

namespace lectern {

// RGBA pixels of the rectangle (x, y from the top left, in framebuffer pixels), top row first,
// fully opaque. Empty when the rectangle is empty.
std::vector<unsigned char> read_frame_pixels(int x, int y, int width, int height,
                                             int framebuffer_height);

}  // namespace lectern
