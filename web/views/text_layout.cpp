#include "views/text_layout.h"

#include <algorithm>
#include <array>

#include "text/line_breaks.h"

namespace lectern {
namespace {

// The style of the byte at offset; cursors advance monotonically through the sorted spans of
// each kind of mark, the kinds in RunStyle's order of precedence.
class StyleCursor {
 public:
  explicit StyleCursor(const TextMarks& marks)
      : kinds_{{{&marks.hits, RunStyle::hit},
                {&marks.entities, RunStyle::entity},
                {&marks.dates, RunStyle::date},
                {&marks.boilerplate, RunStyle::boilerplate}}} {}

  RunStyle at(std::uint32_t offset) {
    for (Kind& kind : kinds_) {
      const std::vector<TextSpan>& spans = *kind.spans;
      while (kind.next < spans.size() && end(spans[kind.next]) <= offset) ++kind.next;
      if (kind.next < spans.size() && spans[kind.next].offset <= offset) return kind.style;
    }
    return RunStyle::plain;
  }

  // The next offset after `offset` where the style may change.
  std::uint32_t next_change(std::uint32_t offset) const {
    std::uint32_t next = UINT32_MAX;
    for (const Kind& kind : kinds_) {
      const std::vector<TextSpan>& spans = *kind.spans;
      for (std::size_t i = kind.next; i < spans.size() && i < kind.next + 2; ++i) {
        if (spans[i].offset > offset) next = std::min(next, spans[i].offset);
        if (end(spans[i]) > offset) next = std::min(next, end(spans[i]));
      }
    }
    return next;
  }

 private:
  struct Kind {
    const std::vector<TextSpan>* spans;
    RunStyle style;
    std::size_t next = 0;  // the first span not wholly before the offsets asked about
  };

  static std::uint32_t end(const TextSpan& span) { return span.offset + span.length; }

  std::array<Kind, 4> kinds_;
};

// The offset after the UTF-8 character at offset (continuation bytes are 10xxxxxx).
std::uint32_t next_code_point(std::string_view text, std::uint32_t offset) {
  std::uint32_t next = offset + 1;
  while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
  return next;
}

}  // namespace

std::vector<TextLine> layout_text(std::string_view text, const TextMarks& marks, ImFont* font,
                                  float font_size, float wrap_width) {
  std::vector<TextLine> lines;
  StyleCursor styles(marks);
  const auto size = static_cast<std::uint32_t>(text.size());
  const char* base = text.data();
  auto measure = [&](std::uint32_t b, std::uint32_t e) {
    return font->CalcTextSizeA(font_size, FLT_MAX, 0.0f, base + b, base + e).x;
  };

  // Where a line may end (UAX #14): after a word and its spaces, between ideographs.
  const std::vector<std::uint32_t> breaks = line_break_offsets(text);
  std::size_t next_break = 0;
  std::size_t line_feed = text.find('\n');  // the next at or after at (found again once passed)
  std::uint32_t at = 0;
  lines.push_back({0, {}});
  float x = 0;
  while (at < size) {
    if (text[at] == '\n') {
      ++at;
      lines.push_back({at, {}});
      x = 0;
      continue;
    }
    // What lies up to the next break (a word and its spaces, an ideograph with its closing mark)
    // moves to the next line as a whole; a line feed inside it ends it.
    while (next_break < breaks.size() && breaks[next_break] <= at) ++next_break;
    std::uint32_t word_end = next_break < breaks.size() ? breaks[next_break] : size;
    if (line_feed < at) line_feed = text.find('\n', at);
    if (line_feed < word_end) word_end = static_cast<std::uint32_t>(line_feed);
    const float word_width = measure(at, word_end);
    if (x > 0 && x + word_width > wrap_width) {
      lines.push_back({at, {}});
      x = 0;
    }
    // Wider than a whole line (a long URL): as many whole characters as fit, at least one.
    if (word_width > wrap_width) {
      std::uint32_t fits = next_code_point(text, at);
      float fits_width = measure(at, fits);  // the first character goes even if wider
      while (fits < word_end) {
        const std::uint32_t end = next_code_point(text, fits);
        const float width = fits_width + measure(fits, end);
        if (width > wrap_width) break;
        fits = end;
        fits_width = width;
      }
      word_end = fits;
    }
    // The word in runs of one style each (a hit may cover part of a word, as in Putin's).
    while (at < word_end) {
      const RunStyle style = styles.at(at);
      const std::uint32_t run_end = std::min(word_end, styles.next_change(at));
      const float width = measure(at, run_end);
      std::vector<TextRun>& runs = lines.back().runs;
      if (!runs.empty() && runs.back().style == style && runs.back().end == at) {
        runs.back().end = run_end;
        runs.back().width += width;
      } else {
        runs.push_back({at, run_end, x, width, style});
      }
      x += width;
      at = run_end;
    }
  }
  return lines;
}

std::size_t line_of(const std::vector<TextLine>& lines, std::uint32_t offset) {
  const auto after = std::upper_bound(lines.begin(), lines.end(), offset,
                                      [](std::uint32_t o, const TextLine& l) { return o < l.begin; });
  return after == lines.begin() ? 0 : static_cast<std::size_t>(after - lines.begin() - 1);
}

}  // namespace lectern
