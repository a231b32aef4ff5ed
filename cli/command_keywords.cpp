// lectern keywords: a word list (--measure freq), the TF-IDF terms of one document (tfidf), or
// the keywords of a target (--doc, --where) against a reference (log-likelihood, log-ratio;
// --reference FILTER, by default the rest of the corpus).
#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "analysis/keyness.h"
#include "analysis/tfidf.h"
#include "analysis/word_list.h"
#include "command_args.h"
#include "commands.h"
#include "filter.h"
#include "table.h"

namespace lectern::cli {
namespace {

constexpr std::size_t kDefaultTop = 20;

std::size_t shown(std::size_t rows, std::size_t top) {
  return top == 0 ? rows : std::min(rows, top);
}

void print(const nlohmann::ordered_json& out) { std::printf("%s\n", out.dump(2).c_str()); }

int word_list_output(const Corpus& corpus, const DocSet& target, const std::string& target_name,
                     const TermSelection& keep, std::size_t top, bool json) {
  const WordList list = word_list(corpus, target, {.keep = keep});
  const std::size_t rows = shown(list.terms.size(), top);
  const Lexicon& lexicon = corpus.lexicon();
  if (json) {
    nlohmann::ordered_json out;
    out["measure"] = "freq";
    out["target"] = target_name;
    out["tokens"] = list.tokens;
    out["terms"] = nlohmann::json::array();
    for (std::size_t i = 0; i < rows; ++i) {
      const WordListEntry& e = list.terms[i];
      out["terms"].push_back({{"term", lexicon.str(e.term)},
                              {"freq", e.freq},
                              {"docs", e.docs},
                              {"score", rounded(e.per_million, 2)},
                              {"per_million", rounded(e.per_million, 2)},
                              {"dp", rounded(e.dp, 4)},
                              {"dp_norm", rounded(e.dp_norm, 4)}});
    }
    print(out);
    return 0;
  }
  Table table({{"term"},
               {"freq", Align::right},
               {"docs", Align::right},
               {"per_million", Align::right},
               {"dp", Align::right},
               {"dp_norm", Align::right}});
  for (std::size_t i = 0; i < rows; ++i) {
    const WordListEntry& e = list.terms[i];
    table.add({std::string(lexicon.str(e.term)), std::to_string(e.freq), std::to_string(e.docs),
               fixed(e.per_million, 1), fixed(e.dp, 3), fixed(e.dp_norm, 3)});
  }
  std::fputs(table.render().c_str(), stdout);
  return 0;
}

int tfidf_output(const Corpus& corpus, const DocSet& filter, DocId doc,
                 const std::string& target_name, const TermSelection& keep, std::size_t top,
                 bool json) {
  const std::vector<TfidfTerm> terms = tfidf(corpus, filter, doc, {.keep = keep});
  const std::size_t rows = shown(terms.size(), top);
  const Lexicon& lexicon = corpus.lexicon();
  if (json) {
    nlohmann::ordered_json out;
    out["measure"] = "tfidf";
    out["target"] = target_name;
    out["terms"] = nlohmann::json::array();
    for (std::size_t i = 0; i < rows; ++i) {
      const TfidfTerm& t = terms[i];
      out["terms"].push_back({{"term", lexicon.str(t.term)},
                              {"freq", t.freq},
                              {"docs", t.docs},
                              {"score", rounded(t.score, 5)},
                              {"tf", rounded(t.tf, 5)},
                              {"idf", rounded(t.idf, 4)}});
    }
    print(out);
    return 0;
  }
  Table table({{"term"},
               {"freq", Align::right},
               {"docs", Align::right},
               {"tf", Align::right},
               {"idf", Align::right},
               {"tfidf", Align::right}});
  for (std::size_t i = 0; i < rows; ++i) {
    const TfidfTerm& t = terms[i];
    table.add({std::string(lexicon.str(t.term)), std::to_string(t.freq), std::to_string(t.docs),
               fixed(t.tf, 4), fixed(t.idf, 3), fixed(t.score, 4)});
  }
  std::fputs(table.render().c_str(), stdout);
  return 0;
}

int keyness_output(const Corpus& corpus, const DocSet& target, const DocSet& reference,
                   const std::string& target_name, const std::string& reference_name,
                   const std::string& measure, const TermSelection& keep, std::size_t top,
                   bool json) {
  const bool by_ratio = measure == "log-ratio";
  const Keyness k =
      keyness(corpus, target, reference,
              {.measure = by_ratio ? KeynessMeasure::log_ratio : KeynessMeasure::log_likelihood,
               .keep = keep});
  const std::size_t rows = shown(k.terms.size(), top);
  const Lexicon& lexicon = corpus.lexicon();
  if (json) {
    nlohmann::ordered_json out;
    out["measure"] = measure;
    out["target"] = target_name;
    out["reference"] = reference_name;
    out["terms"] = nlohmann::json::array();
    for (std::size_t i = 0; i < rows; ++i) {
      const KeynessTerm& t = k.terms[i];
      out["terms"].push_back({{"term", lexicon.str(t.term)},
                              {"freq", t.freq},
                              {"docs", t.docs},
                              {"ref_freq", t.ref_freq},
                              {"score", rounded(by_ratio ? t.log_ratio : t.log_likelihood, 3)},
                              {"log_ratio", rounded(t.log_ratio, 3)},
                              {"log_likelihood", rounded(t.log_likelihood, 3)},
                              {"p", significant(t.p, 4)}});
    }
    print(out);
    return 0;
  }
  Table table({{"term"},
               {"freq", Align::right},
               {"docs", Align::right},
               {"ref_freq", Align::right},
               {"log_likelihood", Align::right},
               {"log_ratio", Align::right},
               {"p", Align::right}});
  for (std::size_t i = 0; i < rows; ++i) {
    const KeynessTerm& t = k.terms[i];
    table.add({std::string(lexicon.str(t.term)), std::to_string(t.freq), std::to_string(t.docs),
               std::to_string(t.ref_freq), fixed(t.log_likelihood, 2), fixed(t.log_ratio, 2),
               p_value(t.p)});
  }
  std::fputs(table.render().c_str(), stdout);
  return 0;
}

}  // namespace

int run_keywords(const LoadedInput& input, const Options& options) {
  const Corpus& corpus = *input.corpus;
  std::optional<DocId> doc;
  if (options.has("doc")) {
    doc = find_document(corpus, options.text("doc"));
    if (!doc) return usage_problem("no document with id '" + options.text("doc") + "'");
  }
  DocSet where = DocSet::all(corpus);
  std::string measure;
  TermSelection keep;
  std::size_t top = 0;
  const bool has_target = doc || options.has("where");
  for (const Problem& problem :
       {read_where(corpus, options, where),
        read_choice(options, "measure", {"freq", "tfidf", "log-likelihood", "log-ratio"},
                    has_target ? "log-likelihood" : "freq", measure),
        read_keep_stopwords(options, keep.stopwords), read_stem(options, keep.stem),
        read_top(options, kDefaultTop, top)}) {
    if (!problem.empty()) return usage_problem(problem);
  }

  // The target: the --doc document, the --where documents, or both at once.
  DocSet target = where;
  std::string target_name = options.has("where") ? options.text("where") : "corpus";
  if (doc) {
    DocSet just_doc = DocSet::none(corpus);
    just_doc.insert(*doc);
    target = target.intersect(just_doc);
    const std::string doc_name = "doc:" + corpus.document(*doc).meta.id;
    target_name = options.has("where") ? doc_name + " AND (" + target_name + ")" : doc_name;
  }
  if (measure == "freq") {
    return word_list_output(corpus, target, target_name, keep, top, options.json);
  }
  if (measure == "tfidf") {
    if (!doc) return usage_problem("--measure tfidf needs a document: --doc ID");
    // Distinctive within the --where documents, when given.
    return tfidf_output(corpus, where, *doc, target_name, keep, top, options.json);
  }
  if (!has_target) {
    return usage_problem("--measure " + measure + " needs a target: --doc ID or --where FILTER");
  }

  DocSet reference = rest_of(target, DocSet::all(corpus));
  std::string reference_name = "rest of corpus";
  if (const std::string asked = options.text("reference", "rest"); asked != "rest") {
    if (Problem problem = filter_documents(corpus, "--reference", asked, reference);
        !problem.empty()) {
      return usage_problem(problem);
    }
    reference_name = asked;
  }
  return keyness_output(corpus, target, reference, target_name, reference_name, measure, keep, top,
                        options.json);
}

}  // namespace lectern::cli
