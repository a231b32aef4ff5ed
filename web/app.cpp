#include "app.h"

#include <algorithm>
#include <utility>
#include <variant>

#include "entity_state.h"
#include "extract/curation.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "platform.h"
#include "session.h"
#include "view_image.h"
#include "views/row_picks.h"

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
  // The entity curation lives in its own store and is saved for its corpus on every change.
  entity_state().on_change = [this](const std::string&) { save_corpus_settings(); };
}

void App::add_file(SourceFile file) {
  if (!building_) pending_ = files_;
  SourceDigest digest = source_digest(file);
  pending_.push_back({std::move(file), std::move(digest)});
  if (building_) {
    // The build in progress simply grows by one file: its corpus is not published yet.
    builder_->add(pending_.back().source);
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
  std::vector<CorpusFile> kept = building_ ? pending_ : files_;
  const std::size_t before = kept.size();
  std::erase_if(kept, [&](const CorpusFile& file) {
    return std::any_of(ids.begin(), ids.end(),
                       [&](const std::string& id) { return file_of(id) == file.source.path; });
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
  for (const CorpusFile& f : pending_) builder_->add(f.source);
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

void App::set_font_status(nlohmann::json state, std::string notice) {
  font_state_ = std::move(state);
  font_notice_ = std::move(notice);
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
  draw_embed_window();
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
  if (!corpus_) platform::mark("indexed");  // the first corpus: a step of start-up
  corpus_ = std::move(corpus);
  ++corpus_serial_;
  summary_ = summarize(*corpus_);
  selection_.reader.reset();
  adopt_corpus_settings();
  reselect();
}

// What was saved for these files, if anything. A corpus the user changed in this session (files
// added or removed) and that has nothing saved of its own keeps the curation it had: the edit
// made it a new corpus, not a different one, and the user's work must not vanish with it.
void App::adopt_corpus_settings() {
  std::vector<SourceDigest> digests;
  digests.reserve(files_.size());
  for (const CorpusFile& file : files_) digests.push_back(file.digest);
  const std::string fingerprint = fingerprint_of(std::move(digests));
  if (fingerprint == corpus_fingerprint_) return;
  const bool first = corpus_fingerprint_.empty();
  corpus_fingerprint_ = fingerprint;
  const std::string saved = platform::load_corpus_settings(fingerprint);
  if (!saved.empty()) {
    const std::string problem =
        entity_state().load(corpus_settings_from_json(saved).entity_curation);
    if (!problem.empty()) message_ = problem;
  } else if (!first && !entity_state().curation().actions.empty()) {
    save_corpus_settings();
  }
}

void App::save_corpus_settings() const {
  if (corpus_fingerprint_.empty()) return;
  const Curation& curation = entity_state().curation();
  const CorpusSettings settings{curation.actions.empty() ? "" : curation_json(curation)};
  platform::save_corpus_settings(corpus_fingerprint_, to_json(settings));
}

void App::apply(ViewRequests& requests) {
  if (!requests.remove_documents.empty()) remove_documents(requests.remove_documents);
  if (requests.filter) set_filter(std::move(*requests.filter));
  for (const ViewRequests::ViewSetting& s : requests.view_settings) {
    set_view_setting(s.view, s.key, s.value);
  }
  if (requests.show_view) show(*requests.show_view);
  if (requests.open_reader) {
    selection_.reader = *requests.open_reader;
    selection_.reader->serial = ++reader_serial_;
    show("reader");
  }
  if (requests.copy_picked_rows) copy_picked_rows();
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
    const bool has_picks = has_table && !current_view().picked_rows().empty();
    if (ImGui::MenuItem("Copy picked rows", "Ctrl+C", false, has_picks)) copy_picked_rows();
    if (ImGui::MenuItem("Save view as PNG")) request_view_image();
    ImGui::Separator();
    if (ImGui::MenuItem("Export session")) {
      platform::download(kSessionFileName, "application/json", session_file());
    }
    if (ImGui::MenuItem("Import session...")) platform::request_import_session();
    if (ImGui::MenuItem("Copy embed code")) copy_embed_code();
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
    view_rect_ = {ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowSize().x,
                  ImGui::GetWindowSize().y};
    if (!icu_message_.empty()) ImGui::TextColored(kErrorColour, "%s", icu_message_.c_str());
    if (corpus_) {
      current_view().draw(selection_, requests_);
    } else if (building_) {
      const BuildProgress progress = builder_->progress();
      if (progress.phase == BuildPhase::reading) {
        ImGui::Text("Reading %zu of %zu files...", progress.files_done, progress.files_total);
      } else if (progress.phase == BuildPhase::postings) {
        ImGui::Text("Indexing the words of %zu documents...", progress.documents_total);
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
    if (!font_notice_.empty()) {
      ImGui::SameLine();
      ImGui::TextColored(kErrorColour, "|  %s", font_notice_.c_str());
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
      {"filter", filter_json(f)},
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
      {"fonts", font_state_},
      {"corpusFingerprint", corpus_fingerprint_},
      {"viewRect",
       {{"x", view_rect_.x}, {"y", view_rect_.y}, {"width", view_rect_.width},
        {"height", view_rect_.height}}},
      {"picked", views_[current_view_]->picked_rows().size()},
      {"embedCode", embed_open_ ? nlohmann::json(embed_code_) : nlohmann::json(nullptr)},
      // Whether a text field has the keyboard, so a test can wait for its click to land.
      {"typing", ImGui::GetIO().WantTextInput},
  };
  return out;
}

// ---- persistence, export, sharing ------------------------------------------------------------

std::string App::session_file() const {
  Session session;
  session.corpus_fingerprint = corpus_fingerprint_;
  session.corpus_documents = summary_.documents;
  session.corpus_urls = platform::corpus_urls();
  session.settings = settings_;
  const Curation& curation = entity_state().curation();
  if (!curation.actions.empty()) session.entity_curation = curation_json(curation);
  session.view = views_[current_view_]->name();
  session.filter = history_.current();
  return session_json(session);
}

nlohmann::json App::import_session(const std::string& text) {
  auto parsed = parse_session(text);
  if (const auto* error = std::get_if<SessionError>(&parsed)) {
    message_ = "Session not imported: " + error->message;
    return {{"ok", false}, {"error", error->message}};
  }
  Session& session = std::get<Session>(parsed);
  std::vector<std::string> warnings;
  const bool other_corpus =
      !session.corpus_fingerprint.empty() && session.corpus_fingerprint != corpus_fingerprint_;
  if (other_corpus) {
    warnings.push_back("it was saved for another corpus (" +
                       std::to_string(session.corpus_documents) +
                       " documents); curation actions naming entities this one lacks are skipped");
  }
  set_settings(session.settings);
  platform::save_settings(to_json(settings_));
  // One step of the curation's undo: Undo curation goes back to what it was before the import.
  if (std::string problem = entity_state().replace(session.entity_curation); !problem.empty()) {
    warnings.push_back(std::move(problem));
  }
  save_corpus_settings();
  // Documents this corpus does not have would select nothing: they are left out of the filter.
  Filter filter = session.filter;
  const std::size_t asked = filter.documents.size();
  std::erase_if(filter.documents, [&](const std::string& id) {
    if (!corpus_) return true;
    for (const auto& doc : corpus_->documents()) {
      if (doc.meta.id == id) return false;
    }
    return true;
  });
  if (filter.documents.size() < asked) {
    warnings.push_back(std::to_string(asked - filter.documents.size()) +
                       " of its filter's documents are not in this corpus");
  }
  set_filter(std::move(filter));
  if (!session.view.empty() && !show(session.view)) {
    warnings.push_back("it names a view this version lacks: " + session.view);
  }
  message_ = "Session imported";
  for (std::size_t i = 0; i < warnings.size(); ++i) message_ += (i ? "; " : ", but ") + warnings[i];
  message_ += '.';
  return {{"ok", true}, {"warnings", warnings}};
}

nlohmann::json App::request_view_image() {
  view_image_requested_ = true;
  return {{"name", std::string("lectern-") + views_[current_view_]->name() + ".png"},
          {"width", static_cast<int>(view_rect_.width)},
          {"height", static_cast<int>(view_rect_.height)}};
}

void App::after_render(int framebuffer_height) {
  if (!view_image_requested_) return;
  view_image_requested_ = false;
  // The rectangle of this frame: the menu that asked may have closed, the page may have resized.
  const int x = static_cast<int>(view_rect_.x);
  const int y = static_cast<int>(view_rect_.y);
  const int width = static_cast<int>(view_rect_.width);
  const int height = static_cast<int>(view_rect_.height);
  const std::vector<unsigned char> pixels =
      read_frame_pixels(x, y, width, height, framebuffer_height);
  if (pixels.empty()) return;
  platform::download_png(std::string("lectern-") + views_[current_view_]->name() + ".png", width,
                         height, pixels.data());
}

bool App::pick_rows(const std::vector<std::size_t>& rows) { return current_view().pick_rows(rows); }

std::string App::picked_rows_text() const {
  const View& view = *views_[current_view_];
  const std::optional<TableExport> table = view.table();
  const std::vector<std::size_t> rows = view.picked_rows();
  if (!table || rows.empty()) return {};
  return tab_separated(*table, rows);
}

nlohmann::json App::copy_picked_rows() {
  const std::string text = picked_rows_text();
  if (text.empty()) return nullptr;
  platform::copy_to_clipboard(text);
  return text;
}

nlohmann::json App::copy_embed_code() {
  std::string url = platform::page_url_for(location().dump());
  // The URL inside an HTML attribute: & and " escaped, so any HTML page takes it as it is.
  std::string escaped;
  for (const char c : url) {
    if (c == '&') {
      escaped += "&amp;";
    } else if (c == '"') {
      escaped += "&quot;";
    } else {
      escaped += c;
    }
  }
  embed_code_ = "<iframe src=\"" + escaped +
                "\" width=\"960\" height=\"600\" style=\"border: 1px solid #888\" "
                "title=\"Lectern corpus explorer\" allow=\"clipboard-write\"></iframe>";
  embed_open_ = true;
  platform::copy_to_clipboard(embed_code_);
  return embed_code_;
}

void App::draw_embed_window() {
  if (!embed_open_) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(560.0f * ImGui::GetIO().FontGlobalScale, 0.0f),
                           ImGuiCond_Appearing);
  if (ImGui::Begin("Embed code", &embed_open_,
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
    ImGui::TextWrapped(
        "Copied to the clipboard. Paste it into a web page to show this view, filter and "
        "corpus there:");
    // Wrapped text rather than a text field: ImGui's fields do not wrap, and a URL is long.
    ImGui::BeginChild("##embed", ImVec2(0.0f, ImGui::GetTextLineHeightWithSpacing() * 5.0f), true);
    ImGui::TextWrapped("%s", embed_code_.c_str());
    ImGui::EndChild();
    if (ImGui::Button("Copy again")) platform::copy_to_clipboard(embed_code_);
    ImGui::SameLine();
    if (ImGui::Button("Close")) embed_open_ = false;
  }
  ImGui::End();
}

}  // namespace lectern
