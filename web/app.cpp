#include "app.h"

#include <utility>

#include "imgui.h"
#include "platform.h"

namespace lectern {
namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus;

const ImVec4 kErrorColour{1.0f, 0.45f, 0.4f, 1.0f};
const ImVec2 kStatusBarPadding{8.0f, 2.0f};

}  // namespace

App::App(std::string icu_message) : views_(make_views()), icu_message_(std::move(icu_message)) {}

void App::add_file(SourceFile file) {
  files_.push_back(std::move(file));
  if (building_) {
    // The build in progress simply grows by one file: its corpus is not published yet.
    builder_.add(files_.back());
    return;
  }
  // A Corpus is immutable, so a new file means a new corpus built from every file.
  for (const SourceFile& f : files_) builder_.add(f);
  building_ = true;
}

void App::add_files(std::vector<SourceFile> files) {
  for (SourceFile& file : files) add_file(std::move(file));
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

void App::frame() {
  advance_build();

  // Room for one row of widgets (the progress bar is the tallest).
  const float status_bar_height = ImGui::GetFrameHeight() + 2.0f * kStatusBarPadding.y;
  draw_menu_bar();
  draw_body(status_bar_height);
  draw_status_bar(status_bar_height);

  if (corpus_) drawn_corpus_ = true;
}

AppStatus App::status() const {
  AppStatus s;
  s.documents = summary_.documents;
  s.tokens = summary_.tokens;
  s.types = summary_.types;
  s.languages = summary_.languages;
  s.skipped = summary_.skipped.size();
  s.files = files_.size();
  s.building = building_;
  s.progress = building_ ? builder_.progress().fraction() : 1.0f;
  s.view = views_[current_view_]->name();
  for (const auto& view : views_) s.views.emplace_back(view->name());
  s.icu_message = icu_message_;
  return s;
}

void App::advance_build() {
  if (!building_) return;
  if (!builder_.step(kBuildSlice)) return;
  building_ = false;
  swap_in(builder_.finish());
}

void App::swap_in(std::shared_ptr<const Corpus> corpus) {
  corpus_ = std::move(corpus);
  summary_ = summarize(*corpus_);
  for (const auto& view : views_) view->set_corpus(corpus_);
}

void App::draw_menu_bar() {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("Open files...")) platform::request_open_files();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    for (std::size_t i = 0; i < views_.size(); ++i) {
      if (ImGui::MenuItem(views_[i]->title(), nullptr, i == current_view_)) current_view_ = i;
    }
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

void App::draw_body(float status_bar_height) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x, viewport->WorkSize.y - status_bar_height));
  if (ImGui::Begin("##body", nullptr, kPanelFlags)) {
    if (!icu_message_.empty()) ImGui::TextColored(kErrorColour, "%s", icu_message_.c_str());
    if (corpus_) {
      views_[current_view_]->draw();
    } else if (building_) {
      const BuildProgress progress = builder_.progress();
      if (progress.phase == BuildPhase::reading) {
        ImGui::Text("Reading %zu of %zu files...", progress.files_done, progress.files_total);
      } else {
        ImGui::Text("Indexing %zu of %zu documents...", progress.documents_done,
                    progress.documents_total);
      }
      ImGui::ProgressBar(progress.fraction());
    } else {
      ImGui::TextDisabled("No documents yet: File > Open files...");
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
      const BuildProgress progress = builder_.progress();
      ImGui::SameLine();
      ImGui::TextUnformatted("|  indexing");
      ImGui::SameLine();
      ImGui::ProgressBar(progress.fraction(), ImVec2(160.0f, 0.0f));
    }
  }
  ImGui::End();
  ImGui::PopStyleVar();
}

}  // namespace lectern
