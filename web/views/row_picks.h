// Rows of a table the user picked, and copying them: what the Keywords and Concordance tables
// share (Documents and Entities keep their own picks by id, which survive re-sorting) and what
// every table view uses to turn its picked rows into tab-separated text.
//
//   if (ImGui::Selectable(...)) { if (picks_.click(row)) open(row); }   // plain click: the action
//   picks_.copy_menu(requests, row);                                  // right click: Copy
//   tab_separated(*table(), picked_rows())   // header line, then one line per picked row
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "views/views.h"

namespace lectern {

class RowPicks {
 public:
  // After a row's Selectable was clicked (ImGui's modifier keys are read): Ctrl-click toggles the
  // row, Shift-click picks the run from the last click, a plain click picks the row alone and
  // returns true, so the view does its own action (open, search) too.
  bool click(std::size_t row);
  bool picked(std::size_t row) const { return rows_.count(row) > 0; }
  std::vector<std::size_t> rows() const { return {rows_.begin(), rows_.end()}; }
  void set(const std::vector<std::size_t>& rows);
  // row_copy_menu() for the row just drawn, picking it alone first when the right click fell on
  // a row that is not picked.
  void copy_menu(ViewRequests& requests, std::size_t row);
  // Row numbers mean nothing once the rows change (a new selection, another sort).
  void clear();

 private:
  std::set<std::size_t> rows_;
  std::optional<std::size_t> last_clicked_;
};

// The right-click menu of the row just drawn (call after its Selectable, inside its ID): "Copy"
// asks the app to copy the picked rows. Returns true on the right-click, so the view can pick
// the row first when it is not picked (as file managers do).
bool row_copy_menu(ViewRequests& requests, std::size_t picked_count);

// The table's header and the given rows (numbers into table.rows, in that order), as
// tab-separated values (IANA text/tab-separated-values): tabs and line breaks inside a cell,
// which the format cannot hold, become spaces; lines end with CR LF, as spreadsheets expect.
std::string tab_separated(const TableExport& table, const std::vector<std::size_t>& rows);

}  // namespace lectern
