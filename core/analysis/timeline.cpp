#include "analysis/timeline.h"

#include <algorithm>
#include <map>

#include "analysis/one_line.h"

namespace lectern {
namespace {

bool inside(const TextSpan& outer, std::uint32_t offset) {
  return offset >= outer.offset && offset < outer.offset + outer.length;
}

TextSpan line_around(const std::string& text, std::uint32_t offset) {
  const std::size_t start = text.rfind('\n', offset);
  const std::size_t begin = start == std::string::npos ? 0 : start + 1;
  const std::size_t end = std::min(text.find('\n', offset), text.size());
  return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end - begin)};
}

TextSpan sentence_around(const Corpus& corpus, const DocumentEntry& entry, std::uint32_t offset) {
  const auto sentences = corpus.sentences().subspan(entry.first_sentence, entry.sentence_count);
  auto after = std::upper_bound(sentences.begin(), sentences.end(), offset,
                                [](std::uint32_t at, const SentenceSpan& sentence) {
                                  return at < sentence.offset;
                                });
  if (after != sentences.begin()) {
    const SentenceSpan& sentence = *(after - 1);
    if (inside({sentence.offset, sentence.length}, offset)) {
      return {sentence.offset, sentence.length};
    }
  }
  return line_around(entry.meta.text, offset);
}

}  // namespace

std::optional<DatePeriod> document_period(const Document& document) {
  const std::optional<DateAnchor> anchor = parse_date_anchor(document.date);
  if (!anchor) return std::nullopt;
  const int y = static_cast<int>(anchor->day.year());
  switch (anchor->granularity) {
    case Granularity::year: return year_period(y);
    case Granularity::month:
      return month_period(y, static_cast<int>(static_cast<unsigned>(anchor->day.month())));
    default: return day_period(anchor->day);
  }
}

std::vector<TimelineEvent> document_events(const Corpus& corpus, DocId doc,
                                           const DateTerms& terms) {
  const DocumentEntry& entry = corpus.document(doc);
  const Document& document = entry.meta;
  std::vector<TimelineEvent> events;
  for (TemporalExpression& expression : document_dates(corpus, doc, terms)) {
    const TextSpan sentence = sentence_around(corpus, entry, expression.span.offset);
    events.push_back({doc, std::move(expression), sentence,
                      one_line(std::string_view(document.text).substr(sentence.offset, sentence.length))});
  }
  return events;
}

Timeline build_timeline(const Corpus& corpus, const DocSet& selection) {
  Timeline timeline;
  std::map<std::string, DateTerms, std::less<>> terms_by_language;
  for (std::uint32_t d = 0; d < corpus.document_count(); ++d) {
    const DocId doc{d};
    if (!selection.contains(doc)) continue;
    if (auto period = document_period(corpus.document(doc).meta)) {
      timeline.documents.push_back({doc, *period});
    } else {
      timeline.undated.push_back(doc);
    }
    const std::string& language = corpus.document(doc).meta.language;
    auto terms = terms_by_language.find(language);
    if (terms == terms_by_language.end()) {
      terms = terms_by_language.emplace(language, DateTerms(corpus.lexicon(), language)).first;
    }
    for (TimelineEvent& event : document_events(corpus, doc, terms->second)) {
      (event.expression.resolved ? timeline.events : timeline.unresolved)
          .push_back(std::move(event));
    }
  }
  std::stable_sort(timeline.documents.begin(), timeline.documents.end(),
                   [](const DatedDocument& a, const DatedDocument& b) {
                     return a.period.begin < b.period.begin;
                   });
  // Documents were visited in corpus order and their events in text order, so a stable sort
  // by first day keeps ties in document and offset order.
  std::stable_sort(timeline.events.begin(), timeline.events.end(),
                   [](const TimelineEvent& a, const TimelineEvent& b) {
                     return a.expression.period.begin < b.expression.period.begin;
                   });
  return timeline;
}

}  // namespace lectern
