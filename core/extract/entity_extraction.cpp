#include "extract/entity_extraction.h"

#include <algorithm>

#include "extract/entity_merge.h"
#include "extract/entity_types.h"
#include "extract/gazetteer.h"
#include "extract/name_key.h"
#include "extract/word_lists.h"

namespace lectern {
namespace {

using Clock = std::chrono::steady_clock;

bool multi_word(const std::string& text) { return text.find_first_of(" -") != std::string::npos; }

// The name shown for an entity: for a place its most mentioned form; otherwise the most
// mentioned form of more than one word if there is one ("Kassym-Jomart Tokayev" over
// "Tokayev", "Collective Security Treaty Organization" over "CSTO"). Ties go to the shorter.
std::string display_name(const Entities& entities, const Entity& entity) {
  const auto better = [&](std::uint32_t a, std::uint32_t b) {
    const EntityForm& x = entities.forms[a];
    const EntityForm& y = entities.forms[b];
    if (x.mentions != y.mentions) return x.mentions > y.mentions;
    if (x.text.size() != y.text.size()) return x.text.size() < y.text.size();
    return x.text < y.text;
  };
  std::uint32_t best = entity.forms.front();
  bool best_multi = multi_word(entities.forms[best].text);
  for (const std::uint32_t f : entity.forms) {
    const bool multi = multi_word(entities.forms[f].text) && entity.type != EntityType::LOC;
    if ((multi && !best_multi) || (multi == best_multi && better(f, best))) {
      best = f;
      best_multi = multi;
    }
  }
  return entities.forms[best].text;
}

// The evidence of entities [first, last) grouped from the mentions (MentionGrouping) that their
// forms give (form_evidence: the gazetteer, org heads, first names).
void gather_form_evidence(Entities& out, std::size_t first, std::size_t last) {
  for (std::size_t e = first; e < last; ++e) {
    Entity& entity = out.entities[e];
    for (const std::uint32_t f : entity.forms) {
      for (const Evidence& found : form_evidence(out.forms[f].text, out.forms[f].mentions)) {
        add_evidence(entity.evidence, found.kind, found.detail, found.count);
      }
    }
  }
}

// The evidence of mentions [first, last) (the cues around them), with their entities' mention
// counts and documents. After every entity's form evidence, so the order of evidence stays.
void gather_mention_evidence(Entities& out, const FoundMentions& found, std::size_t first,
                             std::size_t last) {
  for (std::size_t i = first; i < last; ++i) {
    Entity& entity = out.entities[out.mentions[i].entity];
    const FoundMention& cue = found.mentions[i];
    if (cue.title != 0) add_evidence(entity.evidence, EvidenceKind::title, found.text(cue.title), 1);
    if (cue.place_cue) add_evidence(entity.evidence, EvidenceKind::place_cue, {}, 1);
    if (cue.person_cue) add_evidence(entity.evidence, EvidenceKind::person_cue, {}, 1);
    if (cue.acronym_after != 0) add_evidence(entity.evidence, EvidenceKind::acronym_pair, {}, 1);
    if (cue.person_shape) add_evidence(entity.evidence, EvidenceKind::person_shape, {}, 1);
    if (cue.acronym) add_evidence(entity.evidence, EvidenceKind::acronym, {}, 1);
    ++entity.mentions;
    if (entity.docs.empty() || entity.docs.back().doc != out.mentions[i].doc) {
      entity.docs.push_back({out.mentions[i].doc, 0});
    }
    ++entity.docs.back().mentions;
  }
}

// Documents folded, types decided, forms ordered and names chosen, for entities [first, last);
// order_entities() once all are settled.
void settle(Entities& out, std::size_t first, std::size_t last) {
  for (std::size_t e = first; e < last; ++e) {
    Entity& entity = out.entities[e];
    // Mentions come in corpus order, so a document's counts are adjacent only within a run of
    // mentions; fold repeated documents together.
    std::sort(entity.docs.begin(), entity.docs.end(),
              [](const DocCount& a, const DocCount& b) { return to_index(a.doc) < to_index(b.doc); });
    std::vector<DocCount> folded;
    for (const DocCount& d : entity.docs) {
      if (!folded.empty() && folded.back().doc == d.doc) {
        folded.back().mentions += d.mentions;
      } else {
        folded.push_back(d);
      }
    }
    entity.docs = std::move(folded);
    entity.type = decide_type(entity.evidence);
    std::sort(entity.forms.begin(), entity.forms.end(), [&](std::uint32_t a, std::uint32_t b) {
      if (out.forms[a].mentions != out.forms[b].mentions) return out.forms[a].mentions > out.forms[b].mentions;
      return out.forms[a].text < out.forms[b].text;
    });
    entity.name = display_name(out, entity);
  }
}

// One step of a table built a piece at a time and installed whole once done: true when the
// program has it.
template <typename Builder, typename Install>
bool build_step(bool built, std::unique_ptr<Builder>& builder, Install install) {
  if (built) return true;
  if (!builder) builder = std::make_unique<Builder>();
  if (!builder->step()) return false;
  install(builder->finish());
  builder.reset();
  return true;
}

}  // namespace

EntityExtraction::EntityExtraction(const Corpus& corpus) : corpus_(&corpus) {}
EntityExtraction::~EntityExtraction() = default;
EntityExtraction::EntityExtraction(EntityExtraction&&) noexcept = default;
EntityExtraction& EntityExtraction::operator=(EntityExtraction&&) noexcept = default;

void EntityExtraction::advance() {
  const auto documents = static_cast<std::uint32_t>(corpus_->document_count());
  switch (phase_) {
    case Phase::tables:
      // Built on first use and kept: the first extraction in a program pays for them, the word
      // lists a piece of a file at a time, the gazetteer a language at a time (it takes most of
      // a second), the name-key transforms a part at a time.
      if (next_ == 0) {
        if (build_step(word_lists_built(), word_lists_builder_, install_word_lists)) next_ = 1;
      } else if (next_ == 1) {
        if (build_step(gazetteer_built(), gazetteer_builder_, install_gazetteer)) next_ = 2;
      } else if (build_name_key_part()) {
        finder_ = std::make_unique<MentionFinder>(*corpus_);
        phase_ = Phase::survey;
        next_ = 0;
      }
      break;
    case Phase::survey:
    case Phase::find:
      // Every document is surveyed before any is searched: the search reads the whole
      // corpus's spelling of each term.
      if (next_ < documents) {
        const auto doc = static_cast<DocId>(next_);
        if (phase_ == Phase::survey) {
          finder_->survey(doc);
        } else {
          finder_->find(doc);
        }
        tokens_done_ += corpus_->document(doc).token_count;
        ++next_;
      }
      if (next_ >= documents) {
        phase_ = phase_ == Phase::survey ? Phase::find : Phase::group;
        next_ = 0;
      }
      break;
    case Phase::group:
      if (!grouping_) {
        grouping_ = std::make_unique<MentionGrouping>(*corpus_, finder_->take());
        finder_.reset();
      } else if (grouping_->step()) {
        entities_ = grouping_->take();
        phase_ = Phase::form_evidence;
      }
      break;
    case Phase::form_evidence:
      if (range_unit(entities_.entities.size(), kEntitiesPerUnit, [&](std::size_t first, std::size_t last) {
            gather_form_evidence(entities_, first, last);
          })) {
        phase_ = Phase::mention_evidence;
      }
      break;
    case Phase::mention_evidence:
      if (range_unit(entities_.mentions.size(), MentionGrouping::kMentionsPerPart,
                     [&](std::size_t first, std::size_t last) {
                       gather_mention_evidence(entities_, grouping_->found(), first, last);
                     })) {
        grouping_.reset();
        phase_ = Phase::settle;
      }
      break;
    case Phase::settle:
      if (range_unit(entities_.entities.size(), kEntitiesPerUnit,
                     [&](std::size_t first, std::size_t last) { settle(entities_, first, last); })) {
        phase_ = Phase::order;
      }
      break;
    case Phase::order:
      order_entities(entities_);
      phase_ = Phase::done;
      break;
    case Phase::done: break;
  }
}

template <typename Work>
bool EntityExtraction::range_unit(std::size_t count, std::size_t per_unit, Work work) {
  const std::size_t last = std::min(count, std::size_t{next_} + per_unit);
  work(next_, last);
  next_ = static_cast<std::uint32_t>(last);
  if (next_ < count) return false;
  next_ = 0;
  return true;
}

bool EntityExtraction::step(std::chrono::microseconds budget) {
  // Units of one kind cost about the same, so the step stops early when one more like the last
  // would overrun the budget: a frame that has spent 10 of its 12 ms does not start a 15 ms unit.
  // The first unit of another kind (a phase, or a table) may cost unlike the last, so it waits
  // for the next step.
  const auto start = Clock::now();
  Clock::duration last{};
  do {
    const auto unit_start = Clock::now();
    const Phase phase = phase_;
    const std::uint32_t table = next_;
    advance();
    last = Clock::now() - unit_start;
    if (phase_ != phase || (phase == Phase::tables && next_ != table)) break;
  } while (!done() && Clock::now() - start + last < budget);
  return done();
}

float EntityExtraction::progress() const {
  if (done()) return 1.0f;
  const double tokens = 2.0 * static_cast<double>(corpus_->token_count());
  const double read = tokens == 0 ? 1.0 : static_cast<double>(tokens_done_) / tokens;
  return static_cast<float>(read * (1.0 - kGroupShare));
}

const char* EntityExtraction::phase_name() const {
  switch (phase_) {
    case Phase::tables: return "tables";
    case Phase::survey: return "survey";
    case Phase::find: return "find";
    case Phase::group: return "group";
    case Phase::form_evidence: return "form evidence";
    case Phase::mention_evidence: return "mention evidence";
    case Phase::settle: return "settle";
    case Phase::order: return "order";
    case Phase::done: return "done";
  }
  return "";
}

Entities EntityExtraction::result() {
  while (!done()) advance();
  return std::move(entities_);
}

Entities extract_entities(const Corpus& corpus) { return EntityExtraction(corpus).result(); }

}  // namespace lectern
