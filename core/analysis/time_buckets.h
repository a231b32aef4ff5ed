// Counting over time: documents and mentioned dates per bucket, and a term's relative frequency
// per bucket (a trend). The bucket size follows the span of the dates unless the caller picks
// one; buckets run without gaps from the first date's bucket to the last's, so a chart shows
// quiet stretches as zeros. A dated thing counts in the bucket holding its first day, whatever
// its own precision (a document dated "1790" falls in January 1790 by month).
//
//   Timeline timeline = build_timeline(corpus, selection);
//   TimelineBuckets counts = timeline_buckets(timeline, std::nullopt);   // size from the span
//   std::vector<TrendBucket> trend = term_trend(corpus, selection, hits, counts.size);
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "analysis/doc_set.h"
#include "analysis/match.h"
#include "analysis/timeline.h"
#include "extract/date_period.h"
#include "index/corpus.h"

namespace lectern {

enum class BucketSize { day, week, month, year, decade };
const char* to_string(BucketSize size);
std::optional<BucketSize> parse_bucket_size(std::string_view name);

// Day buckets for up to a month of dates, weeks to half a year, months to three years, years
// to half a century, decades beyond: between a few and a few dozen bars for most corpora.
BucketSize bucket_size_for(CivilDay first, CivilDay last);
// The bucket of a given size holding day.
DatePeriod bucket_of(CivilDay day, BucketSize size);

// Documents and mentioned dates per bucket over one run of buckets, from the earliest date of
// either to the latest, so the two series line up. The size is the caller's, or chosen from
// that whole span.
struct TimelineBucket {
  DatePeriod period;
  std::size_t documents = 0;
  std::size_t mentions = 0;
};
struct TimelineBuckets {
  BucketSize size = BucketSize::year;
  std::vector<TimelineBucket> buckets;  // empty when nothing is dated
};
TimelineBuckets timeline_buckets(const Timeline& timeline, std::optional<BucketSize> size);

// A term's (or any matched thing's) frequency per bucket of document dates: hits in the dated
// documents of the bucket, their tokens, and hits per million tokens (relative frequency,
// f / N * 10^6; McEnery & Hardie 2012, Corpus Linguistics, p. 49). Undated documents are left
// out; buckets without tokens have a relative frequency of 0.
struct TrendBucket {
  DatePeriod period;
  std::size_t hits = 0;
  std::size_t tokens = 0;
  double per_million = 0.0;
};
std::vector<TrendBucket> term_trend(const Corpus& corpus, const DocSet& selection,
                                    std::span<const Match> hits, BucketSize size);

}  // namespace lectern
