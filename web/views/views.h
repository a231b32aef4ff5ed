// The app's views: what each one is (the View interface) and the one list that names them all.
//
// A view owns its transient state (sort order, rows prepared for drawing) and reads the
// immutable Corpus it was last given. It computes only in set_corpus() and when the user changes
// its settings (a table re-sorts on SpecsDirty); draw() reads prepared data and nothing more.
//
// Adding a view: write views/<name>_view.cpp defining its make_<name>_view(), declare it below
// and list it in make_views() (views.cpp), the one place that names them all.
#pragma once

#include <memory>
#include <vector>

#include "index/corpus.h"

namespace lectern {

class View {
 public:
  virtual ~View() = default;

  // Stable id: lectern.show() in the page and the state JSON use it.
  virtual const char* name() const = 0;
  // Label in the View menu.
  virtual const char* title() const = 0;

  // A new corpus was swapped in: prepare everything draw() needs.
  virtual void set_corpus(std::shared_ptr<const Corpus> corpus) = 0;

  // Draws into the current ImGui window, filling the space left in it.
  virtual void draw() = 0;
};

std::unique_ptr<View> make_documents_view();

// One instance of every view, in menu order.
std::vector<std::unique_ptr<View>> make_views();

}  // namespace lectern
