// Entities: the people, organisations, places and other names of the selection, from the
// corpus's entity list (entity_state.h: extracted once per corpus, curated by the user). A table
// sortable by mentions, documents, type and name, with a search box and a type filter; beside
// it the chosen entity's aliases and why they were merged, the evidence for its type, its
// mentions in context, the entities named in the same sentences and its mentions per year.
// Clicking an entity makes it the filter's entity (a chip), so every other view follows;
// Ctrl-click picks several for a merge. Curation (merge, split, rename, retype, hide, undo) goes
// through the core's overlay (extract/curation.h) and is saved with the settings.
#include <algorithm>
#include <chrono>
#include <map>
#include <optional>

#include "analysis/timeline.h"
#include "entity_state.h"
#include "extract/cooccurrence.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "views/row_picks.h"
#include "views/views.h"

namespace lectern {
namespace {

constexpr const char* kTypeFilters[] = {"All types", "PER", "ORG", "LOC", "MISC"};
constexpr const char* kSortNames[] = {"name", "type", "mentions", "documents"};
enum Column { kName, kType, kMentions, kDocuments };
constexpr std::size_t kContextMentions = 200;
constexpr std::uint32_t kContextBytes = 90;

struct EntityRow {
  std::uint32_t entity = 0;
  std::uint32_t mentions = 0;   // in the selected documents
  std::uint32_t documents = 0;  // selected documents naming it
};

// Moves a byte offset of UTF-8 text back to the start of the character holding it.
std::uint32_t char_start(std::string_view text, std::uint32_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

std::string one_line(std::string_view text) {
  std::string out(text);
  std::replace(out.begin(), out.end(), '\n', ' ');
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

class EntitiesView final : public View {
 public:
  const char* name() const override { return "entities"; }
  const char* title() const override { return "Entities"; }

  void prepare(const Selection& selection) override {
    corpus_ = selection.corpus;
    if (!corpus_ || !selection.documents) {
      entities_ = nullptr;
      rows_.clear();
      return;
    }
    EntityState& store = entity_state();
    // Curation asked for during the last frame (or from the page) changes the entity list, so
    // it is applied here, before any row or pointer into the list is read again.
    for (const std::optional<CurationAction>& action : pending_) {
      if (action) {
        store.curate(*action);
      } else {
        store.undo();
      }
    }
    pending_.clear();
    entities_ = store.advance(*corpus_, selection.corpus_serial);
    if (!entities_) {  // extracting: a slice a frame, its progress drawn meanwhile
      rows_.clear();
      shown_.clear();
      return;
    }
    const bool new_entities = store.version() != version_;
    if (new_entities) {
      version_ = store.version();
      index_mentions();
    }
    if (new_entities || selection.serial != serial_) {
      serial_ = selection.serial;
      graph_stale_ = true;
      count_rows(selection);
      rows_dirty_ = true;
    }
    if (rows_dirty_) {
      filter_and_sort();
      rows_dirty_ = false;
    }
    // The filter's entity, when set elsewhere (the graph, the URL), is the one shown.
    if (selection.filter.entity != filter_entity_) {
      filter_entity_ = selection.filter.entity;
      if (!filter_entity_.empty()) chosen_ = rename_edit_ = filter_entity_;
    }
    // The co-occurrences feed only the detail pane, so they wait until it shows an entity: they
    // were most of the work of a new entity list (SOTU's took 30 ms of wasm in one frame).
    if (graph_stale_ && chosen_entity() != nullptr) {
      graph_ = entity_cooccurrence(*entities_, *selection.documents, CooccurrenceScope::sentence);
      graph_stale_ = false;
    }
  }

  void draw(const Selection& selection, ViewRequests& requests) override {
    if (!entities_) {
      if (corpus_) draw_extraction_progress();
      return;
    }
    draw_controls();
    const float detail_width = std::max(360.0f, ImGui::GetContentRegionAvail().x * 0.45f);
    ImGui::BeginChild("##entity-table", ImVec2(-detail_width, 0), false);
    draw_table(selection, requests);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##entity-detail", ImVec2(0, 0), true);
    draw_detail(selection, requests);
    ImGui::EndChild();
  }

  nlohmann::json state() const override {
    nlohmann::json out = {{"rows", shown_.size()},
                          {"search", search_},
                          {"type", kTypeFilters[type_filter_]},
                          {"sort", kSortNames[sort_column_]},
                          {"descending", descending_},
                          {"selected", chosen_},
                          {"marked", marked_names()},
                          {"extracting", corpus_ != nullptr && entities_ == nullptr}};
    if (!entities_) return out;
    nlohmann::json top = nlohmann::json::array();
    for (std::size_t i = 0; i < std::min<std::size_t>(10, shown_.size()); ++i) {
      const EntityRow& row = rows_[shown_[i]];
      const Entity& e = entities_->entities[row.entity];
      top.push_back({{"name", e.name}, {"type", to_string(e.type)}, {"mentions", row.mentions},
                     {"documents", row.documents}, {"hidden", e.hidden}});
    }
    out["top"] = top;
    out["entities"] = entities_->entities.size();
    out["curation"] = entity_state().curation().actions.size();
    out["canUndo"] = entity_state().can_undo();
    if (const Entity* e = chosen_entity()) {
      const std::uint32_t index = static_cast<std::uint32_t>(e - entities_->entities.data());
      nlohmann::json cooccurring = nlohmann::json::array();
      for (const auto& [other, count] : cooccurring_with(index, 10)) {
        cooccurring.push_back({{"name", entities_->entities[other].name}, {"sentences", count}});
      }
      out["detail"] = {{"name", e->name},
                       {"type", to_string(e->type)},
                       {"aliases", entities_->aliases(*e)},
                       {"merges", e->merges.size()},
                       {"evidence", e->evidence.size()},
                       {"mentions", mentions_of_[index].size()},
                       {"cooccurring", cooccurring},
                       {"hidden", e->hidden}};
      // Where "Show trend" was drawn, in page pixels, for a test's click.
      out["showTrendButton"] = {{"x", show_trend_at_.x}, {"y", show_trend_at_.y}};
    }
    return out;
  }

  bool set(const std::string& key, const nlohmann::json& value) override {
    if (key == "search" && value.is_string()) {
      search_ = value.get<std::string>();
      rows_dirty_ = true;
      return true;
    }
    if (key == "type" && value.is_string()) {
      for (int i = 0; i < IM_ARRAYSIZE(kTypeFilters); ++i) {
        if (value == kTypeFilters[i] || (i == 0 && value == "all")) {
          type_filter_ = i;
          rows_dirty_ = true;
          return true;
        }
      }
      return false;
    }
    if (key == "sort" && value.is_string()) {
      for (int i = 0; i < IM_ARRAYSIZE(kSortNames); ++i) {
        if (value == kSortNames[i]) {
          sort_column_ = i;
          descending_ = i >= kMentions;
          rows_dirty_ = true;
          return true;
        }
      }
      return false;
    }
    if (key == "mark" && value.is_array()) {  // as Ctrl-clicks would
      marked_.clear();
      for (const auto& name : value) {
        if (name.is_string()) marked_.push_back(name.get<std::string>());
      }
      return true;
    }
    return curate_from_page(key, value);
  }

  // The marked rows (Ctrl-click), or else the row of the entity shown in the detail pane.
  std::vector<std::size_t> picked_rows() const override {
    std::vector<std::size_t> out;
    if (!entities_) return out;
    for (std::size_t r = 0; r < shown_.size(); ++r) {
      const std::string& name = entities_->entities[rows_[shown_[r]].entity].name;
      const bool marked = std::find(marked_.begin(), marked_.end(), name) != marked_.end();
      if (marked || (marked_.empty() && name == chosen_)) out.push_back(r);
    }
    return out;
  }

  bool pick_rows(const std::vector<std::size_t>& rows) override {
    if (!entities_) return false;
    marked_.clear();
    for (const std::size_t r : rows) {
      if (r < shown_.size()) marked_.push_back(entities_->entities[rows_[shown_[r]].entity].name);
    }
    return true;
  }

  std::optional<TableExport> table() const override {
    if (!entities_) return std::nullopt;
    TableExport out{"entities", {"name", "type", "mentions", "documents", "aliases"}, {}};
    for (const std::size_t r : shown_) {
      const EntityRow& row = rows_[r];
      const Entity& e = entities_->entities[row.entity];
      std::string aliases;
      for (const std::string& alias : entities_->aliases(e)) {
        aliases += (aliases.empty() ? "" : "; ") + alias;
      }
      out.rows.push_back({e.name, to_string(e.type), std::to_string(row.mentions),
                          std::to_string(row.documents), aliases});
    }
    return out;
  }

 private:
  // ---- prepared data ---------------------------------------------------------------------

  void index_mentions() {
    mentions_of_.assign(entities_->entities.size(), {});
    for (std::uint32_t m = 0; m < entities_->mentions.size(); ++m) {
      const std::uint32_t e = entities_->mentions[m].entity;
      if (e < mentions_of_.size()) mentions_of_[e].push_back(m);
    }
  }

  void count_rows(const Selection& selection) {
    rows_.clear();
    for (std::uint32_t i = 0; i < entities_->entities.size(); ++i) {
      const Entity& e = entities_->entities[i];
      EntityRow row{i, 0, 0};
      for (const DocCount& d : e.docs) {
        if (!selection.documents->contains(d.doc)) continue;
        row.mentions += d.mentions;
        ++row.documents;
      }
      if (row.mentions > 0) rows_.push_back(row);
    }
  }

  static bool contains_folded(std::string_view text, std::string_view needle) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                       [&](char a, char b) { return lower(a) == lower(b); }) != text.end();
  }

  bool passes(const Entity& e) const {
    if (e.hidden && !show_hidden_) return false;
    if (type_filter_ > 0 && to_string(e.type) != std::string_view(kTypeFilters[type_filter_])) {
      return false;
    }
    if (search_.empty()) return true;
    for (const std::string& alias : entities_->aliases(e)) {
      if (contains_folded(alias, search_)) return true;
    }
    return contains_folded(e.name, search_);
  }

  void filter_and_sort() {
    shown_.clear();
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      if (passes(entities_->entities[rows_[r].entity])) shown_.push_back(r);
    }
    auto key_less = [&](std::size_t a, std::size_t b) {
      const EntityRow& x = rows_[a];
      const EntityRow& y = rows_[b];
      const Entity& ex = entities_->entities[x.entity];
      const Entity& ey = entities_->entities[y.entity];
      switch (sort_column_) {
        case kType:
          if (ex.type != ey.type) return ex.type < ey.type;
          return x.mentions > y.mentions;
        case kMentions:
          if (x.mentions != y.mentions) return x.mentions < y.mentions;
          return x.documents < y.documents;
        case kDocuments:
          if (x.documents != y.documents) return x.documents < y.documents;
          return x.mentions < y.mentions;
        default: return ex.name < ey.name;
      }
    };
    std::stable_sort(shown_.begin(), shown_.end(), [&](std::size_t a, std::size_t b) {
      return descending_ ? key_less(b, a) : key_less(a, b);
    });
  }

  const Entity* chosen_entity() const {
    if (!entities_ || chosen_.empty()) return nullptr;
    for (const Entity& e : entities_->entities) {
      if (e.name == chosen_) return &e;
    }
    // The filter may name an alias rather than the entity's name.
    for (const Entity& e : entities_->entities) {
      for (const std::string& alias : entities_->aliases(e)) {
        if (alias == chosen_) return &e;
      }
    }
    return nullptr;
  }

  // The entities named in the same sentences as entity, most often first.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> cooccurring_with(std::uint32_t entity,
                                                                        std::size_t limit) const {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    if (graph_stale_) return out;  // an entity chosen in this frame: its neighbours come next
    for (const EntityEdge& edge : graph_.edges) {  // strongest first
      if (edge.a == entity) out.emplace_back(edge.b, edge.count);
      if (edge.b == entity) out.emplace_back(edge.a, edge.count);
      if (out.size() >= limit) break;
    }
    return out;
  }

  std::vector<std::string> marked_names() const { return marked_; }

  // ---- drawing ---------------------------------------------------------------------------

  void draw_controls() {
    ImGui::SetNextItemWidth(220.0f);
    if (ImGui::InputTextWithHint("##entity-search", "Search names and aliases", &search_)) {
      rows_dirty_ = true;
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(120.0f);
    if (ImGui::Combo("##entity-type", &type_filter_, kTypeFilters, IM_ARRAYSIZE(kTypeFilters))) {
      rows_dirty_ = true;
    }
    ImGui::SameLine();
    if (ImGui::Checkbox("Hidden", &show_hidden_)) rows_dirty_ = true;
    ImGui::SameLine();
    ImGui::TextDisabled("%zu of %zu entities", shown_.size(), entities_->entities.size());
    draw_curation_bar();
  }

  void draw_curation_bar() {
    EntityState& store = entity_state();
    ImGui::BeginDisabled(marked_.size() < 2);
    if (ImGui::Button("Merge marked")) merge_marked();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
      ImGui::SetTooltip("Ctrl-click entities in the table to mark them, then merge them into one");
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!store.can_undo());
    if (ImGui::Button("Undo curation")) pending_.push_back(std::nullopt);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::TextDisabled("%zu marked, %zu curation actions", marked_.size(),
                        store.curation().actions.size());
    for (const std::string& unmatched : store.unmatched()) {
      ImGui::TextDisabled("Skipped: %s", unmatched.c_str());
    }
  }

  void draw_table(const Selection& selection, ViewRequests& requests) {
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                      ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable |
                                      ImGuiTableFlags_ScrollY | ImGuiTableFlags_Sortable;
    if (!ImGui::BeginTable("entities", 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    const float number = ImGui::CalcTextSize("Documents").x;
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 0.0f, kName);
    ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthFixed, number * 0.6f, kType);
    ImGui::TableSetupColumn("Mentions",
                            ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort |
                                ImGuiTableColumnFlags_PreferSortDescending,
                            number, kMentions);
    ImGui::TableSetupColumn("Documents",
                            ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending,
                            number, kDocuments);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
      if (specs->SpecsCount > 0) {
        sort_column_ = static_cast<int>(specs->Specs[0].ColumnUserID);
        descending_ = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        filter_and_sort();
      }
      specs->SpecsDirty = false;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown_.size()));
    while (clipper.Step()) {
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        const EntityRow& row = rows_[shown_[static_cast<std::size_t>(r)]];
        const Entity& e = entities_->entities[row.entity];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(row.entity));
        const bool marked = std::find(marked_.begin(), marked_.end(), e.name) != marked_.end();
        if (e.hidden) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
        if (ImGui::Selectable(e.name.c_str(), marked || e.name == chosen_,
                              ImGuiSelectableFlags_SpanAllColumns)) {
          if (ImGui::GetIO().KeyCtrl) {
            toggle_mark(e.name);
          } else {
            choose(e.name, selection, requests);
          }
        }
        if (e.hidden) ImGui::PopStyleColor();
        // Copying takes the marked rows, or else the shown entity's row.
        if (row_copy_menu(requests, std::max<std::size_t>(marked_.size(), 1)) && !marked &&
            e.name != chosen_) {
          marked_ = {e.name};
        }
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(to_string(e.type));
        ImGui::TableNextColumn();
        ImGui::Text("%u", row.mentions);
        ImGui::TableNextColumn();
        ImGui::Text("%u", row.documents);
      }
    }
    ImGui::EndTable();
  }

  void toggle_mark(const std::string& name) {
    const auto at = std::find(marked_.begin(), marked_.end(), name);
    if (at == marked_.end()) {
      marked_.push_back(name);
    } else {
      marked_.erase(at);
    }
  }

  // Shows the entity and makes it the filter's entity, so the other views follow.
  void choose(const std::string& name, const Selection& selection, ViewRequests& requests) {
    chosen_ = name;
    rename_edit_ = name;
    Filter next = selection.filter;
    next.entity = name;
    requests.filter = std::move(next);
  }

  void draw_detail(const Selection& selection, ViewRequests& requests) {
    const Entity* e = chosen_entity();
    if (e == nullptr) {
      ImGui::TextDisabled("Click an entity to see its aliases, mentions and neighbours.");
      return;
    }
    const auto index = static_cast<std::uint32_t>(e - entities_->entities.data());
    ImGui::Text("%s  (%s)%s", e->name.c_str(), to_string(e->type), e->hidden ? "  hidden" : "");
    draw_entity_curation(*e);
    if (ImGui::SmallButton("Show trend")) {
      requests.view_settings.push_back({"timeline", "addTrend", "entity:" + e->name});
      requests.show_view = "timeline";
    }
    show_trend_at_ = ImVec2((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) * 0.5f,
                            (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) * 0.5f);
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip("Its mentions (every alias) per million tokens over time, in the Timeline");
    }
    if (ImGui::CollapsingHeader("Aliases and merges", ImGuiTreeNodeFlags_DefaultOpen)) {
      for (const std::string& alias : entities_->aliases(*e)) {
        ImGui::PushID(alias.c_str());
        ImGui::BulletText("%s", alias.c_str());
        if (entities_->aliases(*e).size() > 1) {
          ImGui::SameLine();
          if (ImGui::SmallButton("split")) {
            pending_.push_back(CurationAction{.kind = CurationKind::split, .aliases = {alias}});
          }
        }
        ImGui::PopID();
      }
      for (const Merge& m : e->merges) {
        ImGui::TextDisabled("%s -> %s: %s", m.from.c_str(), m.into.c_str(), to_string(m.reason));
      }
    }
    if (ImGui::CollapsingHeader("Type evidence")) {
      for (const Evidence& ev : e->evidence) {
        ImGui::BulletText("%s %s (%u)", to_string(ev.kind), ev.detail.c_str(), ev.count);
      }
    }
    if (ImGui::CollapsingHeader("Mentions per year", ImGuiTreeNodeFlags_DefaultOpen)) {
      draw_mentions_per_year(*e, selection);
    }
    if (ImGui::CollapsingHeader("Named in the same sentences", ImGuiTreeNodeFlags_DefaultOpen)) {
      for (const auto& [other, count] : cooccurring_with(index, 15)) {
        const Entity& o = entities_->entities[other];
        ImGui::PushID(static_cast<int>(other));
        if (ImGui::Selectable(o.name.c_str(), false)) choose(o.name, selection, requests);
        ImGui::SameLine(ImGui::GetContentRegionAvail().x - 40.0f);
        ImGui::Text("%u", count);
        ImGui::PopID();
      }
    }
    if (ImGui::CollapsingHeader("Mentions in context", ImGuiTreeNodeFlags_DefaultOpen)) {
      draw_contexts(index, selection, requests);
    }
  }

  void draw_mentions_per_year(const Entity& e, const Selection& selection) {
    std::map<int, float> per_year;
    std::uint32_t undated = 0;  // mentions in documents without a date: said, not charted
    for (const DocCount& d : e.docs) {
      if (!selection.documents->contains(d.doc)) continue;
      const auto period = document_period(corpus_->document(d.doc).meta);
      if (!period) {
        undated += d.mentions;
        continue;
      }
      per_year[static_cast<int>(period->begin.year())] += static_cast<float>(d.mentions);
    }
    if (undated > 0) ImGui::TextDisabled("%u mentions in undated documents (not charted)", undated);
    if (per_year.empty()) {
      ImGui::TextDisabled("No dated document names it.");
      return;
    }
    const int first = per_year.begin()->first;
    const int last = per_year.rbegin()->first;
    std::vector<float> values(static_cast<std::size_t>(last - first + 1), 0.0f);
    for (const auto& [year, count] : per_year) values[static_cast<std::size_t>(year - first)] = count;
    const std::string label = std::to_string(first) + " .. " + std::to_string(last);
    if (values.size() > 1) {
      ImGui::PlotHistogram("##per-year", values.data(), static_cast<int>(values.size()), 0,
                           label.c_str(), 0.0f, FLT_MAX, ImVec2(-1, 60));
    }
    // The counts as text too: a single year makes no chart, and exact numbers help.
    std::string counts;
    for (const auto& [year, count] : per_year) {
      counts += (counts.empty() ? "" : ",  ") + std::to_string(year) + ": " +
                std::to_string(static_cast<int>(count));
    }
    ImGui::TextWrapped("%s", counts.c_str());
  }

  void draw_contexts(std::uint32_t entity, const Selection& selection, ViewRequests& requests) {
    std::size_t shown = 0;
    for (const std::uint32_t m : mentions_of_[entity]) {
      const EntityMention& mention = entities_->mentions[m];
      if (!selection.documents->contains(mention.doc)) continue;
      if (++shown > kContextMentions) break;
      const std::string_view text = corpus_->document(mention.doc).meta.text;
      const std::uint32_t begin =
          char_start(text, mention.offset > kContextBytes ? mention.offset - kContextBytes : 0);
      const std::uint32_t name_end = mention.offset + mention.length;
      const std::uint32_t end = char_start(
          text, std::min<std::uint32_t>(static_cast<std::uint32_t>(text.size()), name_end + kContextBytes));
      const std::string left = one_line(text.substr(begin, mention.offset - begin));
      const std::string name(text.substr(mention.offset, mention.length));
      const std::string right = one_line(text.substr(name_end, end - name_end));
      ImGui::PushID(static_cast<int>(m));
      if (ImGui::Selectable("##context", false)) {
        requests.open_reader = ReaderTarget{mention.doc, mention.offset, 0};
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open in the Reader");
      ImGui::SameLine(0, 0);
      ImGui::TextDisabled("...%s", left.c_str());
      ImGui::SameLine(0, 0);
      ImGui::TextColored(ImGui::GetStyleColorVec4(ImGuiCol_PlotHistogram), "%s", name.c_str());
      ImGui::SameLine(0, 0);
      ImGui::TextDisabled("%s...", right.c_str());
      ImGui::PopID();
    }
  }

  // ---- curation --------------------------------------------------------------------------

  // An alias that names entity e for the overlay: its most frequent surface form.
  std::string alias_of(const Entity& e) const {
    const std::vector<std::string> aliases = entities_->aliases(e);
    return aliases.empty() ? e.name : aliases.front();
  }

  void draw_entity_curation(const Entity& e) {
    ImGui::SetNextItemWidth(180.0f);
    if (rename_edit_.empty()) rename_edit_ = e.name;
    ImGui::InputText("##rename", &rename_edit_);
    ImGui::SameLine();
    if (ImGui::Button("Rename") && !rename_edit_.empty() && rename_edit_ != e.name) {
      pending_.push_back(
          CurationAction{.kind = CurationKind::rename, .aliases = {alias_of(e)}, .name = rename_edit_});
      chosen_ = rename_edit_;
    }
    ImGui::SameLine();
    int type = static_cast<int>(e.type);
    ImGui::SetNextItemWidth(80.0f);
    if (ImGui::Combo("##retype", &type, kTypeFilters + 1, 4) && type != static_cast<int>(e.type)) {
      pending_.push_back(CurationAction{.kind = CurationKind::retype,
                                        .aliases = {alias_of(e)},
                                        .type = static_cast<EntityType>(type)});
    }
    ImGui::SameLine();
    if (!e.hidden && ImGui::Button("Hide")) {
      pending_.push_back(CurationAction{.kind = CurationKind::hide, .aliases = {alias_of(e)}});
    }
  }

  void merge_marked() {
    CurationAction merge{.kind = CurationKind::merge};
    for (const std::string& name : marked_) {
      for (const Entity& e : entities_->entities) {
        if (e.name == name) merge.aliases.push_back(alias_of(e));
      }
    }
    if (merge.aliases.size() < 2) return;
    pending_.push_back(std::move(merge));
    chosen_ = marked_.front();
    marked_.clear();
  }

  const Entity* entity_named(const nlohmann::json& value) const {
    if (!value.is_string() || !entities_) return nullptr;
    for (const Entity& e : entities_->entities) {
      if (e.name == value.get<std::string>()) return &e;
    }
    return nullptr;
  }

  // The curation buttons, from the page: lectern.set('entities', 'hide', 'NAME') and so on.
  bool curate_from_page(const std::string& key, const nlohmann::json& value) {
    if (key == "undo") {
      if (!entity_state().can_undo() && pending_.empty()) return false;
      pending_.push_back(std::nullopt);
      return true;
    }
    if (key == "merge") {
      if (!value.is_array()) return false;
      marked_.clear();
      for (const auto& name : value) {
        if (entity_named(name) == nullptr) return false;
        marked_.push_back(name.get<std::string>());
      }
      merge_marked();
      return true;
    }
    if (key == "hide") {
      const Entity* e = entity_named(value);
      if (e == nullptr) return false;
      pending_.push_back(CurationAction{.kind = CurationKind::hide, .aliases = {alias_of(*e)}});
      return true;
    }
    if (key == "split" && value.is_string()) {  // an alias, out of its entity
      pending_.push_back(
          CurationAction{.kind = CurationKind::split, .aliases = {value.get<std::string>()}});
      return true;
    }
    if ((key == "rename" || key == "retype") && value.is_array() && value.size() == 2 &&
        value[1].is_string()) {
      const Entity* e = entity_named(value[0]);
      if (e == nullptr) return false;
      if (key == "rename") {
        pending_.push_back(CurationAction{.kind = CurationKind::rename,
                                          .aliases = {alias_of(*e)},
                                          .name = value[1].get<std::string>()});
        return true;
      }
      EntityType type{};
      if (!parse_entity_type(value[1].get<std::string>(), type)) return false;
      pending_.push_back(
          CurationAction{.kind = CurationKind::retype, .aliases = {alias_of(*e)}, .type = type});
      return true;
    }
    return false;
  }

  std::shared_ptr<const Corpus> corpus_;
  const Entities* entities_ = nullptr;
  std::uint64_t version_ = 0;
  std::uint64_t serial_ = 0;
  CooccurrenceGraph graph_;
  bool graph_stale_ = true;  // of an older selection or entity list
  std::vector<std::vector<std::uint32_t>> mentions_of_;  // per entity, into Entities::mentions
  std::vector<EntityRow> rows_;   // entities named in the selection
  std::vector<std::size_t> shown_;  // rows passing search and type, in table order
  bool rows_dirty_ = true;
  std::string search_;
  int type_filter_ = 0;
  bool show_hidden_ = false;
  int sort_column_ = kMentions;
  bool descending_ = true;
  std::string chosen_;
  std::string filter_entity_;
  std::string rename_edit_;
  std::vector<std::string> marked_;
  std::vector<std::optional<CurationAction>> pending_;  // curation to apply; nothing: undo
  ImVec2 show_trend_at_;  // the centre of the "Show trend" button, as last drawn
};

}  // namespace

std::unique_ptr<View> make_entities_view() { return std::make_unique<EntitiesView>(); }

}  // namespace lectern
