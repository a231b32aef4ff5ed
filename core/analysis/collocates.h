// Collocates: the words found near a node (a word or phrase, given as its matches) more often
// than chance would put them there.
//
// Counting follows Evert's (2008, "Corpora and collocations", sec. 3.2) model of surface
// co-occurrence. The node's windows (left and right words around each match, never past the
// document's edge, the node's own positions excluded) are merged, so a token in two
// overlapping windows counts once. Then, in the 2x2 table of analysis/statistics.h:
//   O11 = f_xy, tokens of y inside the windows    O12 = R1 - f_xy
//   O21 = f_y - f_xy, tokens of y outside them    O22 = N - R1 - O21
// with R1 the number of window tokens, f_y y's frequency and N the tokens of the selection.
// So E11 = R1 f_y / N: MI, t-score and log-likelihood are window-size corrected (a 10-word
// window does not make every pair look ten times as associated). logDice uses f_x = the
// number of matches, as Rychly defines it.
//
//   auto nodes = match_phrase(corpus, "security", all);
//   Collocates c = collocates(corpus, all, nodes, {.left = 5, .right = 5});
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "analysis/doc_set.h"
#include "analysis/match.h"
#include "analysis/term_selector.h"
#include "index/corpus.h"

namespace lectern {

enum class CollocationMeasure { log_dice, mutual_information, t_score, log_likelihood };

struct CollocateOptions {
  std::uint32_t left = 5;
  std::uint32_t right = 5;
  CollocationMeasure measure = CollocationMeasure::log_dice;
  std::uint32_t min_freq = 2;  // co-occurrences (O11)
  TermSelection keep{};        // stopwords and numbers are not reported unless kept
};

struct Collocate {
  TermId term{};
  std::uint32_t freq = 0;       // f_xy = O11
  std::uint32_t docs = 0;       // documents where they co-occur
  std::uint32_t term_freq = 0;  // f_y
  double log_dice = 0;
  double mutual_information = 0;
  double t_score = 0;
  double log_likelihood = 0;  // signed: negative when y avoids the node
  double score = 0;           // the chosen measure's value
};

struct Collocates {
  std::size_t node_freq = 0;      // f_x: matches in the selection
  std::size_t window_tokens = 0;  // R1
  std::size_t tokens = 0;         // N
  std::vector<Collocate> terms;   // highest score first
};

Collocates collocates(const Corpus& corpus, const DocSet& filter, std::span<const Match> nodes,
                      const CollocateOptions& options);

}  // namespace lectern
