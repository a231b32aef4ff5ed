#include "ingest/document.h"

namespace lectern {

const char* to_string(DateSource source) {
  switch (source) {
    case DateSource::metadata: return "metadata";
    case DateSource::text_header: return "text-header";
    case DateSource::filename: return "filename";
    case DateSource::none: break;
  }
  return "none";
}

}  // namespace lectern
