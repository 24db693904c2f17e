// Values during interpretation: an int64 with a known bit (three-valued
// logic), or text. Dates are day numbers; decimals are scaled by 10^6.
#pragma once

#include <cstdint>
#include <string_view>

namespace frist::interp {

struct Value {
  int64_t v = 0;
  bool known = true;
  std::string_view text;

  static Value unknown() { return {0, false, {}}; }
  static Value of(int64_t x) { return {x, true, {}}; }
  bool is_true() const { return known && v != 0; }
  bool is_false() const { return known && v == 0; }
};

}  // namespace frist::interp
