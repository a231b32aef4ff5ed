// One value per language, made on first use and kept for the life of the program: the tables
// built from CLDR and the cue words are costly to make and never change.
//
//   const CalendarNames& names = per_language<CalendarNames>("sv", [](std::string_view l) {
//     return CalendarNames::from_cldr(l);
//   });
#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace lectern {

// Each Value type has its own cache. References stay valid: std::map never moves its nodes.
template <typename Value, typename Make>
const Value& per_language(std::string_view language, Make make) {
  static std::mutex mutex;
  static std::map<std::string, Value, std::less<>> cache;
  const std::lock_guard lock(mutex);
  auto found = cache.find(language);
  if (found == cache.end()) found = cache.emplace(std::string(language), make(language)).first;
  return found->second;
}

}  // namespace lectern
