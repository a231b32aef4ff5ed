// The entities a command shows: extract_entities() with the --curation FILE overlay applied
// (core/extract/curation.h). The file is read here, since core reads no files.
//
//   Entities entities;
//   if (Problem problem = curated_entities(corpus, options, entities); !problem.empty())
//     return usage_problem(problem);
#pragma once

#include "command_args.h"
#include "extract/entities.h"
#include "index/corpus.h"
#include "options.h"

namespace lectern::cli {

// A Problem when the curation file cannot be read or is malformed. Actions naming aliases the
// corpus no longer has are reported on stderr (unless --quiet) and skipped.
Problem curated_entities(const Corpus& corpus, const Options& options, Entities& entities);

}  // namespace lectern::cli
