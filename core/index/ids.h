// Strong integer types for the corpus model (after CWB): a corpus is a stream of term ids at
// corpus positions, grouped into documents. Enum classes keep a TermId from being passed where
// a DocId is meant, at no run-time cost.
#pragma once

#include <cstdint>

namespace lectern {

enum class TermId : std::uint32_t {};
enum class DocId : std::uint32_t {};
enum class CorpusPos : std::uint32_t {};

constexpr std::uint32_t to_index(TermId id) { return static_cast<std::uint32_t>(id); }
constexpr std::uint32_t to_index(DocId id) { return static_cast<std::uint32_t>(id); }
constexpr std::uint32_t to_index(CorpusPos pos) { return static_cast<std::uint32_t>(pos); }

}  // namespace lectern
