// Small corpora for the analysis tests: documents given as (language, text), read as the
// records of one JSON Lines file so the language is set rather than guessed from a sentence.
// Document i gets the id "t.jsonl#i".
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "index/corpus.h"
#include "index/corpus_builder.h"
#include "support/sample_corpus.h"

namespace lectern::test {

inline std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

inline std::shared_ptr<const Corpus> corpus_of(
    const std::vector<std::pair<std::string, std::string>>& documents) {
  std::string lines;
  for (const auto& [language, text] : documents) {
    lines += "{\"language\": " + json_string(language) + ", \"text\": " + json_string(text) + "}\n";
  }
  CorpusBuilder builder;
  builder.add({"t.jsonl", lines});
  return builder.finish();
}

inline std::shared_ptr<const Corpus> sample() {
  CorpusBuilder builder;
  for (SourceFile& file : sample_corpus()) builder.add(std::move(file));
  return builder.finish();
}

}  // namespace lectern::test
