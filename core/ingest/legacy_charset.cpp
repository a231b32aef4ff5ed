#include "ingest/legacy_charset.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "text/icu_includes.h"

namespace lectern {
namespace {

// The detector needs a sample, not the whole file: its statistics settle within a few KB.
constexpr std::size_t kSampleBytes = 64 * 1024;

bool is_unicode(std::string_view name) {
  return name.starts_with("UTF-") || name.starts_with("ISO-2022");
}

struct DetectorDeleter {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
struct ConverterDeleter {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

bool converter_available(const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterDeleter> converter(ucnv_open(name, &status));
  return U_SUCCESS(status) && converter;
}

}  // namespace

std::optional<CharsetGuess> detect_legacy_charset(std::string_view bytes, bool markup) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorDeleter> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return std::nullopt;
  ucsdet_enableInputFilter(detector.get(), markup);
  const std::string_view sample = bytes.substr(0, kSampleBytes);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
  if (U_FAILURE(status)) return std::nullopt;
  // Matches come best first; the first convertible one wins.
  for (int32_t i = 0; i < count; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    const int32_t confidence = ucsdet_getConfidence(matches[i], &status);
    if (U_FAILURE(status)) return std::nullopt;
    if (is_unicode(name) || !converter_available(name)) continue;
    return CharsetGuess{name, confidence};
  }
  return std::nullopt;
}

std::optional<std::string> convert_to_utf8(std::string_view bytes, std::string_view charset) {
  UErrorCode status = U_ZERO_ERROR;
  const std::string name(charset);
  std::unique_ptr<UConverter, ConverterDeleter> converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status) || !converter) return std::nullopt;
  // Bytes the charset leaves unassigned become U+FFFD, as in a browser.
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr,
                      &status);
  if (U_FAILURE(status)) return std::nullopt;

  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  std::vector<UChar> units(16 * 1024);
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  std::vector<char> utf8(units.size() * 3);
  std::size_t carried = 0;  // a lead surrogate whose trail comes with the next chunk
  for (;;) {
    UChar* target = units.data() + carried;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, units.data() + units.size(), &source, source_end,
                   nullptr, /*flush=*/true, &status);
    const bool more = status == U_BUFFER_OVERFLOW_ERROR;
    if (U_FAILURE(status) && !more) return std::nullopt;
    auto ready = static_cast<int32_t>(target - units.data());
    carried = more && ready > 0 && U16_IS_LEAD(units[static_cast<std::size_t>(ready - 1)]) ? 1 : 0;
    ready -= static_cast<int32_t>(carried);
    int32_t length = 0;
    UErrorCode utf8_status = U_ZERO_ERROR;
    u_strToUTF8WithSub(utf8.data(), static_cast<int32_t>(utf8.size()), &length, units.data(), ready,
                       0xFFFD, nullptr, &utf8_status);
    if (U_FAILURE(utf8_status)) return std::nullopt;
    out.append(utf8.data(), static_cast<std::size_t>(length));
    if (carried) units[0] = units[static_cast<std::size_t>(ready)];
    if (!more) break;
  }
  return out;
}

}  // namespace lectern
