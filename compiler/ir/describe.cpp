// Kept beside the lowering so the catalog, the record layout and the result
// metadata are always derived from the same module.
#include "ir/describe.h"

namespace frist::ir {

namespace {

cases::ValueType value_type(Type t) {
  switch (t) {
    case Type::Bool:
      return cases::ValueType::Bool;
    case Type::Int:
      return cases::ValueType::Int;
    case Type::Decimal:
      return cases::ValueType::Decimal;
    case Type::Money:
      return cases::ValueType::Money;
    case Type::Date:
      return cases::ValueType::Date;
    case Type::Text:
      return cases::ValueType::Text;
    case Type::Enum:
      return cases::ValueType::Enum;
    case Type::Set:
      return cases::ValueType::Set;
  }
  return cases::ValueType::Int;
}

cases::FieldSpec field_spec(const Module& m, const FieldLayout& f) {
  cases::FieldSpec spec;
  spec.name = f.name;
  spec.type = value_type(f.type);
  spec.optional = f.optional;
  if (f.enum_id != kNone) spec.enum_members = m.enums[f.enum_id];
  if (f.range) {
    spec.has_range = true;
    spec.low = f.range->first;
    spec.high = f.range->second;
  }
  return spec;
}

}  // namespace

cases::CaseCatalog case_catalog(const Module& m) {
  cases::CaseCatalog catalog;
  for (const SchemaLayout& s : m.schemas) {
    cases::SchemaSpec spec{s.name, {}};
    for (const FieldLayout& f : s.facts) spec.facts.push_back(field_spec(m, f));
    catalog.schemas.push_back(std::move(spec));
  }
  for (const EventLayout& e : m.events) {
    cases::EventSpec spec{e.name, {}};
    for (const FieldLayout& f : e.fields) spec.fields.push_back(field_spec(m, f));
    catalog.events.push_back(std::move(spec));
  }
  return catalog;
}

eval::RulebookInfo rulebook_info(const Module& m) {
  eval::RulebookInfo info;
  for (const Requirement& r : m.requirements) {
    eval::RequirementInfo ri;
    ri.name = r.name;
    ri.title = r.title;
    ri.is_duty = r.is_duty;
    for (const Version& v : r.versions) {
      ri.versions.push_back({v.label, v.citations});
      if (ri.action_verb.empty()) {
        ri.action_verb = v.action_verb;
        ri.action_text = v.action_text;
      }
    }
    info.requirements.push_back(std::move(ri));
  }
  for (const Trial& t : m.trials) info.trials.push_back({t.name, t.title, t.citations});
  for (const SchemaLayout& s : m.schemas) {
    std::vector<std::string> names;
    for (const FieldLayout& f : s.facts) names.push_back(f.name);
    info.schema_facts.push_back(std::move(names));
  }
  for (const EventLayout& e : m.events) info.event_kinds.push_back(e.name);
  return info;
}

}  // namespace frist::ir
