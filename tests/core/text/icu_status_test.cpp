#include "text/icu_status.h"

#include <doctest/doctest.h>

// The first thing to fail when the trimmed ICU data is built or linked wrongly, in either the
// native or the wasm build.
TEST_CASE("the linked-in ICU data has break rules and case folding") {
  CHECK(lectern::check_icu_data() == "");
}
