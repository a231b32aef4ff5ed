// Case endings of names in inflecting languages: Russian writes Путин, Путина, Путиным, Finnish
// Helsinki, Helsingissä. Where the language declines names, name keys, region and title
// lookups compare Snowball stems (text/stemmer.h), so the forms meet; elsewhere a key stays as
// it is (English "Stubbs" is no form of "Stubb"). Swedish, Danish, Norwegian and German only
// add a genitive -s, which entity_merge.h cuts when the base form is attested.
//
//   InflectionFolder folder;
//   folder.fold("ru", "путиным")   // "путин"
//   folder.fold("en", "putin's")   // "putin's": English names are not stemmed
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "text/stemmer.h"

namespace lectern {

class InflectionFolder {
 public:
  // Whether names decline in language (and Snowball has a stemmer for it).
  static bool declines(std::string_view language);
  // The stem of each space- or hyphen-separated word of key in a declining language, joined by
  // one space; key itself otherwise.
  std::string fold(std::string_view language, std::string_view key);

 private:
  std::map<std::string, std::unique_ptr<Stemmer>, std::less<>> stemmers_;
};

}  // namespace lectern
