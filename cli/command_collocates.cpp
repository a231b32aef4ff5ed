// lectern collocates NODE: the words found near NODE more often than chance would put them.
#include <cstdio>
#include <limits>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "analysis/collocates.h"
#include "command_args.h"
#include "commands.h"
#include "filter.h"
#include "query/evaluate.h"
#include "table.h"

namespace lectern::cli {

int run_collocates(const LoadedInput& input, const Options& options) {
  const Corpus& corpus = *input.corpus;
  const std::string node = options.arguments.at(0);
  DocSet selection = DocSet::all(corpus);
  long window = 0;
  long min_freq = 0;
  std::string measure;
  bool keep_stopwords = false;
  std::size_t top = 0;
  for (const Problem& problem :
       {read_selection(corpus, options, selection), read_where(corpus, options, selection),
        read_number(options, "window", 1, 50, 5, window),
        read_number(options, "min-freq", 1, std::numeric_limits<long>::max(), 2, min_freq),
        read_choice(options, "measure", {"logdice", "mi", "t", "ll"}, "logdice", measure),
        read_keep_stopwords(options, keep_stopwords), read_top(options, 20, top)}) {
    if (!problem.empty()) return usage_problem(problem);
  }
  // NODE is a query like kwic's: a word, a phrase, secur*, /toka[jy]ev/, or several with OR.
  std::vector<Match> nodes;
  if (Problem problem = filter_matches(corpus, "NODE", node, selection, nodes);
      !problem.empty()) {
    return usage_problem(problem);
  }

  const CollocationMeasure chosen = measure == "mi"   ? CollocationMeasure::mutual_information
                                    : measure == "t"  ? CollocationMeasure::t_score
                                    : measure == "ll" ? CollocationMeasure::log_likelihood
                                                      : CollocationMeasure::log_dice;
  const Collocates found = collocates(corpus, selection, nodes,
                                      {.left = static_cast<std::uint32_t>(window),
                                       .right = static_cast<std::uint32_t>(window),
                                       .measure = chosen,
                                       .min_freq = static_cast<std::uint32_t>(min_freq),
                                       .keep = {.stopwords = keep_stopwords}});
  const std::size_t rows = top == 0 ? found.terms.size() : std::min(top, found.terms.size());
  const Lexicon& lexicon = corpus.lexicon();

  if (options.json) {
    nlohmann::ordered_json out;
    out["node"] = node;
    out["measure"] = measure;
    out["node_freq"] = found.node_freq;
    out["terms"] = nlohmann::json::array();
    for (std::size_t i = 0; i < rows; ++i) {
      const Collocate& c = found.terms[i];
      out["terms"].push_back({{"term", lexicon.str(c.term)},
                              {"freq", c.freq},
                              {"docs", c.docs},
                              {"score", rounded(c.score, 3)},
                              {"term_freq", c.term_freq},
                              {"logdice", rounded(c.log_dice, 3)},
                              {"mi", rounded(c.mutual_information, 3)},
                              {"t", rounded(c.t_score, 3)},
                              {"ll", rounded(c.log_likelihood, 3)}});
    }
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }
  Table table({{"collocate"},
               {"freq", Align::right},
               {"docs", Align::right},
               {"term_freq", Align::right},
               {"logdice", Align::right},
               {"mi", Align::right},
               {"t", Align::right},
               {"ll", Align::right}});
  for (std::size_t i = 0; i < rows; ++i) {
    const Collocate& c = found.terms[i];
    table.add({std::string(lexicon.str(c.term)), std::to_string(c.freq), std::to_string(c.docs),
               std::to_string(c.term_freq), fixed(c.log_dice, 2), fixed(c.mutual_information, 2),
               fixed(c.t_score, 2), fixed(c.log_likelihood, 2)});
  }
  std::fputs(table.render().c_str(), stdout);
  return 0;
}

}  // namespace lectern::cli
