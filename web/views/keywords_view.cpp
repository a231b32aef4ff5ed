// Keywords: the word list of the selection; its distinctive words against the rest of the
// corpus (log-likelihood, log ratio) or of one document (TF-IDF), with the formula shown;
// n-grams; collocates of a chosen word; and a word cloud of the word list. Each tab's result is
// a table of text computed in prepare() for the (corpus, filter, options) it belongs to and
// kept in a ResultCache, so going back and forth does not compute again.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "analysis/collocates.h"
#include "analysis/keyness.h"
#include "analysis/match.h"
#include "analysis/ngrams.h"
#include "analysis/tfidf.h"
#include "analysis/word_list.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "result_cache.h"
#include "views/row_picks.h"
#include "views/views.h"

namespace lectern {
namespace {

enum Tab { kWordList, kDistinctive, kNgrams, kCollocates, kCloud, kTabCount };
constexpr const char* kTabNames[] = {"wordlist", "distinctive", "ngrams", "collocates", "cloud"};
constexpr const char* kTabTitles[] = {"Word list", "Distinctive words", "N-grams", "Collocates",
                                      "Word cloud"};

enum Measure { kLogLikelihood, kLogRatio, kTfidf };
constexpr const char* kMeasureNames[] = {"log_likelihood", "log_ratio", "tfidf"};
constexpr const char* kMeasureTitles[] = {"Log-likelihood (G2)", "Log ratio", "TF-IDF"};
constexpr const char* kMeasureFormulas[] = {
    "G2 = 2 (a ln(a/E1) + b ln(b/E2)),  E1 = c (a+b) / (c+d),  E2 = d (a+b) / (c+d)\n"
    "a, b: the word's frequency in the selection and in the rest; c, d: their sizes in tokens.\n"
    "Dunning (1993) in the form of Rayson & Garside (2000); p from chi-square, 1 d.f.",
    "log ratio = log2((a/c) / (b/d)), a zero frequency replaced by 0.5\n"
    "a, b: the word's frequency in the selection and in the rest; c, d: their sizes in tokens.\n"
    "Hardie (2014): each unit is a doubling of the relative frequency.",
    "tf-idf = tf x idf,  tf = count in the document / the document's tokens,  idf = ln(N / df)\n"
    "N: documents of the selection; df: those holding the word.\n"
    "Salton & Buckley (1988); Manning, Raghavan & Schuetze (2008), 6.2.",
};

enum CollocationChoice { kLogDice, kMi, kTScore, kCollocLl };
constexpr const char* kCollocationTitles[] = {"logDice", "MI", "t-score", "log-likelihood"};

constexpr std::size_t kMaxRows = 2000;
constexpr std::size_t kCloudWords = 60;

std::string fixed(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

// One tab's result as text, with a weight per row for the word cloud.
struct KeywordTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<double> weights;
  std::string note;  // why there are no rows, when there are none
};

class KeywordsView final : public View {
 public:
  const char* name() const override { return "keywords"; }
  const char* title() const override { return "Keywords"; }

  void prepare(const Selection& selection) override {
    corpus_ = selection.corpus;
    if (!corpus_ || !selection.documents) {
      table_ = nullptr;
      return;
    }
    const std::string key = selection.cache_key() + '\n' + options_key();
    if (key == key_ && table_ != nullptr) return;
    key_ = key;
    picks_.clear();
    table_ = cache_.find(key);
    if (table_ == nullptr) table_ = &cache_.put(key, compute(selection));
  }

  void draw(const Selection& selection, ViewRequests& requests) override {
    if (ImGui::BeginTabBar("##keyword-tabs")) {
      for (int t = 0; t < kTabCount; ++t) {
        // A tab chosen from the page (lectern.set) is selected once, then the user's clicks rule.
        const ImGuiTabItemFlags flags = t == forced_tab_ ? ImGuiTabItemFlags_SetSelected : 0;
        if (ImGui::BeginTabItem(kTabTitles[t], nullptr, flags)) {
          tab_ = t;
          ImGui::EndTabItem();
        }
      }
      forced_tab_ = -1;
      ImGui::EndTabBar();
    }
    draw_options(selection);
    if (table_ == nullptr) return;
    if (!table_->note.empty()) ImGui::TextDisabled("%s", table_->note.c_str());
    if (tab_ == kCloud) {
      draw_cloud(requests, selection);
    } else {
      draw_table(requests, selection);
    }
  }

  nlohmann::json state() const override {
    nlohmann::json out = {{"tab", kTabNames[tab_]},
                          {"measure", kMeasureNames[measure_]},
                          {"n", n_},
                          {"node", node_},
                          {"formula", tab_ == kDistinctive ? kMeasureFormulas[measure_] : ""}};
    if (table_ == nullptr) return out;
    out["columns"] = table_->columns;
    out["rows"] = table_->rows.size();
    out["note"] = table_->note;
    nlohmann::json top = nlohmann::json::array();
    for (std::size_t i = 0; i < std::min<std::size_t>(10, table_->rows.size()); ++i) {
      top.push_back(table_->rows[i]);
    }
    out["top"] = top;
    out["cached"] = cache_.size();
    out["cloudWords"] = cloud_words_;
    return out;
  }

  bool set(const std::string& key, const nlohmann::json& value) override {
    auto index_of = [&](const auto& names, int count, int& out) {
      for (int i = 0; i < count; ++i) {
        if (value.is_string() && value == names[i]) {
          out = i;
          return true;
        }
      }
      return false;
    };
    if (key == "tab" && index_of(kTabNames, kTabCount, tab_)) {
      forced_tab_ = tab_;
      return true;
    }
    if (key == "measure") return index_of(kMeasureNames, 3, measure_);
    if (key == "n" && value.is_number_integer()) {
      n_ = std::clamp(value.get<int>(), 2, 5);
      return true;
    }
    if (key == "node" && value.is_string()) {
      node_ = value.get<std::string>();
      node_edit_ = node_;
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
    if (table_ == nullptr) return std::nullopt;
    return TableExport{std::string("keywords-") + kTabNames[tab_], table_->columns, table_->rows};
  }

 private:
  std::string options_key() const {
    switch (tab_) {
      case kDistinctive:
        return "distinctive " + std::to_string(measure_) + ' ' + std::to_string(stopwords_) +
               ' ' + std::to_string(tfidf_doc_);
      case kNgrams: return "ngrams " + std::to_string(n_);
      case kCollocates:
        return "collocates " + node_ + '\n' + std::to_string(colloc_measure_) + ' ' +
               std::to_string(span_);
      default: return "wordlist " + std::to_string(stopwords_);
    }
  }

  KeywordTable compute(const Selection& selection) const {
    switch (tab_) {
      case kDistinctive:
        return measure_ == kTfidf ? tfidf_table(selection) : keyness_table(selection);
      case kNgrams: return ngram_table(selection);
      case kCollocates: return collocate_table(selection);
      default: return word_list_table(selection);
    }
  }

  std::string term(TermId id) const { return std::string(corpus_->lexicon().str(id)); }

  KeywordTable word_list_table(const Selection& selection) const {
    const WordList list =
        word_list(*corpus_, *selection.documents, {.keep = {.stopwords = stopwords_}});
    KeywordTable t{{"term", "freq", "docs", "per million", "DP"}, {}, {}, {}};
    for (std::size_t i = 0; i < std::min(kMaxRows, list.terms.size()); ++i) {
      const WordListEntry& e = list.terms[i];
      t.rows.push_back({term(e.term), std::to_string(e.freq), std::to_string(e.docs),
                        fixed(e.per_million, 1), fixed(e.dp, 3)});
      t.weights.push_back(e.freq);
    }
    if (t.rows.empty()) t.note = "No words in the selection.";
    return t;
  }

  KeywordTable keyness_table(const Selection& selection) const {
    KeywordTable t{{"term", "freq", "ref freq", kMeasureTitles[measure_], "p"}, {}, {}, {}};
    const DocSet all = DocSet::all(*corpus_);
    const DocSet rest = rest_of(*selection.documents, all);
    if (rest.empty() || selection.documents->empty()) {
      t.note = "The selection is the whole corpus: narrow it (a language, a date range, some "
               "documents or a query) to see what sets it apart from the rest.";
      return t;
    }
    const Keyness k = keyness(
        *corpus_, *selection.documents, rest,
        {.measure = measure_ == kLogRatio ? KeynessMeasure::log_ratio : KeynessMeasure::log_likelihood,
         .keep = {.stopwords = stopwords_}});
    for (std::size_t i = 0; i < std::min(kMaxRows, k.terms.size()); ++i) {
      const KeynessTerm& e = k.terms[i];
      const double score = measure_ == kLogRatio ? e.log_ratio : e.log_likelihood;
      t.rows.push_back({term(e.term), std::to_string(e.freq), std::to_string(e.ref_freq),
                        fixed(score, 2), fixed(e.p, 4)});
      t.weights.push_back(std::max(score, 0.0));
    }
    t.note = "Selection: " + std::to_string(k.target_tokens) + " tokens; the rest: " +
             std::to_string(k.reference_tokens) + " tokens.";
    return t;
  }

  KeywordTable tfidf_table(const Selection& selection) const {
    KeywordTable t{{"term", "freq", "docs", "tf", "idf", "tf-idf"}, {}, {}, {}};
    const std::optional<DocId> doc = tfidf_document(selection);
    if (!doc) {
      t.note = "No document selected.";
      return t;
    }
    const auto terms = tfidf(*corpus_, *selection.documents, *doc, {.keep = {.stopwords = stopwords_}});
    for (std::size_t i = 0; i < std::min(kMaxRows, terms.size()); ++i) {
      const TfidfTerm& e = terms[i];
      t.rows.push_back({term(e.term), std::to_string(e.freq), std::to_string(e.docs),
                        fixed(e.tf, 4), fixed(e.idf, 3), fixed(e.score, 4)});
      t.weights.push_back(e.score);
    }
    const Document& meta = corpus_->document(*doc).meta;
    t.note = "Document: " + (meta.title.empty() ? meta.id : meta.title) +
             ", against the other documents of the selection.";
    return t;
  }

  // The tfidf_doc_-th document of the selection (the picker's choice), or its first.
  std::optional<DocId> tfidf_document(const Selection& selection) const {
    int seen = 0;
    std::optional<DocId> first;
    for (std::size_t d = 0; d < corpus_->document_count(); ++d) {
      const auto doc = static_cast<DocId>(d);
      if (!selection.documents->contains(doc)) continue;
      if (!first) first = doc;
      if (seen++ == tfidf_doc_) return doc;
    }
    return first;
  }

  KeywordTable ngram_table(const Selection& selection) const {
    const Ngrams grams = ngrams(*corpus_, *selection.documents,
                                {.n = static_cast<std::uint32_t>(n_), .min_freq = 2});
    KeywordTable t{{"n-gram", "freq", "docs", "per million"}, {}, {}, {}};
    for (std::size_t i = 0; i < std::min(kMaxRows, grams.grams.size()); ++i) {
      const Ngram& g = grams.grams[i];
      std::string text;
      for (const TermId id : g.terms) text += (text.empty() ? "" : " ") + term(id);
      t.rows.push_back({text, std::to_string(g.freq), std::to_string(g.docs),
                        fixed(g.per_million, 1)});
      t.weights.push_back(g.freq);
    }
    if (t.rows.empty()) t.note = "No n-gram occurs twice in the selection.";
    return t;
  }

  KeywordTable collocate_table(const Selection& selection) const {
    KeywordTable t{{"collocate", "together", "docs", "freq", "logDice", "MI", "t", "LL"}, {}, {}, {}};
    if (node_.empty()) {
      t.note = "Type a word (or phrase) above and press Enter.";
      return t;
    }
    const std::vector<Match> nodes = match_phrase(*corpus_, node_, *selection.documents);
    const Collocates c = collocates(
        *corpus_, *selection.documents, nodes,
        {.left = static_cast<std::uint32_t>(span_), .right = static_cast<std::uint32_t>(span_),
         .measure = static_cast<CollocationMeasure>(colloc_measure_)});
    for (std::size_t i = 0; i < std::min(kMaxRows, c.terms.size()); ++i) {
      const Collocate& e = c.terms[i];
      t.rows.push_back({term(e.term), std::to_string(e.freq), std::to_string(e.docs),
                        std::to_string(e.term_freq), fixed(e.log_dice, 2),
                        fixed(e.mutual_information, 2), fixed(e.t_score, 2),
                        fixed(e.log_likelihood, 2)});
      t.weights.push_back(e.score);
    }
    t.note = "\"" + node_ + "\": " + std::to_string(c.node_freq) + " times in the selection, " +
             std::to_string(span_) + " words each side.";
    if (c.terms.empty()) t.note += " No word occurs near it twice.";
    return t;
  }

  void draw_options(const Selection& selection) {
    switch (tab_) {
      case kDistinctive: {
        ImGui::SetNextItemWidth(200.0f);
        ImGui::Combo("Measure", &measure_, kMeasureTitles, IM_ARRAYSIZE(kMeasureTitles));
        if (measure_ == kTfidf) draw_document_picker(selection);
        ImGui::SameLine();
        ImGui::Checkbox("Stopwords", &stopwords_);
        ImGui::TextDisabled("%s", kMeasureFormulas[measure_]);
        break;
      }
      case kNgrams:
        ImGui::SetNextItemWidth(120.0f);
        ImGui::SliderInt("Words (n)", &n_, 2, 5);
        break;
      case kCollocates:
        ImGui::SetNextItemWidth(200.0f);
        if (ImGui::InputTextWithHint("Node", "a word or phrase", &node_edit_,
                                     ImGuiInputTextFlags_EnterReturnsTrue)) {
          node_ = node_edit_;
        }
        ImGui::SameLine();
        ImGui::SetNextItemWidth(140.0f);
        ImGui::Combo("Sort by", &colloc_measure_, kCollocationTitles, IM_ARRAYSIZE(kCollocationTitles));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(100.0f);
        ImGui::SliderInt("Window", &span_, 1, 10);
        break;
      default: ImGui::Checkbox("Stopwords", &stopwords_); break;
    }
  }

  void draw_document_picker(const Selection& selection) {
    std::vector<DocId> docs;
    for (std::size_t d = 0; d < corpus_->document_count(); ++d) {
      if (selection.documents->contains(static_cast<DocId>(d))) docs.push_back(static_cast<DocId>(d));
    }
    if (docs.empty()) return;
    tfidf_doc_ = std::clamp(tfidf_doc_, 0, static_cast<int>(docs.size()) - 1);
    const Document& current = corpus_->document(docs[static_cast<std::size_t>(tfidf_doc_)]).meta;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(280.0f);
    if (ImGui::BeginCombo("Document", current.title.empty() ? current.id.c_str() : current.title.c_str())) {
      for (std::size_t i = 0; i < docs.size(); ++i) {
        const Document& meta = corpus_->document(docs[i]).meta;
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(meta.title.empty() ? meta.id.c_str() : meta.title.c_str(),
                              static_cast<int>(i) == tfidf_doc_)) {
          tfidf_doc_ = static_cast<int>(i);
        }
        ImGui::PopID();
      }
      ImGui::EndCombo();
    }
  }

  void draw_table(ViewRequests& requests, const Selection& selection) {
    const int columns = static_cast<int>(table_->columns.size());
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                      ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable |
                                      ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("keywords", columns, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (int c = 0; c < columns; ++c) {
      // Number columns as wide as their header or a seven-digit number, whichever is wider.
      const char* header = table_->columns[static_cast<std::size_t>(c)].c_str();
      const float width =
          std::max(ImGui::CalcTextSize(header).x, ImGui::CalcTextSize("0000.000").x);
      ImGui::TableSetupColumn(header,
                              c == 0 ? ImGuiTableColumnFlags_WidthStretch
                                     : ImGuiTableColumnFlags_WidthFixed,
                              c == 0 ? 0.0f : width);
    }
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(table_->rows.size()));
    while (clipper.Step()) {
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        const auto& row = table_->rows[static_cast<std::size_t>(r)];
        ImGui::TableNextRow();
        for (int c = 0; c < columns; ++c) {
          ImGui::TableNextColumn();
          const std::string& cell = row[static_cast<std::size_t>(c)];
          if (c == 0) {
            ImGui::PushID(r);
            // A word leads on: its concordance (the filter's query becomes the word).
            const auto row_number = static_cast<std::size_t>(r);
            if (ImGui::Selectable(cell.c_str(), picks_.picked(row_number),
                                  ImGuiSelectableFlags_SpanAllColumns) &&
                picks_.click(row_number)) {
              search_for(cell, selection, requests);
            }
            picks_.copy_menu(requests, row_number);
            if (ImGui::IsItemHovered()) {
              ImGui::SetTooltip("Search for \"%s\" (Ctrl-click: pick for copying)", cell.c_str());
            }
            ImGui::PopID();
          } else {
            ImGui::TextUnformatted(cell.c_str());
          }
        }
      }
    }
    ImGui::EndTable();
  }

  static void search_for(const std::string& words, const Selection& selection,
                         ViewRequests& requests) {
    Filter next = selection.filter;
    next.query = words.find(' ') == std::string::npos ? words : "\"" + words + "\"";
    requests.filter = std::move(next);
  }

  // The most frequent words, largest first placed in rows that wrap at the window's width.
  void draw_cloud(ViewRequests& requests, const Selection& selection) {
    const std::size_t count = std::min(kCloudWords, table_->rows.size());
    if (count == 0) return;
    double lo = table_->weights[count - 1];
    double hi = table_->weights[0];
    for (std::size_t i = 0; i < count; ++i) {
      lo = std::min(lo, table_->weights[i]);
      hi = std::max(hi, table_->weights[i]);
    }
    ImGui::BeginChild("##cloud", ImVec2(0, 0), true);
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImFont* font = ImGui::GetFont();
    const float base = ImGui::GetFontSize();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // Alphabetical order reads as a cloud rather than as a ranked list.
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return table_->rows[a][0] < table_->rows[b][0];
    });
    float x = 0;
    float y = 0;
    float row_height = 0;
    const ImU32 colours[] = {ImGui::GetColorU32(ImGuiCol_Text),
                             ImGui::GetColorU32(ImGuiCol_PlotHistogram),
                             ImGui::GetColorU32(ImGuiCol_ButtonActive),
                             ImGui::GetColorU32(ImGuiCol_PlotLines)};
    cloud_words_ = 0;
    for (const std::size_t i : order) {
      const std::string& word = table_->rows[i][0];
      // Square root of the weight: area, not height, should follow frequency.
      const double share = hi > lo ? std::sqrt((table_->weights[i] - lo) / (hi - lo)) : 1.0;
      const float size = base * (0.9f + 2.4f * static_cast<float>(share));
      const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, word.c_str());
      if (x > 0 && x + extent.x > width) {
        x = 0;
        y += row_height;
        row_height = 0;
      }
      const ImVec2 at(origin.x + x, origin.y + y);
      ImGui::SetCursorScreenPos(at);
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::InvisibleButton("##word", extent)) search_for(word, selection, requests);
      ImGui::PopID();
      draw->AddText(font, size, at, colours[i % 4], word.c_str());
      x += extent.x + base;
      row_height = std::max(row_height, extent.y);
      ++cloud_words_;
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + y + row_height));
    ImGui::Dummy(ImVec2(1, 1));
    ImGui::EndChild();
  }

  std::shared_ptr<const Corpus> corpus_;
  ResultCache<KeywordTable> cache_{16};
  const KeywordTable* table_ = nullptr;
  RowPicks picks_;  // rows of table_
  std::string key_;
  int tab_ = kWordList;
  int forced_tab_ = -1;
  int measure_ = kLogLikelihood;
  bool stopwords_ = false;
  int tfidf_doc_ = 0;
  int n_ = 2;
  std::string node_;
  std::string node_edit_;
  int colloc_measure_ = kLogDice;
  int span_ = 5;
  std::size_t cloud_words_ = 0;
};

}  // namespace

std::unique_ptr<View> make_keywords_view() { return std::make_unique<KeywordsView>(); }

}  // namespace lectern
