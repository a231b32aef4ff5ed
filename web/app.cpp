#include "app.h"

#include <algorithm>
#include <utility>

#include "entity_state.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "platform.h"

namespace lectern {
namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus;

const ImVec4 kErrorColour{1.0f, 0.45f, 0.4f, 1.0f};
const ImVec2 kStatusBarPadding{8.0f, 2.0f};

// The file a document came from: its id up to a record's "#N".
std::string_view file_of(std::string_view id) {
  const std::size_t hash = id.rfind('#');
  return hash == std::string_view::npos ? id : id.substr(0, hash);
}

std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

double milliseconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

App::App(std::string icu_message, Settings settings)
    : builder_(std::make_unique<CorpusBuilder>()),
      views_(make_views()),
      settings_(settings),
      icu_message_(std::move(icu_message)) {
  set_settings(settings);
  // The entity curation lives in its own store and is saved with the settings on every change.
  message_ = entity_state().load(settings_.entity_curation);
  entity_state().on_change = [this](const std::string& curation) {
    settings_.entity_curation = curation;
    platform::save_settings(to_json(settings_));
  };
}

void App::add_file(SourceFile file) {
  if (!building_) pending_ = files_;
  pending_.push_back(std::move(file));
  if (building_) {
    // The build in progress simply grows by one file: its corpus is not published yet.
    builder_->add(pending_.back());
    return;
  }
  start_build();
}

void App::add_files(std::vector<SourceFile> files) {
  for (SourceFile& file : files) add_file(std::move(file));
}

void App::add_pasted_text(std::string text) {
  if (text.empty()) return;
  add_file({"pasted-" + std::to_string(++pasted_count_) + ".txt", std::move(text)});
}

std::size_t App::remove_documents(const std::vector<std::string>& ids) {
  std::vector<SourceFile> kept = building_ ? pending_ : files_;
  const std::size_t before = kept.size();
  std::erase_if(kept, [&](const SourceFile& file) {
    return std::any_of(ids.begin(), ids.end(),
                       [&](const std::string& id) { return file_of(id) == file.path; });
  });
  const std::size_t removed = before - kept.size();
  if (removed == 0) return 0;
  builder_ = std::make_unique<CorpusBuilder>();
  pending_ = std::move(kept);
  start_build();
  return removed;
}

bool App::cancel_build() {
  if (!building_) return false;
  builder_ = std::make_unique<CorpusBuilder>();
  pending_.clear();
  building_ = false;
  message_ = "Indexing cancelled: the files being added were dropped.";
  return true;
}

void App::start_build() {
  for (const SourceFile& f : pending_) builder_->add(f);
  building_ = true;
}

bool App::show(std::string_view view_name) {
  for (std::size_t i = 0; i < views_.size(); ++i) {
    if (view_name == views_[i]->name()) {
      current_view_ = i;
      return true;
    }
  }
  return false;
}

void App::set_filter(Filter filter) {
  history_.push(std::move(filter));
  reselect();
}

void App::back() {
  history_.back();
  reselect();
}

void App::forward() {
  history_.forward();
  reselect();
}

bool App::open_document(std::string_view id, std::uint32_t offset) {
  if (!corpus_) return false;
  for (std::size_t d = 0; d < corpus_->document_count(); ++d) {
    if (corpus_->documents()[d].meta.id != id) continue;
    selection_.reader = ReaderTarget{static_cast<DocId>(d), offset, ++reader_serial_};
    show("reader");
    return true;
  }
  return false;
}

bool App::set_view_setting(std::string_view view, const std::string& key,
                           const nlohmann::json& value) {
  for (const auto& v : views_) {
    if (view == v->name()) return v->set(key, value);
  }
  return false;
}

void App::set_settings(Settings settings) {
  settings_ = settings;
  if (settings_.dark) {
    ImGui::StyleColorsDark();
  } else {
    ImGui::StyleColorsLight();
  }
  ImGui::GetIO().FontGlobalScale = settings_.text_scale;
}

void App::reselect() {
  const std::optional<ReaderTarget> reader = selection_.reader;
  selection_ = select(corpus_, corpus_serial_, history_.current(), ++selection_serial_);
  if (reader && corpus_ && to_index(reader->doc) < corpus_->document_count()) {
    selection_.reader = reader;
  }
}

void App::frame() {
  const auto start = std::chrono::steady_clock::now();
  build_for(kBuildSlice);
  // The entity: filter waits for the entities, extracted a slice a frame (entity_state.h).
  if (selection_.waiting_for_entities && corpus_ && entity_state().advance(*corpus_, corpus_serial_)) {
    reselect();
  }

  requests_ = {};
  current_view().prepare(selection_);
  // Room for one row of widgets (the progress bar is the tallest).
  const float status_bar_height = ImGui::GetFrameHeight() + 2.0f * kStatusBarPadding.y;
  draw_menu_bar();
  draw_filter_bar();
  draw_body(status_bar_height);
  draw_status_bar(status_bar_height);
  draw_paste_window();
  apply(requests_);

  if (corpus_) {
    const double ms = milliseconds_since(start);
    last_frame_ms_ = ms;
    if (drawn_corpus_) slowest_frame_ms_ = std::max(slowest_frame_ms_, ms);
    drawn_corpus_ = true;
  }
}

void App::build_for(std::chrono::microseconds budget) {
  if (!building_) return;
  if (!builder_->step(budget)) return;
  building_ = false;
  files_ = std::move(pending_);
  pending_.clear();
  swap_in(builder_->finish());
}

void App::swap_in(std::shared_ptr<const Corpus> corpus) {
  corpus_ = std::move(corpus);
  ++corpus_serial_;
  summary_ = summarize(*corpus_);
  selection_.reader.reset();
  reselect();
}

void App::apply(ViewRequests& requests) {
  if (!requests.remove_documents.empty()) remove_documents(requests.remove_documents);
  if (requests.filter) set_filter(std::move(*requests.filter));
  if (requests.open_reader) {
    selection_.reader = *requests.open_reader;
    selection_.reader->serial = ++reader_serial_;
    show("reader");
  }
}

void App::draw_menu_bar() {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("Open files...")) platform::request_open_files();
    if (ImGui::MenuItem("Open folder...")) platform::request_open_folder();
    if (ImGui::MenuItem("Paste text...")) paste_open_ = true;
    ImGui::Separator();
    const bool has_table = current_view().table().has_value();
    if (ImGui::MenuItem("Export table as CSV", nullptr, false, has_table)) export_current("csv");
    if (ImGui::MenuItem("Export table as JSON", nullptr, false, has_table)) export_current("json");
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    for (std::size_t i = 0; i < views_.size(); ++i) {
      if (ImGui::MenuItem(views_[i]->title(), nullptr, i == current_view_)) current_view_ = i;
    }
    ImGui::Separator();
    Settings next = settings_;
    if (ImGui::MenuItem("Dark theme", nullptr, settings_.dark)) next.dark = true;
    if (ImGui::MenuItem("Light theme", nullptr, !settings_.dark)) next.dark = false;
    if (ImGui::MenuItem("Larger text")) next.text_scale = std::min(2.0f, next.text_scale + 0.125f);
    if (ImGui::MenuItem("Smaller text")) next.text_scale = std::max(0.75f, next.text_scale - 0.125f);
    if (!(next == settings_)) {
      set_settings(next);
      platform::save_settings(to_json(settings_));
    }
    ImGui::EndMenu();
  }
  // The views as tabs of the menu bar too: one click away, as in most corpus tools.
  ImGui::Separator();
  for (std::size_t i = 0; i < views_.size(); ++i) {
    if (ImGui::MenuItem(views_[i]->title(), nullptr, i == current_view_)) current_view_ = i;
  }
  ImGui::EndMainMenuBar();
}

// Back and Forward, the filter's chips (each with a button that removes it) and "+ Filter".
void App::draw_filter_bar() {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float height = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().WindowPadding.y;
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x, height));
  if (ImGui::Begin("##filter-bar", nullptr, kPanelFlags | ImGuiWindowFlags_NoScrollbar)) {
    ImGui::BeginDisabled(!history_.can_go_back());
    if (ImGui::ArrowButton("##back", ImGuiDir_Left)) back();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Back");
    ImGui::SameLine();
    ImGui::BeginDisabled(!history_.can_go_forward());
    if (ImGui::ArrowButton("##forward", ImGuiDir_Right)) forward();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Forward");
    ImGui::SameLine();
    ImGui::TextDisabled("Filter:");
    const std::vector<FilterChip> chips = filter_chips(history_.current());
    if (chips.empty()) {
      ImGui::SameLine();
      ImGui::TextDisabled("all documents");
    }
    std::optional<Filter> next;
    for (std::size_t i = 0; i < chips.size(); ++i) {
      ImGui::SameLine();
      ImGui::PushID(static_cast<int>(i));
      const std::string label = chips[i].label + "  x";
      if (ImGui::Button(label.c_str())) next = without_chip(history_.current(), chips[i]);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this condition");
      ImGui::PopID();
    }
    ImGui::SameLine();
    if (ImGui::Button("+ Filter")) {
      date_from_edit_ = history_.current().date_from;
      date_to_edit_ = history_.current().date_to;
      ImGui::OpenPopup("filter-popup");
    }
    draw_filter_popup();
    if (corpus_) {
      ImGui::SameLine();
      ImGui::TextDisabled("%zu of %zu documents", selection_.document_count(),
                          corpus_->document_count());
      if (!selection_.filter.query.empty() && !selection_.query_error) {
        ImGui::SameLine();
        ImGui::TextDisabled("| %zu hits", selection_.hits.size());
      }
    }
    if (next) set_filter(std::move(*next));
  }
  ImGui::End();
}

void App::draw_filter_popup() {
  if (!ImGui::BeginPopup("filter-popup")) return;
  Filter next = history_.current();
  ImGui::TextDisabled("Dates: YYYY, YYYY-MM or YYYY-MM-DD; either may be empty");
  ImGui::SetNextItemWidth(120.0f);
  ImGui::InputTextWithHint("from", "1990", &date_from_edit_);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(120.0f);
  ImGui::InputTextWithHint("to", "2000-06", &date_to_edit_);
  ImGui::SameLine();
  if (ImGui::Button("Apply dates")) {
    next.date_from = date_from_edit_;
    next.date_to = date_to_edit_;
    set_filter(next);
    ImGui::CloseCurrentPopup();
  }
  ImGui::Separator();
  ImGui::TextDisabled("Languages");
  for (const auto& [language, documents] : summary_.languages) {
    bool on = std::find(next.languages.begin(), next.languages.end(), language) !=
              next.languages.end();
    const std::string label = language + " (" + std::to_string(documents) + ")";
    if (ImGui::Checkbox(label.c_str(), &on)) {
      if (on) {
        next.languages.push_back(language);
      } else {
        std::erase(next.languages, language);
      }
      set_filter(next);
    }
  }
  ImGui::Separator();
  if (ImGui::Button("Clear the whole filter")) {
    set_filter({});
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void App::draw_body(float status_bar_height) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float top = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().WindowPadding.y;
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x, viewport->WorkPos.y + top));
  ImGui::SetNextWindowSize(
      ImVec2(viewport->WorkSize.x, viewport->WorkSize.y - top - status_bar_height));
  if (ImGui::Begin("##body", nullptr, kPanelFlags)) {
    if (!icu_message_.empty()) ImGui::TextColored(kErrorColour, "%s", icu_message_.c_str());
    if (corpus_) {
      current_view().draw(selection_, requests_);
    } else if (building_) {
      const BuildProgress progress = builder_->progress();
      if (progress.phase == BuildPhase::reading) {
        ImGui::Text("Reading %zu of %zu files...", progress.files_done, progress.files_total);
      } else {
        ImGui::Text("Indexing %zu of %zu documents...", progress.documents_done,
                    progress.documents_total);
      }
      ImGui::ProgressBar(progress.fraction());
      if (ImGui::Button("Cancel")) cancel_build();
    } else {
      ImGui::TextDisabled(
          "No documents yet: File > Open files... or Open folder..., drop files here, or paste "
          "text (Ctrl+V).");
    }
  }
  ImGui::End();
}

void App::draw_status_bar(float height) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(
      ImVec2(viewport->WorkPos.x, viewport->WorkPos.y + viewport->WorkSize.y - height));
  ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x, height));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, kStatusBarPadding);
  if (ImGui::Begin("##status", nullptr, kPanelFlags)) {
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%zu documents  |  %zu tokens  |  %zu types", summary_.documents, summary_.tokens,
                summary_.types);
    for (const auto& [language, documents] : summary_.languages) {
      ImGui::SameLine();
      ImGui::TextDisabled("%s %zu", language.c_str(), documents);
    }
    if (!summary_.skipped.empty()) {
      ImGui::SameLine();
      ImGui::TextColored(kErrorColour, "|  %zu skipped", summary_.skipped.size());
    }
    if (building_) {
      const BuildProgress progress = builder_->progress();
      ImGui::SameLine();
      ImGui::TextUnformatted("|  indexing");
      ImGui::SameLine();
      ImGui::ProgressBar(progress.fraction(), ImVec2(160.0f, 0.0f));
      ImGui::SameLine();
      if (ImGui::SmallButton("Cancel")) cancel_build();
    } else if (!message_.empty()) {
      ImGui::SameLine();
      ImGui::TextColored(kErrorColour, "|  %s", message_.c_str());
    }
  }
  ImGui::End();
  ImGui::PopStyleVar();
}

void App::draw_paste_window() {
  if (!paste_open_) return;
  ImGui::SetNextWindowSize(ImVec2(520.0f, 320.0f), ImGuiCond_FirstUseEver);
  if (ImGui::Begin("Paste text", &paste_open_, ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::TextWrapped("Paste (Ctrl+V) or type a text; it becomes one document.");
    ImGui::InputTextMultiline("##paste", &paste_text_, ImVec2(-FLT_MIN, -ImGui::GetFrameHeightWithSpacing()));
    if (ImGui::Button("Add as a document")) {
      add_pasted_text(std::move(paste_text_));
      paste_text_.clear();
      paste_open_ = false;
    }
  }
  ImGui::End();
}

std::string App::export_table(std::string_view format, std::string& file_name) const {
  const std::optional<TableExport> table = views_[current_view_]->table();
  if (!table) return {};
  if (format == "json") {
    file_name = table->name + ".json";
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const auto& row : table->rows) {
      nlohmann::ordered_json object;
      for (std::size_t c = 0; c < table->columns.size() && c < row.size(); ++c) {
        object[table->columns[c]] = row[c];
      }
      rows.push_back(std::move(object));
    }
    return rows.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  file_name = table->name + ".csv";
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) out += (c ? "," : "") + csv_field(cells[c]);
    out += "\r\n";  // RFC 4180
  };
  line(table->columns);
  for (const auto& row : table->rows) line(row);
  return out;
}

void App::export_current(std::string_view format) {
  std::string file_name;
  const std::string body = export_table(format, file_name);
  if (body.empty()) return;
  platform::download(file_name, format == "json" ? "application/json" : "text/csv", body);
}

nlohmann::json App::location() const {
  const Filter& f = history_.current();
  nlohmann::json out = {{"view", views_[current_view_]->name()}};
  if (!f.query.empty()) out["q"] = f.query;
  if (!f.languages.empty()) out["lang"] = f.languages;
  if (!f.documents.empty()) out["doc"] = f.documents;
  if (!f.entity.empty()) out["entity"] = f.entity;
  if (!f.date_from.empty() || !f.date_to.empty()) {
    out["date"] = f.date_from == f.date_to ? f.date_from : f.date_from + ".." + f.date_to;
  }
  return out;
}

nlohmann::json App::status() const {
  nlohmann::json views = nlohmann::json::array();
  for (const auto& view : views_) views.push_back(view->name());
  nlohmann::json chips = nlohmann::json::array();
  for (const FilterChip& chip : filter_chips(history_.current())) chips.push_back(chip.label);
  const Filter& f = history_.current();
  nlohmann::json out = {
      {"documents", summary_.documents},
      {"tokens", summary_.tokens},
      {"types", summary_.types},
      {"languages", summary_.languages},
      {"skipped", summary_.skipped.size()},
      {"files", building_ ? pending_.size() : files_.size()},
      {"progress", building_ ? builder_->progress().fraction() : 1.0f},
      {"building", building_},
      {"view", views_[current_view_]->name()},
      {"views", views},
      {"viewState", views_[current_view_]->state()},
      {"filter",
       {{"dateFrom", f.date_from}, {"dateTo", f.date_to}, {"languages", f.languages},
        {"documents", f.documents}, {"entity", f.entity}, {"query", f.query}}},
      {"chips", chips},
      {"history", {{"position", history_.position()}, {"size", history_.size()}}},
      {"selected", selection_.document_count()},
      {"hits", selection_.hits.size()},
      {"queryError", selection_.query_error
                         ? nlohmann::json{{"message", selection_.query_error->message},
                                          {"column", selection_.query_error->column}}
                         : nlohmann::json(nullptr)},
      {"theme", settings_.dark ? "dark" : "light"},
      {"textScale", settings_.text_scale},
      {"message", message_},
      {"lastFrameMs", last_frame_ms_},
      {"slowestFrameMs", slowest_frame_ms_},
      {"icuMessage", icu_message_},
  };
  return out;
}

}  // namespace lectern
