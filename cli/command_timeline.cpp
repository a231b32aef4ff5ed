// `lectern timeline`: dated documents, documents and mentioned dates per time bucket, and every
// date mentioned in the texts, sorted by date, with its sentence.
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
  if (e.resolved) {
    row["value"] = e.period.value;
    row["begin"] = format_day(e.period.begin);
    row["end"] = format_day(e.period.end);
    row["granularity"] = to_string(e.period.granularity);
  }
  row["anchored"] = e.anchored;
  row["offset"] = e.span.offset;
  row["length"] = e.span.length;
  row["sentence"] = event.snippet;
  return row;
}

Json buckets_json(const std::vector<TimeBucket>& documents,
                  const std::vector<TimeBucket>& mentions) {
  Json rows = Json::array();
  for (const auto* list : {&documents, &mentions}) {
    for (const TimeBucket& bucket : *list) {
      rows.push_back({{"bucket", bucket.period.value},
                      {"begin", format_day(bucket.period.begin)},
                      {"end", format_day(bucket.period.end)},
                      {"of", list == &documents ? "documents" : "mentions"},
                      {"count", bucket.count}});
    }
  }
  return rows;
}

void print_json(const Corpus& corpus, const Timeline& timeline, BucketSize size,
                std::size_t top) {
  Json out;
  out["documents"] = Json::array();
  for (const DatedDocument& d : timeline.documents) {
    out["documents"].push_back({{"doc", doc_id(corpus, d.doc)},
                                {"date", d.period.value},
                                {"date_source", to_string(corpus.document(d.doc).meta.date_source)}});
  }
  out["undated"] = Json::array();
  for (const DocId doc : timeline.undated) out["undated"].push_back(doc_id(corpus, doc));
  out["bucket"] = to_string(size);
  out["buckets"] =
      buckets_json(documents_per_bucket(timeline, size), mentions_per_bucket(timeline, size));
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

void print_tables(const Corpus& corpus, const Timeline& timeline, BucketSize size,
                  std::size_t top) {
  const std::vector<TimeBucket> documents = documents_per_bucket(timeline, size);
  const std::vector<TimeBucket> mentions = mentions_per_bucket(timeline, size);
  std::printf("%zu dated documents, %zu undated; %zu dates mentioned, %zu unresolved; by %s\n\n",
              timeline.documents.size(), timeline.undated.size(), timeline.events.size(),
              timeline.unresolved.size(), to_string(size));
  Table buckets({{to_string(size)}, {"documents", Align::right}});
  for (const TimeBucket& bucket : documents) {
    buckets.add({bucket.period.value, std::to_string(bucket.count)});
  }
  if (!documents.empty()) std::printf("%s\n", buckets.render().c_str());

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
  const BucketSize size =
      bucket == "auto" ? bucket_size_for(timeline) : *parse_bucket_size(bucket);
  if (options.json) {
    print_json(corpus, timeline, size, top);
  } else {
    print_tables(corpus, timeline, size, top);
  }
  return 0;
}

}  // namespace lectern::cli
