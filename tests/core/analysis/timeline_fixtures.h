// Dated documents for the timeline tests: (language, date, text) read as JSON Lines records,
// so the date is metadata and the language is set rather than guessed. Document i gets the id
// "t.jsonl#i"; an empty date leaves the document undated.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "analysis_fixtures.h"

namespace lectern::test {

struct DatedText {
  std::string language;
  std::string date;
  std::string text;
};

inline std::shared_ptr<const Corpus> dated_corpus(const std::vector<DatedText>& documents) {
  std::string lines;
  for (const DatedText& d : documents) {
    lines += "{\"language\": " + json_string(d.language) + ", ";
    if (!d.date.empty()) lines += "\"date\": " + json_string(d.date) + ", ";
    lines += "\"text\": " + json_string(d.text) + "}\n";
  }
  CorpusBuilder builder;
  builder.add({"t.jsonl", lines});
  return builder.finish();
}

}  // namespace lectern::test
