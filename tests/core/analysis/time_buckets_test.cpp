#include "analysis/time_buckets.h"

#include <doctest/doctest.h>

#include "timeline_fixtures.h"

using namespace lectern;
using namespace lectern::test;

namespace {
CivilDay day_of(const char* date) { return parse_date_anchor(date)->day; }
}  // namespace

TEST_CASE("The bucket size follows the span of the dates") {
  CHECK(bucket_size_for(day_of("2024-11-01"), day_of("2024-11-30")) == BucketSize::day);
  CHECK(bucket_size_for(day_of("2024-09-01"), day_of("2024-11-30")) == BucketSize::week);
  CHECK(bucket_size_for(day_of("2023-01-01"), day_of("2024-11-30")) == BucketSize::month);
  CHECK(bucket_size_for(day_of("2000-01-01"), day_of("2024-11-30")) == BucketSize::year);
  CHECK(bucket_size_for(day_of("1790-01-01"), day_of("2020-01-01")) == BucketSize::decade);
  CHECK(bucket_of(day_of("1999-12-31"), BucketSize::decade).value == "199X");
  CHECK(bucket_of(day_of("2024-11-30"), BucketSize::week).value == "2024-11-25/2024-12-01");
  CHECK(parse_bucket_size("month") == BucketSize::month);
  CHECK_FALSE(parse_bucket_size("fortnight").has_value());
}

TEST_CASE("Documents and mentions per bucket, over one run of buckets without gaps") {
  const auto corpus = dated_corpus({
      {"en", "2024-01-15", "Nothing dated here."},
      {"en", "2024-03-02", "It happened in February 2024."},
      {"en", "2024-03-20", "Prices fell in March 2024 and in April 2024."},
      {"en", "", "Undated, though it mentions January 2024."},
  });
  const Timeline timeline = build_timeline(*corpus, DocSet::all(*corpus));
  const TimelineBuckets counts = timeline_buckets(timeline, std::nullopt);
  CHECK(counts.size == BucketSize::week);
  const TimelineBuckets months = timeline_buckets(timeline, BucketSize::month);
  REQUIRE(months.buckets.size() == 4);
  const std::size_t documents[] = {1, 0, 2, 0};
  const std::size_t mentions[] = {1, 1, 1, 1};
  const char* values[] = {"2024-01", "2024-02", "2024-03", "2024-04"};
  for (std::size_t i = 0; i < 4; ++i) {
    CAPTURE(i);
    CHECK(months.buckets[i].period.value == values[i]);
    CHECK(months.buckets[i].documents == documents[i]);
    CHECK(months.buckets[i].mentions == mentions[i]);
  }
  CHECK(timeline_buckets(Timeline{}, std::nullopt).buckets.empty());
}

TEST_CASE("A term's trend: hits and tokens per bucket and hits per million tokens") {
  // Worked by hand: 2020 has "war" twice in 3 tokens, 2021 once in 4 + 1 = 5 tokens; the
  // undated document's "war" is left out. 2 / 3 * 10^6 = 666666.67; 1 / 5 * 10^6 = 200000.
  const auto corpus = dated_corpus({
      {"en", "2020", "war war peace"},
      {"en", "2021", "peace peace peace peace"},
      {"en", "2021-06-01", "war"},
      {"en", "", "war"},
  });
  const DocSet all = DocSet::all(*corpus);
  const std::vector<Match> hits = match_phrase(*corpus, "war", all);
  REQUIRE(hits.size() == 4);
  const std::vector<TrendBucket> trend = term_trend(*corpus, all, hits, BucketSize::year);
  REQUIRE(trend.size() == 2);
  CHECK(trend[0].period.value == "2020");
  CHECK(trend[0].hits == 2);
  CHECK(trend[0].tokens == 3);
  CHECK(trend[0].per_million == doctest::Approx(666666.67).epsilon(1e-6));
  CHECK(trend[1].hits == 1);
  CHECK(trend[1].tokens == 5);
  CHECK(trend[1].per_million == doctest::Approx(200000.0));
}
