// Looking entities up by alias in the entity tests.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "extract/entities.h"

namespace lectern::test {

// The entity holding alias, or nullptr.
inline const Entity* holding(const Entities& found, const std::string& alias) {
  for (const Entity& entity : found.entities) {
    const std::vector<std::string> aliases = found.aliases(entity);
    if (std::find(aliases.begin(), aliases.end(), alias) != aliases.end()) return &entity;
  }
  return nullptr;
}

// Whether a and b are aliases of one entity.
inline bool merged(const Entities& found, const std::string& a, const std::string& b) {
  const Entity* x = holding(found, a);
  return x != nullptr && x == holding(found, b);
}

// Whether a and b are both found, as aliases of two entities: a merge that must not be made is
// not made (and not by missing one of them).
inline bool apart(const Entities& found, const std::string& a, const std::string& b) {
  const Entity* x = holding(found, a);
  const Entity* y = holding(found, b);
  return x != nullptr && y != nullptr && x != y;
}

}  // namespace lectern::test
