// Lets doctest print records' fields in failure messages instead of "{?}".
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace doctest {
template <>
struct StringMaker<std::vector<std::pair<std::string, std::string>>> {
  static String convert(const std::vector<std::pair<std::string, std::string>>& fields) {
    std::string out = "{";
    for (const auto& [name, value] : fields) {
      out += (out.size() > 1 ? ", " : "") + name + "=\"" + value + "\"";
    }
    return (out + "}").c_str();
  }
};
}  // namespace doctest
