// The `events` list of a case line: each event's kind, date and fields, then a stable sort
// by date. Fields may sit beside `kind` and `date` or inside a `fields` object; both are
// read by the same member reader facts use, so typing rules cannot drift apart.
#include <algorithm>

#include "cases/names.h"
#include "cases/read_case.h"
#include "cases/scalars.h"

namespace frist::cases {
namespace {

std::vector<std::string_view> event_names(const CaseCatalog& catalog) {
  std::vector<std::string_view> names;
  for (const EventSpec& event : catalog.events) names.push_back(event.name);
  return names;
}

std::optional<Fail> read_kind(const JsonNode& event, const CatalogIndex& index,
                              const std::string& path, uint32_t& kind) {
  const JsonNode* node = event.find("kind");
  if (!node || node->kind == JsonKind::Null) return Fail{path + ".kind", "missing `kind`"};
  if (node->kind != JsonKind::String)
    return Fail{path + ".kind", "`kind` must be a text, found " + describe(*node)};
  auto found = index.events.find(node->text);
  if (found == index.events.end()) {
    std::string hint = did_you_mean(node->text, event_names(index.catalog));
    return Fail{path + ".kind", "unknown event kind " + quoted(node->text) + hint};
  }
  kind = found->second;
  return std::nullopt;
}

std::optional<Fail> read_date(const JsonNode& event, const std::string& path, int32_t& date) {
  const JsonNode* node = event.find("date");
  if (!node || node->kind == JsonKind::Null) return Fail{path + ".date", "missing `date`"};
  if (node->kind != JsonKind::String) {
    return Fail{path + ".date",
                "`date` must be a date written as \"YYYY-MM-DD\", found " + describe(*node)};
  }
  Parsed<int32_t> parsed = parse_date(node->text);
  if (auto* message = std::get_if<std::string>(&parsed))
    return Fail{path + ".date", "`date`: " + *message};
  date = std::get<int32_t>(parsed);
  return std::nullopt;
}

// A kind's own field may be called "fields"; only otherwise is that key the nested form.
bool is_nested_fields(std::string_view key, const FieldGroup& group) {
  return key == "fields" && !group.names.contains("fields");
}

// Splits the event's other members into the flat ones and the nested `fields` object.
std::optional<Fail> read_fields(const JsonNode& event, const FieldGroup& group,
                                const std::string& path, std::vector<Value>& out) {
  out.assign(group.specs.size(), Value{});
  std::vector<bool> seen(group.specs.size(), false);
  JsonNode flat;
  flat.kind = JsonKind::Object;
  for (size_t i = 0; i < event.keys.size(); ++i) {
    std::string_view key = event.keys[i];
    if (key == "kind" || key == "date") continue;
    if (!is_nested_fields(key, group)) {
      flat.keys.push_back(key);
      flat.items.push_back(event.items[i]);
      continue;
    }
    const JsonNode& nested = event.items[i];
    if (nested.kind == JsonKind::Null) continue;
    if (nested.kind != JsonKind::Object)
      return Fail{path + ".fields", "`fields` must be an object, found " + describe(nested)};
    if (auto fail = read_members(nested, group, path + ".fields", out, seen)) return fail;
  }
  if (auto fail = read_members(flat, group, path, out, seen)) return fail;
  return check_required(group, path, out);
}

// `kind` and `date` are looked up by name, so a repeated one would be silently ignored.
std::optional<Fail> check_repeats(const JsonNode& event, const std::string& path) {
  for (std::string_view key : {"kind", "date", "fields"}) {
    if (std::count(event.keys.begin(), event.keys.end(), key) > 1) {
      return Fail{path + "." + std::string(key), "`" + std::string(key) + "` is given twice"};
    }
  }
  return std::nullopt;
}

std::optional<Fail> read_event(const JsonNode& node, const CatalogIndex& index,
                               const std::string& path, Event& out) {
  if (node.kind != JsonKind::Object)
    return Fail{path, "an event must be an object, found " + describe(node)};
  if (auto fail = check_repeats(node, path)) return fail;
  if (auto fail = read_kind(node, index, path, out.kind)) return fail;
  if (auto fail = read_date(node, path, out.date)) return fail;
  const EventSpec& spec = index.catalog.events[out.kind];
  std::string owner = "event `" + spec.name + "`";
  FieldGroup group{spec.fields, index.event_fields[out.kind], "field", owner, true};
  return read_fields(node, group, path, out.fields);
}

}  // namespace

std::optional<Fail> read_events(const JsonNode* node, const CatalogIndex& index,
                                std::vector<Event>& out) {
  if (!node || node->kind == JsonKind::Null) return std::nullopt;
  if (node->kind != JsonKind::Array)
    return Fail{"events", "`events` must be a list, found " + describe(*node)};
  out.resize(node->items.size());
  for (size_t i = 0; i < node->items.size(); ++i) {
    if (auto fail = read_event(node->items[i], index, "events[" + std::to_string(i) + "]", out[i]))
      return fail;
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Event& a, const Event& b) { return a.date < b.date; });
  return std::nullopt;
}

}  // namespace frist::cases
