// The UI font. ImGui's built-in font is ASCII only; corpus titles need Swedish, Kazakh, Greek.
#pragma once

namespace lectern {

// Makes the TTF at path ImGui's default font at size_px, with the glyphs listed in fonts.cpp.
// Returns false (and leaves ImGui's ASCII font in place) if the file cannot be read.
bool load_ui_font(const char* path, float size_px);

}  // namespace lectern
