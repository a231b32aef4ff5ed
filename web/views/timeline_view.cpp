// Timeline: when the selected documents were written and which dates their texts mention, as
// two histograms on one time axis (analysis/timeline.h, bucket counts as time_buckets.h counts
// them: a dated thing in the bucket holding its first day), with trend lines for chosen words or
// entities (hits per million tokens per bucket, term_trend; "entity:NAME" counts every mention of
// the curated entity under any alias, found by the query language's entity: leaf) and the list
// of mentioned dates with their sentences. Undated documents have no place on the axis: their
// count is written beside the histogram, so nothing leaves the picture unsaid. The axis zooms with the wheel and pans by dragging; Shift-drag picks a date range
// that becomes the filter's. The bucket size follows the visible span (bucket_size_for).
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <map>
#include <optional>
#include <sstream>
#include <string_view>
#include <variant>

#include "analysis/match.h"
#include "analysis/time_buckets.h"
#include "analysis/timeline.h"
#include "entity_state.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "query/evaluate.h"
#include "views/views.h"

namespace lectern {
namespace {

constexpr float kHistogramHeight = 190.0f;
constexpr float kTrendHeight = 90.0f;
constexpr double kMinSpanDays = 20.0;
constexpr std::string_view kEntityPrefix = "entity:";

double day_number(CivilDay day) {
  return static_cast<double>(std::chrono::sys_days(day).time_since_epoch().count());
}

CivilDay civil_day(double number) {
  return CivilDay(std::chrono::sys_days(std::chrono::days(static_cast<int>(std::floor(number)))));
}

struct Bar {
  double begin = 0;  // day numbers, end exclusive
  double end = 0;
  std::size_t documents = 0;
  std::size_t mentions = 0;
};

// The name after "entity:" (quotes around it dropped), or nothing for a plain word or phrase.
std::optional<std::string> entity_of_trend(std::string_view term) {
  if (term.size() <= kEntityPrefix.size()) return std::nullopt;
  for (std::size_t i = 0; i < kEntityPrefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(term[i])) != kEntityPrefix[i]) return std::nullopt;
  }
  std::string name(term.substr(kEntityPrefix.size()));
  if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
  if (name.empty()) return std::nullopt;
  return name;
}

struct Trend {
  std::string term;
  bool entity = false;  // an entity's mentions rather than a word or phrase
  std::vector<TrendBucket> buckets;
  double peak = 0;
};

class TimelineView final : public View {
 public:
  const char* name() const override { return "timeline"; }
  const char* title() const override { return "Timeline"; }

  void prepare(const Selection& selection) override {
    corpus_ = selection.corpus;
    corpus_serial_ = selection.corpus_serial;
    if (!corpus_ || !selection.documents) {
      timeline_.reset();
      return;
    }
    // An entity's trend follows the curation (a merge adds the merged alias's mentions).
    if (has_entity_trend_ && entity_state().version() != entity_version_) trends_dirty_ = true;
    if (selection.serial != serial_ || !timeline_) {
      serial_ = selection.serial;
      documents_ = selection.documents;
      timeline_ = build_timeline(*corpus_, *documents_);
      fit_extent();
      bars_size_.reset();
      trends_dirty_ = true;
    }
    if (!timeline_ || extent_hi_ <= extent_lo_) return;
    const BucketSize size = bucket_size_for(civil_day(view_lo_), civil_day(view_hi_));
    if (!bars_size_ || *bars_size_ != size) {
      bars_size_ = size;
      count_bars(size);
      trends_dirty_ = true;
    }
    if (trends_dirty_) {
      compute_trends();
      trends_dirty_ = false;
    }
  }

  void draw(const Selection& selection, ViewRequests& requests) override {
    if (!timeline_) return;
    draw_controls();
    if (extent_hi_ <= extent_lo_) {
      ImGui::TextDisabled("Nothing in the selection is dated.");
      return;
    }
    draw_axis_chart(selection, requests);
    draw_events(requests);
  }

  nlohmann::json state() const override {
    nlohmann::json out = {{"viewFrom", format_day(civil_day(view_lo_))},
                          {"viewTo", format_day(civil_day(view_hi_))},
                          {"bucket", bars_size_ ? to_string(*bars_size_) : ""},
                          {"trendTerms", trend_text_}};
    if (!timeline_) return out;
    out["documents"] = timeline_->documents.size();
    out["undated"] = timeline_->undated.size();
    out["legend"] = documents_legend();
    out["events"] = timeline_->events.size();
    out["rows"] = visible_events_.second - visible_events_.first;
    std::size_t docs = 0;
    std::size_t mentions = 0;
    for (const Bar& bar : bars_) {
      docs += bar.documents;
      mentions += bar.mentions;
    }
    out["bars"] = bars_.size();
    out["barDocuments"] = docs;
    out["barMentions"] = mentions;
    nlohmann::json trends = nlohmann::json::array();
    for (const Trend& t : trends_) {
      std::size_t hits = 0;
      for (const TrendBucket& b : t.buckets) hits += b.hits;
      trends.push_back({{"term", t.term}, {"entity", t.entity}, {"hits", hits},
                        {"peakPerMillion", t.peak}});
    }
    out["trends"] = trends;
    nlohmann::json first = nlohmann::json::array();
    for (std::size_t i = visible_events_.first;
         i < std::min(visible_events_.second, visible_events_.first + 5); ++i) {
      const TimelineEvent& e = timeline_->events[i];
      first.push_back({{"date", e.expression.period.value},
                       {"document", corpus_->document(e.doc).meta.id},
                       {"offset", e.expression.span.offset},
                       {"sentence", e.snippet}});
    }
    out["firstEvents"] = first;
    return out;
  }

  bool set(const std::string& key, const nlohmann::json& value) override {
    if (key == "trend" && value.is_string()) {
      trend_text_ = value.get<std::string>();
      trend_edit_ = trend_text_;
      trends_dirty_ = true;
      return true;
    }
    // One more line, unless it is drawn already (the Entities view's "Show trend").
    if (key == "addTrend" && value.is_string() && !value.get<std::string>().empty()) {
      const std::string term = value.get<std::string>();
      const std::vector<std::string> terms = trend_terms();
      if (std::find(terms.begin(), terms.end(), term) == terms.end()) {
        trend_text_ += (trend_text_.empty() ? "" : ", ") + term;
        trend_edit_ = trend_text_;
        trends_dirty_ = true;
      }
      return true;
    }
    // The visible span, as the wheel and dragging would set it: ["1990", "2000-06-30"].
    if (key == "zoom" && value.is_array() && value.size() == 2 && value[0].is_string() &&
        value[1].is_string()) {
      const auto lo = parse_date_anchor(value[0].get<std::string>());
      const auto hi = parse_date_anchor(value[1].get<std::string>());
      if (!lo || !hi || day_number(hi->day) <= day_number(lo->day)) return false;
      view_lo_ = day_number(lo->day);
      view_hi_ = day_number(hi->day) + 1;
      return true;
    }
    if (key == "fit") {
      fit_view();
      return true;
    }
    return false;
  }

  std::optional<TableExport> table() const override {
    if (!timeline_) return std::nullopt;
    TableExport out{"timeline", {"date", "document", "offset", "sentence"}, {}};
    for (const TimelineEvent& e : timeline_->events) {
      out.rows.push_back({e.expression.period.value, corpus_->document(e.doc).meta.id,
                          std::to_string(e.expression.span.offset), e.snippet});
    }
    return out;
  }

 private:
  // ---- prepared data ---------------------------------------------------------------------

  void fit_extent() {
    extent_lo_ = extent_hi_ = 0;
    bool any = false;
    auto widen = [&](const DatePeriod& p) {
      const double lo = day_number(p.begin);
      const double hi = day_number(p.end) + 1;
      extent_lo_ = any ? std::min(extent_lo_, lo) : lo;
      extent_hi_ = any ? std::max(extent_hi_, hi) : hi;
      any = true;
    };
    for (const DatedDocument& d : timeline_->documents) widen(d.period);
    for (const TimelineEvent& e : timeline_->events) widen(e.expression.period);
    if (!any) return;
    // A new selection keeps the user's zoom when it still falls within the data.
    if (view_hi_ <= view_lo_ || view_lo_ >= extent_hi_ || view_hi_ <= extent_lo_) fit_view();
  }

  void fit_view() {
    const double margin = std::max(1.0, (extent_hi_ - extent_lo_) * 0.03);
    view_lo_ = extent_lo_ - margin;
    view_hi_ = extent_hi_ + margin;
  }

  void count_bars(BucketSize size) {
    std::map<double, Bar> by_start;
    auto bar_for = [&](CivilDay day) -> Bar& {
      const DatePeriod bucket = bucket_of(day, size);
      const double begin = day_number(bucket.begin);
      Bar& bar = by_start[begin];
      bar.begin = begin;
      bar.end = day_number(bucket.end) + 1;
      return bar;
    };
    for (const DatedDocument& d : timeline_->documents) ++bar_for(d.period.begin).documents;
    for (const TimelineEvent& e : timeline_->events) ++bar_for(e.expression.period.begin).mentions;
    bars_.clear();
    max_documents_ = max_mentions_ = 0;
    for (const auto& [start, bar] : by_start) {
      bars_.push_back(bar);
      max_documents_ = std::max(max_documents_, bar.documents);
      max_mentions_ = std::max(max_mentions_, bar.mentions);
    }
  }

  // The comma-separated terms of the trend box, trimmed.
  std::vector<std::string> trend_terms() const {
    std::vector<std::string> out;
    std::stringstream terms(trend_text_);
    std::string term;
    while (std::getline(terms, term, ',')) {
      term.erase(0, term.find_first_not_of(' '));
      term.erase(term.find_last_not_of(' ') + 1);
      if (!term.empty()) out.push_back(term);
    }
    return out;
  }

  // Every mention of the entity called name (by its name, an alias or, for a person, the
  // surname), from the app's curated list, in the selected documents.
  std::vector<Match> entity_mentions(const std::string& name) {
    EntityState& store = entity_state();
    const Entities& entities = store.entities(*corpus_, corpus_serial_);
    entity_version_ = store.version();
    Query query;
    query.kind = Query::Kind::field;
    query.field = QueryField::entity;
    query.value = name;
    auto found = find_matches(*corpus_, query, *documents_, entities);
    if (auto* hits = std::get_if<std::vector<Match>>(&found)) return std::move(*hits);
    return {};
  }

  void compute_trends() {
    trends_.clear();
    has_entity_trend_ = false;
    if (!bars_size_) return;
    for (const std::string& term : trend_terms()) {
      const std::optional<std::string> entity = entity_of_trend(term);
      has_entity_trend_ = has_entity_trend_ || entity.has_value();
      const std::vector<Match> hits =
          entity ? entity_mentions(*entity) : match_phrase(*corpus_, term, *documents_);
      Trend trend{term, entity.has_value(), term_trend(*corpus_, *documents_, hits, *bars_size_), 0};
      for (const TrendBucket& b : trend.buckets) trend.peak = std::max(trend.peak, b.per_million);
      trends_.push_back(std::move(trend));
    }
  }

  // ---- drawing ---------------------------------------------------------------------------

  void draw_controls() {
    ImGui::SetNextItemWidth(320.0f);
    if (ImGui::InputTextWithHint("Trend", "words, or entity:Name; comma-separated; Enter", &trend_edit_,
                                 ImGuiInputTextFlags_EnterReturnsTrue)) {
      trend_text_ = trend_edit_;
      trends_dirty_ = true;
    }
    ImGui::SameLine();
    if (ImGui::Button("Fit")) fit_view();
    ImGui::SameLine();
    ImGui::TextDisabled("%zu dated documents (%zu undated), %zu mentioned dates; by %s. "
                        "Wheel zooms, drag pans, Shift-drag picks a date range.",
                        timeline_->documents.size(), timeline_->undated.size(),
                        timeline_->events.size(), bars_size_ ? to_string(*bars_size_) : "");
  }

  // Undated documents cannot be placed on the axis; their count stands in the histogram's legend.
  std::string documents_legend() const {
    if (timeline_->undated.empty()) return "documents written";
    return "documents written (" + std::to_string(timeline_->undated.size()) +
           " undated, not shown)";
  }

  float x_of(double day, float left, float width) const {
    return left + static_cast<float>((day - view_lo_) / (view_hi_ - view_lo_)) * width;
  }
  double day_at(float x, float left, float width) const {
    return view_lo_ + (x - left) / width * (view_hi_ - view_lo_);
  }

  void draw_axis_chart(const Selection& selection, ViewRequests& requests) {
    const float height = kHistogramHeight + (trends_.empty() ? 0.0f : kTrendHeight) + 22.0f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(100.0f, ImGui::GetContentRegionAvail().x);
    ImGui::InvisibleButton("##timeline-axis", ImVec2(width, height));
    handle_input(origin.x, width, selection, requests);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(origin.x + width, origin.y + height);
    draw->PushClipRect(origin, end, true);
    draw->AddRectFilled(origin, end, ImGui::GetColorU32(ImGuiCol_FrameBg));
    draw_filter_range(selection.filter, draw, origin, width, height);
    const float base = origin.y + kHistogramHeight;
    const ImU32 doc_colour = ImGui::GetColorU32(ImGuiCol_PlotHistogram);
    const ImU32 mention_colour = ImGui::GetColorU32(ImGuiCol_PlotLines);
    for (const Bar& bar : bars_) {
      if (bar.end < view_lo_ || bar.begin > view_hi_) continue;
      const float x0 = x_of(bar.begin, origin.x, width);
      const float x1 = x_of(bar.end, origin.x, width);
      const float mid = (x0 + x1) * 0.5f;
      const float gap = std::min(1.0f, (x1 - x0) * 0.1f);
      if (bar.documents > 0) {
        const float h = (kHistogramHeight - 16.0f) * static_cast<float>(bar.documents) /
                        static_cast<float>(std::max<std::size_t>(1, max_documents_));
        draw->AddRectFilled(ImVec2(x0 + gap, base - h), ImVec2(mid, base), doc_colour);
      }
      if (bar.mentions > 0) {
        const float h = (kHistogramHeight - 16.0f) * static_cast<float>(bar.mentions) /
                        static_cast<float>(std::max<std::size_t>(1, max_mentions_));
        draw->AddRectFilled(ImVec2(mid, base - h), ImVec2(x1 - gap, base), mention_colour);
      }
    }
    draw_trends(draw, origin.x, width, base + 2.0f);
    draw_ticks(draw, origin, width, height);
    if (selecting_) {
      const float a = x_of(select_from_, origin.x, width);
      const float b = x_of(select_to_, origin.x, width);
      draw->AddRectFilled(ImVec2(std::min(a, b), origin.y), ImVec2(std::max(a, b), end.y),
                          IM_COL32(255, 220, 80, 60));
    }
    const std::string legend = documents_legend();
    draw->AddText(ImVec2(origin.x + 6, origin.y + 2), doc_colour, legend.c_str());
    draw->AddText(ImVec2(origin.x + 6 + ImGui::CalcTextSize(legend.c_str()).x + 24.0f, origin.y + 2),
                  mention_colour, "dates mentioned");
    draw->PopClipRect();
  }

  void draw_filter_range(const Filter& filter, ImDrawList* draw, ImVec2 origin, float width,
                         float height) const {
    if (filter.date_from.empty() && filter.date_to.empty()) return;
    const auto lo = parse_date_anchor(filter.date_from);
    const auto hi = parse_date_anchor(filter.date_to);
    const float a = lo ? x_of(day_number(lo->day), origin.x, width) : origin.x;
    const float b = hi ? x_of(day_number(hi->day) + 1, origin.x, width) : origin.x + width;
    draw->AddRectFilled(ImVec2(a, origin.y), ImVec2(b, origin.y + height),
                        IM_COL32(120, 200, 255, 40));
  }

  void draw_trends(ImDrawList* draw, float left, float width, float top) const {
    if (trends_.empty()) return;
    const ImU32 colours[] = {IM_COL32(255, 120, 90, 255), IM_COL32(120, 230, 120, 255),
                             IM_COL32(200, 140, 255, 255), IM_COL32(255, 220, 80, 255)};
    const float bottom = top + kTrendHeight - 4.0f;
    float label_x = left + 6.0f;
    for (std::size_t t = 0; t < trends_.size(); ++t) {
      const Trend& trend = trends_[t];
      const ImU32 colour = colours[t % 4];
      std::vector<ImVec2> points;
      for (const TrendBucket& b : trend.buckets) {
        const double mid = (day_number(b.period.begin) + day_number(b.period.end) + 1) * 0.5;
        const float y = trend.peak > 0
                            ? bottom - static_cast<float>(b.per_million / trend.peak) * (kTrendHeight - 20.0f)
                            : bottom;
        points.emplace_back(x_of(mid, left, width), y);
      }
      if (points.size() > 1) draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour, 0, 2.0f);
      for (const ImVec2& p : points) draw->AddCircleFilled(p, 2.5f, colour);
      char label[160];
      std::snprintf(label, sizeof label, "%s (peak %.0f per million)", trend.term.c_str(), trend.peak);
      draw->AddText(ImVec2(label_x, top), colour, label);
      label_x += ImGui::CalcTextSize(label).x + 16.0f;
    }
  }

  // Year ticks, or month ticks when a month is wide enough to label; never more than one tick
  // per few pixels, whatever the span.
  void draw_ticks(ImDrawList* draw, ImVec2 origin, float width, float height) const {
    const float y = origin.y + height - 18.0f;
    const ImU32 colour = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const double days_per_pixel = (view_hi_ - view_lo_) / width;
    const CivilDay lo = civil_day(view_lo_);
    const CivilDay hi = civil_day(view_hi_);
    const int lo_month = static_cast<int>(lo.year()) * 12 + static_cast<int>(static_cast<unsigned>(lo.month())) - 1;
    const int hi_month = static_cast<int>(hi.year()) * 12 + static_cast<int>(static_cast<unsigned>(hi.month())) - 1;
    int step = 1;  // in months: 1, 3, 12, 24, 60, 120, ...
    const int steps[] = {1, 3, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000};
    for (const int candidate : steps) {
      step = candidate;
      if (30.44 * step / days_per_pixel >= 64.0) break;
    }
    const int first = (lo_month / step) * step;
    for (int m = first, drawn = 0; m <= hi_month && drawn < 200; m += step, ++drawn) {
      const int year = m >= 0 ? m / 12 : (m - 11) / 12;
      const unsigned month = static_cast<unsigned>(m - year * 12 + 1);
      const CivilDay day{std::chrono::year(year), std::chrono::month(month), std::chrono::day(1)};
      const float x = x_of(day_number(day), origin.x, width);
      char text[32];
      if (step % 12 == 0) {
        std::snprintf(text, sizeof text, "%d", year);
      } else {
        std::snprintf(text, sizeof text, "%d-%02u", year, month);
      }
      draw->AddLine(ImVec2(x, y - 4), ImVec2(x, y), colour);
      draw->AddText(ImVec2(x + 2, y), colour, text);
    }
  }

  void handle_input(float left, float width, const Selection& selection, ViewRequests& requests) {
    ImGuiIO& io = ImGui::GetIO();
    const bool hovered = ImGui::IsItemHovered();
    if (hovered && io.MouseWheel != 0.0f) {
      const double at = day_at(io.MousePos.x, left, width);
      const double factor = std::pow(0.85, io.MouseWheel);
      const double span = std::max(kMinSpanDays, (view_hi_ - view_lo_) * factor);
      const double share = (at - view_lo_) / (view_hi_ - view_lo_);
      view_lo_ = at - share * span;
      view_hi_ = view_lo_ + span;
    }
    if (ImGui::IsItemActivated()) {
      selecting_ = io.KeyShift;
      select_from_ = select_to_ = day_at(io.MousePos.x, left, width);
    }
    if (ImGui::IsItemActive()) {
      if (selecting_) {
        select_to_ = day_at(io.MousePos.x, left, width);
      } else if (io.MouseDelta.x != 0.0f) {
        const double shift = -io.MouseDelta.x / width * (view_hi_ - view_lo_);
        view_lo_ += shift;
        view_hi_ += shift;
      }
    }
    if (ImGui::IsItemDeactivated() && selecting_) {
      selecting_ = false;
      const double lo = std::min(select_from_, select_to_);
      const double hi = std::max(select_from_, select_to_);
      if ((hi - lo) / (view_hi_ - view_lo_) * width >= 3.0) {
        Filter next = selection.filter;
        next.date_from = format_day(civil_day(lo));
        next.date_to = format_day(civil_day(hi));
        requests.filter = std::move(next);
      }
    }
    if (hovered && !ImGui::IsItemActive()) {
      ImGui::SetTooltip("%s", format_day(civil_day(day_at(io.MousePos.x, left, width))).c_str());
    }
  }

  // The mentioned dates in the visible span, with their sentences; a click opens the Reader.
  void draw_events(ViewRequests& requests) {
    const auto& events = timeline_->events;
    auto first_at_or_after = [&](double day) {
      return static_cast<std::size_t>(
          std::partition_point(events.begin(), events.end(),
                               [&](const TimelineEvent& e) {
                                 return day_number(e.expression.period.begin) < day;
                               }) -
          events.begin());
    };
    visible_events_ = {first_at_or_after(view_lo_), first_at_or_after(view_hi_)};
    ImGui::Text("%zu mentioned dates in view", visible_events_.second - visible_events_.first);
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                      ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable |
                                      ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("timeline-events", 3, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, 150.0f);
    ImGui::TableSetupColumn("Document", ImGuiTableColumnFlags_WidthFixed, 220.0f);
    ImGui::TableSetupColumn("Sentence", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(visible_events_.second - visible_events_.first));
    while (clipper.Step()) {
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        const std::size_t i = visible_events_.first + static_cast<std::size_t>(r);
        const TimelineEvent& e = events[i];
        const Document& meta = corpus_->document(e.doc).meta;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(e.expression.period.value.c_str(), false,
                              ImGuiSelectableFlags_SpanAllColumns)) {
          requests.open_reader = ReaderTarget{e.doc, e.expression.span.offset, 0};
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open in the Reader");
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(meta.title.empty() ? meta.id.c_str() : meta.title.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(e.snippet.c_str());
      }
    }
    ImGui::EndTable();
  }

  std::shared_ptr<const Corpus> corpus_;
  std::uint64_t corpus_serial_ = 0;
  std::uint64_t serial_ = 0;
  std::optional<DocSet> documents_;
  std::optional<Timeline> timeline_;
  double extent_lo_ = 0;  // day numbers of the data's first and (after its) last day
  double extent_hi_ = 0;
  double view_lo_ = 0;  // the visible span
  double view_hi_ = 0;
  std::optional<BucketSize> bars_size_;
  std::vector<Bar> bars_;
  std::size_t max_documents_ = 0;
  std::size_t max_mentions_ = 0;
  std::string trend_edit_;
  std::string trend_text_;
  std::vector<Trend> trends_;
  bool trends_dirty_ = false;
  bool has_entity_trend_ = false;
  std::uint64_t entity_version_ = 0;  // of the entity list the entity trends were counted on
  bool selecting_ = false;
  double select_from_ = 0;
  double select_to_ = 0;
  std::pair<std::size_t, std::size_t> visible_events_{0, 0};
};

}  // namespace

std::unique_ptr<View> make_timeline_view() { return std::make_unique<TimelineView>(); }

}  // namespace lectern
