# Writes the bytes of INPUT (support.bc) as a C++ array behind
# frist::codegen::support_bitcode() into OUTPUT.
file(READ ${INPUT} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE ${OUTPUT}
  "// Generated from support.bc by embed_bitcode.cmake; do not edit.\n"
  "#include \"codegen/support_bitcode.h\"\n\n"
  "namespace frist::codegen {\n\nnamespace {\n\n"
  "alignas(8) const uint8_t kBitcode[] = {${bytes}};\n\n}  // namespace\n\n"
  "std::span<const uint8_t> support_bitcode() { return {kBitcode, sizeof kBitcode}; }\n\n"
  "}  // namespace frist::codegen\n")
