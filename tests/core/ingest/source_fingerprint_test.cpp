#include "ingest/source_fingerprint.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "support/sample_corpus.h"

using namespace lectern;

TEST_CASE("source_fingerprint of the empty set is FNV-1a's hash of a zero count") {
  // FNV-1a 64 of the eight zero bytes of the count 0, worked by hand from the offset basis
  // 0xcbf29ce484222325: each zero byte leaves the XOR unchanged, so it is basis * prime^8.
  std::uint64_t expected = 14695981039346656037ull;
  for (int i = 0; i < 8; ++i) expected *= 1099511628211ull;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(expected));
  CHECK(source_fingerprint({}) == hex);
}

TEST_CASE("source_fingerprint names the sample corpus the same in any order of its files") {
  std::vector<SourceFile> files = test::sample_corpus();
  REQUIRE(files.size() >= 3);
  const std::string fingerprint = source_fingerprint(files);
  CHECK(fingerprint.size() == 16);
  CHECK(fingerprint.find_first_not_of("0123456789abcdef") == std::string::npos);
  std::reverse(files.begin(), files.end());
  CHECK(source_fingerprint(files) == fingerprint);
}

TEST_CASE("source_fingerprint changes with one byte, one name, or one file fewer") {
  const std::vector<SourceFile> files = test::sample_corpus();
  const std::string fingerprint = source_fingerprint(files);

  std::vector<SourceFile> edited = files;
  edited[0].bytes[edited[0].bytes.size() / 2] ^= 1;
  CHECK(source_fingerprint(edited) != fingerprint);

  std::vector<SourceFile> renamed = files;
  renamed[1].path += ".bak";
  CHECK(source_fingerprint(renamed) != fingerprint);

  std::vector<SourceFile> fewer(files.begin() + 1, files.end());
  CHECK(source_fingerprint(fewer) != fingerprint);
}

TEST_CASE("source_fingerprint keeps names and bytes apart") {
  // The same characters split differently between name and bytes are different corpora.
  CHECK(source_fingerprint({{"ab", "c"}}) != source_fingerprint({{"a", "bc"}}));
  CHECK(source_fingerprint({{"a", ""}, {"b", ""}}) != source_fingerprint({{"ab", ""}}));
}

TEST_CASE("a file's digest is its name, its size and FNV-1a 64 of its bytes") {
  // FNV-1a 64 of "a": (0xcbf29ce484222325 ^ 0x61) * 0x100000001b3 mod 2^64, the test vector of
  // the algorithm's authors.
  const SourceDigest digest = source_digest({"x.txt", "a"});
  CHECK(digest.path == "x.txt");
  CHECK(digest.size == 1);
  CHECK(digest.content_hash == 0xaf63dc4c8601ec8cull);
}

TEST_CASE("digests made in the order files arrive give the fingerprint of the files in name order") {
  std::vector<SourceFile> files = test::sample_corpus();
  std::vector<SourceDigest> digests;
  for (auto file = files.rbegin(); file != files.rend(); ++file) digests.push_back(source_digest(*file));
  CHECK(fingerprint_of(digests) == source_fingerprint(files));
  digests.pop_back();
  CHECK(fingerprint_of(digests) != source_fingerprint(files));
}
