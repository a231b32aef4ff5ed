// The UI's fonts. ImGui's built-in font is ASCII only; corpus titles need Swedish, Kazakh, Greek,
// and a corpus in Chinese, Japanese or Korean needs thousands of glyphs no Latin font has.
// DejaVu Sans is always loaded with Latin, Greek and Cyrillic; when a corpus uses characters
// beyond those, the atlas is rebuilt with exactly the characters the corpus uses, DejaVu's first
// and a CJK font's (fetched by the page on demand, merged in) for the rest. Only glyphs in use
// are rasterised: an atlas of every CJK glyph would take seconds and tens of MB.
//
//   UiFonts fonts(platform::font_path(), 16.0f);
//   fonts.load();                                       // before the first frame
//   between frames: if (fonts.cover(corpus, serial)) { re-upload the font texture }
//   fonts.add_fallback(bytes);                          // the page fetched the CJK font
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "imgui.h"
#include "index/corpus.h"

namespace lectern {

class UiFonts {
 public:
  // What became of the CJK font.
  enum class Fallback { not_needed, wanted, loaded, unavailable };

  UiFonts(std::string base_font_path, float size_px);

  // Builds the atlas with DejaVu Sans and the base ranges. False (ImGui's ASCII font stays) if
  // the file cannot be read.
  bool load();

  // Makes the atlas hold the characters corpus (numbered serial) uses, when they are not in it
  // yet. True when the atlas was rebuilt: the caller re-uploads the texture before the next
  // frame. Afterwards wants_fallback() says whether the page should fetch the CJK font.
  bool cover(const Corpus& corpus, std::uint64_t serial);
  bool wants_fallback() const { return fallback_ == Fallback::wanted && !requested_; }
  void fallback_requested() { requested_ = true; }
  // The CJK font's bytes (empty: it could not be had, say from a file:// page); the next
  // cover() call rebuilds with it.
  void add_fallback(std::string bytes);

  // Characters of the covered corpus (text, titles, ids, authors, sources) without a glyph.
  std::size_t missing() const { return missing_.size(); }
  // A message for the user when characters stay without glyphs, else empty.
  std::string notice() const;
  // For lectern.state().fonts: missing count, a few of them as U+XXXX, fallback state, glyphs.
  nlohmann::json state() const;

 private:
  void rebuild();
  bool load_base_with_ranges();
  void count_missing();

  std::string base_font_path_;
  float size_px_;
  std::uint64_t serial_ = 0;
  bool stale_ = false;                  // the atlas should be rebuilt at the next cover()
  std::vector<char32_t> used_;          // distinct code points of the covered corpus, sorted
  std::vector<char32_t> missing_;       // of those, the ones the atlas has no glyph for
  ImVector<ImWchar> ranges_;            // the atlas's glyph ranges; ImGui reads them in Build()
  std::string fallback_bytes_;          // the CJK font; ImGui reads it in place
  Fallback fallback_ = Fallback::not_needed;
  bool requested_ = false;
};

}  // namespace lectern
