// A fixed schema of every fact type, three event kinds, one calendar and
// four parameters; random typed expression trees over them; random
// requirements, versions, windows, trials and effects.
#include "ir_gen.h"

#include <algorithm>
#include <random>

#include "dates/date.h"

namespace frist::testing {

namespace {

using ir::Expr;
using ir::Op;
using ir::Type;

// Facts of schema 0, by slot.
enum Slot : ir::Index { kKommune, kB, kI, kJ, kD, kE, kM, kT, kU, kX, kY, kS, kFacts };
constexpr Type kFactTypes[kFacts] = {Type::Enum,    Type::Bool,    Type::Int,   Type::Int,
                                     Type::Decimal, Type::Decimal, Type::Money, Type::Date,
                                     Type::Date,    Type::Text,    Type::Text,  Type::Set};
// Fields of event kind 0 ("a"); kind 1 ("b") has none, kind 2 ("c") one enum.
constexpr Type kFieldsA[] = {Type::Int, Type::Decimal, Type::Bool, Type::Text, Type::Date};

class Gen {
 public:
  explicit Gen(uint64_t seed) : rng_(seed) {}
  ir::Module module();

 private:
  bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }
  int64_t between(int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(rng_);
  }
  template <class T>
  T pick(std::initializer_list<T> items) {
    return items.begin()[between(0, static_cast<int64_t>(items.size()) - 1)];
  }
  int32_t day(int year, unsigned month, unsigned d) { return dates::from_ymd(year, month, d).day; }
  int32_t some_date();
  sema::Period period();

  Expr node(Op op, Type type, std::vector<Expr> args = {}, int64_t value = 0) {
    Expr e;
    e.op = op;
    e.type = type;
    e.value = value;
    e.args = std::move(args);
    e.text = "expr";
    return e;
  }
  Expr constant(Type t);
  Expr leaf(Type t, int bound);
  Expr expr(Type t, int depth, int bound = -1);
  Expr compare(int depth, int bound);
  Expr scan(Op op, Type t, int depth);
  std::optional<Expr> maybe(Type t, int depth, double p, int bound = -1) {
    if (!chance(p)) return std::nullopt;
    return expr(t, depth, bound);
  }
  std::vector<ir::Fulfil> fulfils(int n);
  ir::WindowPlan window(ir::Index requirement, bool allow_dependency);
  ir::Version version(ir::Index requirement);

  std::mt19937_64 rng_;
  ir::Module m_;
};

int32_t Gen::some_date() {
  int64_t roll = between(0, 9);
  if (roll < 8) return static_cast<int32_t>(between(day(2016, 1, 1), day(2024, 12, 31)));
  if (roll < 9) return day(9999, 12, 31) - static_cast<int32_t>(between(0, 40));
  return day(1, 1, 1) + static_cast<int32_t>(between(0, 40));
}

sema::Period Gen::period() {
  sema::Period p;
  if (chance(0.7)) p.from = static_cast<int32_t>(between(day(2016, 1, 1), day(2021, 1, 1)));
  if (chance(0.7))
    p.until = static_cast<int32_t>(between(std::max(p.from, day(2017, 1, 1)), day(2026, 1, 1)));
  return p;
}

Expr Gen::constant(Type t) {
  switch (t) {
    case Type::Bool:
      return node(Op::Const, t, {}, between(0, 1));
    case Type::Int:
      return node(Op::Const, t, {},
                  pick<int64_t>({0, 1, -1, 2, 3, 7, -7, 100, 12, INT64_MAX, INT64_MIN,
                                 INT64_MIN + 1, 1LL << 40}));
    case Type::Decimal:
      return node(Op::Const, t, {},
                  pick<int64_t>({0, 1, -1, 500000, 1500000, -500000, 2500000, 1000000, 999999, 3,
                                 333333, 7000000, INT64_MAX / 3}));
    case Type::Money:
      return node(Op::Const, t, {}, pick<int64_t>({0, 1, 50, 10050, -1, 100, 25, 163900, -75}));
    case Type::Date:
      return node(Op::Const, t, {}, some_date());
    case Type::Text: {
      Expr e = node(Op::Const, t);
      e.text = pick<const char*>({"", "x", "haster", "ok", "æøå"});
      return e;
    }
    default:
      return node(Op::Const, Type::Enum, {}, between(0, 2));
  }
}

Expr Gen::leaf(Type t, int bound) {
  std::vector<Expr> options{constant(t)};
  for (ir::Index s = 0; s < kFacts; ++s) {
    if (kFactTypes[s] != t) continue;
    Expr f = node(Op::Fact, t);
    f.slot = s;
    options.push_back(f);
  }
  if (bound == 0) {
    for (ir::Index k = 0; k < std::size(kFieldsA); ++k) {
      if (kFieldsA[k] != t) continue;
      Expr f = node(Op::EventField, t);
      f.slot = k;
      options.push_back(f);
    }
  }
  if (bound == 2 && t == Type::Enum) {
    Expr f = node(Op::EventField, t);
    f.slot = 0;
    options.push_back(f);
  }
  if (t == Type::Date) {
    options.push_back(node(Op::AsOf, t));
    if (chance(0.3)) options.push_back(node(Op::TriggerDate, t));
  }
  ir::Index param = t == Type::Int       ? 0
                    : t == Type::Decimal ? 1
                    : t == Type::Date    ? 2
                    : t == Type::Money   ? 3
                                         : ir::kNone;
  if (param != ir::kNone && chance(0.3)) {
    Expr p =
        node(Op::Param, t, {chance(0.5) ? node(Op::AsOf, Type::Date) : leaf(Type::Date, bound)});
    p.ref = param;
    options.push_back(p);
  }
  return options[static_cast<size_t>(between(0, static_cast<int64_t>(options.size()) - 1))];
}

Expr Gen::scan(Op op, Type t, int depth) {
  Expr s = node(op, t);
  s.ref = static_cast<ir::Index>(between(0, 2));
  if (s.ref != 1 && chance(0.5))
    s.args.push_back(expr(Type::Bool, depth - 1, static_cast<int>(s.ref)));
  return s;
}

Expr Gen::compare(int depth, int bound) {
  Type t = pick({Type::Int, Type::Decimal, Type::Money, Type::Date, Type::Enum, Type::Text});
  if (t == Type::Text) {
    return node(chance(0.5) ? Op::TextEq : Op::TextNe, Type::Bool,
                {expr(t, depth - 1, bound), expr(t, depth - 1, bound)});
  }
  Op op = pick({Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Eq, Op::Ne});
  return node(op, Type::Bool, {expr(t, depth - 1, bound), expr(t, depth - 1, bound)});
}

Expr Gen::expr(Type t, int depth, int bound) {
  if (depth <= 0 || chance(0.3)) return leaf(t, bound);
  auto sub = [&](Type s) { return expr(s, depth - 1, bound); };
  if (chance(0.1)) return node(Op::Select, t, {sub(Type::Bool), sub(t), sub(t)});
  switch (t) {
    case Type::Bool:
      switch (between(0, 7)) {
        case 0:
          return node(Op::Not3, t, {sub(t)});
        case 1:
          return node(Op::And3, t, {sub(t), sub(t)});
        case 2:
          return node(Op::Or3, t, {sub(t), sub(t)});
        case 3:
          return node(Op::IsKnown, t, {sub(pick({Type::Int, Type::Date, Type::Text, Type::Bool}))});
        case 4: {
          Expr in = node(Op::InSet, t, {sub(Type::Enum)});
          in.slot = kS;
          return in;
        }
        case 5:
          return scan(Op::EventAny, t, depth);
        default:
          return compare(depth, bound);
      }
    case Type::Int:
      switch (between(0, 6)) {
        case 0:
          return node(Op::Neg, t, {sub(t)});
        case 1:
          return node(pick({Op::Add, Op::Sub, Op::Mul}), t, {sub(t), sub(t)});
        case 2:
          return node(Op::Div, t, {sub(t), sub(t)});
        case 3:
          return node(Op::DecToInt, t, {sub(Type::Decimal)});
        case 4:
          return node(Op::DateDiff, t, {sub(Type::Date), sub(Type::Date)});
        case 5:
          return scan(Op::EventCount, t, depth);
        default:
          return leaf(t, bound);
      }
    case Type::Decimal:
      switch (between(0, 5)) {
        case 0:
          return node(pick({Op::DecMul, Op::DecDiv}), t, {sub(t), sub(t)});
        case 1:
          return node(pick({Op::Add, Op::Sub}), t, {sub(t), sub(t)});
        case 2:
          return node(Op::IntToDec, t, {sub(Type::Int)});
        case 3:
          return node(Op::MoneyToDec, t, {sub(Type::Money)});
        case 4:
          return node(Op::Neg, t, {sub(t)});
        default:
          return leaf(t, bound);
      }
    case Type::Money:
      switch (between(0, 6)) {
        case 0:
          return node(Op::MoneyScale, t, {sub(t), sub(Type::Decimal)});
        case 1:
          return node(Op::Mul, t, {sub(t), sub(Type::Int)});
        case 2:
          return node(Op::DecDiv, t, {sub(t), sub(Type::Decimal)});
        case 3:
          return node(Op::ToMoneyFromInt, t, {sub(Type::Int)});
        case 4:
          return node(Op::ToMoneyFromDec, t, {sub(Type::Decimal)});
        case 5:
          return node(pick({Op::Add, Op::Sub}), t, {sub(t), sub(t)});
        default:
          return leaf(t, bound);
      }
    case Type::Date:
      switch (between(0, 5)) {
        case 0:
          return node(Op::AddDays, t, {sub(t)}, pick<int64_t>({1, -1, 6, 55, 7, -30, 400}));
        case 1:
          return node(Op::AddMonths, t, {sub(t)}, pick<int64_t>({1, -1, 3, 12, 13, 30, 200000}));
        case 2: {
          Expr w =
              node(Op::AddWorkingDays, t, {sub(t)}, pick<int64_t>({0, 1, -1, 5, 10, -3, 200000}));
          w.ref = chance(0.5) ? 0 : ir::kNone;
          return w;
        }
        case 3: {
          Expr r = node(Op::RollForward, t, {sub(t)});
          r.ref = chance(0.5) ? 0 : ir::kNone;
          return r;
        }
        case 4:
          return scan(pick({Op::EventFirst, Op::EventLast}), t, depth);
        default:
          return leaf(t, bound);
      }
    default:
      return leaf(t, bound);
  }
}

std::vector<ir::Fulfil> Gen::fulfils(int n) {
  std::vector<ir::Fulfil> out;
  for (int i = 0; i < n; ++i) {
    ir::Fulfil f;
    f.event = static_cast<ir::Index>(between(0, 2));
    if (f.event != 1 && chance(0.5)) f.predicate = expr(Type::Bool, 2, static_cast<int>(f.event));
    out.push_back(std::move(f));
  }
  return out;
}

ir::WindowPlan Gen::window(ir::Index requirement, bool allow_dependency) {
  ir::WindowPlan w;
  w.roll_forward = chance(0.4);
  w.calendar = chance(0.5) ? 0 : ir::kNone;
  int64_t form = between(0, 9);
  if (form < 2 && allow_dependency && requirement > 0) {
    w.form = ir::WindowForm::Dependency;
    w.depends_on = static_cast<ir::Index>(between(0, requirement - 1));
    w.strict = chance(0.5);
  } else if (form < 4) {
    w.form = ir::WindowForm::Cadence;
    w.anchor = expr(Type::Date, 2);
    w.period_months = static_cast<int32_t>(pick<int64_t>({0, 1, 3, 12}));
    w.period_days = static_cast<int32_t>(pick<int64_t>({0, 14, 1, 30}));
    if (w.period_months == 0 && w.period_days == 0) w.period_days = 7;
    if (chance(0.6)) w.until = expr(Type::Date, 2);
  } else {
    if (chance(0.8)) w.anchor = expr(Type::Date, 2);
    if (chance(0.3)) w.earliest = expr(Type::Date, 2);
    Expr base = w.anchor && chance(0.7) ? *w.anchor : expr(Type::Date, 2);
    w.latest = node(Op::AddDays, Type::Date, {base}, between(-5, 90));
  }
  return w;
}

ir::Version Gen::version(ir::Index requirement) {
  ir::Version v;
  v.label = "v";
  v.no_duty = chance(0.05);
  if (v.no_duty) return v;
  v.when = maybe(Type::Bool, 3, 0.7);
  switch (between(0, 2)) {
    case 0:
      v.trigger = ir::TriggerForm::None;
      break;
    case 1:
      v.trigger = ir::TriggerForm::Date;
      v.trigger_date = expr(Type::Date, 2);
      break;
    default:
      v.trigger = ir::TriggerForm::EachEvent;
      v.trigger_event = static_cast<ir::Index>(between(0, 2));
      if (v.trigger_event != 1 && chance(0.5)) {
        v.trigger_predicate = expr(Type::Bool, 2, static_cast<int>(v.trigger_event));
      }
  }
  v.fulfil = fulfils(static_cast<int>(between(0, 2)));
  v.window = window(requirement, true);
  return v;
}

ir::Module Gen::module() {
  m_.enums = {{"A", "B", "C"}};
  ir::SchemaLayout schema{"S", {}};
  for (ir::Index s = 0; s < kFacts; ++s) {
    ir::FieldLayout f{"f" + std::to_string(s), kFactTypes[s], s != kKommune, ir::kNone,
                      std::nullopt};
    if (f.type == Type::Enum || f.type == Type::Set) f.enum_id = 0;
    schema.facts.push_back(f);
  }
  m_.schemas = {schema};
  ir::EventLayout a{"a", {}};
  for (Type t : kFieldsA) a.fields.push_back({"g", t, true, ir::kNone, std::nullopt});
  m_.events = {a, {"b", {}}, {"c", {{"h", Type::Enum, true, 0, std::nullopt}}}};
  ir::CalendarTable cal{"cal", {}};
  for (int i = 0; i < 400; ++i) cal.closed_days.push_back({some_date(), "lukket"});
  std::sort(cal.closed_days.begin(), cal.closed_days.end());
  cal.closed_days.erase(std::unique(cal.closed_days.begin(), cal.closed_days.end(),
                                    [](auto& x, auto& y) { return x.first == y.first; }),
                        cal.closed_days.end());
  std::erase_if(cal.closed_days,
                [&](auto& d) { return d.first < day(1900, 1, 1) || d.first > day(2200, 12, 31); });
  m_.calendars = {cal};
  for (Type t : {Type::Int, Type::Decimal, Type::Date, Type::Money}) {
    ir::ParamTable p{"p", t, {}};
    int32_t edge = day(2016, 1, 1) + static_cast<int32_t>(between(0, 2000));
    p.values.push_back({{chance(0.5) ? INT32_MIN : day(2015, 1, 1), edge}, constant(t).value});
    p.values.push_back({{edge, INT32_MAX}, constant(t).value});
    m_.params.push_back(p);
  }
  auto n_req = static_cast<ir::Index>(between(1, 5));
  for (ir::Index r = 0; r < n_req; ++r) {
    ir::Requirement req;
    req.name = "r" + std::to_string(r);
    req.schema = 0;
    if (chance(0.4)) req.selector = expr(Type::Date, 1);
    auto n_versions = req.selector ? between(1, 3) : 1;
    for (int k = 0; k < n_versions; ++k) {
      req.versions.push_back(version(r));
      if (req.selector) req.versions.back().period = period();
    }
    m_.requirements.push_back(std::move(req));
  }
  auto n_trials = static_cast<ir::Index>(between(0, 3));
  for (ir::Index t = 0; t < n_trials; ++t) {
    ir::Trial trial;
    trial.name = "t" + std::to_string(t);
    trial.schema = 0;
    trial.municipality_slot = kKommune;
    for (int64_t member = 0; member < 3; ++member) {
      if (chance(0.6)) trial.scope.push_back({member, period()});
    }
    trial.period_date = expr(Type::Date, 1);
    trial.target = maybe(Type::Bool, 2, 0.4);
    trial.off_by_default = chance(0.3);
    m_.trials.push_back(std::move(trial));
    for (int64_t e = between(0, 3); e > 0; --e) {
      ir::EffectRef effect;
      effect.trial = t;
      effect.kind = pick(
          {ir::EffectKind::Exempt, ir::EffectKind::ReplaceWindow, ir::EffectKind::Alternative});
      effect.condition = maybe(Type::Bool, 2, 0.5);
      if (effect.kind == ir::EffectKind::Exempt) effect.saving = maybe(Type::Money, 4, 0.8);
      if (effect.kind == ir::EffectKind::ReplaceWindow) effect.window = window(0, false);
      if (effect.kind == ir::EffectKind::Alternative) effect.alternatives = fulfils(2);
      m_.requirements[static_cast<size_t>(between(0, n_req - 1))].effects.push_back(effect);
    }
    if (chance(0.5)) {
      ir::Requirement duty;
      duty.name = "duty" + std::to_string(t);
      duty.schema = 0;
      duty.is_duty = true;
      duty.duty_of = t;
      ir::Version v;
      v.fulfil = fulfils(1);
      v.window = window(static_cast<ir::Index>(m_.requirements.size()), true);
      duty.versions.push_back(std::move(v));
      m_.requirements.push_back(std::move(duty));
    }
  }
  return std::move(m_);
}

}  // namespace

ir::Module random_module(uint64_t seed) {
  return Gen(seed).module();
}

}  // namespace frist::testing
