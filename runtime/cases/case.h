// Cases as the runtime sees them: a schema description (what facts and
// events a case may carry, derived from the checked rulebook) and case
// values in a fixed order, so that evaluation reads facts by index. An
// unknown fact is a value with known == false; it is never defaulted.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace frist::cases {

enum class ValueType { Bool, Int, Decimal, Money, Date, Duration, Text, Enum, Set };

// Decimals are fixed-point with six fractional digits, money is in øre:
// exact, and identical in the interpreter and in native code.
inline constexpr int64_t kDecimalScale = 1'000'000;

struct FieldSpec {
  std::string name;
  ValueType type = ValueType::Bool;
  bool optional = false;                  // may be missing or null (unknown)
  std::vector<std::string> enum_members;  // Enum and Set element names, by index
  bool has_range = false;                 // `integer 1..3`
  int64_t low = 0, high = 0;
};

struct EventSpec {
  std::string name;
  std::vector<FieldSpec> fields;
};

struct SchemaSpec {
  std::string name;
  std::vector<FieldSpec> facts;
};

// Everything case input is validated against.
struct CaseCatalog {
  std::vector<SchemaSpec> schemas;
  std::vector<EventSpec> events;
};

// A duration value: months (years are 12) and days (weeks are 7).
struct DurationValue {
  int32_t months = 0;
  int32_t days = 0;
};

struct Value {
  bool known = false;
  int64_t number = 0;      // Bool 0/1, Int, Decimal (scaled), Money (øre), Date (day), Enum index
  DurationValue duration;  // Duration
  std::string text;        // Text
  std::vector<uint32_t> set;  // Set: sorted member indices, no duplicates
};

struct Event {
  uint32_t kind = 0;          // index into CaseCatalog::events
  int32_t date = 0;           // days since 1970-01-01
  std::vector<Value> fields;  // in EventSpec order
};

struct Case {
  std::string id;
  uint32_t schema = 0;        // index into CaseCatalog::schemas
  std::vector<Value> facts;   // in SchemaSpec order
  std::vector<Event> events;  // sorted by date; equal dates keep input order
};

}  // namespace frist::cases
