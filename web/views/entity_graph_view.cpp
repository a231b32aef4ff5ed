// Entity graph: the entities of the selection most often named, joined where they are named in
// the same sentences (extract/cooccurrence.h: edge weight is the count of shared sentences,
// logDice shown on hover), laid out by Fruchterman and Reingold's force-directed method
// ("Graph drawing by force-directed placement", 1991): every pair of nodes repels with k^2/d,
// every edge attracts with d^2/k, k = C sqrt(area / nodes), and each node moves at most a
// "temperature" that cools linearly to nothing. The iterations run a few per frame, so the page
// stays responsive while the picture settles. Wheel zooms, dragging the background pans,
// dragging a node moves it, clicking a node makes its entity the filter's. Labels are placed
// greedily, most named entity first: each takes the first of four places around its node that
// stays inside the view and overlaps no label or node placed before it, or goes without (its
// name shows on hover), so names never print over each other.
#include <algorithm>
#include <cmath>
#include <optional>
#include <random>

#include "entity_state.h"
#include "extract/cooccurrence.h"
#include "imgui.h"
#include "views/views.h"

namespace lectern {
namespace {

constexpr std::size_t kMaxNodes = 60;
constexpr std::size_t kMaxEdges = 240;
constexpr int kIterations = 300;
constexpr int kIterationsPerFrame = 10;
constexpr float kLayoutSize = 1000.0f;  // layout units: a square this wide
constexpr float kLoneRadius = 0.45f;    // of kLayoutSize: where gravity holds an unlinked node
constexpr float kLegendHeight = 28.0f;  // the strip at the bottom with the type colours

struct LabelBox {
  ImVec2 min;
  ImVec2 max;
  bool overlaps(const LabelBox& o) const {
    return min.x < o.max.x && o.min.x < max.x && min.y < o.max.y && o.min.y < max.y;
  }
  bool inside(ImVec2 lo, ImVec2 hi) const {
    return min.x >= lo.x && min.y >= lo.y && max.x <= hi.x && max.y <= hi.y;
  }
};

struct GraphNode {
  std::uint32_t entity = 0;
  std::uint32_t units = 0;
  ImVec2 at;
  ImVec2 move;
};

class EntityGraphView final : public View {
 public:
  const char* name() const override { return "graph"; }
  const char* title() const override { return "Entity graph"; }

  void prepare(const Selection& selection) override {
    corpus_ = selection.corpus;
    if (!corpus_ || !selection.documents) {
      entities_ = nullptr;
      return;
    }
    EntityState& store = entity_state();
    entities_ = store.advance(*corpus_, selection.corpus_serial);
    if (!entities_) {  // extracting: a slice a frame, its progress drawn meanwhile
      nodes_.clear();
      edges_.clear();
      return;
    }
    if (store.version() == version_ && selection.serial == serial_) {
      step_layout();
      return;
    }
    const bool same_entities = store.version() == version_;
    version_ = store.version();
    serial_ = selection.serial;
    build_graph(*selection.documents, same_entities);
  }

  void draw(const Selection& selection, ViewRequests& requests) override {
    if (!entities_) {
      if (corpus_) draw_extraction_progress();
      return;
    }
    ImGui::TextDisabled("%zu entities, %zu links (shared sentences); layout %d/%d. Wheel zooms, "
                        "drag pans or moves a node, click a node to filter by it.",
                        nodes_.size(), edges_.size(), iteration_, kIterations);
    ImGui::SameLine();
    if (ImGui::SmallButton("Re-layout")) restart_layout();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(std::max(100.0f, ImGui::GetContentRegionAvail().x),
                      std::max(100.0f, ImGui::GetContentRegionAvail().y));
    canvas_origin_ = origin;
    canvas_size_ = size;
    ImGui::InvisibleButton("##graph", size);
    const int hovered = node_at(ImGui::GetIO().MousePos);
    handle_input(hovered, selection, requests);
    place_labels(hovered, selection.filter.entity);
    draw_graph(hovered, selection.filter.entity);
  }

  nlohmann::json state() const override {
    nlohmann::json out = {{"nodes", nodes_.size()},
                          {"edges", edges_.size()},
                          {"iteration", iteration_},
                          {"settled", iteration_ >= kIterations},
                          {"zoom", zoom_},
                          {"extracting", corpus_ != nullptr && entities_ == nullptr}};
    if (!entities_) return out;
    nlohmann::json names = nlohmann::json::array();
    nlohmann::json places = nlohmann::json::array();
    for (const GraphNode& n : nodes_) {
      names.push_back(entities_->entities[n.entity].name);
      const ImVec2 p = to_screen(n.at);
      places.push_back({p.x, p.y});
    }
    out["names"] = names;
    out["screen"] = places;  // where each node is drawn, in page pixels
    // The labels drawn (the rest show on hover), and checks of their placement: pairs that
    // overlap, and labels reaching outside the view; both should be 0.
    std::size_t shown = 0;
    std::size_t overlapping = 0;
    std::size_t outside = 0;
    const ImVec2 end(canvas_origin_.x + canvas_size_.x, canvas_origin_.y + canvas_size_.y);
    for (std::size_t i = 0; i < labels_.size(); ++i) {
      if (!labels_[i]) continue;
      ++shown;
      if (!labels_[i]->inside(canvas_origin_, end)) ++outside;
      for (std::size_t j = i + 1; j < labels_.size(); ++j) {
        if (labels_[j] && labels_[i]->overlaps(*labels_[j])) ++overlapping;
      }
    }
    out["labels"] = shown;
    out["labelOverlaps"] = overlapping;
    out["labelsOutside"] = outside;
    return out;
  }

  bool set(const std::string& key, const nlohmann::json& value) override {
    if (key == "relayout") {
      restart_layout();
      return true;
    }
    if (key == "zoom" && value.is_number()) {
      zoom_ = std::clamp(value.get<float>(), 0.1f, 10.0f);
      return true;
    }
    return false;
  }

  std::optional<TableExport> table() const override {
    if (!entities_) return std::nullopt;
    TableExport out{"entity-graph", {"source", "target", "sentences", "logDice"}, {}};
    for (const EntityEdge& e : edges_) {
      out.rows.push_back({entities_->entities[nodes_[e.a].entity].name,
                          entities_->entities[nodes_[e.b].entity].name, std::to_string(e.count),
                          std::to_string(e.log_dice)});
    }
    return out;
  }

 private:
  // The most named entities and the strongest links among them; edges point into nodes_.
  void build_graph(const DocSet& documents, bool same_entities) {
    const CooccurrenceGraph graph =
        entity_cooccurrence(*entities_, documents, CooccurrenceScope::sentence);
    std::vector<EntityNode> ranked = graph.nodes;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const EntityNode& a, const EntityNode& b) { return a.units > b.units; });
    if (ranked.size() > kMaxNodes) ranked.resize(kMaxNodes);
    std::vector<int> slot(entities_->entities.size(), -1);
    // Entities already on screen keep their places, so filtering by a node does not scatter
    // the picture; the layout then only settles what changed.
    std::vector<std::optional<ImVec2>> kept(entities_->entities.size());
    if (same_entities) {
      for (const GraphNode& n : nodes_) {
        if (n.entity < kept.size()) kept[n.entity] = n.at;
      }
    }
    nodes_.clear();
    for (const EntityNode& n : ranked) {
      slot[n.entity] = static_cast<int>(nodes_.size());
      nodes_.push_back({n.entity, n.units, {}, {}});
    }
    edges_.clear();
    max_count_ = 1;
    for (const EntityEdge& e : graph.edges) {  // strongest first
      if (slot[e.a] < 0 || slot[e.b] < 0) continue;
      edges_.push_back({static_cast<std::uint32_t>(slot[e.a]), static_cast<std::uint32_t>(slot[e.b]),
                        e.count, e.log_dice});
      max_count_ = std::max(max_count_, e.count);
      if (edges_.size() >= kMaxEdges) break;
    }
    max_units_ = nodes_.empty() ? 1 : std::max<std::uint32_t>(1, nodes_.front().units);
    restart_layout();
    std::size_t placed = 0;
    for (GraphNode& n : nodes_) {
      if (kept[n.entity]) {
        n.at = *kept[n.entity];
        ++placed;
      }
    }
    if (placed * 2 >= nodes_.size() && placed > 0) iteration_ = kIterations * 2 / 3;
  }

  void restart_layout() {
    // A fixed seed: the same selection gives the same picture.
    std::mt19937 random(7);
    std::uniform_real_distribution<float> place(0.0f, kLayoutSize);
    for (GraphNode& n : nodes_) n.at = ImVec2(place(random), place(random));
    iteration_ = 0;
  }

  void step_layout() {
    for (int i = 0; i < kIterationsPerFrame && iteration_ < kIterations; ++i, ++iteration_) {
      layout_iteration();
    }
  }

  // One Fruchterman-Reingold iteration over all pairs (a few thousand for 60 nodes).
  void layout_iteration() {
    if (nodes_.empty()) return;
    const float k = 0.8f * std::sqrt(kLayoutSize * kLayoutSize / static_cast<float>(nodes_.size()));
    const float temperature =
        kLayoutSize / 10.0f * (1.0f - static_cast<float>(iteration_) / kIterations);
    for (GraphNode& n : nodes_) n.move = ImVec2(0, 0);
    for (std::size_t a = 0; a < nodes_.size(); ++a) {
      for (std::size_t b = a + 1; b < nodes_.size(); ++b) {
        ImVec2 d(nodes_[a].at.x - nodes_[b].at.x, nodes_[a].at.y - nodes_[b].at.y);
        const float distance = std::max(0.01f, std::sqrt(d.x * d.x + d.y * d.y));
        const float force = k * k / distance;
        const ImVec2 push(d.x / distance * force, d.y / distance * force);
        nodes_[a].move = ImVec2(nodes_[a].move.x + push.x, nodes_[a].move.y + push.y);
        nodes_[b].move = ImVec2(nodes_[b].move.x - push.x, nodes_[b].move.y - push.y);
      }
    }
    // Gravity towards the centre, g * d: without it, entities linked to nothing drift to the
    // square's border and pile up on its corners. Against the repulsion of the other n - 1 nodes
    // (about (n - 1) k^2 / d) a lone node settles where g d = (n - 1) k^2 / d, chosen to be
    // kLoneRadius from the centre.
    const float gravity = static_cast<float>(nodes_.size() - 1) * k * k /
                          (kLoneRadius * kLayoutSize * kLoneRadius * kLayoutSize);
    for (GraphNode& n : nodes_) {
      n.move = ImVec2(n.move.x - gravity * (n.at.x - kLayoutSize * 0.5f),
                      n.move.y - gravity * (n.at.y - kLayoutSize * 0.5f));
    }
    for (const EntityEdge& e : edges_) {
      GraphNode& a = nodes_[e.a];
      GraphNode& b = nodes_[e.b];
      const ImVec2 d(a.at.x - b.at.x, a.at.y - b.at.y);
      const float distance = std::max(0.01f, std::sqrt(d.x * d.x + d.y * d.y));
      const float force = distance * distance / k;
      const ImVec2 pull(d.x / distance * force, d.y / distance * force);
      a.move = ImVec2(a.move.x - pull.x, a.move.y - pull.y);
      b.move = ImVec2(b.move.x + pull.x, b.move.y + pull.y);
    }
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      if (static_cast<int>(i) == dragged_) continue;  // the user holds it
      GraphNode& n = nodes_[i];
      const float length = std::max(0.01f, std::sqrt(n.move.x * n.move.x + n.move.y * n.move.y));
      const float step = std::min(length, temperature);
      n.at = ImVec2(std::clamp(n.at.x + n.move.x / length * step, 0.0f, kLayoutSize),
                    std::clamp(n.at.y + n.move.y / length * step, 0.0f, kLayoutSize));
    }
  }

  ImVec2 to_screen(ImVec2 p) const {
    const float fit = std::min(canvas_size_.x, canvas_size_.y) / (kLayoutSize * 1.15f) * zoom_;
    const ImVec2 centre(canvas_origin_.x + canvas_size_.x * 0.5f + pan_.x,
                        canvas_origin_.y + canvas_size_.y * 0.5f + pan_.y);
    return ImVec2(centre.x + (p.x - kLayoutSize * 0.5f) * fit,
                  centre.y + (p.y - kLayoutSize * 0.5f) * fit);
  }

  ImVec2 to_layout(ImVec2 s) const {
    const float fit = std::min(canvas_size_.x, canvas_size_.y) / (kLayoutSize * 1.15f) * zoom_;
    const ImVec2 centre(canvas_origin_.x + canvas_size_.x * 0.5f + pan_.x,
                        canvas_origin_.y + canvas_size_.y * 0.5f + pan_.y);
    return ImVec2((s.x - centre.x) / fit + kLayoutSize * 0.5f,
                  (s.y - centre.y) / fit + kLayoutSize * 0.5f);
  }

  float radius(const GraphNode& n) const {
    // Area follows the count: the radius grows with its square root.
    return 4.0f + 14.0f * std::sqrt(static_cast<float>(n.units) / static_cast<float>(max_units_));
  }

  int node_at(ImVec2 mouse) const {
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const ImVec2 p = to_screen(nodes_[i].at);
      const float r = radius(nodes_[i]) + 3.0f;
      if ((mouse.x - p.x) * (mouse.x - p.x) + (mouse.y - p.y) * (mouse.y - p.y) <= r * r) {
        return static_cast<int>(i);
      }
    }
    return -1;
  }

  void handle_input(int hovered, const Selection& selection, ViewRequests& requests) {
    ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsItemHovered() && io.MouseWheel != 0.0f) {
      const ImVec2 before = to_layout(io.MousePos);
      zoom_ = std::clamp(zoom_ * std::pow(1.15f, io.MouseWheel), 0.1f, 10.0f);
      // Keep the point under the pointer where it was.
      const ImVec2 after = to_screen(before);
      pan_ = ImVec2(pan_.x + io.MousePos.x - after.x, pan_.y + io.MousePos.y - after.y);
    }
    if (ImGui::IsItemActivated()) {
      dragged_ = hovered;
      moved_ = false;
    }
    if (ImGui::IsItemActive() && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f)) {
      moved_ = true;
      if (dragged_ >= 0) {
        nodes_[static_cast<std::size_t>(dragged_)].at = to_layout(io.MousePos);
      } else {
        pan_ = ImVec2(pan_.x + io.MouseDelta.x, pan_.y + io.MouseDelta.y);
      }
    }
    if (ImGui::IsItemDeactivated()) {
      if (dragged_ >= 0 && !moved_) {
        Filter next = selection.filter;
        next.entity = entities_->entities[nodes_[static_cast<std::size_t>(dragged_)].entity].name;
        requests.filter = std::move(next);
      }
      dragged_ = -1;
    }
  }

  // Where each node's name goes, or nothing: greedy, in order of importance (the hovered node,
  // the filter's entity, then by sentences named in, as nodes_ is ranked), first fit of right,
  // left, above, below; a place must stay inside the view and clear of every placed label and
  // of the other nodes' discs (or, where no place is, of the labels only).
  void place_labels(int hovered, const std::string& filter_entity) {
    labels_.assign(nodes_.size(), std::nullopt);
    if (!entities_) return;
    const ImVec2 lo = canvas_origin_;
    const ImVec2 hi(canvas_origin_.x + canvas_size_.x,
                    canvas_origin_.y + canvas_size_.y - kLegendHeight);
    std::vector<LabelBox> taken;
    std::vector<LabelBox> discs(nodes_.size());
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const ImVec2 p = to_screen(nodes_[i].at);
      const float r = radius(nodes_[i]);
      discs[i] = {ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r)};
    }
    std::vector<std::size_t> order(nodes_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto rank = [&](std::size_t i) {
      if (static_cast<int>(i) == hovered) return 0;
      return entities_->entities[nodes_[i].entity].name == filter_entity ? 1 : 2;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
    for (const std::size_t i : order) {
      const ImVec2 text = ImGui::CalcTextSize(entities_->entities[nodes_[i].entity].name.c_str());
      const ImVec2 p = to_screen(nodes_[i].at);
      const float r = radius(nodes_[i]) + 2.0f;
      const ImVec2 corners[] = {
          ImVec2(p.x + r, p.y - text.y * 0.5f),           // right
          ImVec2(p.x - r - text.x, p.y - text.y * 0.5f),  // left
          ImVec2(p.x - text.x * 0.5f, p.y - r - text.y),  // above
          ImVec2(p.x - text.x * 0.5f, p.y + r),           // below
      };
      // A place clear of the other nodes too if there is one; else one clear of labels only,
      // so a big node in a crowded centre still gets its name.
      for (const bool avoid_nodes : {true, false}) {
        for (const ImVec2& c : corners) {
          const LabelBox box{c, ImVec2(c.x + text.x, c.y + text.y)};
          if (!box.inside(lo, hi)) continue;
          bool clear = true;
          for (const LabelBox& t : taken) clear = clear && !box.overlaps(t);
          for (std::size_t j = 0; avoid_nodes && j < discs.size() && clear; ++j) {
            clear = j == i || !box.overlaps(discs[j]);
          }
          if (!clear) continue;
          labels_[i] = box;
          taken.push_back(box);
          break;
        }
        if (labels_[i]) break;
      }
    }
  }

  void draw_graph(int hovered, const std::string& filter_entity) const {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(canvas_origin_.x + canvas_size_.x, canvas_origin_.y + canvas_size_.y);
    draw->PushClipRect(canvas_origin_, end, true);
    draw->AddRectFilled(canvas_origin_, end, ImGui::GetColorU32(ImGuiCol_FrameBg));
    const ImVec4 line = ImGui::GetStyleColorVec4(ImGuiCol_PlotLines);
    for (const EntityEdge& e : edges_) {
      const bool lit = hovered >= 0 && (e.a == static_cast<std::uint32_t>(hovered) ||
                                        e.b == static_cast<std::uint32_t>(hovered));
      const float share = static_cast<float>(e.count) / static_cast<float>(max_count_);
      const ImU32 colour = ImGui::GetColorU32(
          ImVec4(line.x, line.y, line.z, lit ? 0.95f : 0.15f + 0.5f * share));
      draw->AddLine(to_screen(nodes_[e.a].at), to_screen(nodes_[e.b].at), colour,
                    1.0f + 3.0f * share);
    }
    const ImU32 type_colours[] = {IM_COL32(240, 130, 90, 255), IM_COL32(110, 170, 250, 255),
                                  IM_COL32(120, 210, 120, 255), IM_COL32(200, 180, 120, 255)};
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    // The window's colour, half see-through: darker than the canvas in the dark theme, lighter
    // in the light one, so the name stands out either way.
    const ImVec4 window = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    const ImU32 label_backing = ImGui::GetColorU32(ImVec4(window.x, window.y, window.z, 0.6f));
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      const GraphNode& n = nodes_[i];
      const Entity& e = entities_->entities[n.entity];
      const ImVec2 p = to_screen(n.at);
      const float r = radius(n);
      draw->AddCircleFilled(p, r, type_colours[static_cast<int>(e.type) % 4]);
      if (e.name == filter_entity || static_cast<int>(i) == hovered) {
        draw->AddCircle(p, r + 3.0f, text, 0, 2.0f);
      }
      if (labels_[i]) {
        // A backing keeps a name readable where it crosses links and nodes.
        draw->AddRectFilled(ImVec2(labels_[i]->min.x - 1.0f, labels_[i]->min.y),
                            ImVec2(labels_[i]->max.x + 1.0f, labels_[i]->max.y), label_backing, 3.0f);
        draw->AddText(labels_[i]->min, text, e.name.c_str());
      }
    }
    float x = canvas_origin_.x + 8.0f;
    for (int t = 0; t < 4; ++t) {
      const char* label = to_string(static_cast<EntityType>(t));
      const float mid = end.y - kLegendHeight * 0.5f;
      draw->AddCircleFilled(ImVec2(x + 6.0f, mid), 6.0f, type_colours[t]);
      draw->AddText(ImVec2(x + 16.0f, mid - ImGui::GetTextLineHeight() * 0.5f), text, label);
      x += ImGui::CalcTextSize(label).x + 32.0f;
    }
    draw->PopClipRect();
    if (hovered >= 0) {
      const GraphNode& n = nodes_[static_cast<std::size_t>(hovered)];
      const Entity& e = entities_->entities[n.entity];
      ImGui::SetTooltip("%s (%s): named in %u sentences", e.name.c_str(), to_string(e.type), n.units);
    }
  }

  std::shared_ptr<const Corpus> corpus_;
  const Entities* entities_ = nullptr;
  std::uint64_t version_ = 0;
  std::uint64_t serial_ = 0;
  std::vector<GraphNode> nodes_;
  std::vector<EntityEdge> edges_;  // a and b index nodes_
  std::uint32_t max_count_ = 1;
  std::uint32_t max_units_ = 1;
  int iteration_ = 0;
  float zoom_ = 1.0f;
  ImVec2 pan_;
  ImVec2 canvas_origin_;
  ImVec2 canvas_size_{800, 600};
  std::vector<std::optional<LabelBox>> labels_;  // per node, in page pixels, from place_labels
  int dragged_ = -1;
  bool moved_ = false;
};

}  // namespace

std::unique_ptr<View> make_entity_graph_view() { return std::make_unique<EntityGraphView>(); }

}  // namespace lectern
