// The Rule IR: the checked program lowered into explicit evaluation steps,
// read by both engines (the reference interpreter and the LLVM back end).
// Everything a back end must not have to work out is spelled out here:
// date arithmetic as single steps (add days, add clamped months, add
// working days, roll forward), version selection as a sorted table, trial
// resolution as a per-requirement list in priority order, three-valued
// logic as explicit operators, recurrence with an explicit bound, and a
// fixed record layout per case schema (facts by slot, events by kind).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sema/program.h"

namespace frist::ir {

using sema::Index;
using sema::kNone;
using sema::Period;

inline constexpr int32_t kNoDate = INT32_MIN;
// Recurring obligations are generated up to the as-of date, and never more
// than this many per requirement and case (a bound native code can size).
inline constexpr uint32_t kMaxOccurrences = 256;

enum class Type { Bool, Int, Decimal, Money, Date, Text, Enum, Set };

// Where a construct was written, for the debug info of native code: `file`
// indexes Module::files, lines and columns are 1-based; line 0 means a step
// lowering made up (it takes the location of what contains it).
struct SourceLoc {
  Index file = kNone;
  uint32_t line = 0, column = 0;
  bool valid() const { return file != kNone && line != 0; }
};

// Every value is an int64 plus a known bit. Decimals are scaled by 10^6,
// money is in øre, dates are day numbers, enums are member indices; sets
// are tested by member, text only for equality.
enum class Op {
  Const,        // value
  Fact,         // slot: fact index in the schema record
  EventField,   // slot: field index of the event bound by the enclosing scan
  Param,        // ref: parameter; args[0] the date that selects the value
  AsOf,         // the as-of date of the evaluation
  TriggerDate,  // the date that triggered the obligation being evaluated
  Neg,
  Add,
  Sub,
  Mul,
  Div,  // Int arithmetic
  DecMul,
  DecDiv,      // fixed-point: (a*b)/scale, (a*scale)/b, rounded half away from zero
  MoneyScale,  // money * decimal, rounded to øre
  Lt,
  Le,
  Gt,
  Ge,
  Eq,
  Ne,
  TextEq,
  TextNe,   // text compared by content (ref: text constant pool index for Const)
  IsKnown,  // always known
  Not3,
  And3,
  Or3,     // Kleene logic: false and unknown = false, true or unknown = true
  Select,  // if args[0] then args[1] else args[2]
  InSet,   // enum args[0] is a member of set fact at `slot`
  IntToDec,
  DecToInt,
  ToMoneyFromInt,
  ToMoneyFromDec,
  MoneyToDec,
  AddDays,         // date args[0] + value days
  AddMonths,       // date args[0] + value months, clamped to the last day of a shorter month
  AddWorkingDays,  // date args[0] + value working days in calendar `ref`
  RollForward,     // the next working day in calendar `ref` on or after args[0]
  DateDiff,        // args[0] - args[1] in days
  EventFirst,
  EventLast,  // date of first/last event of kind `ref` whose predicate holds; unknown if none
  EventCount,
  EventAny,  // count / existence; args[0] is the predicate if present
};

struct Expr {
  Op op = Op::Const;
  Type type = Type::Bool;
  bool may_be_unknown = false;
  int64_t value = 0;
  Index slot = kNone;
  Index ref = kNone;
  std::string text;  // Const Text; and the source text of the expression for explanations
  std::vector<Expr> args;
  SourceLoc loc;
};

// ---- layout ----------------------------------------------------------------

struct FieldLayout {
  std::string name;
  Type type = Type::Bool;
  bool optional = false;
  Index enum_id = kNone;
  std::optional<std::pair<int64_t, int64_t>> range;  // `integer 1..3`
};

struct SchemaLayout {
  std::string name;
  std::vector<FieldLayout> facts;  // slot i = facts[i]
};

struct EventLayout {
  std::string name;
  std::vector<FieldLayout> fields;
};

// Weekends are always closed; these are the named closed days 1900..2200.
struct CalendarTable {
  std::string name;
  std::vector<std::pair<int32_t, std::string>> closed_days;  // sorted by day
};

struct ParamTable {
  std::string name;
  Type type = Type::Int;
  std::vector<std::pair<Period, int64_t>> values;  // sorted by period
};

// ---- obligations -----------------------------------------------------------

struct Fulfil {
  Index event = kNone;
  std::optional<Expr> predicate;
};

// The due window in explicit steps. `earliest` and `latest` are date
// expressions over the anchor; a dependency window reads the other
// requirement's result instead.
enum class WindowForm { Fixed, Dependency, Cadence };

struct WindowPlan {
  WindowForm form = WindowForm::Fixed;
  std::optional<Expr> anchor;    // start; for Fixed the earliest date unless `earliest` is set
  std::optional<Expr> earliest;  // Fixed: explicit earliest date (between weeks, from..to)
  std::optional<Expr> latest;    // Fixed: latest date before roll-forward
  Index depends_on = kNone;      // Dependency: the requirement
  bool strict = true;            // Dependency: `before` (day before) vs `no later than` (same day)
  int32_t period_months = 0;     // Cadence period
  int32_t period_days = 0;
  std::optional<Expr> until;  // Cadence end (exclusive); from `until` or anchor + `for`
  bool roll_forward = false;
  Index calendar = kNone;  // kNone: built-in Danish calendar
  std::string text;        // as written, for explanations
  SourceLoc loc;
};

enum class TriggerForm { None, Date, EachEvent };

struct Version {
  std::string label;
  Period period;
  bool no_duty = false;
  std::string no_duty_reason;
  std::vector<std::string> citations;
  std::optional<Expr> when;
  TriggerForm trigger = TriggerForm::None;
  std::optional<Expr> trigger_date;
  Index trigger_event = kNone;
  std::optional<Expr> trigger_predicate;
  std::string action_verb, action_text;
  std::vector<Fulfil> fulfil;
  WindowPlan window;
  SourceLoc loc;
};

enum class EffectKind { Exempt, ReplaceWindow, Alternative };

// One trial effect on one requirement, in trial priority order.
struct EffectRef {
  Index trial = kNone;
  EffectKind kind = EffectKind::Exempt;
  std::optional<Expr> condition;
  std::optional<Expr> saving;
  std::optional<WindowPlan> window;
  std::vector<Fulfil> alternatives;
  SourceLoc loc;
};

struct Requirement {
  std::string name, title;
  Index schema = kNone;
  bool is_duty = false;  // a trial's own duty: applies when `duty_of` applied
  Index duty_of = kNone;
  std::optional<Expr> selector;   // the date that selects the version
  std::vector<Version> versions;  // sorted, non-overlapping
  std::vector<EffectRef> effects;
  SourceLoc loc;  // the declaration (a trial duty: its `requires` clause)
};

struct TrialScope {
  int64_t member = 0;
  Period period;
};

struct Trial {
  std::string name, title;
  std::vector<std::string> citations;
  Index schema = kNone;
  Index municipality_slot = kNone;
  std::vector<TrialScope> scope;
  Expr period_date;
  std::optional<Expr> target;
  bool off_by_default = false;
  SourceLoc loc;
};

struct Module {
  std::vector<SchemaLayout> schemas;
  std::vector<EventLayout> events;
  std::vector<std::vector<std::string>> enums;  // member names per enum
  std::vector<std::string> enum_names;          // parallel to `enums`
  std::vector<CalendarTable> calendars;
  std::vector<ParamTable> params;
  std::vector<Requirement> requirements;  // dependency order; duties after their trials' targets
  std::vector<Trial> trials;              // priority order
  std::vector<std::string> files;         // source paths, by SourceLoc::file
};

// The one lowering both engines consume.
Module lower(const sema::Program& program);

// A stable text form for golden tests and `frist check --dump=ir`.
std::string dump(const Module& module);

}  // namespace frist::ir
