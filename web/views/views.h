// The app's views: what each one is (the View interface) and the one list that names them all.
//
// A view owns its transient state (sort order, rows prepared for drawing, its own settings) and
// reads the shared Selection (selection.h): the corpus, the Filter and what it selects. Every
// frame the app calls prepare() and then draw() on the current view. prepare() recomputes only
// when selection.serial or the view's settings changed since last time; draw() reads prepared
// rows and asks for changes through ViewRequests, which the app applies after the frame.
//
// Adding a view: write views/<name>_view.cpp defining its make_<name>_view(), declare it below
// and list it in make_views() (views.cpp), the one place that names them all.
#pragma once

#include <cstddef>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "filter.h"
#include "selection.h"

namespace lectern {

// What a view asks of the app during draw().
struct ViewRequests {
  std::optional<Filter> filter;  // make this the current filter (Back returns from it)
  std::optional<ReaderTarget> open_reader;
  std::vector<std::string> remove_documents;  // ids of documents to take out of the corpus
  // Settings of other views, as lectern.set(view, key, value) would change them, then a view to
  // switch to: the Entities view's "Show trend" adds a line to the Timeline and shows it.
  struct ViewSetting {
    std::string view;
    std::string key;
    nlohmann::json value;
  };
  std::vector<ViewSetting> view_settings;
  std::optional<std::string> show_view;
  bool copy_picked_rows = false;  // put the picked rows of table() on the clipboard
};

// The table a view shows, as text, for CSV and JSON export.
struct TableExport {
  std::string name;  // file name without extension
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

class View {
 public:
  virtual ~View() = default;

  // Stable id: lectern.show() in the page, the URL's view= and the state JSON use it.
  virtual const char* name() const = 0;
  // Label in the View menu.
  virtual const char* title() const = 0;

  // Brings prepared data up to date with selection (a new corpus or filter) and the view's own
  // settings. Cheap when nothing changed.
  virtual void prepare(const Selection& selection) = 0;

  // Draws into the current ImGui window, filling the space left in it.
  virtual void draw(const Selection& selection, ViewRequests& requests) = 0;

  // What the page's lectern.state().viewState reports for this view (row counts and the like).
  virtual nlohmann::json state() const { return nlohmann::json::object(); }

  // Changes one of the view's own settings from the page (lectern.set(view, key, value)), as
  // its widgets would; false for a key it does not have or a value it does not take.
  virtual bool set(const std::string& /*key*/, const nlohmann::json& /*value*/) { return false; }

  // The table on screen, for export; nothing when the view shows none.
  virtual std::optional<TableExport> table() const { return std::nullopt; }

  // Numbers into table().rows of the rows the user picked (for copying), and picking them from
  // the page (lectern.pick); views/row_picks.h. Views without a table have none.
  virtual std::vector<std::size_t> picked_rows() const { return {}; }
  virtual bool pick_rows(const std::vector<std::size_t>& /*rows*/) { return false; }
};

std::unique_ptr<View> make_documents_view();
std::unique_ptr<View> make_reader_view();
std::unique_ptr<View> make_concordance_view();
std::unique_ptr<View> make_keywords_view();
std::unique_ptr<View> make_import_view();
std::unique_ptr<View> make_entities_view();
std::unique_ptr<View> make_timeline_view();
std::unique_ptr<View> make_entity_graph_view();

// One instance of every view, in menu order.
std::vector<std::unique_ptr<View>> make_views();

}  // namespace lectern
