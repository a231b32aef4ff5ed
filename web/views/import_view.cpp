// The import report: the files that gave documents, the files skipped with the reason, and the
// warnings about files that were read (a repaired encoding, say), from the Corpus's
// ImportReport.
#include "imgui.h"
#include "views/views.h"

namespace lectern {
namespace {

constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                        ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable;

void issue_table(const char* id, const std::vector<ImportIssue>& issues) {
  if (!ImGui::BeginTable(id, 2, kTableFlags)) return;
  ImGui::TableSetupColumn("File", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Reason", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableHeadersRow();
  for (const ImportIssue& issue : issues) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(issue.path.c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", issue.message.c_str());
  }
  ImGui::EndTable();
}

class ImportView final : public View {
 public:
  const char* name() const override { return "import"; }
  const char* title() const override { return "Import report"; }

  void prepare(const Selection& selection) override { corpus_ = selection.corpus; }

  void draw(const Selection&, ViewRequests&) override {
    if (!corpus_) return;
    const ImportReport& report = corpus_->import_report();
    ImGui::Text("%zu files read, %zu skipped, %zu warnings", report.read.size(),
                report.skipped.size(), report.warnings.size());
    ImGui::Separator();
    if (ImGui::CollapsingHeader("Skipped", report.skipped.empty() ? 0 : ImGuiTreeNodeFlags_DefaultOpen)) {
      if (report.skipped.empty()) ImGui::TextDisabled("Nothing was skipped.");
      issue_table("skipped", report.skipped);
    }
    if (ImGui::CollapsingHeader("Warnings", report.warnings.empty() ? 0 : ImGuiTreeNodeFlags_DefaultOpen)) {
      if (report.warnings.empty()) ImGui::TextDisabled("No warnings.");
      issue_table("warnings", report.warnings);
    }
    if (ImGui::CollapsingHeader("Read", ImGuiTreeNodeFlags_DefaultOpen)) {
      for (const std::string& path : report.read) ImGui::BulletText("%s", path.c_str());
    }
  }

  nlohmann::json state() const override {
    if (!corpus_) return nlohmann::json::object();
    const ImportReport& report = corpus_->import_report();
    nlohmann::json skipped = nlohmann::json::array();
    for (const ImportIssue& issue : report.skipped) {
      skipped.push_back({{"path", issue.path}, {"reason", issue.message}});
    }
    return {{"read", report.read.size()}, {"skipped", skipped}, {"warnings", report.warnings.size()}};
  }

  std::optional<TableExport> table() const override {
    if (!corpus_) return std::nullopt;
    const ImportReport& report = corpus_->import_report();
    TableExport out{"import-report", {"file", "status", "message"}, {}};
    for (const std::string& path : report.read) out.rows.push_back({path, "read", ""});
    for (const ImportIssue& i : report.skipped) out.rows.push_back({i.path, "skipped", i.message});
    for (const ImportIssue& i : report.warnings) out.rows.push_back({i.path, "warning", i.message});
    return out;
  }

 private:
  std::shared_ptr<const Corpus> corpus_;
};

}  // namespace

std::unique_ptr<View> make_import_view() { return std::make_unique<ImportView>(); }

}  // namespace lectern
