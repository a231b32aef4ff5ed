#include <doctest/doctest.h>

#include "core/ingest/record_printing.h"
#include "ingest/records.h"
#include "support/printing.h"

using namespace lectern;

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("read_delimited follows RFC 4180: quotes, doubled quotes, line breaks in fields") {
  struct Case {
    const char* text;
    char delimiter;
    std::vector<Fields> records;
  };
  const Case cases[] = {
      {"headline,body\r\nSummit ends,\"Leaders signed 14 documents,\r\nincluding a "
       "\"\"declaration\"\".\"\r\nArmenia absent,Again.\r\n",
       ',',
       {{{"headline", "Summit ends"},
         {"body", "Leaders signed 14 documents,\r\nincluding a \"declaration\"."}},
        {{"headline", "Armenia absent"}, {"body", "Again."}}}},
      // Blank lines are no records; short rows lack fields; long rows lose the extra ones.
      {"a,b\n\n1,2\n3\n4,5,6",
       ',',
       {{{"a", "1"}, {"b", "2"}}, {{"a", "3"}}, {{"a", "4"}, {"b", "5"}}}},
      // A stray quote inside an unquoted field is kept.
      {" speaker \ttext\nTokayev\tHe said \"no\" twice.\n",
       '\t',
       {{{"speaker", "Tokayev"}, {"text", "He said \"no\" twice."}}}},
      {"text\n\"x\"", ',', {{{"text", "x"}}}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const RecordsResult result = read_delimited(c.text, c.delimiter);
    CHECK(result.error.empty());
    CHECK(result.bad_records.empty());
    REQUIRE(result.records.size() == c.records.size());
    for (std::size_t i = 0; i < c.records.size(); ++i)
      CHECK(result.records[i].fields == c.records[i]);
  }
}

TEST_CASE("an unterminated quote keeps the records before it and says where it began") {
  const RecordsResult result = read_delimited(
      "title,text\nSummit opens,The summit opened.\nSummit closes,\"It closed, and\nthe "
      "leaders flew home.\nAn unclosed quote ends this file\n",
      ',');
  REQUIRE(result.records.size() == 1);
  CHECK(result.records[0].fields ==
        Fields{{"title", "Summit opens"}, {"text", "The summit opened."}});
  REQUIRE(result.bad_records.size() == 1);
  CHECK(result.bad_records[0].index == 1);
  CHECK(result.bad_records[0].message ==
        "unterminated quoted field starting on line 3; the rest of the file (3 lines) was not "
        "read");

  CHECK(read_delimited("", ',').error == "no header row");
  CHECK(read_delimited("\"title,text\n1,2\n", ',').error ==
        "unterminated quoted field in the header row (line 1)");
}
