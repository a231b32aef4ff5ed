// The timeline of a selection of documents: when each was written (Document::date, with its
// provenance in date_source) and every date its text mentions (extract/temporal_expressions.h),
// with the sentence around it, sorted by date. Expressions that reach into boilerplate lines
// are left out, as every count leaves those lines out.
//
//   Timeline timeline = build_timeline(corpus, DocSet::all(corpus));
//   for (const TimelineEvent& e : timeline.events) show(e.expression.period.value, e.sentence);
#pragma once

#include <string>
#include <vector>

#include "analysis/doc_set.h"
#include "extract/document_dates.h"
#include "extract/temporal_expressions.h"
#include "index/corpus.h"

namespace lectern {

struct DatedDocument {
  DocId doc{};
  DatePeriod period;  // the document date as a period: a day, a month or a year
};

struct TimelineEvent {
  DocId doc{};
  TemporalExpression expression;
  TextSpan sentence;  // the sentence holding the expression (its line, if no sentence does)
  std::string snippet;  // that sentence on one line
};

struct Timeline {
  std::vector<DatedDocument> documents;  // by date, then corpus order
  std::vector<DocId> undated;            // in corpus order
  std::vector<TimelineEvent> events;     // resolved, by first day, then document and offset
  std::vector<TimelineEvent> unresolved; // relative to a date the document lacks, corpus order
};

// The temporal expressions of one document outside its boilerplate, in text order, resolved
// against its date; terms are made for the document's language (extract/document_dates.h).
std::vector<TimelineEvent> document_events(const Corpus& corpus, DocId doc,
                                           const DateTerms& terms);

Timeline build_timeline(const Corpus& corpus, const DocSet& selection);

// A document's date as a period, or nothing for an undated document.
std::optional<DatePeriod> document_period(const Document& document);

}  // namespace lectern
