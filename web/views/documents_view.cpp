// The documents view: one table row per document the filter selects (title, date, language,
// source, tokens), sortable, with the shared query box above it. Rows are DocIds into the
// corpus, so sorting moves 4-byte ids and drawing reads the corpus. Rows can be picked
// (click, Ctrl-click, Shift-click) to filter to them or to remove them; a double click opens
// one in the Reader.
#include <algorithm>
#include <set>
#include <string_view>

#include "imgui.h"
#include "views/row_picks.h"
#include "views/views.h"
#include "views/widgets.h"

namespace lectern {
namespace {

enum Column : ImGuiID { kTitle, kDate, kLanguage, kSource, kTokens };

// Orders two documents by one column; ties keep their previous order (std::stable_sort).
bool less(const DocumentEntry& a, const DocumentEntry& b, ImGuiID column) {
  switch (column) {
    case kTitle: return a.meta.title < b.meta.title;
    case kDate: return a.meta.date < b.meta.date;
    case kLanguage: return a.meta.language < b.meta.language;
    case kSource: return a.meta.source < b.meta.source;
    default: return a.token_count < b.token_count;
  }
}

std::string_view title_of(const Document& doc) { return doc.title.empty() ? doc.id : doc.title; }

class DocumentsView final : public View {
 public:
  const char* name() const override { return "documents"; }
  const char* title() const override { return "Documents"; }

  void prepare(const Selection& selection) override {
    if (selection.serial == prepared_serial_) return;
    prepared_serial_ = selection.serial;
    if (selection.corpus_serial != corpus_serial_) picked_.clear();
    corpus_serial_ = selection.corpus_serial;
    corpus_ = selection.corpus;
    rows_.clear();
    if (!corpus_ || !selection.documents) return;
    for (std::size_t d = 0; d < corpus_->document_count(); ++d) {
      const auto doc = static_cast<DocId>(d);
      if (selection.documents->contains(doc)) rows_.push_back(doc);
    }
    needs_sort_ = true;
  }

  void draw(const Selection& selection, ViewRequests& requests) override {
    query_box("##documents-query", "Filter documents: a query, e.g. security AND lang:en",
              edit_, edit_source_, selection, requests);
    if (!corpus_) return;
    draw_actions(selection, requests);

    constexpr ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable |
                                      ImGuiTableFlags_Hideable | ImGuiTableFlags_RowBg |
                                      ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV |
                                      ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("documents", 5, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 3.0f, kTitle);
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, 0.0f, kDate);
    ImGui::TableSetupColumn("Language", ImGuiTableColumnFlags_WidthFixed, 0.0f, kLanguage);
    ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthStretch, 1.0f, kSource);
    ImGui::TableSetupColumn("Tokens",
                            ImGuiTableColumnFlags_WidthFixed |
                                ImGuiTableColumnFlags_PreferSortDescending,
                            0.0f, kTokens);
    ImGui::TableHeadersRow();

    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
        specs && (specs->SpecsDirty || needs_sort_)) {
      sort(*specs);
      specs->SpecsDirty = false;
      needs_sort_ = false;
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows_.size()));
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        draw_row(row, requests);
      }
    }
    ImGui::EndTable();
  }

  nlohmann::json state() const override {
    nlohmann::json titles = nlohmann::json::array();
    for (const DocId doc : rows_) titles.push_back(title_of(corpus_->document(doc).meta));
    return {{"rows", rows_.size()}, {"picked", picked_.size()}, {"titles", titles}};
  }

  std::vector<std::size_t> picked_rows() const override {
    std::vector<std::size_t> out;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      if (picked_.count(rows_[r])) out.push_back(r);
    }
    return out;
  }

  bool pick_rows(const std::vector<std::size_t>& rows) override {
    picked_.clear();
    for (const std::size_t r : rows) {
      if (r < rows_.size()) picked_.insert(rows_[r]);
    }
    return true;
  }

  std::optional<TableExport> table() const override {
    TableExport out{"documents", {"id", "title", "date", "language", "source", "tokens"}, {}};
    for (const DocId id : rows_) {
      const DocumentEntry& doc = corpus_->document(id);
      out.rows.push_back({doc.meta.id, doc.meta.title, doc.meta.date, doc.meta.language,
                          doc.meta.source, std::to_string(doc.token_count)});
    }
    return out;
  }

 private:
  void draw_actions(const Selection& selection, ViewRequests& requests) {
    ImGui::Text("%zu of %zu documents", rows_.size(), corpus_->document_count());
    if (picked_.empty()) {
      ImGui::SameLine();
      ImGui::TextDisabled("  Click rows to pick them; double-click to read one.");
      return;
    }
    ImGui::SameLine();
    ImGui::Text(" | %zu picked:", picked_.size());
    ImGui::SameLine();
    if (ImGui::SmallButton("Filter to these")) {
      Filter next = selection.filter;
      for (const DocId doc : picked_) next.documents.push_back(corpus_->document(doc).meta.id);
      requests.filter = std::move(next);
      picked_.clear();
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Remove from corpus")) {
      for (const DocId doc : picked_) requests.remove_documents.push_back(corpus_->document(doc).meta.id);
      picked_.clear();
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Clear")) picked_.clear();
  }

  void draw_row(int row, ViewRequests& requests) {
    const DocId id = rows_[static_cast<std::size_t>(row)];
    const DocumentEntry& doc = corpus_->document(id);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(row);
    const bool picked = picked_.count(id) > 0;
    const std::string_view title = title_of(doc.meta);
    if (ImGui::Selectable("##row", picked,
                          ImGuiSelectableFlags_SpanAllColumns |
                              ImGuiSelectableFlags_AllowDoubleClick)) {
      click(row, id);
      if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
        requests.open_reader = ReaderTarget{id, 0, 0};
      }
    }
    if (row_copy_menu(requests, picked_.size()) && !picked) {
      picked_ = {id};
      last_clicked_ = row;
    }
    ImGui::SameLine();
    ImGui::TextUnformatted(title.data(), title.data() + title.size());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", doc.meta.id.c_str());
    ImGui::PopID();
    ImGui::TableNextColumn();
    text_or_placeholder(doc.meta.date, "-");
    ImGui::TableNextColumn();
    text_or_placeholder(doc.meta.language, "?");
    ImGui::TableNextColumn();
    text_or_placeholder(doc.meta.source, "");
    ImGui::TableNextColumn();
    ImGui::Text("%u", static_cast<unsigned>(doc.token_count));
  }

  // Click picks one row, Ctrl-click toggles one, Shift-click picks the run from the last click.
  void click(int row, DocId id) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyShift && last_clicked_ >= 0 && last_clicked_ < static_cast<int>(rows_.size())) {
      const int from = std::min(row, last_clicked_);
      const int to = std::max(row, last_clicked_);
      for (int r = from; r <= to; ++r) picked_.insert(rows_[static_cast<std::size_t>(r)]);
    } else if (io.KeyCtrl) {
      if (!picked_.erase(id)) picked_.insert(id);
    } else {
      picked_ = {id};
    }
    last_clicked_ = row;
  }

  void sort(const ImGuiTableSortSpecs& specs) {
    if (specs.SpecsCount == 0) return;
    const ImGuiTableColumnSortSpecs& spec = specs.Specs[0];
    const bool descending = spec.SortDirection == ImGuiSortDirection_Descending;
    std::stable_sort(rows_.begin(), rows_.end(), [&](DocId a, DocId b) {
      const DocumentEntry& x = corpus_->document(a);
      const DocumentEntry& y = corpus_->document(b);
      return descending ? less(y, x, spec.ColumnUserID) : less(x, y, spec.ColumnUserID);
    });
  }

  std::shared_ptr<const Corpus> corpus_;
  std::uint64_t prepared_serial_ = 0;
  std::uint64_t corpus_serial_ = 0;
  std::vector<DocId> rows_;  // the selected documents, in display order
  bool needs_sort_ = false;  // new rows came in; apply the current sort once
  std::set<DocId> picked_;
  int last_clicked_ = -1;
  std::string edit_;
  std::string edit_source_;
};

}  // namespace

std::unique_ptr<View> make_documents_view() { return std::make_unique<DocumentsView>(); }

}  // namespace lectern
