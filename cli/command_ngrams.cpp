// lectern ngrams: recurring runs of 2 to 5 words.
#include <cstdio>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "analysis/ngrams.h"
#include "command_args.h"
#include "commands.h"
#include "filter.h"
#include "table.h"

namespace lectern::cli {

int run_ngrams(const LoadedInput& input, const Options& options) {
  const Corpus& corpus = *input.corpus;
  DocSet selection = DocSet::all(corpus);
  long n = 0;
  long min_freq = 0;
  std::size_t top = 0;
  for (const Problem& problem :
       {read_selection(corpus, options, selection), read_where(corpus, options, selection),
        read_number(options, "n", 2, 5, 2, n),
        read_number(options, "min-freq", 1, std::numeric_limits<long>::max(), 2, min_freq),
        read_top(options, 20, top)}) {
    if (!problem.empty()) return usage_problem(problem);
  }
  const Ngrams found = ngrams(
      corpus, selection,
      {.n = static_cast<std::uint32_t>(n), .min_freq = static_cast<std::uint32_t>(min_freq)});
  const std::size_t rows = top == 0 ? found.grams.size() : std::min(top, found.grams.size());
  const auto text = [&](const Ngram& gram) {
    std::string out;
    for (const TermId term : gram.terms) {
      if (!out.empty()) out += ' ';
      out += corpus.lexicon().str(term);
    }
    return out;
  };

  if (options.json) {
    nlohmann::ordered_json out;
    out["n"] = n;
    out["terms"] = nlohmann::json::array();
    for (std::size_t i = 0; i < rows; ++i) {
      const Ngram& gram = found.grams[i];
      out["terms"].push_back({{"term", text(gram)},
                              {"freq", gram.freq},
                              {"docs", gram.docs},
                              {"score", rounded(gram.per_million, 2)}});
    }
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }
  Table table(
      {{"ngram"}, {"freq", Align::right}, {"docs", Align::right}, {"per_million", Align::right}});
  for (std::size_t i = 0; i < rows; ++i) {
    const Ngram& gram = found.grams[i];
    table.add({text(gram), std::to_string(gram.freq), std::to_string(gram.docs),
               fixed(gram.per_million, 1)});
  }
  std::fputs(table.render().c_str(), stdout);
  return 0;
}

}  // namespace lectern::cli
