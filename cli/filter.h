// FILTER arguments (--where, and later --reference and kwic's QUERY) in the query language of
// core/query, read the way command_args.h reads other options: a Problem when the text is
// malformed, carrying the query and a caret under the spot, for usage_problem() (exit 2).
//
//   DocSet selection = DocSet::all(corpus);
//   if (Problem problem = read_where(corpus, options, selection); !problem.empty())
//     return usage_problem(problem);
//
// prints, for --where 'putin AND (summit':
//   lectern: --where: unbalanced parenthesis: '(' is never closed
//     putin AND (summit
//               ^
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/doc_set.h"
#include "analysis/match.h"
#include "command_args.h"
#include "extract/entities.h"
#include "index/corpus.h"
#include "options.h"
#include "query/query.h"

namespace lectern::cli {

// Parses text, given as what ("--where", "QUERY"), into query.
Problem parse_filter(std::string_view what, const std::string& text, Query& query);

// The documents of corpus matching the filter text. entity: terms look names up in entities
// when given (a command's curated list), else in the corpus's entities, found on first use.
Problem filter_documents(const Corpus& corpus, std::string_view what, const std::string& text,
                         DocSet& documents, const Entities* entities = nullptr);

// The matches of the query text in the documents of within (kwic's QUERY, collocates' NODE).
Problem filter_matches(const Corpus& corpus, std::string_view what, const std::string& text,
                       const DocSet& within, std::vector<Match>& matches);

// Narrows selection to the documents --where selects; leaves it alone without --where.
// entities as for filter_documents().
Problem read_where(const Corpus& corpus, const Options& options, DocSet& selection,
                   const Entities* entities = nullptr);

}  // namespace lectern::cli
