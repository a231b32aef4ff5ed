#include "analysis/time_buckets.h"

#include <algorithm>
#include <map>

namespace lectern {
namespace {

using namespace std::chrono;

constexpr BucketSize kSizes[] = {BucketSize::day, BucketSize::week, BucketSize::month,
                                 BucketSize::year, BucketSize::decade};

CivilDay next_day(CivilDay day) { return CivilDay{sys_days{day} + days{1}}; }

// The buckets from first's to last's, without gaps.
std::vector<DatePeriod> buckets_between(CivilDay first, CivilDay last, BucketSize size) {
  std::vector<DatePeriod> buckets;
  for (DatePeriod bucket = bucket_of(first, size);; bucket = bucket_of(next_day(bucket.end), size)) {
    buckets.push_back(bucket);
    if (bucket.end >= last) break;
  }
  return buckets;
}

std::size_t index_of(const std::vector<DatePeriod>& buckets, CivilDay day) {
  const auto after = std::upper_bound(buckets.begin(), buckets.end(), day,
                                      [](CivilDay d, const DatePeriod& b) { return d < b.begin; });
  return static_cast<std::size_t>(after - buckets.begin()) - 1;
}

}  // namespace

const char* to_string(BucketSize size) {
  switch (size) {
    case BucketSize::day: return "day";
    case BucketSize::week: return "week";
    case BucketSize::month: return "month";
    case BucketSize::year: return "year";
    case BucketSize::decade: return "decade";
  }
  return "year";
}

std::optional<BucketSize> parse_bucket_size(std::string_view name) {
  for (const BucketSize size : kSizes) {
    if (name == to_string(size)) return size;
  }
  return std::nullopt;
}

BucketSize bucket_size_for(CivilDay first, CivilDay last) {
  const auto span = (sys_days{last} - sys_days{first}).count();
  if (span <= 31) return BucketSize::day;
  if (span <= 183) return BucketSize::week;
  if (span <= 3 * 366) return BucketSize::month;
  if (span <= 50 * 366) return BucketSize::year;
  return BucketSize::decade;
}

DatePeriod bucket_of(CivilDay day, BucketSize size) {
  const int y = static_cast<int>(day.year());
  switch (size) {
    case BucketSize::day: return day_period(day);
    case BucketSize::week: return week_period(day);
    case BucketSize::month:
      return month_period(y, static_cast<int>(static_cast<unsigned>(day.month())));
    case BucketSize::year: return year_period(y);
    case BucketSize::decade: return decade_period(y - ((y % 10) + 10) % 10);
  }
  return year_period(y);
}

TimelineBuckets timeline_buckets(const Timeline& timeline, std::optional<BucketSize> size) {
  std::vector<CivilDay> documents;
  for (const DatedDocument& d : timeline.documents) documents.push_back(d.period.begin);
  std::vector<CivilDay> mentions;
  for (const TimelineEvent& e : timeline.events) mentions.push_back(e.expression.period.begin);
  std::vector<CivilDay> all = documents;
  all.insert(all.end(), mentions.begin(), mentions.end());
  TimelineBuckets out;
  if (all.empty()) {
    out.size = size.value_or(BucketSize::year);
    return out;
  }
  const auto [first, last] = std::minmax_element(all.begin(), all.end());
  out.size = size.value_or(bucket_size_for(*first, *last));
  const std::vector<DatePeriod> buckets = buckets_between(*first, *last, out.size);
  for (const DatePeriod& period : buckets) out.buckets.push_back({period});
  for (const CivilDay day : documents) ++out.buckets[index_of(buckets, day)].documents;
  for (const CivilDay day : mentions) ++out.buckets[index_of(buckets, day)].mentions;
  return out;
}

std::vector<TrendBucket> term_trend(const Corpus& corpus, const DocSet& selection,
                                    std::span<const Match> hits, BucketSize size) {
  std::vector<std::optional<CivilDay>> day_of(corpus.document_count());
  std::optional<CivilDay> first;
  std::optional<CivilDay> last;
  for (std::uint32_t d = 0; d < corpus.document_count(); ++d) {
    if (!selection.contains(DocId{d})) continue;
    if (auto period = document_period(corpus.document(DocId{d}).meta)) {
      day_of[d] = period->begin;
      first = first ? std::min(*first, period->begin) : period->begin;
      last = last ? std::max(*last, period->begin) : period->begin;
    }
  }
  if (!first) return {};
  std::vector<TrendBucket> out;
  const std::vector<DatePeriod> buckets = buckets_between(*first, *last, size);
  for (const DatePeriod& period : buckets) out.push_back({period});
  for (std::uint32_t d = 0; d < corpus.document_count(); ++d) {
    if (day_of[d]) out[index_of(buckets, *day_of[d])].tokens += corpus.document(DocId{d}).token_count;
  }
  for (const Match& hit : hits) {
    const DocId doc = corpus.document_at(hit.first);
    if (selection.contains(doc) && day_of[to_index(doc)]) {
      ++out[index_of(buckets, *day_of[to_index(doc)])].hits;
    }
  }
  for (TrendBucket& bucket : out) {
    if (bucket.tokens > 0) {
      bucket.per_million = 1e6 * static_cast<double>(bucket.hits) / static_cast<double>(bucket.tokens);
    }
  }
  return out;
}

}  // namespace lectern
