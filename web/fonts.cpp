#include "fonts.h"

#include <cstdio>

#include "imgui.h"

namespace lectern {
namespace {

// Pairs of first and last code point, zero-terminated. Every range costs atlas space and
// start-up time, so only scripts the corpora hold are listed.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 Supplement (Swedish å ä ö)
    0x0100, 0x024F,  // Latin Extended-A and -B
    0x0370, 0x03FF,  // Greek
    0x0400, 0x052F,  // Cyrillic and Cyrillic Supplement (Kazakh ә ғ қ ң ө ұ ү һ і)
    0x2000, 0x206F,  // General Punctuation: typographic quotes and dashes in titles
    0xFFFD, 0xFFFD,  // the replacement character that repaired encodings leave behind
    0,
};

}  // namespace

bool load_ui_font(const char* path, float size_px) {
  // ImGui asserts on an unreadable font file; check first so a missing font is not fatal.
  std::FILE* file = std::fopen(path, "rb");
  if (file == nullptr) return false;
  std::fclose(file);
  return ImGui::GetIO().Fonts->AddFontFromFileTTF(path, size_px, nullptr, kGlyphRanges) != nullptr;
}

}  // namespace lectern
