// One case line's object -> Case: the top-level keys, `id`, `schema`, `facts` and `events`,
// checked against the catalog. The first problem found wins, so every error names one
// place (a JSON path) and one fix.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "cases/case.h"
#include "cases/json_line.h"
#include "cases/load.h"

namespace frist::cases {

// Name -> index lookups built once per loader, so a line with a hundred facts does not
// scan the schema a hundred times. Views point into the catalog, which must outlive it.
using NameIndex = std::unordered_map<std::string_view, uint32_t>;

struct CatalogIndex {
  explicit CatalogIndex(const CaseCatalog& catalog);

  const CaseCatalog& catalog;
  NameIndex schemas;
  std::vector<NameIndex> facts;  // per schema
  NameIndex events;
  std::vector<NameIndex> event_fields;  // per event kind
};

// A LoadError with line 0; the caller knows the line number.
std::variant<Case, LoadError> read_case(const JsonNode& root, const CatalogIndex& index,
                                        std::string_view default_schema);

// Event reading, used by read_case (read_event.cpp).
struct Fail {
  std::string field;
  std::string message;
};
std::optional<Fail> read_events(const JsonNode* node, const CatalogIndex& index,
                                std::vector<Event>& out);

// Facts and event fields share this: each member of `object` must name a field in `specs`
// (looked up through `names`); values land in `out` in spec order. `path` prefixes each
// member's JSON path; `owner` says whose fields they are in messages ("schema `Sygefravær`").
struct FieldGroup {
  const std::vector<FieldSpec>& specs;
  const NameIndex& names;
  std::string_view noun;            // "fact" or "field"
  std::string_view owner;           // "schema `Sygefravær`" or "event `opfølgningssamtale`"
  bool owner_when_missing = false;  // name the owner in "required ... is missing" too
};
std::optional<Fail> read_members(const JsonNode& object, const FieldGroup& group,
                                 std::string_view path, std::vector<Value>& out,
                                 std::vector<bool>& seen);
std::optional<Fail> check_required(const FieldGroup& group, std::string_view path,
                                   const std::vector<Value>& values);

}  // namespace frist::cases
