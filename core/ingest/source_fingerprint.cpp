#include "ingest/source_fingerprint.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>

namespace lectern {
namespace {

// FNV-1a, 64 bits (Fowler, Noll, Vo): not cryptographic, which a key of the user's own saved
// state does not need; a user's few corpora make a collision negligible.
constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

std::uint64_t fnv1a(std::uint64_t hash, std::string_view bytes) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kFnvPrime;
  }
  return hash;
}

std::uint64_t fnv1a_number(std::uint64_t hash, std::uint64_t value) {
  for (int byte = 0; byte < 8; ++byte) {
    hash ^= (value >> (8 * byte)) & 0xff;
    hash *= kFnvPrime;
  }
  return hash;
}

}  // namespace

SourceDigest source_digest(const SourceFile& file) {
  return {file.path, file.bytes.size(), fnv1a(kFnvOffset, file.bytes)};
}

std::string fingerprint_of(std::vector<SourceDigest> digests) {
  // Each file as (name, size, hash of its bytes), in name order: the order files were added in
  // (a folder walk, a multi-select) must not matter. Lengths are hashed too, so names and bytes
  // cannot run into each other ("ab" + "c" vs "a" + "bc").
  std::sort(digests.begin(), digests.end(), [](const SourceDigest& a, const SourceDigest& b) {
    if (a.path != b.path) return a.path < b.path;
    return a.size != b.size ? a.size < b.size : a.content_hash < b.content_hash;
  });
  std::uint64_t hash = fnv1a_number(kFnvOffset, digests.size());
  for (const SourceDigest& file : digests) {
    hash = fnv1a_number(hash, file.path.size());
    hash = fnv1a(hash, file.path);
    hash = fnv1a_number(hash, file.size);
    hash = fnv1a_number(hash, file.content_hash);
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int digit = 15; digit >= 0; --digit, hash >>= 4) out[static_cast<std::size_t>(digit)] = kHex[hash & 0xf];
  return out;
}

std::string source_fingerprint(const std::vector<SourceFile>& files) {
  std::vector<SourceDigest> digests;
  digests.reserve(files.size());
  for (const SourceFile& file : files) digests.push_back(source_digest(file));
  return fingerprint_of(std::move(digests));
}

}  // namespace lectern
