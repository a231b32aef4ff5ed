// The Reader: one document's text with the filter query's hits, the entities' mentions and the
// dates it mentions highlighted and boilerplate lines dimmed, beside a panel of its metadata.
// Clicking a mention filters by its entity, clicking a date by its days. It shows the document
// the app last asked it to open (a double-clicked row, a concordance hit), scrolled to that
// place, or else the first document of the selection; Previous and Next step through the hits.
#include <algorithm>

#include "entity_state.h"
#include "extract/document_dates.h"
#include "imgui.h"
#include "views/text_layout.h"
#include "views/views.h"
#include "views/widgets.h"

namespace lectern {
namespace {

const ImVec4 kHitBackground{0.95f, 0.75f, 0.15f, 0.45f};
const ImVec4 kEntityBackground{0.30f, 0.55f, 0.95f, 0.30f};
const ImVec4 kDateBackground{0.30f, 0.80f, 0.45f, 0.30f};
constexpr float kMetadataWidth = 260.0f;

class ReaderView final : public View {
 public:
  const char* name() const override { return "reader"; }
  const char* title() const override { return "Reader"; }

  void prepare(const Selection& selection) override {
    corpus_ = selection.corpus;
    if (!corpus_ || corpus_->document_count() == 0) {
      doc_.reset();
      return;
    }
    bool just_opened = false;
    if (selection.reader && selection.reader->serial != target_serial_) {
      target_serial_ = selection.reader->serial;
      just_opened = true;
      doc_ = selection.reader->doc;
      scroll_to_ = selection.reader->offset;
      laid_out_ = false;
    }
    if (selection.corpus_serial != corpus_serial_) {
      corpus_serial_ = selection.corpus_serial;
      if (!selection.reader || to_index(selection.reader->doc) >= corpus_->document_count()) {
        doc_.reset();
      }
      laid_out_ = false;
    }
    if (!doc_ || selection.serial != hits_serial_) {
      // A document the new filter leaves out gives way to the first one it selects, unless the
      // Reader has just been sent to it.
      if (!doc_ ||
          (!just_opened && selection.documents && !selection.documents->contains(*doc_))) {
        doc_ = first_selected(selection);
      }
      laid_out_ = false;
    }
    if (!doc_) return;
    if (selection.serial != hits_serial_) {
      hits_serial_ = selection.serial;
      laid_out_ = false;
    }
    if (!laid_out_) collect_hits(selection);
    // Dates, mentions and boilerplate lines belong to the document, not to the filter: taken
    // again only for another document (or corpus), and mentions again after a curation.
    if (doc_ != marked_doc_ || selection.corpus_serial != marked_corpus_serial_) {
      marked_doc_ = doc_;
      marked_corpus_serial_ = selection.corpus_serial;
      marks_.boilerplate = corpus_->document(*doc_).meta.boilerplate;
      collect_dates();
      marks_.entities.clear();
      entity_of_mark_.clear();
      entities_version_.reset();
      laid_out_ = false;
    }
    // The entities come a slice a frame after a corpus is built; their marks once they are there.
    if (const Entities* found = entity_state().advance(*corpus_, selection.corpus_serial)) {
      if (entities_version_ != entity_state().version()) {
        entities_version_ = entity_state().version();
        collect_mentions(*found);
        laid_out_ = false;
      }
    }
  }

  void draw(const Selection& selection, ViewRequests& requests) override {
    if (!doc_) {
      ImGui::TextDisabled("No document to read: the filter selects none.");
      return;
    }
    const DocumentEntry& doc = corpus_->document(*doc_);
    draw_toolbar(selection, requests);

    const float metadata_width = kMetadataWidth * ImGui::GetFontSize() / 16.0f;
    ImGui::BeginChild("##text", ImVec2(-metadata_width, 0.0f), true);
    draw_text(doc.meta, selection, requests);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##metadata", ImVec2(0.0f, 0.0f), true);
    draw_metadata(doc, selection, requests);
    ImGui::EndChild();
  }

  nlohmann::json state() const override {
    if (!doc_) return {{"document", nullptr}};
    const Document& meta = corpus_->document(*doc_).meta;
    return {{"document", meta.id},      {"title", meta.title},
            {"hits", marks_.hits.size()}, {"boilerplateLines", meta.boilerplate.size()},
            {"entityMarks", marks_.entities.size()}, {"dateMarks", marks_.dates.size()},
            {"firstEntityMark", first_entity_mark_}, {"firstDateMark", first_date_mark_},
            {"lines", lines_.size()},    {"topLine", top_line_},
            {"wrapWidth", laid_out_width_}, {"widestLine", widest_line()}};
  }

 private:
  // The width of the longest laid-out line: at most wrapWidth when every line fits the view.
  float widest_line() const {
    float widest = 0;
    for (const TextLine& line : lines_) {
      if (!line.runs.empty()) widest = std::max(widest, line.runs.back().x + line.runs.back().width);
    }
    return widest;
  }

  // Nothing when the filter selects no document: the Reader then says so.
  static std::optional<DocId> first_selected(const Selection& selection) {
    for (std::size_t d = 0; d < selection.corpus->document_count(); ++d) {
      const auto doc = static_cast<DocId>(d);
      if (!selection.documents || selection.documents->contains(doc)) return doc;
    }
    return std::nullopt;
  }

  void collect_hits(const Selection& selection) {
    marks_.hits.clear();
    const DocumentEntry& doc = corpus_->document(*doc_);
    const std::uint32_t begin = to_index(doc.first_token);
    const std::uint32_t end = begin + doc.token_count;
    for (const Match& hit : selection.hits) {
      const std::uint32_t first = to_index(hit.first);
      if (first < begin || first >= end) continue;
      const TokenSpan a = corpus_->span_at(hit.first);
      const TokenSpan b = corpus_->span_at(static_cast<CorpusPos>(first + hit.length - 1));
      marks_.hits.push_back({a.offset, b.offset + b.length - a.offset});
    }
  }

  // The dates the text mentions that resolve to days of the calendar, found as the Timeline
  // finds them.
  void collect_dates() {
    marks_.dates.clear();
    date_of_mark_.clear();
    const DateTerms terms(corpus_->lexicon(), corpus_->document(*doc_).meta.language);
    for (TemporalExpression& date : document_dates(*corpus_, *doc_, terms)) {
      if (!date.resolved) continue;
      marks_.dates.push_back(date.span);
      date_of_mark_.push_back(std::move(date.period));
    }
  }

  // The mentions in this document of entities the curation has not hidden; mentions are in
  // corpus order, so the document's are one run of them.
  void collect_mentions(const Entities& found) {
    marks_.entities.clear();
    entity_of_mark_.clear();
    const auto first = std::lower_bound(
        found.mentions.begin(), found.mentions.end(), *doc_,
        [](const EntityMention& m, DocId doc) { return to_index(m.doc) < to_index(doc); });
    for (auto m = first; m != found.mentions.end() && m->doc == *doc_; ++m) {
      const Entity& entity = found.entities[m->entity];
      if (entity.hidden) continue;
      if (!marks_.entities.empty() &&
          marks_.entities.back().offset + marks_.entities.back().length > m->offset) {
        continue;  // overlapping another mention: the first one keeps the place
      }
      marks_.entities.push_back({m->offset, m->length});
      entity_of_mark_.push_back(entity.name);
    }
  }

  // The index of the mark in spans holding offset, if one does.
  static std::optional<std::size_t> mark_at(const std::vector<TextSpan>& spans, std::uint32_t offset) {
    const auto after = std::upper_bound(spans.begin(), spans.end(), offset,
                                        [](std::uint32_t o, const TextSpan& s) { return o < s.offset; });
    if (after == spans.begin()) return std::nullopt;
    const TextSpan& span = *(after - 1);
    if (offset >= span.offset + span.length) return std::nullopt;
    return static_cast<std::size_t>(after - 1 - spans.begin());
  }

  // A mention or a date under the pointer: its name or days in a tooltip; a click filters by it.
  void hover_mark(const TextRun& run, const ImVec2& at, const Selection& selection,
                  ViewRequests& requests) {
    if (!ImGui::IsWindowHovered() ||
        !ImGui::IsMouseHoveringRect(at, ImVec2(at.x + run.width, at.y + ImGui::GetFontSize()))) {
      return;
    }
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    Filter next = selection.filter;
    if (run.style == RunStyle::entity) {
      const auto mark = mark_at(marks_.entities, run.begin);
      if (!mark) return;
      ImGui::SetTooltip("%s: click to filter by it", entity_of_mark_[*mark].c_str());
      next.entity = entity_of_mark_[*mark];
    } else {
      const auto mark = mark_at(marks_.dates, run.begin);
      if (!mark) return;
      const DatePeriod& period = date_of_mark_[*mark];
      ImGui::SetTooltip("%s: click to filter by its days", period.value.c_str());
      next.date_from = format_day(period.begin);
      next.date_to = format_day(period.end);
    }
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) requests.filter = std::move(next);
  }

  void draw_toolbar(const Selection& selection, ViewRequests& requests) {
    const Document& meta = corpus_->document(*doc_).meta;
    ImGui::TextUnformatted(meta.title.empty() ? meta.id.c_str() : meta.title.c_str());
    ImGui::SameLine();
    if (selection.filter.query.empty()) {
      ImGui::TextDisabled("  (a query in the filter highlights its hits here)");
      return;
    }
    ImGui::TextDisabled("  %zu hits of \"%s\"", marks_.hits.size(), selection.filter.query.c_str());
    if (marks_.hits.empty()) return;
    ImGui::SameLine();
    if (ImGui::SmallButton("< Previous")) step_hit(-1, requests);
    ImGui::SameLine();
    if (ImGui::SmallButton("Next >")) step_hit(+1, requests);
  }

  void step_hit(int direction, ViewRequests& requests) {
    const int n = static_cast<int>(marks_.hits.size());
    current_hit_ = ((current_hit_ + direction) % n + n) % n;
    requests.open_reader = ReaderTarget{*doc_, marks_.hits[static_cast<std::size_t>(current_hit_)].offset, 0};
  }

  void draw_text(const Document& meta, const Selection& selection, ViewRequests& requests) {
    const float width = ImGui::GetContentRegionAvail().x;
    if (!laid_out_ || width != laid_out_width_) {
      lines_ = layout_text(meta.text, marks_, ImGui::GetFont(), ImGui::GetFontSize(), width);
      laid_out_ = true;
      laid_out_width_ = width;
    }
    const float line_height = ImGui::GetTextLineHeightWithSpacing();
    if (scroll_to_) {
      const std::size_t line = line_of(lines_, *scroll_to_);
      // A few lines of context above the place asked for.
      ImGui::SetScrollY(std::max(0.0f, (static_cast<float>(line) - 3.0f) * line_height));
      scroll_to_.reset();
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 plain = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 dimmed = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImU32 hit_background = ImGui::GetColorU32(kHitBackground);
    const ImU32 entity_background = ImGui::GetColorU32(kEntityBackground);
    const ImU32 date_background = ImGui::GetColorU32(kDateBackground);
    first_entity_mark_ = nullptr;
    first_date_mark_ = nullptr;
    const char* text = meta.text.data();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(lines_.size()), line_height);
    while (clipper.Step()) {
      top_line_ = static_cast<std::size_t>(clipper.DisplayStart);
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        for (const TextRun& run : lines_[static_cast<std::size_t>(i)].runs) {
          const ImVec2 at(origin.x + run.x, origin.y);
          const ImVec2 corner(at.x + run.width, at.y + ImGui::GetFontSize());
          if (run.style == RunStyle::hit) draw->AddRectFilled(at, corner, hit_background, 2.0f);
          if (run.style == RunStyle::entity || run.style == RunStyle::date) {
            const bool entity = run.style == RunStyle::entity;
            draw->AddRectFilled(at, corner, entity ? entity_background : date_background, 2.0f);
            // Where the first of each kind shows, for the page's state (and the tests' clicks).
            nlohmann::json& first = entity ? first_entity_mark_ : first_date_mark_;
            if (first.is_null()) {
              first = {{"x", (at.x + corner.x) / 2}, {"y", (at.y + corner.y) / 2},
                       {"text", std::string(text + run.begin, text + run.end)}};
            }
            hover_mark(run, at, selection, requests);
          }
          draw->AddText(at, run.style == RunStyle::boilerplate ? dimmed : plain, text + run.begin,
                        text + run.end);
        }
        ImGui::Dummy(ImVec2(1.0f, ImGui::GetTextLineHeight()));
      }
    }
    clipper.End();
  }

  void draw_metadata(const DocumentEntry& doc, const Selection& selection,
                     ViewRequests& requests) {
    const Document& meta = doc.meta;
    auto field = [](const char* label, const std::string& value) {
      ImGui::TextDisabled("%s", label);
      ImGui::TextWrapped("%s", value.empty() ? "-" : value.c_str());
    };
    field("Title", meta.title);
    field("Document", meta.id);
    field("Date", meta.date.empty() ? meta.date : meta.date + " (from " + to_string(meta.date_source) + ")");
    field("Language", meta.language);
    field("Author", meta.author);
    field("Source", meta.source);
    ImGui::TextDisabled("Counts");
    ImGui::Text("%u tokens, %u sentences", static_cast<unsigned>(doc.token_count),
                static_cast<unsigned>(doc.sentence_count));
    ImGui::Text("%zu boilerplate lines (dimmed)", meta.boilerplate.size());
    ImGui::Spacing();
    if (ImGui::Button("Filter to this document")) {
      Filter next = selection.filter;
      if (std::find(next.documents.begin(), next.documents.end(), meta.id) == next.documents.end()) {
        next.documents.push_back(meta.id);
      }
      requests.filter = std::move(next);
    }
  }

  std::shared_ptr<const Corpus> corpus_;
  std::uint64_t corpus_serial_ = 0;
  std::uint64_t hits_serial_ = 0;
  std::uint64_t target_serial_ = 0;
  std::optional<DocId> doc_;
  std::optional<std::uint32_t> scroll_to_;
  TextMarks marks_;
  std::vector<std::string> entity_of_mark_;  // the entity's name, by mark
  std::vector<DatePeriod> date_of_mark_;
  std::optional<DocId> marked_doc_;  // whose dates and mentions marks_ holds
  std::uint64_t marked_corpus_serial_ = 0;
  std::optional<std::uint64_t> entities_version_;  // of the mentions marked
  nlohmann::json first_entity_mark_;  // the first visible mention: centre and text
  nlohmann::json first_date_mark_;
  int current_hit_ = -1;
  std::vector<TextLine> lines_;
  bool laid_out_ = false;
  float laid_out_width_ = 0;
  std::size_t top_line_ = 0;
};

}  // namespace

std::unique_ptr<View> make_reader_view() { return std::make_unique<ReaderView>(); }

}  // namespace lectern
