// The checked program: the checker's output and the only input of the IR
// lowering. Every name is resolved to an index, every expression carries its
// type and whether it can be unknown, versions are sorted and known not to
// overlap, trials are in priority order and conflict-free. Nothing here
// points back into the AST except spans, kept for explanations and messages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/source_manager.h"

namespace frist::sema {

using diag::Span;
using Index = uint32_t;
inline constexpr Index kNone = UINT32_MAX;

// ---- types -----------------------------------------------------------------

enum class TypeKind { Error, Bool, Int, Decimal, Money, Date, Duration, Text, Enum, Set };

struct Type {
  TypeKind kind = TypeKind::Error;
  Index enum_id = kNone;                             // Enum, and the element enum of Set
  std::optional<std::pair<int64_t, int64_t>> range;  // Int facts declared `integer 1..3`

  friend bool operator==(const Type& a, const Type& b) {
    return a.kind == b.kind && a.enum_id == b.enum_id;
  }
};

// Exact decimals are fixed-point with six fractional digits; money is whole
// øre. Both are int64 so that native code and the interpreter agree exactly.
inline constexpr int64_t kDecimalScale = 1'000'000;

// A calendar duration: months and years are calendar units (months), weeks
// are 7 days; working days are counted in the requirement's calendar.
struct Duration {
  int32_t months = 0;
  int32_t days = 0;
  int32_t working_days = 0;
  friend bool operator==(const Duration&, const Duration&) = default;
};

// ---- expressions -----------------------------------------------------------

enum class ExprOp {
  // constants: value in `value` (Bool 0/1, Int, Decimal scaled, Money øre,
  // Date day number, Enum member index), Duration in `duration`, Text in `text`
  Const,
  Fact,        // ref = fact index in the case schema
  EventField,  // ref = field index of the event bound by the enclosing `where`
  Param,       // ref = parameter index; value selected by the context date
  Neg,
  Add,
  Sub,
  Mul,
  Div,
  Lt,
  Le,
  Gt,
  Ge,
  Eq,
  Ne,
  IsKnown,  // args[0] is known
  InList,   // args[0] in args[1..]
  InSet,    // args[0] (enum) in args[1] (set fact)
  Not,
  And,
  Or,  // three-valued (Kleene) logic
  If,
  ToDecimal,
  ToMoney,
  ToInt,  // explicit conversions (`as`)
  DateAdd,
  DateSub,    // date ± duration (args[1] is a Duration)
  DateDiff,   // date − date, in days (Int)
  EndOfWeek,  // end of week `value` counted from args[0]
  FirstEvent,
  LastEvent,    // date of first/last event `ref` [where args[0]]; unknown if none
  CountEvents,  // number of events `ref` [where args[0]]
  HasEvent,     // whether any event `ref` [where args[0]]
  TriggerDate,  // the date that started the obligation
};

// Typing rules the checker guarantees (compiler/sema/check_operators.cpp):
// an arithmetic, comparison or `if` node may mix Int and Decimal operands,
// and the Int one is then promoted; Div of two numbers is Decimal (exact,
// six digits); Money * or / a number, and a number * Money, are Money;
// Money / Money is Decimal; ToInt truncates toward zero; ToMoney reads a
// number as kroner. Add/Sub of two Durations is a Duration.
struct Expr {
  ExprOp op = ExprOp::Const;
  Type type;
  bool may_be_unknown = false;  // depends on an optional fact or an absent event
  int64_t value = 0;
  Duration duration;
  std::string text;
  Index ref = kNone;
  std::vector<Expr> args;
  Span span;
  std::string source_text;  // the expression as written, for explanations
};

// ---- declarations ----------------------------------------------------------

enum class SourceKind { Act, ExecutiveOrder, Guidance, Document };

struct Source {
  std::string name, title;
  SourceKind kind = SourceKind::Act;
  std::optional<int64_t> number;
  std::optional<int32_t> date;
  Span span;
};

struct Citation {
  Index source = kNone;
  std::vector<std::string> provisions;  // "§ 11a, stk. 1-2"
  std::string text;                     // "SDL § 11a, stk. 1-2" as shown in results
};

struct EnumMember {
  std::string name, label;
};

struct Enum {
  std::string name, label;
  std::vector<EnumMember> members;
  Span span;
};

struct Field {
  std::string name, doc;
  Type type;
  bool optional = false;  // may be unknown; a required fact missing from a case is an input error
  Span span;
};

struct Schema {
  std::string name, label;
  std::vector<Field> facts;
  Span span;
};

struct EventKind {
  std::string name, label;
  std::vector<Field> fields;
  Span span;
};

// Closed days beyond weekends: optionally the built-in Danish public
// holidays, annual closures (5 June, 24 December...) and single dates.
struct AnnualClosure {
  std::string label;
  unsigned month = 1, day = 1;
  int from_year = 1900, through_year = 2200;
};

struct Calendar {
  std::string name, label;
  bool danish_holidays = true;
  std::vector<AnnualClosure> annual;
  std::vector<std::pair<int32_t, std::string>> single;  // date, label
  Span span;
};

// A half-open interval of days [from, until); open ends are INT32_MIN/MAX.
// `through D` is stored as until D+1.
struct Period {
  int32_t from = INT32_MIN;
  int32_t until = INT32_MAX;
  bool contains(int32_t day) const { return day >= from && day < until; }
  bool overlaps(const Period& o) const { return from < o.until && o.from < until; }
};

struct ParamValue {
  Period period;
  Expr value;
  std::vector<Citation> citations;
};

struct Parameter {
  std::string name, label;
  Type type;
  std::vector<ParamValue> values;  // sorted by period, non-overlapping
  Span span;
};

struct Fulfilment {
  Index event = kNone;
  std::optional<Expr> where;  // EventField refs index this event's fields
};

enum class WindowKind {
  EndOfWeek,
  BetweenWeeks,
  After,
  BeforeReq,
  NoLaterThan,
  Range,
  By,
  Cadence
};

// The due window as the analyst wrote it; the IR turns it into date steps.
struct Window {
  WindowKind kind = WindowKind::EndOfWeek;
  int32_t week_from = 0, week_to = 0;
  Duration duration;                    // After: the limit; Cadence: the period
  std::optional<Expr> anchor;           // counted from / from
  std::optional<Expr> end;              // Range `to`, By, Cadence `until`
  std::optional<Duration> cadence_for;  // Cadence `for`
  Index requirement = kNone;            // BeforeReq, NoLaterThan
  Span span;
  std::string text;  // as written, for explanations
};

enum class TriggerKind { Applicability, Date, EachEvent };

struct Trigger {
  TriggerKind kind = TriggerKind::Applicability;  // none written: the window's anchor
  std::optional<Expr> date;
  Index event = kNone;
  std::optional<Expr> where;
};

struct Version {
  std::string label;
  Period period;
  bool no_duty = false;
  std::string no_duty_reason;
  std::vector<Citation> citations;
  std::optional<Expr> when;  // applicability; absent = always
  Trigger trigger;
  std::string action_verb, action_text;
  std::vector<Fulfilment> fulfilments;
  Window due;
  Index calendar = kNone;  // kNone: the built-in Danish calendar
  bool roll_forward = false;
  Span span;
};

struct Requirement {
  std::string name, title;
  Index schema = kNone;
  std::optional<Expr> selected_by;  // the date that selects the version
  std::vector<Version> versions;    // sorted by period, non-overlapping
  std::vector<Index> depends_on;    // requirements named by before/no later than
  Span span;
};

struct MunicipalityPeriod {
  int64_t member = 0;  // index in the municipality enum
  Period period;
};

enum class EffectKind { Exempt, ReplaceWindow, Alternative, Duty };

struct Effect {
  EffectKind kind = EffectKind::Exempt;
  Index requirement = kNone;             // the requirement affected (not for Duty)
  std::optional<Expr> condition;         // Exempt `when`
  std::optional<Expr> saving;            // Exempt `saving` (money)
  std::optional<Window> window;          // ReplaceWindow; Duty
  std::vector<Fulfilment> fulfilments;   // Alternative; Duty
  std::string duty_name, duty_title;     // Duty
  std::string action_verb, action_text;  // Duty
  Span span;
};

struct Trial {
  std::string name, title;
  std::vector<Citation> citations;
  Index schema = kNone;
  Index municipality_fact = kNone;  // fact of the schema holding the municipality
  Index municipality_enum = kNone;
  std::vector<MunicipalityPeriod> municipalities;
  Expr period_date;            // which date decides membership of the period
  std::optional<Expr> target;  // target-group condition
  std::vector<Effect> effects;
  std::vector<Index> precedes;  // trials it takes precedence over, as written
  bool off_by_default = false;
  Span span;
};

// ---- tests -----------------------------------------------------------------

enum class Status {
  NotApplicable,
  Upcoming,
  Pending,
  Fulfilled,
  FulfilledLate,
  Overdue,
  Exempted,
  Undetermined
};

struct TestValue {
  bool known = false;
  Expr value;  // a constant
};

struct TestEvent {
  Index kind = kNone;
  int32_t date = 0;
  std::vector<std::pair<Index, TestValue>> fields;
};

struct Expect {
  Index requirement = kNone;  // or a trial duty: see duty_trial
  Index duty_trial = kNone;   // set when the name is a trial's duty
  Index duty_effect = kNone;  // and this is the duty's index in that trial's effects
  std::string name;
  std::optional<int64_t> occurrence;
  std::optional<Status> status;
  Index by_trial = kNone;
  std::optional<int32_t> due;
  std::optional<std::pair<int32_t, int32_t>> window;
  std::optional<int32_t> on;
  std::vector<std::string> missing;
  std::optional<std::string> version;
  Span span;
};

struct Test {
  std::string name;
  Index schema = kNone;
  std::vector<TestValue> facts;  // one per schema fact, in schema order
  std::vector<TestEvent> events;
  int32_t as_of = 0;
  std::vector<Index> trials_on;
  std::vector<Expect> expects;
  Span span;
};

// ---- the program -----------------------------------------------------------

struct Program {
  std::vector<Source> sources;
  std::vector<Enum> enums;
  std::vector<Schema> schemas;
  std::vector<EventKind> events;
  std::vector<Calendar> calendars;
  std::vector<Parameter> parameters;
  std::vector<Requirement> requirements;  // dependencies before dependants
  std::vector<Trial> trials;              // highest priority first
  std::vector<Test> tests;
  std::vector<std::string> files;  // path by diag::FileId, for the debug info of native code
};

const char* status_name(Status status);  // "not_applicable", ...
std::optional<Status> parse_status(std::string_view text);

}  // namespace frist::sema
