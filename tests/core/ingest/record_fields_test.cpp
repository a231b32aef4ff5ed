#include "ingest/record_fields.h"

#include <doctest/doctest.h>

using namespace lectern;

namespace {

Record record(std::vector<std::pair<std::string, std::string>> fields) {
  return Record{0, std::move(fields)};
}

}  // namespace

TEST_CASE("document_from_record finds text and metadata by their common names") {
  struct Case {
    const char* name;
    Record record;
  };
  const Case cases[] = {
      {"a speech", record({{"president", "George Washington"},
                           {"title", "First Annual Message"},
                           {"date", "January 8, 1790"},
                           {"text", "Fellow-Citizens of the Senate"}})},
      {"a news export, names in capitals", record({{"Headline", "Summit ends"},
                                                   {"Body", "Leaders signed 14 documents."},
                                                   {"Published", "2024-11-28T10:00:00Z"},
                                                   {"Publisher", "The Steppe Herald"},
                                                   {"Language", "en-GB"}})},
      {"a tweet: Unix time, no title", record({{"full_text", "Astana today.\nMore later."},
                                               {"created_at", "1732974780"},
                                               {"lang", "sv"}})},
      {"name is the author when there is no author field", record({{"name", "Selma Lagerlöf"},
                                                                   {"title", "Tal"},
                                                                   {"content", "Det var."},
                                                                   {"year", "1909"}})},
      {"name is the title when there is an author",
       record({{"name", "Nobel speech"}, {"speaker", "Selma Lagerlöf"}, {"content", "Det var."}})},
      {"nested JSON fields by their last part",
       record({{"body.text", "Det var."}, {"meta.date", "1909-12-10"}})},
  };
  struct Expected {
    const char* title;
    const char* text;
    const char* language;
    const char* date;
    DateSource date_source;
    const char* author;
    const char* source;
  };
  const Expected expected[] = {
      {"First Annual Message", "Fellow-Citizens of the Senate", "", "1790-01-08",
       DateSource::metadata, "George Washington", ""},
      {"Summit ends", "Leaders signed 14 documents.", "en", "2024-11-28", DateSource::metadata, "",
       "The Steppe Herald"},
      {"Astana today.", "Astana today.\nMore later.", "sv", "2024-11-30", DateSource::metadata, "",
       ""},
      {"Tal", "Det var.", "", "1909", DateSource::metadata, "Selma Lagerlöf", ""},
      {"Nobel speech", "Det var.", "", "", DateSource::none, "Selma Lagerlöf", ""},
      {"Det var.", "Det var.", "", "1909-12-10", DateSource::metadata, "", ""},
  };
  for (std::size_t i = 0; i < std::size(cases); ++i) {
    CAPTURE(cases[i].name);
    const RecordDocument read = document_from_record(cases[i].record, {});
    REQUIRE(read.problem.empty());
    const Document& d = read.document;
    const Expected& e = expected[i];
    CHECK(d.title == e.title);
    CHECK(d.text == e.text);
    CHECK(d.language == e.language);
    CHECK(d.date == e.date);
    CHECK(d.date_source == e.date_source);
    CHECK(d.author == e.author);
    CHECK(d.source == e.source);
  }
}

TEST_CASE("named fields are the only ones used for their role") {
  const Record r = record({{"text", "A summary."},
                           {"transcript", "The full speech."},
                           {"delivered", "1863-11-19"},
                           {"date", "2024-01-01"},
                           {"orator", "Abraham Lincoln"}});
  FieldNames names;
  names.text = "Transcript";
  names.date = "delivered";
  names.author = "orator";
  const RecordDocument read = document_from_record(r, names);
  CHECK(read.document.text == "The full speech.");
  CHECK(read.document.date == "1863-11-19");
  CHECK(read.document.author == "Abraham Lincoln");

  names.text = "speech";
  CHECK(document_from_record(r, names).problem == "no field 'speech'");
}

TEST_CASE("a record without text is a problem; an unreadable date is reported, not fatal") {
  CHECK(document_from_record(record({{"title", "Draft"}}), {}).problem ==
        "no text field (looked for " + common_text_field_names() + ")");
  CHECK(document_from_record(record({{"text", "  \n"}}), {}).problem ==
        "empty text in field 'text'");
  const RecordDocument undated =
      document_from_record(record({{"text", "Draft."}, {"date", "undated draft"}}), {});
  CHECK(undated.problem.empty());
  CHECK(undated.document.date.empty());
  CHECK(undated.document.date_source == DateSource::none);
  CHECK(undated.bad_date == "undated draft");
}

TEST_CASE("language_code keeps ISO 639 codes only") {
  CHECK(language_code("sv-SE") == "sv");
  CHECK(language_code("en_US") == "en");
  CHECK(language_code("SV") == "sv");
  CHECK(language_code("Swedish") == "");
  CHECK(language_code("") == "");
}
