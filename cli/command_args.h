// The options the analysis commands (keywords, kwic, ngrams, collocates) share, read and checked
// in one place so each says the same thing about a bad value: which option, what it accepts.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "analysis/doc_set.h"
#include "index/corpus.h"
#include "options.h"

namespace lectern::cli {

// Prints a usage problem the way main() does and returns exit status 2.
int usage_problem(const std::string& message);

// A problem with an option's value, for usage_problem(); empty when all is well.
using Problem = std::string;

std::optional<DocId> find_document(const Corpus& corpus, std::string_view id);

// The documents a command works on: all of them, or the one --doc names.
Problem read_selection(const Corpus& corpus, const Options& options, DocSet& selection);

// --NAME as a whole number in [min, max], or fallback when absent.
Problem read_number(const Options& options, std::string_view name, long min, long max,
                    long fallback, long& value);

// --NAME as one of choices, or fallback when absent.
Problem read_choice(const Options& options, std::string_view name,
                    std::initializer_list<std::string_view> choices, std::string_view fallback,
                    std::string& value);

// --stopwords on|off: on (the default) leaves stopwords out, off keeps them.
Problem read_keep_stopwords(const Options& options, bool& keep);

// --stem on|off: on counts the forms of a word as one term, shown as its most frequent form
// (Snowball stems in each document's language); off, the default, counts each form.
Problem read_stem(const Options& options, bool& stem);

// --top N: rows to show; 0 shows all.
Problem read_top(const Options& options, std::size_t fallback, std::size_t& top);

}  // namespace lectern::cli
