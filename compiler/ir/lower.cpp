// Lowers the checked program into the Rule IR: record layouts, calendar
// tables, parameter tables, requirement plans with their windows as date
// steps, trial effects attached to the requirements they change in
// priority order, and trial duties as obligations of their own.
#include <fmt/format.h>

#include "dates/calendar.h"
#include "ir/lower_internal.h"

namespace frist::ir {

namespace {

FieldLayout lower_field(const sema::Field& f) {
  return {f.name, lower_type(f.type), f.optional, f.type.enum_id, f.type.range};
}

CalendarTable lower_calendar(const sema::Calendar& c) {
  dates::CalendarSpec spec;
  spec.danish_holidays = c.danish_holidays;
  for (const sema::AnnualClosure& a : c.annual) {
    spec.annual.push_back({a.month, a.day, a.label, a.from_year, a.through_year});
  }
  for (const auto& [day, label] : c.single) spec.extra.push_back({dates::Date{day}, label});
  CalendarTable table{c.name, {}};
  // The calendar owns the closure names the holidays point into.
  const dates::Calendar calendar(spec);
  for (const dates::Holiday& h :
       calendar.holidays_in(dates::kFirstCalendarYear, dates::kLastCalendarYear)) {
    table.closed_days.emplace_back(h.date.day, std::string(h.name));
  }
  return table;
}

ParamTable lower_param(const sema::Parameter& p) {
  ParamTable table{p.name, lower_type(p.type), {}};
  for (const sema::ParamValue& v : p.values) table.values.emplace_back(v.period, v.value.value);
  return table;
}

std::vector<std::string> citation_texts(const std::vector<sema::Citation>& citations) {
  std::vector<std::string> out;
  for (const sema::Citation& c : citations) out.push_back(c.text);
  return out;
}

std::vector<Fulfil> lower_fulfil(ExprLowering& lx, const std::vector<sema::Fulfilment>& list) {
  std::vector<Fulfil> out;
  for (const sema::Fulfilment& f : list) out.push_back({f.event, lx.lower(f.where)});
  return out;
}

Expr days_after(const Expr& anchor, int64_t days) {
  Expr e;
  e.op = Op::AddDays;
  e.type = Type::Date;
  e.value = days;
  e.may_be_unknown = anchor.may_be_unknown;
  e.args.push_back(anchor);
  return e;
}

WindowPlan lower_window(ExprLowering& lx, const sema::Window& w, Index calendar, bool roll) {
  WindowPlan plan;
  plan.text = w.text;
  plan.loc = loc_of(w.span);
  plan.calendar = calendar;
  plan.roll_forward = roll;
  plan.anchor = lx.lower(w.anchor);
  switch (w.kind) {
    case sema::WindowKind::EndOfWeek:
      plan.latest = days_after(*plan.anchor, 7 * w.week_from - 1);
      break;
    case sema::WindowKind::BetweenWeeks:
      plan.earliest = days_after(*plan.anchor, 7 * (w.week_from - 1));
      plan.latest = days_after(*plan.anchor, 7 * w.week_to - 1);
      break;
    case sema::WindowKind::After:
      plan.latest = add_duration(*plan.anchor, w.duration, calendar, false);
      break;
    case sema::WindowKind::Range:
    case sema::WindowKind::By:
      plan.latest = lx.lower(w.end);
      break;
    case sema::WindowKind::BeforeReq:
    case sema::WindowKind::NoLaterThan:
      plan.form = WindowForm::Dependency;
      plan.depends_on = w.requirement;
      plan.strict = w.kind == sema::WindowKind::BeforeReq;
      break;
    case sema::WindowKind::Cadence:
      plan.form = WindowForm::Cadence;
      plan.period_months = w.duration.months;
      plan.period_days = w.duration.days;
      if (w.end) {
        plan.until = lx.lower(w.end);
      } else if (w.cadence_for) {
        plan.until = add_duration(*plan.anchor, *w.cadence_for, calendar, false);
      }
      break;
  }
  return plan;
}

Version lower_version(const sema::Version& v, const std::optional<Expr>& selector) {
  ExprLowering lx(selector, v.calendar);
  Version out;
  out.label = v.label;
  out.period = v.period;
  out.no_duty = v.no_duty;
  out.no_duty_reason = v.no_duty_reason;
  out.citations = citation_texts(v.citations);
  out.loc = loc_of(v.span);
  if (v.no_duty) return out;
  out.when = lx.lower(v.when);
  out.trigger = v.trigger.kind == sema::TriggerKind::Date        ? TriggerForm::Date
                : v.trigger.kind == sema::TriggerKind::EachEvent ? TriggerForm::EachEvent
                                                                 : TriggerForm::None;
  out.trigger_date = lx.lower(v.trigger.date);
  out.trigger_event = v.trigger.event;
  out.trigger_predicate = lx.lower(v.trigger.where);
  out.action_verb = v.action_verb;
  out.action_text = v.action_text;
  out.fulfil = lower_fulfil(lx, v.fulfilments);
  out.window = lower_window(lx, v.due, v.calendar, v.roll_forward);
  return out;
}

Requirement lower_requirement(const sema::Requirement& r) {
  Requirement out;
  out.name = r.name;
  out.title = r.title;
  out.schema = r.schema;
  out.loc = loc_of(r.span);
  ExprLowering selector_lx(std::nullopt, kNone);
  out.selector = selector_lx.lower(r.selected_by);
  for (const sema::Version& v : r.versions) out.versions.push_back(lower_version(v, out.selector));
  return out;
}

// Effect expressions read parameters on the date that selects the version of
// the requirement they change, like the requirement's own expressions.
EffectRef lower_effect(const sema::Effect& e, Index trial, const std::optional<Expr>& selector) {
  ExprLowering lx(selector, kNone);
  EffectRef out;
  out.trial = trial;
  out.loc = loc_of(e.span);
  out.kind = e.kind == sema::EffectKind::Exempt          ? EffectKind::Exempt
             : e.kind == sema::EffectKind::ReplaceWindow ? EffectKind::ReplaceWindow
                                                         : EffectKind::Alternative;
  out.condition = lx.lower(e.condition);
  out.saving = lx.lower(e.saving);
  if (e.window) out.window = lower_window(lx, *e.window, kNone, false);
  out.alternatives = lower_fulfil(lx, e.fulfilments);
  return out;
}

Requirement lower_duty(const sema::Effect& e, const sema::Trial& t, Index trial) {
  ExprLowering lx(std::nullopt, kNone);
  Requirement out;
  out.name = e.duty_name;
  out.title = e.duty_title;
  out.schema = t.schema;
  out.is_duty = true;
  out.duty_of = trial;
  out.loc = loc_of(e.span);
  Version v;
  v.label = fmt::format("forsøg {}", t.name);
  v.loc = out.loc;
  v.citations = citation_texts(t.citations);
  v.action_verb = e.action_verb;
  v.action_text = e.action_text;
  v.fulfil = lower_fulfil(lx, e.fulfilments);
  if (e.window) v.window = lower_window(lx, *e.window, kNone, false);
  out.versions.push_back(std::move(v));
  return out;
}

Trial lower_trial(const sema::Trial& t) {
  ExprLowering lx(std::nullopt, kNone);
  Trial out;
  out.name = t.name;
  out.title = t.title;
  out.citations = citation_texts(t.citations);
  out.schema = t.schema;
  out.municipality_slot = t.municipality_fact;
  for (const sema::MunicipalityPeriod& m : t.municipalities)
    out.scope.push_back({m.member, m.period});
  out.period_date = lx.lower(t.period_date);
  out.target = lx.lower(t.target);
  out.off_by_default = t.off_by_default;
  out.loc = loc_of(t.span);
  return out;
}

}  // namespace

Module lower(const sema::Program& program) {
  Module m;
  m.files = program.files;
  for (const sema::Enum& e : program.enums) {
    std::vector<std::string> names;
    for (const sema::EnumMember& member : e.members) names.push_back(member.name);
    m.enums.push_back(std::move(names));
    m.enum_names.push_back(e.name);
  }
  for (const sema::Schema& s : program.schemas) {
    SchemaLayout layout{s.name, {}};
    for (const sema::Field& f : s.facts) layout.facts.push_back(lower_field(f));
    m.schemas.push_back(std::move(layout));
  }
  for (const sema::EventKind& e : program.events) {
    EventLayout layout{e.name, {}};
    for (const sema::Field& f : e.fields) layout.fields.push_back(lower_field(f));
    m.events.push_back(std::move(layout));
  }
  for (const sema::Calendar& c : program.calendars) m.calendars.push_back(lower_calendar(c));
  for (const sema::Parameter& p : program.parameters) m.params.push_back(lower_param(p));
  for (const sema::Requirement& r : program.requirements) {
    m.requirements.push_back(lower_requirement(r));
  }
  for (Index t = 0; t < program.trials.size(); ++t) {
    const sema::Trial& trial = program.trials[t];
    m.trials.push_back(lower_trial(trial));
    for (const sema::Effect& e : trial.effects) {
      if (e.kind == sema::EffectKind::Duty) {
        m.requirements.push_back(lower_duty(e, trial, t));
      } else {
        Requirement& target = m.requirements[e.requirement];
        target.effects.push_back(lower_effect(e, t, target.selector));
      }
    }
  }
  return m;
}

}  // namespace frist::ir
