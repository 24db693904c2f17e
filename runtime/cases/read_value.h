// One fact or event field: a JSON value checked against its FieldSpec and turned into a
// Value. Shared by facts and event fields so both follow exactly the same typing rules.
#pragma once

#include <optional>
#include <string>

#include "cases/case.h"
#include "cases/json_line.h"

namespace frist::cases {

struct ValueError {
  std::string path_suffix;  // "[1]" for a bad set element, otherwise empty
  std::string message;      // "expected a whole number, found a text"
};

// Fills `out`; `null` leaves it unknown (whether that is allowed is the caller's
// business, since only the caller can say "required fact `x` is missing").
std::optional<ValueError> read_value(const JsonNode& node, const FieldSpec& spec, Value& out);

}  // namespace frist::cases
