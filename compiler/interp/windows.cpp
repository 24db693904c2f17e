// Triggers, windows and fulfilment. A window's latest date moves to the next
// working day only when the version says `roll forward` (statutes differ on
// this; see docs/semantics.md). An event fulfils an obligation when it is of
// a fulfilling kind, dated on or after the obligation started and on or
// before the as-of date; after the latest date it fulfils it late.
#include "dates/duration.h"
#include "interp/obligations.h"

namespace frist::interp {

using eval::Status;

namespace {

int32_t as_date(int64_t day) {
  return day == INT64_MIN ? eval::kNoDate : static_cast<int32_t>(day);
}

bool is_event_scan(const ir::Expr& e) {
  return e.op == ir::Op::EventFirst || e.op == ir::Op::EventLast;
}

}  // namespace

void CaseEval::obligations(ir::Index, const ir::Version& v, const Resolution& res, Obligation o) {
  // A trial replaces the window, not the requirement's calendar policy.
  ir::WindowPlan replaced;
  if (res.window) {
    replaced = *res.window;
    replaced.roll_forward = v.window.roll_forward;
    replaced.calendar = v.window.calendar;
  }
  const ir::WindowPlan& w = res.window ? replaced : v.window;
  if (res.window) {
    o.effect = eval::TrialEffect::WindowReplaced;
    o.trial = res.trial;
    note(o, "the window is replaced by trial {}: {}", interp_.module().trials[res.trial].name,
         w.text);
  }
  auto dispatch = [&](int64_t start, Obligation ob) {
    ex_.set_trigger(start == INT64_MIN ? std::nullopt : std::optional<int64_t>(start));
    if (w.form == ir::WindowForm::Cadence) return cadence(v, w, res, std::move(ob));
    if (w.form == ir::WindowForm::Dependency) return dependency(w, res, v, start, std::move(ob));
    fixed(v, w, res, start, std::move(ob));
  };
  if (v.trigger == ir::TriggerForm::EachEvent) {
    uint32_t n = 0;
    for (const cases::Event& ev : case_.events) {
      if (ev.kind != v.trigger_event || ev.date > options_.as_of ||
          !ex_.matches(v.trigger_predicate, ev)) {
        continue;
      }
      Obligation each = o;
      each.occurrence = ++n;
      note(each, "triggered by `{}` on {}", interp_.module().events[ev.kind].name, date(ev.date));
      dispatch(ev.date, std::move(each));
      if (n >= ir::kMaxOccurrences) break;
    }
    if (n == 0) {
      note(o, "not triggered: no `{}` event on or before {}",
           interp_.module().events[v.trigger_event].name, date(options_.as_of));
      emit(std::move(o));
    }
    return;
  }
  int64_t start = INT64_MIN;
  if (v.trigger == ir::TriggerForm::Date) {
    Value t = ex_.eval(*v.trigger_date);
    if (!t.known && is_event_scan(*v.trigger_date)) {
      note(o, "not triggered: `{}` has not happened by {}", v.trigger_date->text,
           date(options_.as_of));
      return emit(std::move(o));
    }
    if (!t.known) {
      return undetermined(o, ex_.missing(*v.trigger_date), "the trigger `{}` is unknown",
                          v.trigger_date->text);
    }
    start = t.v;
    note(o, "triggered on {} (`{}`)", date(start), v.trigger_date->text);
  }
  dispatch(start, std::move(o));
}

int32_t CaseEval::roll(const ir::WindowPlan& w, int32_t latest, Obligation& o) const {
  if (!w.roll_forward || latest == eval::kNoDate) return latest;
  int32_t rolled = interp_.calendar(w.calendar).roll_forward(dates::Date{latest}).day;
  if (rolled != latest) {
    note(o, "{} is not a working day; the deadline rolls forward to {}", date(latest),
         date(rolled));
  }
  return rolled;
}

void CaseEval::fixed(const ir::Version& v, const ir::WindowPlan& w, const Resolution& res,
                     int64_t start, Obligation o) {
  int64_t anchor = INT64_MIN;
  if (w.anchor) {
    Value a = ex_.eval(*w.anchor);
    // An event that has not happened only means "not triggered" when it is
    // what starts the obligation; after a trigger it leaves it undetermined.
    if (!a.known && is_event_scan(*w.anchor) && v.trigger == ir::TriggerForm::None) {
      note(o, "not triggered: `{}` has not happened by {}", w.anchor->text, date(options_.as_of));
      return emit(std::move(o));
    }
    if (!a.known) {
      return undetermined(o, ex_.missing(*w.anchor), "`{}` is unknown", w.anchor->text);
    }
    anchor = a.v;
  }
  int64_t earliest = anchor != INT64_MIN ? anchor : start;
  if (w.earliest) {
    Value e = ex_.eval(*w.earliest);
    if (!e.known) return undetermined(o, ex_.missing(*w.earliest), "the window's start is unknown");
    earliest = e.v;
  }
  Value latest = ex_.eval(*w.latest);
  if (!latest.known) {
    return undetermined(o, ex_.missing(*w.latest), "the window's end is unknown");
  }
  o.earliest = as_date(earliest);
  note(o, "due {}: latest {}", w.text, date(latest.v));
  o.latest = roll(w, static_cast<int32_t>(latest.v), o);
  int64_t from = start != INT64_MIN ? start : anchor;
  settle(o, v, res, from);
  emit(std::move(o));
}

void CaseEval::dependency(const ir::WindowPlan& w, const Resolution& res, const ir::Version& v,
                          int64_t start, Obligation o) {
  const std::string& name = interp_.module().requirements[w.depends_on].name;
  const std::optional<Obligation>& dep = primary_[w.depends_on];
  if (!dep || dep->status == Status::NotApplicable || dep->status == Status::Exempted) {
    note(o, "it serves `{}`, which {} this case", name,
         dep && dep->status == Status::Exempted ? "is exempted for" : "does not apply to");
    return emit(std::move(o));
  }
  if (dep->status == Status::Undetermined) {
    Missing missing;
    missing.facts.insert(dep->missing_facts.begin(), dep->missing_facts.end());
    missing.events.insert(dep->missing_events.begin(), dep->missing_events.end());
    return undetermined(o, missing, "it depends on `{}`, which is undetermined", name);
  }
  bool held = dep->status == Status::Fulfilled || dep->status == Status::FulfilledLate;
  int32_t reference = held ? dep->fulfilled_on : dep->latest;
  o.earliest = as_date(start);
  if (reference != eval::kNoDate) {
    int32_t latest = w.strict ? reference - 1 : reference;
    note(o, "due {}: `{}` {} {}, so latest {}", w.text, name,
         held ? "was fulfilled on" : "is due by", date(reference), date(latest));
    o.latest = roll(w, latest, o);
  }
  settle(o, v, res, start);
  emit(std::move(o));
}

void CaseEval::cadence(const ir::Version& v, const ir::WindowPlan& w, const Resolution& res,
                       Obligation o) {
  Value a = ex_.eval(*w.anchor);
  if (!a.known) {
    return undetermined(o, ex_.missing(*w.anchor), "`{}` is unknown", w.anchor->text);
  }
  int64_t until = INT64_MAX;
  if (w.until) {
    Value u = ex_.eval(*w.until);
    if (!u.known)
      return undetermined(o, ex_.missing(*w.until), "the end of the cadence is unknown");
    until = u.v;
  }
  int64_t window_start = a.v;
  int64_t after_event = INT64_MIN;
  uint32_t base = o.occurrence;
  for (uint32_t n = 0; n < ir::kMaxOccurrences && window_start < until; ++n) {
    Obligation occ = o;
    occ.occurrence = base + n;
    occ.earliest = as_date(window_start);
    dates::Date start{static_cast<int32_t>(window_start)};
    int32_t latest = dates::add(start, {w.period_months, w.period_days}).day;
    note(occ, "occurrence {}: due {} counted from {}, latest {}", occ.occurrence, w.text,
         date(window_start), date(latest));
    occ.latest = roll(w, latest, occ);
    settle(occ, v, res, window_start, after_event);
    bool held = occ.status == Status::Fulfilled || occ.status == Status::FulfilledLate;
    if (held) {
      window_start = occ.fulfilled_on;
      after_event = occ.fulfilled_by;
    }
    emit(std::move(occ));
    if (!held) break;
  }
}

void CaseEval::settle(Obligation& o, const ir::Version& v, const Resolution& res, int64_t from,
                      int64_t after_event) {
  for (uint32_t i = 0; i < case_.events.size(); ++i) {
    const cases::Event& ev = case_.events[i];
    if (ev.date > options_.as_of) break;
    if (ev.date < from || static_cast<int64_t>(i) <= after_event) continue;
    bool own = false, alternative = false;
    for (const ir::Fulfil& f : v.fulfil) own |= f.event == ev.kind && ex_.matches(f.predicate, ev);
    for (const ir::Fulfil* f : res.alternatives) {
      alternative |= !own && f->event == ev.kind && ex_.matches(f->predicate, ev);
    }
    if (!own && !alternative) continue;
    o.fulfilled_on = ev.date;
    o.fulfilled_by = i;
    bool late = o.latest != eval::kNoDate && ev.date > o.latest;
    o.status = late ? Status::FulfilledLate : Status::Fulfilled;
    if (alternative) {
      o.effect = eval::TrialEffect::AlternativeAction;
      o.trial = res.trial;
    }
    note(o, "fulfilled{} by `{}` on {}{}", late ? " late" : "",
         interp_.module().events[ev.kind].name, date(ev.date),
         alternative ? " (an alternative the trial allows)" : "");
    return;
  }
  int32_t as_of = options_.as_of;
  if (o.earliest != eval::kNoDate && as_of < o.earliest) {
    o.status = Status::Upcoming;
  } else if (o.latest == eval::kNoDate || as_of <= o.latest) {
    o.status = Status::Pending;
  } else {
    o.status = Status::Overdue;
  }
  note(o, "no fulfilling event by {}: {}", date(as_of), eval::status_name(o.status));
}

}  // namespace frist::interp
