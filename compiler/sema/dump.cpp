// Dumps the checked program's declarations, one section per table in
// program order, indented two spaces per level. The format is for people
// and golden files: stable across runs, no addresses, no hash-map order.
#include "sema/dump.h"

#include <fmt/format.h>

#include "sema/dump_parts.h"
#include "sema/literals.h"

namespace frist::sema {
namespace {

std::string field_text(const Program& p, const Field& f) {
  std::string type = type_name(p, f.type);
  if (f.type.range) type += fmt::format(" {}..{}", f.type.range->first, f.type.range->second);
  return fmt::format("{}: {}{}", f.name, f.optional ? "optional " : "", type);
}

void types(DumpOut& o) {
  static const char* const kKinds[] = {"act", "executive_order", "guidance", "document"};
  o.line(0, "sources");
  for (Index i = 0; i < o.p.sources.size(); ++i) {
    const Source& s = o.p.sources[i];
    std::string extra = s.number ? fmt::format(" nr. {}", *s.number) : "";
    if (s.date) extra += " of " + date_text(*s.date);
    o.line(1, "#{} {} {} \"{}\"{}", i, s.name, kKinds[static_cast<size_t>(s.kind)], s.title, extra);
  }
  o.line(0, "enums");
  for (Index i = 0; i < o.p.enums.size(); ++i) {
    std::vector<std::string> members;
    for (Index m = 0; m < o.p.enums[i].members.size(); ++m)
      members.push_back(fmt::format("#{} {}", m, o.p.enums[i].members[m].name));
    o.line(1, "#{} {}{} {{{}}}", i, o.p.enums[i].name, quoted_label(o.p.enums[i].label),
           fmt::join(members, ", "));
  }
  o.line(0, "schemas");
  for (Index i = 0; i < o.p.schemas.size(); ++i) {
    o.line(1, "#{} {}{}", i, o.p.schemas[i].name, quoted_label(o.p.schemas[i].label));
    for (Index f = 0; f < o.p.schemas[i].facts.size(); ++f)
      o.line(2, "fact #{} {}", f, field_text(o.p, o.p.schemas[i].facts[f]));
  }
  o.line(0, "events");
  for (Index i = 0; i < o.p.events.size(); ++i) {
    o.line(1, "#{} {}{}", i, o.p.events[i].name, quoted_label(o.p.events[i].label));
    for (Index f = 0; f < o.p.events[i].fields.size(); ++f)
      o.line(2, "field #{} {}", f, field_text(o.p, o.p.events[i].fields[f]));
  }
}

void calendars_and_parameters(DumpOut& o) {
  o.line(0, "calendars");
  for (Index i = 0; i < o.p.calendars.size(); ++i) {
    const Calendar& c = o.p.calendars[i];
    o.line(1, "#{} {}{}{}", i, c.name, quoted_label(c.label),
           c.danish_holidays ? " holidays danish" : "");
    for (const AnnualClosure& a : c.annual)
      o.line(2, "annual \"{}\" {:02}-{:02} years {}..{}", a.label, a.month, a.day, a.from_year,
             a.through_year);
    for (const auto& [day, label] : c.single) o.line(2, "single {} \"{}\"", date_text(day), label);
  }
  o.line(0, "parameters");
  for (Index i = 0; i < o.p.parameters.size(); ++i) {
    const Parameter& par = o.p.parameters[i];
    o.line(1, "#{} {}{}: {}", i, par.name, quoted_label(par.label), type_name(o.p, par.type));
    for (const ParamValue& v : par.values)
      o.line(2, "{} = {}{}", period_text(v.period), o.expr(v.value, kNone),
             v.citations.empty() ? "" : " per " + dump_citations(v.citations));
  }
}

void version(DumpOut& o, const Version& v, Index number, Index schema) {
  o.line(2, "version #{}{} {}", number, quoted_label(v.label), period_text(v.period));
  if (!v.citations.empty()) o.line(3, "per {}", dump_citations(v.citations));
  if (v.no_duty) return o.line(3, "no duty{}", quoted_label(v.no_duty_reason));
  if (v.when) o.line(3, "when {}", o.expr(*v.when, schema));
  o.line(3, "trigger {}", dump_trigger(o.p, v.trigger, schema));
  o.line(3, "do {}{}", v.action_verb, quoted_label(v.action_text));
  for (const Fulfilment& f : v.fulfilments)
    o.line(3, "fulfilled by {}", dump_fulfilment(o.p, f, schema));
  o.line(3, "due {}", dump_window(o.p, v.due, schema));
  std::string calendar = v.calendar == kNone
                             ? "danish"
                             : fmt::format("#{} {}", v.calendar, o.p.calendars[v.calendar].name);
  o.line(3, "calendar {}, roll forward {}", calendar, v.roll_forward ? "yes" : "no");
}

void requirements(DumpOut& o) {
  o.line(0, "requirements");
  for (Index i = 0; i < o.p.requirements.size(); ++i) {
    const Requirement& r = o.p.requirements[i];
    o.line(1, "#{} {}{} for {}", i, r.name, quoted_label(r.title), schema_ref(o.p, r.schema));
    std::vector<std::string> deps;
    for (Index d : r.depends_on) deps.push_back(fmt::format("#{} {}", d, o.p.requirements[d].name));
    o.line(2, "depends on {}", deps.empty() ? "-" : fmt::format("{}", fmt::join(deps, ", ")));
    if (r.selected_by) o.line(2, "versions selected by {}", o.expr(*r.selected_by, r.schema));
    for (Index v = 0; v < r.versions.size(); ++v) version(o, r.versions[v], v, r.schema);
  }
}

}  // namespace

std::string quoted_label(const std::string& label) {
  return label.empty() ? std::string() : fmt::format(" \"{}\"", label);
}

std::string dump_citations(const std::vector<Citation>& list) {
  std::vector<std::string> texts;
  for (const Citation& c : list) texts.push_back(fmt::format("{} (source #{})", c.text, c.source));
  return fmt::format("{}", fmt::join(texts, ", "));
}

std::string schema_ref(const Program& p, Index schema) {
  return schema == kNone ? "-" : fmt::format("#{} {}", schema, p.schemas[schema].name);
}

std::string dump(const Program& program) {
  DumpOut o{program, {}};
  types(o);
  calendars_and_parameters(o);
  requirements(o);
  dump_trials(o);
  dump_tests(o);
  return o.text;
}

}  // namespace frist::sema
