// The concordance: every hit of the filter's query in the selected documents, with its left
// and right context, sorted by document, left or right context. Clicking a hit opens the Reader
// at it. The query box is the shared filter's, so the same query also narrows the other views.
#include <algorithm>

#include "analysis/kwic.h"
#include "imgui.h"
#include "result_cache.h"
#include "views/row_picks.h"
#include "views/views.h"
#include "views/widgets.h"

namespace lectern {
namespace {

constexpr const char* kSortNames[] = {"document", "left", "right"};

class ConcordanceView final : public View {
 public:
  const char* name() const override { return "concordance"; }
  const char* title() const override { return "Concordance"; }

  void prepare(const Selection& selection) override {
    corpus_ = selection.corpus;
    if (!corpus_) {
      kwic_ = nullptr;
      return;
    }
    const std::string key = selection.cache_key() + '\n' + std::to_string(sort_) + ' ' +
                            std::to_string(window_);
    if (key == key_ && kwic_ != nullptr) return;
    key_ = key;
    picks_.clear();
    kwic_ = cache_.find(key);
    if (kwic_ == nullptr) {
      kwic_ = &cache_.put(key, kwic(*corpus_, selection.hits,
                                    {.window = static_cast<std::uint32_t>(window_),
                                     .sort = static_cast<KwicSort>(sort_)}));
    }
  }

  void draw(const Selection& selection, ViewRequests& requests) override {
    query_box("##concordance-query", "A query: a word, \"a phrase\", secur*, /regex/ ...", edit_,
              edit_source_, selection, requests);
    query_syntax_help();
    if (!corpus_ || kwic_ == nullptr) return;

    ImGui::Text("%zu hits", kwic_->total);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(130.0f);
    ImGui::Combo("Sort by", &sort_, kSortNames, IM_ARRAYSIZE(kSortNames));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(120.0f);
    ImGui::SliderInt("Context words", &window_, 1, 15);
    if (selection.filter.query.empty()) {
      ImGui::TextDisabled("Type a query above and press Enter to see its hits.");
      return;
    }
    draw_table(requests);
  }

  nlohmann::json state() const override {
    nlohmann::json out = {{"sort", kSortNames[sort_]}, {"window", window_}, {"firstRowY", first_row_y_}};
    if (kwic_ == nullptr) return out;
    out["hits"] = kwic_->total;
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t i = 0; i < std::min<std::size_t>(kwic_->hits.size(), 20); ++i) {
      const KwicHit& hit = kwic_->hits[i];
      rows.push_back({{"document", corpus_->document(hit.doc).meta.id},
                      {"left", hit.left}, {"match", hit.text}, {"right", hit.right},
                      {"offset", hit.offset}});
    }
    out["rows"] = rows;
    return out;
  }

  bool set(const std::string& key, const nlohmann::json& value) override {
    if (key == "sort" && value.is_string()) {
      for (int i = 0; i < IM_ARRAYSIZE(kSortNames); ++i) {
        if (value == kSortNames[i]) sort_ = i;
      }
      return true;
    }
    if (key == "window" && value.is_number_integer()) {
      window_ = std::clamp(value.get<int>(), 1, 15);
      return true;
    }
    return false;
  }

  std::vector<std::size_t> picked_rows() const override { return picks_.rows(); }
  bool pick_rows(const std::vector<std::size_t>& rows) override {
    picks_.set(rows);
    return true;
  }

  std::optional<TableExport> table() const override {
    if (kwic_ == nullptr) return std::nullopt;
    TableExport out{"concordance", {"document", "offset", "left", "match", "right"}, {}};
    for (const KwicHit& hit : kwic_->hits) {
      out.rows.push_back({corpus_->document(hit.doc).meta.id, std::to_string(hit.offset),
                          hit.left, hit.text, hit.right});
    }
    return out;
  }

 private:
  void draw_table(ViewRequests& requests) {
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                      ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable |
                                      ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("kwic", 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Document", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("Left", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Hit", ImGuiTableColumnFlags_WidthFixed, 110.0f);
    ImGui::TableSetupColumn("Right", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();
    const ImU32 hit_colour = ImGui::GetColorU32(ImGuiCol_PlotHistogram);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(kwic_->hits.size()));
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const KwicHit& hit = kwic_->hits[static_cast<std::size_t>(row)];
        const Document& doc = corpus_->document(hit.doc).meta;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (row == 0) first_row_y_ = ImGui::GetCursorScreenPos().y + ImGui::GetTextLineHeight() * 0.5f;
        ImGui::PushID(row);
        const auto row_number = static_cast<std::size_t>(row);
        if (ImGui::Selectable("##hit", picks_.picked(row_number),
                              ImGuiSelectableFlags_SpanAllColumns) &&
            picks_.click(row_number)) {
          requests.open_reader = ReaderTarget{hit.doc, hit.offset, 0};
        }
        picks_.copy_menu(requests, row_number);
        if (ImGui::IsItemHovered()) {
          ImGui::SetTooltip("Open in the Reader: %s (Ctrl-click: pick for copying)", doc.id.c_str());
        }
        ImGui::PopID();
        ImGui::SameLine();
        ImGui::TextUnformatted(doc.title.empty() ? doc.id.c_str() : doc.title.c_str());
        // The left context ends at the hit: right-aligned, its start clipped by the column.
        ImGui::TableNextColumn();
        const float width = ImGui::CalcTextSize(hit.left.c_str()).x;
        const float room = ImGui::GetContentRegionAvail().x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - width);
        ImGui::TextUnformatted(hit.left.c_str());
        ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, hit_colour);
        ImGui::TextUnformatted(hit.text.c_str());
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(hit.right.c_str());
      }
    }
    ImGui::EndTable();
  }

  std::shared_ptr<const Corpus> corpus_;
  ResultCache<Kwic> cache_;
  const Kwic* kwic_ = nullptr;
  RowPicks picks_;  // rows of kwic_->hits
  std::string key_;
  int sort_ = 0;
  int window_ = 6;
  float first_row_y_ = -1.0f;
  std::string edit_;
  std::string edit_source_;
};

}  // namespace

std::unique_ptr<View> make_concordance_view() { return std::make_unique<ConcordanceView>(); }

}  // namespace lectern
