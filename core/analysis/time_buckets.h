// Counting over time: documents and mentioned dates per bucket, and a term's relative frequency
// per bucket (a trend). The bucket size follows the span of the dates unless the caller picks
// one; buckets run without gaps from the first date's bucket to the last's, so a chart shows
// quiet stretches as zeros. A dated thing counts in the bucket holding its first day, whatever
// its own precision (a document dated "1790" falls in January 1790 by month).
//
//   Timeline timeline = build_timeline(corpus, selection);
//   BucketSize size = bucket_size_for(first, last);          // or the user's choice
//   std::vector<TimeBucket> docs = documents_per_bucket(timeline, size);
//   std::vector<TrendBucket> trend = term_trend(corpus, selection, hits, size);
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
// The size for the timeline's documents, or its events when no document is dated.
BucketSize bucket_size_for(const Timeline& timeline);

// The bucket of a given size holding day.
DatePeriod bucket_of(CivilDay day, BucketSize size);

struct TimeBucket {
  DatePeriod period;
  std::size_t count = 0;
};

// Counts days (one per dated thing) into contiguous buckets; no days, no buckets.
std::vector<TimeBucket> count_per_bucket(std::vector<CivilDay> days, BucketSize size);
std::vector<TimeBucket> documents_per_bucket(const Timeline& timeline, BucketSize size);
std::vector<TimeBucket> mentions_per_bucket(const Timeline& timeline, BucketSize size);

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
