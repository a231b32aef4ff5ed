// The documents view: one table row per document (title, language, tokens, id), sortable.
// Rows are DocIds into the corpus, so sorting moves 4-byte ids and drawing reads the corpus.
#include <algorithm>
#include <string_view>

#include "imgui.h"
#include "views/views.h"

namespace lectern {
namespace {

enum Column : ImGuiID { kTitle, kLanguage, kTokens, kId };

// Orders two documents by one column; ties keep their previous order (std::stable_sort).
bool less(const DocumentEntry& a, const DocumentEntry& b, ImGuiID column) {
  switch (column) {
    case kTitle: return a.meta.title < b.meta.title;
    case kLanguage: return a.meta.language < b.meta.language;
    case kTokens: return a.token_count < b.token_count;
    default: return a.meta.id < b.meta.id;
  }
}

void text_or_placeholder(std::string_view text, const char* placeholder) {
  if (text.empty()) {
    ImGui::TextDisabled("%s", placeholder);
  } else {
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
  }
}

class DocumentsView final : public View {
 public:
  const char* name() const override { return "documents"; }
  const char* title() const override { return "Documents"; }

  void set_corpus(std::shared_ptr<const Corpus> corpus) override {
    corpus_ = std::move(corpus);
    order_.resize(corpus_->document_count());
    std::generate(order_.begin(), order_.end(), [n = 0u]() mutable { return DocId{n++}; });
    needs_sort_ = true;
  }

  void draw() override {
    if (!corpus_) {
      ImGui::TextDisabled("No documents yet.");
      return;
    }
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable |
                                      ImGuiTableFlags_Hideable | ImGuiTableFlags_RowBg |
                                      ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV |
                                      ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("documents", 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // Title and id share the width left by the narrow columns, so a long id cannot push the
    // titles out of view.
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 3.0f, kTitle);
    ImGui::TableSetupColumn("Language", ImGuiTableColumnFlags_WidthFixed, 0.0f, kLanguage);
    ImGui::TableSetupColumn(
        "Tokens", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending,
        0.0f, kTokens);
    ImGui::TableSetupColumn(
        "Id", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort, 1.0f, kId);
    ImGui::TableHeadersRow();

    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
        specs && (specs->SpecsDirty || needs_sort_)) {
      sort(*specs);
      specs->SpecsDirty = false;
      needs_sort_ = false;
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(order_.size()));
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const DocumentEntry& doc = corpus_->document(order_[static_cast<std::size_t>(row)]);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        text_or_placeholder(doc.meta.title, "(untitled)");
        // Long titles are clipped by the column; the whole title shows on hover.
        if (ImGui::IsItemHovered() && !doc.meta.title.empty()) {
          ImGui::SetTooltip("%s", doc.meta.title.c_str());
        }
        ImGui::TableNextColumn();
        text_or_placeholder(doc.meta.language, "?");
        ImGui::TableNextColumn();
        ImGui::Text("%u", static_cast<unsigned>(doc.token_count));
        ImGui::TableNextColumn();
        text_or_placeholder(doc.meta.id, "");
      }
    }
    ImGui::EndTable();
  }

 private:
  void sort(const ImGuiTableSortSpecs& specs) {
    if (specs.SpecsCount == 0) return;
    const ImGuiTableColumnSortSpecs& spec = specs.Specs[0];
    const bool descending = spec.SortDirection == ImGuiSortDirection_Descending;
    std::stable_sort(order_.begin(), order_.end(), [&](DocId a, DocId b) {
      const DocumentEntry& x = corpus_->document(a);
      const DocumentEntry& y = corpus_->document(b);
      return descending ? less(y, x, spec.ColumnUserID) : less(x, y, spec.ColumnUserID);
    });
  }

  std::shared_ptr<const Corpus> corpus_;
  std::vector<DocId> order_;  // the table's rows, in display order
  bool needs_sort_ = false;   // a new corpus came in; apply the current sort once
};

}  // namespace

std::unique_ptr<View> make_documents_view() { return std::make_unique<DocumentsView>(); }

}  // namespace lectern
