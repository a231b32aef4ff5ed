// Aligned text tables for the commands' human output, and the rounding of numbers shown to
// people or written to JSON (a score of 21.4370912 helps nobody and makes golden files brittle).
//
//   Table table({{"term"}, {"freq", Align::right}});
//   table.add({"toppmötet", "3"});
//   std::fputs(table.render().c_str(), stdout);
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace lectern::cli {

enum class Align { left, right };

struct Column {
  std::string header;
  Align align = Align::left;
};

class Table {
 public:
  explicit Table(std::vector<Column> columns) : columns_(std::move(columns)) {}

  void add(std::vector<std::string> cells);
  // Header, then rows; columns two spaces apart, widths in characters (UTF-8 code points), the
  // last column not padded.
  std::string render() const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

// At most max_chars characters (not bytes) of a UTF-8 string, the last an ellipsis if cut.
std::string shortened(const std::string& text, std::size_t max_chars);

// value with a fixed number of decimals, for tables: fixed(21.437, 2) == "21.44".
std::string fixed(double value, int decimals);
// value rounded to decimals places, for JSON numbers.
double rounded(double value, int decimals);
// value rounded to a number of significant digits, for p-values that may be 1e-12.
double significant(double value, int digits);
// A p-value for tables: "0.0413", or "<0.0001" below that.
std::string p_value(double p);

// Characters (code points) in UTF-8 text: the width a terminal gives most European text.
std::size_t text_width(const std::string& utf8);

}  // namespace lectern::cli
