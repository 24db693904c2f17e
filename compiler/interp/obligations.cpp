// The status rules of docs/semantics.md, in the order a caseworker would
// apply them: which version is in force, whether the requirement applies,
// whether a trial exempts it or changes it, when it was triggered, its
// window, and whether and when an event fulfilled it.
#include "interp/obligations.h"

namespace frist::interp {

using eval::Status;

namespace {

Value and3(Value a, Value b) {
  if (a.is_false() || b.is_false()) return Value::of(0);
  return a.known && b.known ? Value::of(1) : Value::unknown();
}

// Why a trial does or does not cover the case, in words for the trace.
std::string coverage(const ir::Trial& t, Value place, Value in_period, Value target,
                     int64_t period_date) {
  if (place.is_false()) return "the case's municipality is not part of the trial";
  if (in_period.is_false()) {
    return fmt::format("`{}` = {} is outside the trial period", t.period_date.text,
                       TraceDate{period_date});
  }
  if (target.is_false()) {
    return fmt::format("the case is outside the target group (`{}`)", t.target->text);
  }
  if (and3(and3(place, in_period), target).is_true()) {
    return fmt::format("municipality in scope and `{}` = {} within the trial period",
                       t.period_date.text, TraceDate{period_date});
  }
  return "";
}

}  // namespace

CaseEval::CaseEval(const Interpreter& interp, const cases::Case& c, const Options& options)
    : interp_(interp), case_(c), options_(options), ex_(interp, c, options.as_of) {
  const ir::Module& m = interp.module();
  primary_.assign(m.requirements.size(), std::nullopt);
  membership_.assign(m.trials.size(), std::nullopt);
  trial_used_.assign(m.trials.size(), false);
}

eval::Result CaseEval::run() {
  const ir::Module& m = interp_.module();
  for (ir::Index i = 0; i < m.requirements.size(); ++i) {
    if (m.requirements[i].schema != case_.schema) continue;
    if (m.requirements[i].is_duty) {
      duty(i);
    } else {
      requirement(i);
    }
  }
  return std::move(result_);
}

void CaseEval::emit(Obligation o) {
  if (!primary_[o.requirement]) primary_[o.requirement] = o;
  result_.obligations.push_back(std::move(o));
}

void CaseEval::emit_undetermined(Obligation o, const Missing& missing) {
  o.status = Status::Undetermined;
  o.missing_facts.assign(missing.facts.begin(), missing.facts.end());
  o.missing_events.assign(missing.events.begin(), missing.events.end());
  emit(std::move(o));
}

void CaseEval::requirement(ir::Index index) {
  const ir::Requirement& r = interp_.module().requirements[index];
  Obligation o;
  o.requirement = index;
  const ir::Version* v = &r.versions[0];
  o.version = 0;
  if (r.selector) {
    Value d = ex_.eval(*r.selector);
    if (!d.known) {
      return undetermined(o, ex_.missing(*r.selector),
                          "the date that selects the version, `{}`, is unknown", r.selector->text);
    }
    v = nullptr;
    for (ir::Index k = 0; k < r.versions.size(); ++k) {
      if (r.versions[k].period.contains(static_cast<int32_t>(d.v))) {
        v = &r.versions[k];
        o.version = k;
      }
    }
    if (!v) {
      o.version = eval::kNoIndex;
      note(o, "no version is in force on {} (`{}`)", date(d.v), r.selector->text);
      return emit(std::move(o));
    }
    note(o, "version \"{}\" applies: `{}` is {}", v->label, r.selector->text, date(d.v));
  }
  if (v->no_duty) {
    note(o, "version \"{}\" lays no duty: {}", v->label, v->no_duty_reason);
    return emit(std::move(o));
  }
  if (v->when) {
    Value w = ex_.eval(*v->when);
    if (!w.known) {
      return undetermined(o, ex_.missing(*v->when), "whether `{}` holds is unknown", v->when->text);
    }
    note(o, "`{}` is {}", v->when->text, w.v ? "true" : "false");
    if (!w.v) return emit(std::move(o));
  }
  Resolution res = resolve_trials(r, o);
  if (res.undetermined) {
    return undetermined(o, res.missing, "whether a trial changes this requirement is unknown");
  }
  if (res.exempt) {
    o.status = Status::Exempted;
    o.effect = eval::TrialEffect::Exempted;
    o.trial = res.trial;
    o.saving = res.saving;
    note(o, "exempted by trial {}", interp_.module().trials[res.trial].name);
    return emit(std::move(o));
  }
  obligations(index, *v, res, std::move(o));
}

bool CaseEval::trial_enabled(ir::Index trial) const {
  if (!interp_.module().trials[trial].off_by_default) return true;
  for (ir::Index on : options_.trials_on) {
    if (on == trial) return true;
  }
  return false;
}

Resolution CaseEval::resolve_trials(const ir::Requirement& r, Obligation& o) {
  Resolution res;
  const ir::Module& m = interp_.module();
  for (const ir::EffectRef& e : r.effects) {
    if (!trial_enabled(e.trial) || (res.trial != ir::kNone && e.trial != res.trial)) continue;
    const Membership& mb = membership(e.trial);
    Value cond = e.condition ? ex_.eval(*e.condition) : Value::of(1);
    bool applies = mb.covers.is_true() && cond.is_true();
    bool excluded = mb.covers.is_false() || cond.is_false();
    if (excluded) {
      if (mb.covers.is_false()) {
        note(o, "trial {} does not apply: {}", m.trials[e.trial].name, mb.why);
      } else {
        note(o, "trial {} does not apply: `{}` is false", m.trials[e.trial].name,
             e.condition->text);
      }
      continue;
    }
    if (!applies) {
      if (res.trial != ir::kNone) continue;
      res.undetermined = true;
      res.missing = mb.missing;
      if (e.condition && !cond.known) res.missing.merge(ex_.missing(*e.condition));
      return res;
    }
    res.trial = e.trial;
    note(o, "trial {} applies: {}", m.trials[e.trial].name, mb.why);
    if (e.kind == ir::EffectKind::Exempt) {
      res.exempt = true;
      Value saving = e.saving ? ex_.eval(*e.saving) : Value::of(0);
      res.saving = saving.known ? saving.v : 0;
    } else if (e.kind == ir::EffectKind::ReplaceWindow) {
      res.window = &*e.window;
    } else {
      for (const ir::Fulfil& f : e.alternatives) res.alternatives.push_back(&f);
    }
  }
  if (res.trial != ir::kNone) trial_used_[res.trial] = true;
  return res;
}

const Membership& CaseEval::membership(ir::Index index) {
  if (membership_[index]) return *membership_[index];
  const ir::Trial& t = interp_.module().trials[index];
  Membership mb{Value::of(0), {}, ""};
  const cases::Value& mun = case_.facts[t.municipality_slot];
  Value place = Value::unknown();
  if (!mun.known) {
    mb.missing.facts.insert(t.municipality_slot);
  } else {
    place = Value::of(0);
    for (const ir::TrialScope& s : t.scope) place.v |= s.member == mun.number;
  }
  Value pd = ex_.eval(t.period_date);
  Value in_period = Value::unknown();
  if (!pd.known) {
    mb.missing.merge(ex_.missing(t.period_date));
  } else {
    in_period = Value::of(0);
    for (const ir::TrialScope& s : t.scope) {
      bool here = !mun.known || s.member == mun.number;
      in_period.v |= here && s.period.contains(static_cast<int32_t>(pd.v));
    }
  }
  Value target = t.target ? ex_.eval(*t.target) : Value::of(1);
  if (t.target && !target.known) mb.missing.merge(ex_.missing(*t.target));
  mb.covers = and3(and3(place, in_period), target);
  if (options_.trace) mb.why = coverage(t, place, in_period, target, pd.v);
  membership_[index] = std::move(mb);
  return *membership_[index];
}

void CaseEval::duty(ir::Index index) {
  const ir::Requirement& r = interp_.module().requirements[index];
  const ir::Trial& t = interp_.module().trials[r.duty_of];
  Obligation o;
  o.requirement = index;
  o.version = 0;
  o.trial = r.duty_of;
  o.effect = eval::TrialEffect::Duty;
  if (!trial_enabled(r.duty_of)) {
    note(o, "trial {} is switched off", t.name);
    return emit(std::move(o));
  }
  bool has_effects = false;
  for (const ir::Requirement& other : interp_.module().requirements) {
    for (const ir::EffectRef& e : other.effects) has_effects |= e.trial == r.duty_of;
  }
  if (!has_effects) {
    const Membership& mb = membership(r.duty_of);
    if (!mb.covers.known)
      return undetermined(o, mb.missing, "whether the trial covers the case is unknown");
    trial_used_[r.duty_of] = mb.covers.v != 0;
  }
  if (!trial_used_[r.duty_of]) {
    note(o, "trial {} was not used for this case", t.name);
    return emit(std::move(o));
  }
  note(o, "a duty of trial {}, which was used for this case", t.name);
  obligations(index, r.versions[0], Resolution{}, std::move(o));
}

}  // namespace frist::interp
