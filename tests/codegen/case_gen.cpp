// Collects the rulebook's interesting dates and constants once, then draws
// cases around them.
#include "case_gen.h"

#include <algorithm>

#include "dates/date.h"
#include "dates/holidays.h"
#include "results/json_escape.h"

namespace frist::testing {

namespace {

constexpr int32_t kUnbounded[] = {INT32_MIN, INT32_MAX};

void add_period(std::vector<int32_t>& out, const sema::Period& p) {
  for (int32_t d : {p.from, p.until}) {
    if (d != kUnbounded[0] && d != kUnbounded[1]) out.push_back(d);
  }
}

// Gathers date and text constants, and the event kinds the rules of one
// schema read (scanned, triggering or fulfilling).
struct Collector {
  std::vector<int32_t>& dates;
  std::vector<std::string>& texts;
  std::vector<uint32_t>* kinds = nullptr;

  void expr(const ir::Expr& e) {
    if (e.op == ir::Op::Const && e.type == ir::Type::Date)
      dates.push_back(static_cast<int32_t>(e.value));
    if (e.op == ir::Op::Const && e.type == ir::Type::Text) texts.push_back(e.text);
    bool scan = e.op == ir::Op::EventFirst || e.op == ir::Op::EventLast ||
                e.op == ir::Op::EventCount || e.op == ir::Op::EventAny;
    if (scan) kinds->push_back(e.ref);
    for (const ir::Expr& a : e.args) expr(a);
  }
  void expr(const std::optional<ir::Expr>& e) {
    if (e) expr(*e);
  }
  void window(const ir::WindowPlan& w) {
    for (const auto* e : {&w.anchor, &w.earliest, &w.latest, &w.until}) expr(*e);
  }
  void fulfils(const std::vector<ir::Fulfil>& list) {
    for (const ir::Fulfil& f : list) {
      expr(f.predicate);
      kinds->push_back(f.event);
    }
  }
};

}  // namespace

CaseGenerator::CaseGenerator(const ir::Module& module, uint64_t seed)
    : module_(module), rng_(seed) {
  kinds_.resize(module.schemas.size());
  Collector collect{dates_, texts_};
  for (const ir::Requirement& r : module.requirements) {
    collect.kinds = &kinds_.at(r.schema);
    collect.expr(r.selector);
    for (const ir::Version& v : r.versions) {
      add_period(dates_, v.period);
      for (const auto* e : {&v.when, &v.trigger_date, &v.trigger_predicate}) collect.expr(*e);
      collect.fulfils(v.fulfil);
      if (v.trigger == ir::TriggerForm::EachEvent) collect.kinds->push_back(v.trigger_event);
      collect.window(v.window);
    }
    for (const ir::EffectRef& e : r.effects) {
      collect.expr(e.condition);
      collect.expr(e.saving);
      if (e.window) collect.window(*e.window);
      collect.fulfils(e.alternatives);
    }
  }
  for (const ir::Trial& t : module.trials) {
    for (const ir::TrialScope& s : t.scope) {
      add_period(dates_, s.period);
      members_.push_back(s.member);
    }
    collect.kinds = &kinds_.at(t.schema);
    collect.expr(t.period_date);
    collect.expr(t.target);
  }
  for (const ir::ParamTable& p : module.params) {
    for (const auto& [period, value] : p.values) add_period(dates_, period);
  }
  int32_t lo = dates::from_ymd(2010, 1, 1).day, hi = dates::from_ymd(2030, 12, 31).day;
  for (const ir::CalendarTable& c : module.calendars) {
    for (const auto& [day, name] : c.closed_days) {
      if (day >= lo && day <= hi) dates_.push_back(day);
    }
  }
  for (int32_t day : dates::danish_holiday_days()) {
    if (day >= lo && day <= hi) dates_.push_back(day);
  }
  std::sort(dates_.begin(), dates_.end());
  dates_.erase(std::unique(dates_.begin(), dates_.end()), dates_.end());
  texts_.push_back("");
  texts_.push_back("x");
}

int32_t CaseGenerator::date(int32_t base) {
  int64_t roll = between(0, 99);
  if (roll < 45) return static_cast<int32_t>(base + between(-120, 420));
  if (roll < 75 && !dates_.empty()) return static_cast<int32_t>(pick(dates_) + between(-3, 3));
  if (roll < 93) {  // around a month's end
    int year = static_cast<int>(between(2012, 2026));
    auto month = static_cast<unsigned>(between(1, 12));
    return dates::from_ymd(year, month, dates::days_in_month(year, month)).day +
           static_cast<int32_t>(between(-1, 1));
  }
  if (roll < 98)
    return static_cast<int32_t>(
        between(dates::from_ymd(2000, 1, 1).day, dates::from_ymd(2040, 1, 1).day));
  // The edges of the date range: month steps from here leave years 1..9999.
  return chance(0.5) ? dates::from_ymd(9999, 12, 31).day - static_cast<int32_t>(between(0, 90))
                     : dates::from_ymd(1000, 1, 1).day + static_cast<int32_t>(between(0, 90));
}

int64_t CaseGenerator::number(const ir::FieldLayout& f) {
  if (f.range) return between(f.range->first, f.range->second);
  int64_t roll = between(0, 99);
  int64_t scale = f.type == ir::Type::Decimal ? 1'000'000 : f.type == ir::Type::Money ? 100 : 1;
  if (roll < 60) return between(-3, 40) * scale + (chance(0.3) ? between(0, scale - 1) : 0);
  if (roll < 90) return between(-100'000, 10'000'000) * (scale > 1 ? between(1, scale) : 1);
  if (roll < 95) return chance(0.5) ? INT64_MAX - between(0, 3) : INT64_MIN + between(0, 3);
  return between(INT64_MIN, INT64_MAX);
}

cases::Value CaseGenerator::value(const ir::FieldLayout& f, int32_t base) {
  cases::Value v;
  v.known = !chance(f.optional ? 0.25 : 0.02);
  if (!v.known) return v;
  size_t members = f.enum_id == ir::kNone ? 0 : module_.enums[f.enum_id].size();
  switch (f.type) {
    case ir::Type::Bool:
      v.number = chance(0.5) ? 1 : 0;
      break;
    case ir::Type::Date:
      v.number = date(base);
      break;
    case ir::Type::Text:
      v.text = chance(0.8) ? pick(texts_) : std::string(1, 'a' + between(0, 2));
      break;
    case ir::Type::Enum: {
      auto n = static_cast<int64_t>(std::max<size_t>(members, 1));
      bool scoped = !members_.empty() && chance(0.6);
      v.number = scoped ? std::min(pick(members_), n - 1) : between(0, n - 1);
      break;
    }
    case ir::Type::Set:
      for (size_t m = 0; m < members; ++m) {
        if (chance(2.5 / static_cast<double>(members))) v.set.push_back(static_cast<uint32_t>(m));
      }
      break;
    default:
      v.number = number(f);
      break;
  }
  return v;
}

cases::Event CaseGenerator::event(uint32_t schema, int32_t base,
                                  const std::vector<cases::Event>& so_far) {
  cases::Event e;
  const std::vector<uint32_t>& relevant = kinds_[schema];
  e.kind = !relevant.empty() && chance(0.85)
               ? pick(relevant)
               : static_cast<uint32_t>(between(0, static_cast<int64_t>(module_.events.size()) - 1));
  e.date = !so_far.empty() && chance(0.2) ? pick(so_far).date : date(base);
  for (const ir::FieldLayout& f : module_.events[e.kind].fields) e.fields.push_back(value(f, base));
  return e;
}

GeneratedCase CaseGenerator::next() {
  GeneratedCase g;
  cases::Case& c = g.c;
  c.id = "gen-" + std::to_string(++serial_);
  c.schema = static_cast<uint32_t>(between(0, static_cast<int64_t>(module_.schemas.size()) - 1));
  int32_t base = chance(0.6) && !dates_.empty()
                     ? pick(dates_) + static_cast<int32_t>(between(-60, 60))
                     : static_cast<int32_t>(between(dates::from_ymd(2012, 1, 1).day,
                                                    dates::from_ymd(2026, 1, 1).day));
  for (const ir::FieldLayout& f : module_.schemas[c.schema].facts)
    c.facts.push_back(value(f, base));
  if (!module_.events.empty()) {
    auto n = static_cast<size_t>(std::min<int64_t>(between(0, 3) * between(0, 4), 12));
    for (size_t i = 0; i < n; ++i) c.events.push_back(event(c.schema, base, c.events));
  }
  std::stable_sort(c.events.begin(), c.events.end(),
                   [](const cases::Event& a, const cases::Event& b) { return a.date < b.date; });
  g.as_of = chance(0.8) ? base + static_cast<int32_t>(between(-30, 900)) : date(base);
  for (uint32_t t = 0; t < module_.trials.size(); ++t) {
    if (module_.trials[t].off_by_default && chance(0.5)) g.trials_on.push_back(t);
  }
  return g;
}

}  // namespace frist::testing

namespace frist::testing {

namespace {

std::string quoted(const std::string& s) {
  return json_quoted(s);
}

std::string fixed(int64_t v, int digits) {
  int64_t scale = digits == 6 ? 1'000'000 : 100;
  uint64_t magnitude = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  std::string frac = std::to_string(magnitude % static_cast<uint64_t>(scale));
  frac.insert(0, static_cast<size_t>(digits) - frac.size(), '0');
  return quoted((v < 0 ? "-" : "") + std::to_string(magnitude / static_cast<uint64_t>(scale)) +
                "." + frac);
}

std::string json_value(const ir::Module& m, const ir::FieldLayout& f, const cases::Value& v) {
  if (!v.known) return "null";
  switch (f.type) {
    case ir::Type::Bool:
      return v.number ? "true" : "false";
    case ir::Type::Decimal:
      return fixed(v.number, 6);
    case ir::Type::Money:
      return fixed(v.number, 2);
    case ir::Type::Date:
      return quoted(dates::format_iso(dates::Date{static_cast<int32_t>(v.number)}));
    case ir::Type::Text:
      return quoted(v.text);
    case ir::Type::Enum:
      return quoted(m.enums[f.enum_id].at(static_cast<size_t>(v.number)));
    case ir::Type::Set: {
      std::string out = "[";
      for (uint32_t member : v.set) {
        out += (out.size() > 1 ? "," : "") + quoted(m.enums[f.enum_id].at(member));
      }
      return out + "]";
    }
    default:
      return std::to_string(v.number);
  }
}

std::string fields(const ir::Module& m, const std::vector<ir::FieldLayout>& layout,
                   const std::vector<cases::Value>& values) {
  std::string out;
  for (size_t i = 0; i < layout.size() && i < values.size(); ++i) {
    out += ", " + quoted(layout[i].name) + ": " + json_value(m, layout[i], values[i]);
  }
  return out;
}

}  // namespace

std::string case_json(const ir::Module& m, const cases::Case& c) {
  std::string facts = fields(m, m.schemas[c.schema].facts, c.facts);
  std::string out = "{\"id\": " + quoted(c.id) +
                    ", \"schema\": " + quoted(m.schemas[c.schema].name) + ", \"facts\": {" +
                    (facts.empty() ? "" : facts.substr(2)) + "}, \"events\": [";
  for (size_t i = 0; i < c.events.size(); ++i) {
    const cases::Event& e = c.events[i];
    out += (i ? ", " : "") + std::string("{\"kind\": ") + quoted(m.events[e.kind].name) +
           ", \"date\": " + quoted(dates::format_iso(dates::Date{e.date})) +
           fields(m, m.events[e.kind].fields, e.fields) + "}";
  }
  return out + "]}";
}

}  // namespace frist::testing
