#include <doctest/doctest.h>

#include "core/ingest/record_printing.h"
#include "ingest/records.h"
#include "support/printing.h"

using namespace lectern;

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("read_json_records: an array, an object holding one, or one object") {
  struct Case {
    const char* json;
    std::vector<Fields> records;
  };
  const Case cases[] = {
      {R"([{"title": "First Annual Message", "year": 1790, "text": "Fellow-Citizens"},
           {"title": "Gettysburg Address", "text": "Four score"}])",
       {{{"title", "First Annual Message"}, {"year", "1790"}, {"text", "Fellow-Citizens"}},
        {{"title", "Gettysburg Address"}, {"text", "Four score"}}}},
      {R"({"collection": "addresses", "count": 1, "speeches": [{"text": "Four score"}]})",
       {{{"text", "Four score"}}}},
      {R"({"text": "One letter", "meta": {"date": "1909-12-10", "tags": ["nobel", "tal"]},
           "draft": false, "notes": null, "pages": [[1, 2], [3]]})",
       {{{"text", "One letter"},
         {"meta.date", "1909-12-10"},
         {"meta.tags", "nobel, tal"},
         {"draft", "false"}}}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.json);
    const RecordsResult result = read_json_records(c.json);
    CHECK(result.error.empty());
    REQUIRE(result.records.size() == c.records.size());
    for (std::size_t i = 0; i < c.records.size(); ++i) {
      CHECK(result.records[i].index == i);
      CHECK(result.records[i].fields == c.records[i]);
    }
  }
}

TEST_CASE("read_json_records says where malformed JSON breaks, and skips non-objects") {
  const RecordsResult broken =
      read_json_records("[\n  {\"title\": \"a\"}\n  {\"title\": \"b\"}\n]");
  CHECK(broken.records.empty());
  CHECK(broken.error ==
        "invalid JSON at line 3, column 3: syntax error while parsing array - unexpected '{'; "
        "expected ']'");
  CHECK(read_json_records("\"just a string\"").error ==
        "JSON holds a string, not an array of objects or an object");

  const RecordsResult mixed = read_json_records(R"([{"text": "a"}, 42, {"text": "b"}])");
  REQUIRE(mixed.records.size() == 2);
  CHECK(mixed.records[1].index == 2);
  REQUIRE(mixed.bad_records.size() == 1);
  CHECK(mixed.bad_records[0].index == 1);
  CHECK(mixed.bad_records[0].message == "record is a number, not an object with fields");
}

TEST_CASE("read_json_lines reads each line alone, so one bad line loses only itself") {
  const RecordsResult result = read_json_lines(
      "{\"text\": \"first\"}\n\n{\"text\": \"second\", \"lang\": \"sv\"}\r\n{\"text\": \"cut "
      "off\n{\"text\": \"fourth\"}\n");
  REQUIRE(result.records.size() == 3);
  CHECK(result.records[0].fields == Fields{{"text", "first"}});
  CHECK(result.records[1].fields == Fields{{"text", "second"}, {"lang", "sv"}});
  CHECK(result.records[2].index == 3);
  REQUIRE(result.bad_records.size() == 1);
  CHECK(result.bad_records[0].index == 2);
  CHECK(result.bad_records[0].message ==
        "invalid JSON on line 4, column 18: syntax error while parsing value - invalid string: "
        "missing closing quote; last read: '\"cut off'");
}
