// `lectern timeline`: dated documents, documents and mentioned dates per time bucket, a query's
// trend over the buckets (--trend), and every date mentioned in the texts, sorted by date, with
// its sentence.
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "analysis/time_buckets.h"
#include "analysis/timeline.h"
#include "command_args.h"
#include "commands.h"
#include "filter.h"
#include "table.h"

namespace lectern::cli {
namespace {

using Json = nlohmann::ordered_json;

const std::string& doc_id(const Corpus& corpus, DocId doc) { return corpus.document(doc).meta.id; }

Json event_json(const Corpus& corpus, const TimelineEvent& event) {
  const TemporalExpression& e = event.expression;
  const std::string& text = corpus.document(event.doc).meta.text;
  Json row;
  row["doc"] = doc_id(corpus, event.doc);
  row["text"] = text.substr(e.span.offset, e.span.length);
  // An unresolved expression (relative to a date its document lacks) keeps the same keys,
  // with nulls where a resolved one has its period.
  row["value"] = e.resolved ? Json(e.period.value) : Json(nullptr);
  row["begin"] = e.resolved ? Json(format_day(e.period.begin)) : Json(nullptr);
  row["end"] = e.resolved ? Json(format_day(e.period.end)) : Json(nullptr);
  row["granularity"] = e.resolved ? Json(to_string(e.period.granularity)) : Json(nullptr);
  row["anchored"] = e.anchored;
  row["offset"] = e.span.offset;
  row["length"] = e.span.length;
  row["sentence"] = event.snippet;
  return row;
}

// --trend QUERY: the query's hits per bucket of document dates.
struct Trend {
  std::string query;
  std::vector<TrendBucket> buckets;
};

Json trend_json(const Trend& trend) {
  Json rows = Json::array();
  for (const TrendBucket& bucket : trend.buckets) {
    rows.push_back({{"bucket", bucket.period.value},
                    {"hits", bucket.hits},
                    {"tokens", bucket.tokens},
                    {"per_million", rounded(bucket.per_million, 2)}});
  }
  return {{"query", trend.query}, {"buckets", std::move(rows)}};
}

void print_json(const Corpus& corpus, const Timeline& timeline, const TimelineBuckets& counts,
                const std::optional<Trend>& trend, std::size_t top) {
  Json out;
  out["documents"] = Json::array();
  for (const DatedDocument& d : timeline.documents) {
    out["documents"].push_back({{"doc", doc_id(corpus, d.doc)},
                                {"date", d.period.value},
                                {"date_source", to_string(corpus.document(d.doc).meta.date_source)}});
  }
  out["undated"] = Json::array();
  for (const DocId doc : timeline.undated) out["undated"].push_back(doc_id(corpus, doc));
  out["bucket"] = to_string(counts.size);
  out["buckets"] = Json::array();
  for (const TimelineBucket& bucket : counts.buckets) {
    out["buckets"].push_back({{"bucket", bucket.period.value},
                              {"begin", format_day(bucket.period.begin)},
                              {"end", format_day(bucket.period.end)},
                              {"documents", bucket.documents},
                              {"mentions", bucket.mentions}});
  }
  if (trend) out["trend"] = trend_json(*trend);
  out["events"] = Json::array();
  for (std::size_t i = 0; i < timeline.events.size() && (top == 0 || i < top); ++i) {
    out["events"].push_back(event_json(corpus, timeline.events[i]));
  }
  out["unresolved"] = Json::array();
  for (const TimelineEvent& event : timeline.unresolved) {
    out["unresolved"].push_back(event_json(corpus, event));
  }
  std::printf("%s\n", out.dump(2).c_str());
}

void print_tables(const Corpus& corpus, const Timeline& timeline, const TimelineBuckets& counts,
                  const std::optional<Trend>& trend, std::size_t top) {
  std::printf("documents dated: %zu, undated: %zu; dates mentioned: %zu, unresolved: %zu; by %s\n\n",
              timeline.documents.size(), timeline.undated.size(), timeline.events.size(),
              timeline.unresolved.size(), to_string(counts.size));
  Table buckets({{to_string(counts.size)}, {"documents", Align::right}, {"mentions", Align::right}});
  for (const TimelineBucket& bucket : counts.buckets) {
    buckets.add({bucket.period.value, std::to_string(bucket.documents),
                 std::to_string(bucket.mentions)});
  }
  if (!counts.buckets.empty()) std::printf("%s\n", buckets.render().c_str());
  if (trend) {
    std::printf("trend of %s in dated documents\n", trend->query.c_str());
    Table rows({{to_string(counts.size)}, {"hits", Align::right}, {"tokens", Align::right},
                {"per million", Align::right}});
    for (const TrendBucket& bucket : trend->buckets) {
      rows.add({bucket.period.value, std::to_string(bucket.hits), std::to_string(bucket.tokens),
                fixed(bucket.per_million, 2)});
    }
    std::printf("%s\n", rows.render().c_str());
  }

  constexpr std::size_t kSentenceWidth = 70;
  Table events({{"value"}, {"text"}, {"anchored"}, {"doc"}, {"sentence"}});
  for (std::size_t i = 0; i < timeline.events.size() && (top == 0 || i < top); ++i) {
    const TimelineEvent& event = timeline.events[i];
    const TemporalExpression& e = event.expression;
    events.add({e.period.value,
                corpus.document(event.doc).meta.text.substr(e.span.offset, e.span.length),
                e.anchored ? "yes" : "", doc_id(corpus, event.doc),
                shortened(event.snippet, kSentenceWidth)});
  }
  for (const TimelineEvent& event : timeline.unresolved) {
    const TemporalExpression& e = event.expression;
    events.add({"unresolved",
                corpus.document(event.doc).meta.text.substr(e.span.offset, e.span.length), "yes",
                doc_id(corpus, event.doc), shortened(event.snippet, kSentenceWidth)});
  }
  std::fputs(events.render().c_str(), stdout);
}

}  // namespace

int run_timeline(const LoadedInput& input, const Options& options) {
  const Corpus& corpus = *input.corpus;
  DocSet selection = DocSet::all(corpus);
  std::string bucket;
  std::size_t top = 0;
  for (const Problem& problem :
       {read_selection(corpus, options, selection), read_where(corpus, options, selection),
        read_choice(options, "bucket", {"auto", "day", "week", "month", "year", "decade"}, "auto",
                    bucket),
        read_top(options, 0, top)}) {
    if (!problem.empty()) return usage_problem(problem);
  }
  const Timeline timeline = build_timeline(corpus, selection);
  const TimelineBuckets counts = timeline_buckets(timeline, parse_bucket_size(bucket));
  std::optional<Trend> trend;
  if (options.has("trend")) {
    trend = Trend{options.text("trend"), {}};
    std::vector<Match> hits;
    if (Problem problem = filter_matches(corpus, "--trend", trend->query, selection, hits);
        !problem.empty()) {
      return usage_problem(problem);
    }
    trend->buckets = term_trend(corpus, selection, hits, counts.size);
  }
  if (options.json) {
    print_json(corpus, timeline, counts, trend, top);
  } else {
    print_tables(corpus, timeline, counts, trend, top);
  }
  return 0;
}

}  // namespace lectern::cli
