#include "fonts.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>

namespace lectern {
namespace {

// Pairs of first and last code point, zero-terminated: what every corpus gets. Every range costs
// atlas space and start-up time, so only scripts the sample corpus holds are listed; a corpus
// with more adds exactly the characters it uses (UiFonts::cover).
constexpr ImWchar kBaseRanges[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 Supplement (Swedish å ä ö)
    0x0100, 0x024F,  // Latin Extended-A and -B
    0x0370, 0x03FF,  // Greek
    0x0400, 0x052F,  // Cyrillic and Cyrillic Supplement (Kazakh ә ғ қ ң ө ұ ү һ і)
    0x2000, 0x206F,  // General Punctuation: typographic quotes and dashes in titles
    0xFFFD, 0xFFFD,  // the replacement character that repaired encodings leave behind
    0,
};

// One rasterisation per glyph, on whole pixels, instead of ImGui's default of three horizontal
// sub-pixel positions: a third of the atlas to rasterise and upload at start-up (and for a CJK
// corpus's thousands of glyphs), and text as crisp at 1x.
ImFontConfig glyph_config() {
  ImFontConfig config;
  config.OversampleH = 1;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  return config;
}

bool in_base_ranges(char32_t c) {
  for (const ImWchar* r = kBaseRanges; r[0] != 0; r += 2) {
    if (c >= r[0] && c <= r[1]) return true;
  }
  return false;
}

// Control characters are laid out, not drawn (ImGui breaks lines at \n, skips \r, draws \t as
// space), so they need no glyph.
bool needs_glyph(char32_t c) { return c >= 0x20 && !(c >= 0x7F && c <= 0x9F); }

// Marks the code points of text in seen (indexed by code point). Bytes of ASCII, nearly all of
// most corpora, are checked without decoding.
void mark_code_points(std::string_view text, std::vector<bool>& seen) {
  // Most bytes of most corpora are ASCII: marked in a plain array (a store a byte) and copied
  // into seen (a bit, read and written back) once, so a 100 MB corpus costs one quick pass.
  std::array<bool, 0x80> ascii{};
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    if (bytes[i] < 0x80) {
      ascii[bytes[i++]] = true;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0) seen[static_cast<std::size_t>(c)] = true;
  }
  for (std::size_t c = 0; c < ascii.size(); ++c) {
    if (ascii[c]) seen[c] = true;
  }
}

std::string code_point_name(char32_t c) {
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
  return name;
}

}  // namespace

UiFonts::UiFonts(std::string base_font_path, float size_px)
    : base_font_path_(std::move(base_font_path)), size_px_(size_px) {}

bool UiFonts::load() {
  // ImGui asserts on an unreadable font file; check first so a missing font is not fatal.
  std::FILE* file = std::fopen(base_font_path_.c_str(), "rb");
  if (file == nullptr) return false;
  std::fclose(file);
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  atlas.Clear();
  const ImFontConfig config = glyph_config();
  return atlas.AddFontFromFileTTF(base_font_path_.c_str(), size_px_, &config, kBaseRanges) !=
         nullptr;
}

bool UiFonts::cover(const Corpus& corpus, std::uint64_t serial) {
  if (serial != serial_) {
    serial_ = serial;
    std::vector<bool> seen(0x110000, false);
    for (const DocumentEntry& d : corpus.documents()) {
      for (const std::string* text :
           {&d.meta.text, &d.meta.title, &d.meta.id, &d.meta.author, &d.meta.source}) {
        mark_code_points(*text, seen);
      }
    }
    const std::vector<char32_t> before = std::move(used_);
    used_.clear();
    for (char32_t c = 0; c < seen.size(); ++c) {
      if (seen[c] && needs_glyph(c)) used_.push_back(c);
    }
    // The atlas already holds the base ranges and whatever the last corpus added: rebuild only
    // for a character beyond both.
    const bool beyond = std::any_of(used_.begin(), used_.end(), [&](char32_t c) {
      return !in_base_ranges(c) && !std::binary_search(before.begin(), before.end(), c);
    });
    if (beyond) stale_ = true;
    if (!stale_) count_missing();
  }
  if (!stale_) return false;
  rebuild();
  return true;
}

void UiFonts::add_fallback(std::string bytes) {
  if (bytes.empty()) {
    fallback_ = Fallback::unavailable;
    return;
  }
  fallback_bytes_ = std::move(bytes);
  fallback_ = Fallback::loaded;
  stale_ = true;
}

void UiFonts::rebuild() {
  stale_ = false;
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(kBaseRanges);
  for (const char32_t c : used_) {
    // ImWchar is 16 bits in this build: characters beyond the BMP stay without glyph.
    if (c <= 0xFFFF) builder.AddChar(static_cast<ImWchar>(c));
  }
  ranges_.clear();
  builder.BuildRanges(&ranges_);
  if (!load_base_with_ranges()) return;
  count_missing();
}

bool UiFonts::load_base_with_ranges() {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  atlas.Clear();
  // DejaVu first: a glyph comes from the first font that has it (ImGui keeps existing glyphs
  // when merging), so Latin text looks the same with or without the CJK font.
  const ImFontConfig config = glyph_config();
  if (atlas.AddFontFromFileTTF(base_font_path_.c_str(), size_px_, &config, ranges_.Data) ==
      nullptr) {
    return false;
  }
  if (!fallback_bytes_.empty()) {
    ImFontConfig merge = glyph_config();
    merge.MergeMode = true;
    merge.FontDataOwnedByAtlas = false;  // fallback_bytes_ owns them and outlives every rebuild
    atlas.AddFontFromMemoryTTF(fallback_bytes_.data(), static_cast<int>(fallback_bytes_.size()),
                               size_px_, &merge, ranges_.Data);
  }
  return atlas.Build();
}

void UiFonts::count_missing() {
  missing_.clear();
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  if (atlas.Fonts.empty()) return;
  ImFont* font = atlas.Fonts[0];
  for (const char32_t c : used_) {
    if (c > 0xFFFF || font->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) {
      missing_.push_back(c);
    }
  }
  if (!missing_.empty() && fallback_ == Fallback::not_needed) fallback_ = Fallback::wanted;
}

std::string UiFonts::notice() const {
  if (missing_.empty()) return {};
  std::string text = std::to_string(missing_.size()) + " characters without glyph (" +
                     code_point_name(missing_.front()) + (missing_.size() > 1 ? ", ..." : "") + ")";
  if (fallback_ == Fallback::unavailable) {
    text += ": no CJK font here (the one-file Lectern has none; open dist/web/ on a web server)";
  } else if (fallback_ == Fallback::wanted) {
    text += ": loading the CJK font...";
  }
  return text;
}

nlohmann::json UiFonts::state() const {
  static const char* const names[] = {"not needed", "wanted", "loaded", "unavailable"};
  nlohmann::json sample = nlohmann::json::array();
  for (std::size_t i = 0; i < missing_.size() && i < 10; ++i) {
    sample.push_back(code_point_name(missing_[i]));
  }
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  return {{"characters", used_.size()},
          {"missing", missing_.size()},
          {"missingSample", sample},
          {"fallback", names[static_cast<int>(fallback_)]},
          {"notice", notice()},
          {"glyphs", atlas.Fonts.empty() ? 0 : atlas.Fonts[0]->Glyphs.Size},
          {"atlas", {atlas.TexWidth, atlas.TexHeight}}};
}

}  // namespace lectern
