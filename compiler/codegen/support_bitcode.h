// The bitcode of runtime/native/support.c, compiled by clang at build time
// and embedded in the code generator (see runtime/native/CMakeLists.txt).
#pragma once

#include <cstdint>
#include <span>

namespace frist::codegen {

std::span<const uint8_t> support_bitcode();

}  // namespace frist::codegen
