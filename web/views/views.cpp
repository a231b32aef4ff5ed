#include "views/views.h"

namespace lectern {

std::vector<std::unique_ptr<View>> make_views() {
  std::vector<std::unique_ptr<View>> views;
  views.push_back(make_documents_view());
  views.push_back(make_reader_view());
  views.push_back(make_keywords_view());
  views.push_back(make_concordance_view());
  views.push_back(make_timeline_view());
  views.push_back(make_entities_view());
  views.push_back(make_entity_graph_view());
  views.push_back(make_import_view());
  return views;
}

}  // namespace lectern
