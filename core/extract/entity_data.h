// The entity word lists as compiled into the library: core/extract/data/*.txt and the first-name
// lists emsdk-setup.sh fetches, embedded by tools/gen_entity_data.py at build time. word_lists.h
// reads them; nothing else should.
#pragma once

#include <span>
#include <string_view>

namespace lectern {

struct EntityDataFile {
  std::string_view name;  // "titles", "org_heads", ..., "first_names_male"
  std::string_view text;  // the file as it is
};

std::span<const EntityDataFile> entity_data_files();

}  // namespace lectern
