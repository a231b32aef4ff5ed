// Small pieces of UI more than one view draws: the query box with its error line, text that
// may be empty, and table sorting helpers.
#pragma once

#include <string>
#include <string_view>

#include "selection.h"
#include "views/views.h"

namespace lectern {

// An input for the shared filter's query. `edit` is the view's copy of the text being typed;
// it follows the filter when the filter changes elsewhere (Back, a removed chip). Enter makes
// it the filter's query. Below it, the query's error with a caret under the spot.
void query_box(const char* id, const char* hint, std::string& edit, std::string& edit_source,
               const Selection& selection, ViewRequests& requests);

// The error message and the query with a marker under the column it points at.
void query_error_lines(std::string_view query, const QueryError& error);

// Text, or a dimmed placeholder when the text is empty.
void text_or_placeholder(std::string_view text, const char* placeholder);

// Short help for the query language, in a collapsible section.
void query_syntax_help();

}  // namespace lectern
