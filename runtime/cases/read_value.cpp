// JSON value -> typed Value, one small reader per ValueType; see read_value.h.
#include "cases/read_value.h"

#include <algorithm>
#include <charconv>
#include <variant>

#include "cases/names.h"
#include "cases/scalars.h"

namespace frist::cases {
namespace {

using Result = std::optional<ValueError>;

Result fail(std::string message) {
  return ValueError{{}, std::move(message)};
}

Result expected(std::string_view what, const JsonNode& found) {
  return fail("expected " + std::string(what) + ", found " + describe(found));
}

// Stores a scalar parse into out.number, or passes its message on.
Result store(Parsed<int64_t> parsed, Value& out) {
  if (auto* message = std::get_if<std::string>(&parsed)) return fail(std::move(*message));
  out.number = std::get<int64_t>(parsed);
  return std::nullopt;
}

bool is_whole_number(std::string_view token) {
  return token.find_first_of(".eE") == std::string_view::npos;
}

Result read_bool(const JsonNode& node, Value& out) {
  if (node.kind != JsonKind::Bool) return expected("`true` or `false`", node);
  out.number = node.boolean ? 1 : 0;
  return std::nullopt;
}

Result read_int(const JsonNode& node, const FieldSpec& spec, Value& out) {
  if (node.kind != JsonKind::Number || !is_whole_number(node.text))
    return expected("a whole number", node);
  const char* end = node.text.data() + node.text.size();
  if (std::from_chars(node.text.data(), end, out.number).ec != std::errc()) {
    return fail(quoted(node.text) + " is too large");
  }
  if (spec.has_range && (out.number < spec.low || out.number > spec.high)) {
    return fail(quoted(node.text) + " is outside the range " + std::to_string(spec.low) + ".." +
                std::to_string(spec.high));
  }
  return std::nullopt;
}

// Decimals and money come as JSON numbers (read from their raw token) or as strings.
Result read_exact(const JsonNode& node, ValueType type, Value& out) {
  std::string_view what = type == ValueType::Money ? "an amount of money" : "a number";
  if (node.kind != JsonKind::Number && node.kind != JsonKind::String) return expected(what, node);
  return store(type == ValueType::Money ? parse_money(node.text) : parse_decimal(node.text), out);
}

Result read_date(const JsonNode& node, Value& out) {
  if (node.kind != JsonKind::String) return expected("a date written as \"YYYY-MM-DD\"", node);
  Parsed<int32_t> parsed = parse_date(node.text);
  if (auto* message = std::get_if<std::string>(&parsed)) return fail(std::move(*message));
  out.number = std::get<int32_t>(parsed);
  return std::nullopt;
}

Result read_duration(const JsonNode& node, Value& out) {
  if (node.kind != JsonKind::String) return expected("a duration such as \"3 months\"", node);
  Parsed<DurationValue> parsed = parse_duration(node.text);
  if (auto* message = std::get_if<std::string>(&parsed)) return fail(std::move(*message));
  out.duration = std::get<DurationValue>(parsed);
  return std::nullopt;
}

Result read_text(const JsonNode& node, Value& out) {
  if (node.kind != JsonKind::String) return expected("a text", node);
  out.text = node.text;
  return std::nullopt;
}

// Short member lists are spelled out when there is no close match to suggest.
std::string member_hint(std::string_view name, const std::vector<std::string>& members) {
  std::vector<std::string_view> names(members.begin(), members.end());
  std::string hint = did_you_mean(name, names);
  if (!hint.empty() || members.size() > 12) return hint;
  std::string list;
  for (std::string_view member : names)
    list += (list.empty() ? "`" : ", `") + std::string(member) + "`";
  return "; expected one of " + list;
}

Result read_member(const JsonNode& node, const FieldSpec& spec, uint32_t& index) {
  if (node.kind != JsonKind::String) return expected("a name in quotes", node);
  auto found = std::find(spec.enum_members.begin(), spec.enum_members.end(), node.text);
  if (found == spec.enum_members.end()) {
    return fail(quoted(node.text) + " is not a known value" +
                member_hint(node.text, spec.enum_members));
  }
  index = static_cast<uint32_t>(found - spec.enum_members.begin());
  return std::nullopt;
}

Result read_enum(const JsonNode& node, const FieldSpec& spec, Value& out) {
  uint32_t index = 0;
  if (Result error = read_member(node, spec, index)) return error;
  out.number = index;
  return std::nullopt;
}

// Sets are written as lists; order and repetition carry no meaning, so both are dropped.
Result read_set(const JsonNode& node, const FieldSpec& spec, Value& out) {
  if (node.kind != JsonKind::Array) return expected("a list of names", node);
  for (size_t i = 0; i < node.items.size(); ++i) {
    uint32_t index = 0;
    if (Result error = read_member(node.items[i], spec, index)) {
      error->path_suffix = "[" + std::to_string(i) + "]";
      return error;
    }
    out.set.push_back(index);
  }
  std::sort(out.set.begin(), out.set.end());
  out.set.erase(std::unique(out.set.begin(), out.set.end()), out.set.end());
  return std::nullopt;
}

Result read_known(const JsonNode& node, const FieldSpec& spec, Value& out) {
  switch (spec.type) {
    case ValueType::Bool:
      return read_bool(node, out);
    case ValueType::Int:
      return read_int(node, spec, out);
    case ValueType::Decimal:
    case ValueType::Money:
      return read_exact(node, spec.type, out);
    case ValueType::Date:
      return read_date(node, out);
    case ValueType::Duration:
      return read_duration(node, out);
    case ValueType::Text:
      return read_text(node, out);
    case ValueType::Enum:
      return read_enum(node, spec, out);
    case ValueType::Set:
      return read_set(node, spec, out);
  }
  return fail("has a type the loader does not know");
}

}  // namespace

std::optional<ValueError> read_value(const JsonNode& node, const FieldSpec& spec, Value& out) {
  out = Value{};
  if (node.kind == JsonKind::Null) return std::nullopt;
  Result error = read_known(node, spec, out);
  out.known = !error;
  return error;
}

}  // namespace frist::cases
