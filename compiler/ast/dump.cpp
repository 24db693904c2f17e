// The AST dump of files and declarations. Each declaration prints its head
// line (kind, name, label, span) and then its parts in a fixed order, so two
// dumps of the same rules are byte for byte equal.
#include "ast/dump.h"

#include "ast/dump_printer.h"

namespace frist::ast {

namespace {

using namespace dump_detail;

std::string label(std::string_view text) {
  return text.empty() ? "" : " " + quoted(text);
}

std::string type_text(const TypeRef& t) {
  std::string base = t.form == TypeForm::Set ? "set of " + t.name.text
                     : t.form == TypeForm::Range
                         ? fmt::format("{} {}..{}", t.name.text, t.low, t.high)
                         : t.name.text;
  return (t.optional ? "optional " : "") + base;
}

void print_facts(Printer& p, const std::vector<FactDecl>& facts) {
  for (const FactDecl& f : facts) {
    p.line("fact {}: {}{} {}", f.name.text, type_text(f.type), label(f.doc), at(f.span));
  }
}

struct DeclPrinter {
  Printer& p;

  void operator()(const SourceDecl& s) {
    static constexpr const char* kKinds[] = {"act", "executive order", "guidance", "document"};
    std::string details;
    if (s.number) details += fmt::format(" nr. {}", *s.number);
    if (s.date) details += " of " + date_text(s.date->day);
    p.line("source {} = {} {}{} {}", s.name.text, kKinds[static_cast<int>(s.kind)], quoted(s.title),
           details, at(s.span));
  }
  void operator()(const EnumDecl& e) {
    p.line("enum {}{} {}", e.name.text, label(e.label), at(e.span));
    Nested nested(p);
    for (const EnumMember& m : e.members) {
      p.line("member {}{} {}", m.name.text, label(m.label), at(m.name.span));
    }
  }
  void operator()(const CaseDecl& c) {
    p.line("case {}{} {}", c.name.text, label(c.label), at(c.span));
    Nested nested(p);
    print_facts(p, c.facts);
  }
  void operator()(const EventDecl& e) {
    p.line("event {}{} {}", e.name.text, label(e.label), at(e.span));
    Nested nested(p);
    print_facts(p, e.fields);
  }
  void operator()(const CalendarDecl& c);
  void operator()(const ParameterDecl& d);
  void operator()(const RequirementDecl& r);
  void operator()(const TrialDecl& t);
  void operator()(const TestDecl& t);
};

void DeclPrinter::operator()(const CalendarDecl& c) {
  p.line("calendar {}{} {}", c.name.text, label(c.label), at(c.span));
  Nested nested(p);
  for (const CalendarItem& item : c.items) {
    if (item.kind == CalendarItemKind::BaseHolidays) {
      p.line("holidays {} {}", item.base.text, at(item.span));
    } else if (item.kind == CalendarItemKind::Single) {
      p.line("closed {} on {} {}", quoted(item.label), date_text(item.date.day), at(item.span));
    } else {
      std::string years;
      if (item.from_year) years += fmt::format(" from year {}", *item.from_year);
      if (item.through_year) years += fmt::format(" through year {}", *item.through_year);
      p.line("closed {} every {} {}{} {}", quoted(item.label), item.day_of_month, item.month.text,
             years, at(item.span));
    }
  }
}

void DeclPrinter::operator()(const ParameterDecl& d) {
  p.line("parameter {}{}: {} {}", d.name.text, label(d.label), type_text(d.type), at(d.span));
  Nested nested(p);
  for (const ParamValue& v : d.values) {
    p.line("value {} {}", interval_text(v.interval), at(v.span));
    Nested inner(p);
    print_opt(p, "", v.value);
    print_citations(p, v.citations);
  }
}

void print_clauses(Printer& p, const ReqClauses& c) {
  print_citations(p, c.citations);
  if (c.schema) p.line("for {} {}", c.schema->text, at(c.schema->span));
  print_opt(p, "when: ", c.when);
  if (c.trigger) {
    const Trigger& t = *c.trigger;
    p.line("triggered by{} {}", t.each_event ? " each " + t.event.text : "", at(t.span));
    Nested nested(p);
    print_opt(p, "where: ", t.where);
    print_opt(p, "date: ", t.date);
  }
  print_opt(p, "versions selected by: ", c.selected_by);
  if (c.action) {
    p.line("do {}{} {}", c.action->verb.text, label(c.action->text), at(c.action->span));
  }
  print_fulfilments(p, c.fulfilments);
  if (c.due) print_window(p, "due ", *c.due);
  if (c.calendar) p.line("calendar {} {}", c.calendar->text, at(c.calendar->span));
  if (c.roll_forward)
    p.line("{} {}", *c.roll_forward ? "roll forward" : "no roll forward", at(c.roll_span));
  if (c.no_duty) p.line("no duty{} {}", label(c.no_duty->reason), at(c.no_duty->span));
}

void DeclPrinter::operator()(const RequirementDecl& r) {
  p.line("requirement {}{} {}", r.name.text, label(r.title), at(r.span));
  Nested nested(p);
  print_clauses(p, r.clauses);
  for (const VersionDecl& v : r.versions) {
    p.line("version{} {} {}", label(v.label), interval_text(v.interval), at(v.span));
    Nested inner(p);
    print_clauses(p, v.clauses);
  }
}

void print_effect(Printer& p, const TrialEffect& e) {
  static constexpr const char* kKinds[] = {"exempts", "replaces window of", "allows", "requires"};
  p.line("{} {}{} {}", kKinds[static_cast<int>(e.kind)], e.target.text, label(e.title), at(e.span));
  Nested nested(p);
  print_opt(p, "when: ", e.condition);
  print_opt(p, "saving: ", e.saving);
  if (e.action)
    p.line("do {}{} {}", e.action->verb.text, label(e.action->text), at(e.action->span));
  print_fulfilments(p, e.fulfilments);
  if (e.window) print_window(p, e.kind == EffectKind::Duty ? "due " : "with ", *e.window);
}

void DeclPrinter::operator()(const TrialDecl& t) {
  p.line("trial {}{}{} {}", t.name.text, label(t.title), t.off_by_default ? " off by default" : "",
         at(t.span));
  Nested nested(p);
  print_citations(p, t.citations);
  if (t.schema) p.line("for {} {}", t.schema->text, at(t.schema->span));
  for (const MunicipalityPeriod& m : t.municipalities) {
    p.line("municipality {} {} {}", m.municipality.text, interval_text(m.interval), at(m.span));
  }
  if (t.municipality_fact) {
    p.line("municipality given by {} {}", t.municipality_fact->text, at(t.municipality_fact->span));
  }
  print_opt(p, "period decided by: ", t.period_date);
  print_opt(p, "target: ", t.target);
  for (const TrialEffect& e : t.effects) print_effect(p, e);
  for (const Name& n : t.precedes) p.line("takes precedence over {} {}", n.text, at(n.span));
}

void print_fields(Printer& p, const std::vector<FieldInit>& fields) {
  for (const FieldInit& f : fields) {
    p.line("field {} {}", f.name.text, at(f.span));
    Nested nested(p);
    print_opt(p, "", f.value);
  }
}

std::string item_text(const ExpectItem& item) {
  switch (item.kind) {
    case ExpectKind::Status:
      return "status " + item.name.text;
    case ExpectKind::ByTrial:
      return "by " + item.name.text;
    case ExpectKind::Due:
      return "due " + date_text(item.date.day);
    case ExpectKind::Window:
      return "window " + date_text(item.date.day) + " to " + date_text(item.date2.day);
    case ExpectKind::On:
      return "on " + date_text(item.date.day);
    case ExpectKind::Missing: {
      std::string names;
      for (const Name& n : item.names) names += (names.empty() ? "" : ", ") + n.text;
      return "missing " + names;
    }
    case ExpectKind::Version:
      return "version " + quoted(item.text);
  }
  return "?";
}

void DeclPrinter::operator()(const TestDecl& t) {
  p.line("test {} {}", quoted(t.name), at(t.span));
  Nested nested(p);
  p.line("case {} {}", t.schema.text, at(t.schema.span));
  {
    Nested inner(p);
    print_fields(p, t.facts);
    for (const EventLit& e : t.events) {
      p.line("event {} on {} {}", e.kind.text, date_text(e.date.day), at(e.span));
      Nested fields(p);
      print_fields(p, e.fields);
    }
  }
  p.line("as of {} {}", date_text(t.as_of.day), at(t.as_of.span));
  for (const Name& n : t.trials_on) p.line("with trial {} {}", n.text, at(n.span));
  for (const Expectation& e : t.expectations) {
    std::string occurrence = e.occurrence ? fmt::format(" occurrence {}", *e.occurrence) : "";
    p.line("expect {}{} {}", e.requirement.text, occurrence, at(e.span));
    Nested items(p);
    for (const ExpectItem& item : e.items) p.line("{} {}", item_text(item), at(item.span));
  }
}

}  // namespace

std::string dump(const Rulebook& rulebook, const diag::SourceManager& sources) {
  Printer p;
  for (const File& file : rulebook.files) {
    std::string path = file.id < sources.file_count() ? sources.path(file.id) : file.path;
    p.line("file {}", quoted(path));
    Nested nested(p);
    for (const Import& import : file.imports) {
      p.line("import {} {}", quoted(import.path), at(import.span));
    }
    DeclPrinter printer{p};
    for (const Decl& decl : file.decls) std::visit(printer, decl);
  }
  return p.take();
}

}  // namespace frist::ast
