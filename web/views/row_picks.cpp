#include "views/row_picks.h"

#include <algorithm>

#include "imgui.h"

namespace lectern {

bool RowPicks::click(std::size_t row) {
  const ImGuiIO& io = ImGui::GetIO();
  bool plain = false;
  if (io.KeyShift && last_clicked_) {
    for (std::size_t r = std::min(row, *last_clicked_); r <= std::max(row, *last_clicked_); ++r) {
      rows_.insert(r);
    }
  } else if (io.KeyCtrl || io.KeySuper) {
    if (!rows_.erase(row)) rows_.insert(row);
  } else {
    rows_ = {row};
    plain = true;
  }
  last_clicked_ = row;
  return plain;
}

void RowPicks::set(const std::vector<std::size_t>& rows) {
  rows_ = {rows.begin(), rows.end()};
  last_clicked_.reset();
}

void RowPicks::clear() {
  rows_.clear();
  last_clicked_.reset();
}

void RowPicks::copy_menu(ViewRequests& requests, std::size_t row) {
  if (row_copy_menu(requests, rows_.size()) && !picked(row)) set({row});
}

bool row_copy_menu(ViewRequests& requests, std::size_t picked_count) {
  const bool right_clicked = ImGui::IsItemClicked(ImGuiMouseButton_Right);
  if (ImGui::BeginPopupContextItem("##row-menu")) {
    const std::string label =
        picked_count > 1 ? "Copy " + std::to_string(picked_count) + " rows" : std::string("Copy");
    if (ImGui::MenuItem(label.c_str(), "Ctrl+C")) requests.copy_picked_rows = true;
    ImGui::EndPopup();
  }
  return right_clicked;
}

std::string tab_separated(const TableExport& table, const std::vector<std::size_t>& rows) {
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (c > 0) out += '\t';
      std::string cell = cells[c];
      std::replace_if(cell.begin(), cell.end(), [](char ch) { return ch == '\t' || ch == '\n' || ch == '\r'; }, ' ');
      out += cell;
    }
    out += "\r\n";
  };
  line(table.columns);
  for (const std::size_t r : rows) {
    if (r < table.rows.size()) line(table.rows[r]);
  }
  return out;
}

}  // namespace lectern
