// UTF-8 helpers shared by the parser (which must survive any bytes) and the
// renderer (which counts columns in code points).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace frist::diag {

// Offset of the first byte that is not part of valid UTF-8, if any.
std::optional<size_t> first_invalid_utf8(std::string_view text);

// Decodes, replacing every invalid sequence with U+FFFD.
std::u32string decode_utf8_lossy(std::string_view text);

std::string encode_utf8(std::u32string_view text);

// Number of code points in valid UTF-8 text (continuation bytes not counted).
uint32_t count_code_points(std::string_view text);

}  // namespace frist::diag
