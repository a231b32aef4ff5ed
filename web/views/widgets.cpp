#include "views/widgets.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace lectern {
namespace {

const ImVec4 kErrorColour{1.0f, 0.45f, 0.4f, 1.0f};

}  // namespace

void query_box(const char* id, const char* hint, std::string& edit, std::string& edit_source,
               const Selection& selection, ViewRequests& requests) {
  // The filter changed elsewhere: show its query, dropping whatever was half typed.
  if (edit_source != selection.filter.query) {
    edit = selection.filter.query;
    edit_source = selection.filter.query;
  }
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::InputTextWithHint(id, hint, &edit, ImGuiInputTextFlags_EnterReturnsTrue)) {
    Filter next = selection.filter;
    next.query = edit;
    requests.filter = std::move(next);
  }
  if (selection.query_error) query_error_lines(selection.filter.query, *selection.query_error);
  if (!selection.metadata_error.empty()) {
    ImGui::TextColored(kErrorColour, "Filter: %s", selection.metadata_error.c_str());
  }
}

void query_error_lines(std::string_view query, const QueryError& error) {
  ImGui::TextColored(kErrorColour, "%s (at character %u)", error.message.c_str(),
                     static_cast<unsigned>(error.column + 1));
  // The query again, with a triangle under the byte offset the error points at: measuring the
  // text before it places the marker right in a proportional font.
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::TextUnformatted(query.data(), query.data() + query.size());
  const std::size_t offset = std::min<std::size_t>(error.offset, query.size());
  const float x = start.x + ImGui::CalcTextSize(query.data(), query.data() + offset).x;
  const float y = ImGui::GetCursorScreenPos().y;
  const float h = ImGui::GetFontSize() * 0.5f;
  ImGui::GetWindowDrawList()->AddTriangleFilled(ImVec2(x, y - 2.0f), ImVec2(x - h * 0.6f, y + h),
                                                ImVec2(x + h * 0.6f, y + h),
                                                ImGui::GetColorU32(kErrorColour));
  ImGui::Dummy(ImVec2(0.0f, h + 2.0f));
}

void text_or_placeholder(std::string_view text, const char* placeholder) {
  if (text.empty()) {
    ImGui::TextDisabled("%s", placeholder);
  } else {
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
  }
}

void query_syntax_help() {
  if (!ImGui::CollapsingHeader("Query syntax")) return;
  ImGui::BulletText("putin summit        both words (AND is implied)");
  ImGui::BulletText("putin OR tokayev    either; NOT armenia or -armenia leaves out");
  ImGui::BulletText("\"collective security\"   a phrase");
  ImGui::BulletText("secur*    a prefix;    /toka[jy]ev/    a regular expression");
  ImGui::BulletText("lang:sv  date:2024-11..2024-12  doc:ID  source:X  author:\"Anna Hartz\"");
  ImGui::BulletText("( ) group;  AND, OR and NOT only in capitals");
}

}  // namespace lectern
