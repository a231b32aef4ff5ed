#include "ingest/source_fingerprint.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

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

std::string source_fingerprint(const std::vector<SourceFile>& files) {
  // Each file as (name, size, hash of its bytes), in name order: the order files were added in
  // (a folder walk, a multi-select) must not matter. Lengths are hashed too, so names and bytes
  // cannot run into each other ("ab" + "c" vs "a" + "bc").
  std::vector<const SourceFile*> sorted;
  sorted.reserve(files.size());
  for (const SourceFile& file : files) sorted.push_back(&file);
  std::sort(sorted.begin(), sorted.end(), [](const SourceFile* a, const SourceFile* b) {
    return a->path != b->path ? a->path < b->path : a->bytes < b->bytes;
  });
  std::uint64_t hash = fnv1a_number(kFnvOffset, sorted.size());
  for (const SourceFile* file : sorted) {
    hash = fnv1a_number(hash, file->path.size());
    hash = fnv1a(hash, file->path);
    hash = fnv1a_number(hash, file->bytes.size());
    hash = fnv1a_number(hash, fnv1a(kFnvOffset, file->bytes));
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int digit = 15; digit >= 0; --digit, hash >>= 4) out[static_cast<std::size_t>(digit)] = kHex[hash & 0xf];
  return out;
}

}  // namespace lectern
