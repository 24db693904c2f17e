// The top level of a case line: keys, `id`, `schema` and `facts` (events are in
// read_event.cpp), plus the member reader facts and event fields share; see read_case.h.
#include "cases/read_case.h"

#include <algorithm>
#include <array>

#include "cases/names.h"
#include "cases/read_value.h"

namespace frist::cases {
namespace {

constexpr std::array<std::string_view, 4> kTopKeys = {"id", "schema", "facts", "events"};

NameIndex index_names(const auto& named) {
  NameIndex index;
  for (size_t i = 0; i < named.size(); ++i) index.emplace(named[i].name, static_cast<uint32_t>(i));
  return index;
}

std::vector<std::string_view> names_of(const auto& named) {
  std::vector<std::string_view> names;
  for (const auto& item : named) names.push_back(item.name);
  return names;
}

// Typos in key names would otherwise silently drop a fact or all events.
std::optional<Fail> check_top_keys(const JsonNode& root) {
  std::vector<std::string_view> allowed(kTopKeys.begin(), kTopKeys.end());
  for (size_t i = 0; i < root.keys.size(); ++i) {
    std::string_view key = root.keys[i];
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      std::string hint = did_you_mean(key, allowed);
      if (hint.empty()) hint = "; a case has only `id`, `schema`, `facts` and `events`";
      return Fail{std::string(key), "unknown key " + quoted(key) + hint};
    }
    if (std::find(root.keys.begin(), root.keys.begin() + i, key) != root.keys.begin() + i) {
      return Fail{std::string(key), "`" + std::string(key) + "` is given twice"};
    }
  }
  return std::nullopt;
}

// The id as text when it is usable; errors say which case they are about whenever they can.
std::optional<std::string> id_text(const JsonNode* node) {
  if (!node) return std::nullopt;
  if (node->kind == JsonKind::String && !node->text.empty()) return std::string(node->text);
  if (node->kind == JsonKind::Number && node->text.find_first_of(".eE") == std::string_view::npos) {
    return std::string(node->text);
  }
  return std::nullopt;
}

std::optional<Fail> check_id(const JsonNode* node) {
  if (!node || node->kind == JsonKind::Null) return Fail{"id", "missing `id`"};
  if (node->kind == JsonKind::String && node->text.empty()) return Fail{"id", "`id` is empty"};
  return Fail{"id", "`id` must be a text or a whole number, found " + describe(*node)};
}

std::optional<Fail> lookup_schema(std::string_view name, const CatalogIndex& index, bool from_line,
                                  uint32_t& schema) {
  auto found = index.schemas.find(name);
  if (found != index.schemas.end()) {
    schema = found->second;
    return std::nullopt;
  }
  std::string what = from_line ? "unknown schema " : "unknown default schema ";
  return Fail{"schema", what + quoted(name) + did_you_mean(name, names_of(index.catalog.schemas))};
}

// `schema` may be left out when the caller names a default or there is only one schema.
std::optional<Fail> resolve_schema(const JsonNode* node, const CatalogIndex& index,
                                   std::string_view default_schema, uint32_t& schema) {
  if (node && node->kind != JsonKind::Null) {
    if (node->kind != JsonKind::String)
      return Fail{"schema", "`schema` must be a text, found " + describe(*node)};
    return lookup_schema(node->text, index, true, schema);
  }
  if (!default_schema.empty()) return lookup_schema(default_schema, index, false, schema);
  if (index.catalog.schemas.size() == 1) return std::nullopt;
  std::string list;
  for (std::string_view name : names_of(index.catalog.schemas))
    list += (list.empty() ? "`" : ", `") + std::string(name) + "`";
  if (list.empty()) return Fail{"schema", "the rulebook declares no case schema"};
  return Fail{"schema", "missing `schema`; the rulebook declares " + list};
}

std::optional<Fail> read_facts(const JsonNode* node, const CatalogIndex& index, uint32_t schema,
                               std::vector<Value>& out) {
  const SchemaSpec& spec = index.catalog.schemas[schema];
  std::string owner = "schema `" + spec.name + "`";
  FieldGroup group{spec.facts, index.facts[schema], "fact", owner};
  out.assign(spec.facts.size(), Value{});
  std::vector<bool> seen(spec.facts.size(), false);
  if (node && node->kind != JsonKind::Null) {
    if (node->kind != JsonKind::Object)
      return Fail{"facts", "`facts` must be an object, found " + describe(*node)};
    if (auto fail = read_members(*node, group, "facts", out, seen)) return fail;
  }
  return check_required(group, "facts", out);
}

}  // namespace

CatalogIndex::CatalogIndex(const CaseCatalog& catalog)
    : catalog(catalog), schemas(index_names(catalog.schemas)), events(index_names(catalog.events)) {
  for (const SchemaSpec& schema : catalog.schemas) facts.push_back(index_names(schema.facts));
  for (const EventSpec& event : catalog.events) event_fields.push_back(index_names(event.fields));
}

std::optional<Fail> read_members(const JsonNode& object, const FieldGroup& group,
                                 std::string_view path, std::vector<Value>& out,
                                 std::vector<bool>& seen) {
  for (size_t i = 0; i < object.keys.size(); ++i) {
    std::string_view name = object.keys[i];
    // Built only on failure: most lines have no errors and many members.
    auto field = [&] { return std::string(path) + "." + std::string(name); };
    auto subject = [&] { return std::string(group.noun) + " " + quoted(name); };
    auto found = group.names.find(name);
    if (found == group.names.end()) {
      std::string hint = did_you_mean(name, names_of(group.specs));
      return Fail{field(), "unknown " + subject() + " in " + std::string(group.owner) + hint};
    }
    if (seen[found->second]) return Fail{field(), subject() + " is given twice"};
    seen[found->second] = true;
    if (auto error = read_value(object.items[i], group.specs[found->second], out[found->second])) {
      return Fail{field() + error->path_suffix, subject() + ": " + error->message};
    }
  }
  return std::nullopt;
}

std::optional<Fail> check_required(const FieldGroup& group, std::string_view path,
                                   const std::vector<Value>& values) {
  for (size_t i = 0; i < group.specs.size(); ++i) {
    if (values[i].known || group.specs[i].optional) continue;
    const std::string& name = group.specs[i].name;
    std::string message = "required " + std::string(group.noun) + " `" + name + "` is missing";
    if (group.owner_when_missing) message += " in " + std::string(group.owner);
    return Fail{std::string(path) + "." + name, message};
  }
  return std::nullopt;
}

std::variant<Case, LoadError> read_case(const JsonNode& root, const CatalogIndex& index,
                                        std::string_view default_schema) {
  Case result;
  std::optional<std::string> id = id_text(root.find("id"));
  std::optional<Fail> fail = check_top_keys(root);
  if (!fail && !id) fail = check_id(root.find("id"));
  if (!fail) fail = resolve_schema(root.find("schema"), index, default_schema, result.schema);
  if (!fail) fail = read_facts(root.find("facts"), index, result.schema, result.facts);
  if (!fail) fail = read_events(root.find("events"), index, result.events);
  if (fail) return LoadError{0, id.value_or(""), std::move(fail->field), std::move(fail->message)};
  result.id = std::move(*id);
  return result;
}

}  // namespace frist::cases
