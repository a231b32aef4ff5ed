#include "table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lectern::cli {

void Table::add(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

std::string Table::render() const {
  std::vector<std::size_t> widths(columns_.size(), 0);
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    widths[c] = text_width(columns_[c].header);
    for (const auto& row : rows_) widths[c] = std::max(widths[c], text_width(row[c]));
  }
  std::string out;
  const auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::size_t pad = widths[c] - text_width(cells[c]);
      const bool last = c + 1 == cells.size();
      if (c > 0) text += "  ";
      if (columns_[c].align == Align::right) text += std::string(pad, ' ');
      text += cells[c];
      if (columns_[c].align == Align::left && !last) text += std::string(pad, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  };
  std::vector<std::string> headers;
  for (const Column& column : columns_) headers.push_back(column.header);
  line(headers);
  for (const auto& row : rows_) line(row);
  return out;
}

std::string fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

double rounded(double value, int decimals) {
  if (!std::isfinite(value)) return value;
  const double scale = std::pow(10.0, decimals);
  const double out = std::round(value * scale) / scale;
  return out == 0.0 ? 0.0 : out;  // no "-0.0" in the output
}

double significant(double value, int digits) {
  if (value == 0.0 || !std::isfinite(value)) return value;
  const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(value))));
  return rounded(value, digits - 1 - magnitude);
}

std::string p_value(double p) { return p < 0.0001 ? "<0.0001" : fixed(p, 4); }

std::size_t text_width(const std::string& utf8) {
  std::size_t width = 0;
  for (const char c : utf8) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;
  }
  return width;
}

std::string shortened(const std::string& text, std::size_t max_chars) {
  if (text_width(text) <= max_chars) return text;
  std::size_t chars = 0;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max_chars - 1) break;
  }
  return text.substr(0, i) + "\xE2\x80\xA6";
}

}  // namespace lectern::cli
