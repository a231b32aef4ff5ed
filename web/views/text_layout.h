// A document's text laid out for the Reader: wrapped into lines of styled runs (plain, a query
// hit, an entity's mention, a date, a boilerplate line) once per document, width and marks, so
// that drawing a frame only walks the visible lines. ImGui's own wrapping takes one colour per
// call and measures the whole text every frame, which a 50 kB speech cannot afford.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "ingest/document.h"

namespace lectern {

// Where two kinds of mark overlap, the earlier in this list shows: a query hit over an entity
// over a date, and any of them over a boilerplate line's dimming.
enum class RunStyle : std::uint8_t { hit, entity, date, boilerplate, plain };

struct TextRun {
  std::uint32_t begin = 0;  // bytes into the text
  std::uint32_t end = 0;
  float x = 0;  // from the line's start
  float width = 0;
  RunStyle style = RunStyle::plain;
};

struct TextLine {
  std::uint32_t begin = 0;  // byte offset of the line's first character
  std::vector<TextRun> runs;
};

// Byte ranges of the text to style, each list sorted and not overlapping within itself.
struct TextMarks {
  std::vector<TextSpan> hits;
  std::vector<TextSpan> entities;
  std::vector<TextSpan> dates;
  std::vector<TextSpan> boilerplate;  // whole lines
};

std::vector<TextLine> layout_text(std::string_view text, const TextMarks& marks, ImFont* font,
                                  float font_size, float wrap_width);

// The index of the line holding byte offset (the last line starting at or before it).
std::size_t line_of(const std::vector<TextLine>& lines, std::uint32_t offset);

}  // namespace lectern
