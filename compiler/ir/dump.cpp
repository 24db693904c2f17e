// A stable text form of the IR, one construct per line, for golden tests
// and `frist check --dump=ir`. Expressions print as prefix terms.
#include <fmt/format.h>

#include <string>

#include "dates/date.h"
#include "ir/ir.h"

namespace frist::ir {

namespace {

const char* op_name(Op op) {
  static constexpr const char* kNames[] = {
      "const",        "fact",         "event_field",  "param",
      "as_of",        "trigger_date", "neg",          "add",
      "sub",          "mul",          "div",          "dec_mul",
      "dec_div",      "money_scale",  "lt",           "le",
      "gt",           "ge",           "eq",           "ne",
      "text_eq",      "text_ne",      "is_known",     "not3",
      "and3",         "or3",          "select",       "in_set",
      "int_to_dec",   "dec_to_int",   "int_to_money", "dec_to_money",
      "money_to_dec", "add_days",     "add_months",   "add_working_days",
      "roll_forward", "date_diff",    "event_first",  "event_last",
      "event_count",  "event_any"};
  return kNames[static_cast<size_t>(op)];
}

std::string expr_text(const Expr& e) {
  std::string out = op_name(e.op);
  if (e.op == Op::Const) {
    out += e.type == Type::Text ? fmt::format(" \"{}\"", e.text) : fmt::format(" {}", e.value);
  } else if (e.op == Op::AddDays || e.op == Op::AddMonths || e.op == Op::AddWorkingDays) {
    out += fmt::format(" {}", e.value);
  }
  if (e.slot != kNone) out += fmt::format(" #{}", e.slot);
  if (e.ref != kNone) out += fmt::format(" @{}", e.ref);
  if (e.may_be_unknown) out += " ?";
  if (e.args.empty()) return out;
  out = "(" + out;
  for (const Expr& a : e.args) out += " " + expr_text(a);
  return out + ")";
}

void line(std::string& out, int indent, const std::string& text) {
  out += std::string(2 * indent, ' ') + text + '\n';
}

void opt_expr(std::string& out, int indent, const char* label, const std::optional<Expr>& e) {
  if (e) line(out, indent, fmt::format("{}: {}", label, expr_text(*e)));
}

std::string period_text(const Period& p) {
  auto end = [](int32_t d) {
    return d == INT32_MIN || d == INT32_MAX ? std::string("open")
                                            : dates::format_iso(dates::Date{d});
  };
  return fmt::format("[{}, {})", end(p.from), end(p.until));
}

void dump_window(std::string& out, int indent, const WindowPlan& w) {
  static constexpr const char* kForms[] = {"fixed", "dependency", "cadence"};
  line(out, indent,
       fmt::format("window {} \"{}\" roll={} calendar={}", kForms[static_cast<int>(w.form)], w.text,
                   w.roll_forward,
                   w.calendar == kNone ? std::string("danish") : std::to_string(w.calendar)));
  opt_expr(out, indent + 1, "anchor", w.anchor);
  opt_expr(out, indent + 1, "earliest", w.earliest);
  opt_expr(out, indent + 1, "latest", w.latest);
  opt_expr(out, indent + 1, "until", w.until);
  if (w.form == WindowForm::Dependency) {
    line(out, indent + 1, fmt::format("depends_on @{} strict={}", w.depends_on, w.strict));
  }
  if (w.form == WindowForm::Cadence) {
    line(out, indent + 1, fmt::format("period {} months {} days", w.period_months, w.period_days));
  }
}

void dump_version(std::string& out, const Version& v) {
  line(out, 1,
       fmt::format("version \"{}\" {}{}", v.label, period_text(v.period),
                   v.no_duty ? " no_duty" : ""));
  for (const std::string& c : v.citations) line(out, 2, "per " + c);
  if (v.no_duty) return;
  opt_expr(out, 2, "when", v.when);
  opt_expr(out, 2, "trigger_date", v.trigger_date);
  if (v.trigger == TriggerForm::EachEvent)
    line(out, 2, fmt::format("trigger each @{}", v.trigger_event));
  opt_expr(out, 2, "trigger_where", v.trigger_predicate);
  line(out, 2, fmt::format("do {} \"{}\"", v.action_verb, v.action_text));
  for (const Fulfil& f : v.fulfil) {
    line(out, 2, fmt::format("fulfilled_by @{}", f.event));
    opt_expr(out, 3, "where", f.predicate);
  }
  dump_window(out, 2, v.window);
}

void dump_requirement(std::string& out, Index i, const Requirement& r) {
  line(out, 0,
       fmt::format("requirement @{} {} \"{}\" schema={}{}", i, r.name, r.title, r.schema,
                   r.is_duty ? fmt::format(" duty_of=@{}", r.duty_of) : ""));
  opt_expr(out, 1, "selector", r.selector);
  for (const Version& v : r.versions) dump_version(out, v);
  for (const EffectRef& e : r.effects) {
    static constexpr const char* kKinds[] = {"exempt", "replace_window", "alternative"};
    line(out, 1, fmt::format("effect {} by trial @{}", kKinds[static_cast<int>(e.kind)], e.trial));
    opt_expr(out, 2, "when", e.condition);
    opt_expr(out, 2, "saving", e.saving);
    if (e.window) dump_window(out, 2, *e.window);
    for (const Fulfil& f : e.alternatives) line(out, 2, fmt::format("alternative @{}", f.event));
  }
}

}  // namespace

std::string dump(const Module& m) {
  std::string out;
  for (Index i = 0; i < m.schemas.size(); ++i) {
    line(out, 0, fmt::format("schema #{} {}", i, m.schemas[i].name));
    for (Index s = 0; s < m.schemas[i].facts.size(); ++s) {
      const FieldLayout& f = m.schemas[i].facts[s];
      line(out, 1, fmt::format("slot {} {}{}", s, f.name, f.optional ? " optional" : ""));
    }
  }
  for (Index i = 0; i < m.events.size(); ++i) {
    line(out, 0,
         fmt::format("event @{} {} ({} fields)", i, m.events[i].name, m.events[i].fields.size()));
  }
  for (const CalendarTable& c : m.calendars) {
    line(out, 0, fmt::format("calendar {} ({} closed days)", c.name, c.closed_days.size()));
  }
  for (const ParamTable& p : m.params) {
    line(out, 0, fmt::format("param {} ({} values)", p.name, p.values.size()));
  }
  for (Index i = 0; i < m.requirements.size(); ++i) dump_requirement(out, i, m.requirements[i]);
  for (Index i = 0; i < m.trials.size(); ++i) {
    const Trial& t = m.trials[i];
    line(out, 0,
         fmt::format("trial @{} {} schema={} municipality_slot={}{}", i, t.name, t.schema,
                     t.municipality_slot, t.off_by_default ? " off_by_default" : ""));
    for (const TrialScope& s : t.scope) {
      line(out, 1, fmt::format("member {} {}", s.member, period_text(s.period)));
    }
    line(out, 1, "period_date: " + expr_text(t.period_date));
    opt_expr(out, 1, "target", t.target);
  }
  return out;
}

}  // namespace frist::ir
