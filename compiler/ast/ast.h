// The abstract syntax of a rulebook: what the analyst wrote, with a source
// span on every node and nothing resolved yet. The parser builds it from the
// ANTLR parse tree (no ANTLR type leaves compiler/parse); the checker reads
// it and produces the typed program. Names are kept as written; meaning is
// the checker's business.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "diag/source_manager.h"

namespace frist::ast {

using diag::Span;

struct Name {
  std::string text;
  Span span;
};

// A calendar date as written; day is days since 1970-01-01 (the runtime's
// frist::dates::Date numbering). The parser rejects impossible dates.
struct DateLit {
  int32_t day = 0;
  Span span;
};

enum class Unit { Days, Weeks, Months, Years };

// "8 weeks", "2½ years", "5 working days". `halves` is twice the written
// number so ½ stays exact; the parser allows a half only for years.
struct Duration {
  int64_t halves = 0;
  Unit unit = Unit::Days;
  bool working = false;
  Span span;
};

// ---- expressions -----------------------------------------------------------

enum class ExprKind {
  Int,         // int_value
  Decimal,     // text holds the literal digits, e.g. "12.50"
  Money,       // int_value in øre
  Date,        // date
  String,      // text
  Bool,        // bool_value
  Unknown,     // the literal `unknown` (test cases only)
  Duration,    // duration
  Name,        // name; member set for `A.B`
  Neg,         // args[0]
  Binary,      // op in + - * /; args[0], args[1]
  Compare,     // op in < <= > >= = !=
  Known,       // args[0] is known (negated: is unknown / is not known)
  InList,      // args[0] in {args[1..]} (negated: not in)
  InSet,       // args[0] in name (a set-valued fact)
  Not,         // args[0]
  And,         // args[0], args[1]
  Or,          // args[0], args[1]
  If,          // if args[0] then args[1] else args[2]
  Convert,     // args[0] as name
  EndOfWeek,   // end of week int_value counted from args[0]
  FirstEvent,  // first name [where args[0]]
  LastEvent,   // last name [where args[0]]
  CountEvent,  // count name [where args[0]]
  HasEvent,    // has name [where args[0]]
  Trigger,     // the date that started the obligation (`triggered by`)
};

enum class Op { None, Add, Sub, Mul, Div, Lt, Le, Gt, Ge, Eq, Ne };

// The operator as an analyst writes it, for messages and dumps.
inline const char* op_spelling(Op op) {
  static constexpr const char* kSpellings[] = {"?",  "+", "-",  "*", "/", "<",
                                               "<=", ">", ">=", "=", "!="};
  return kSpellings[static_cast<int>(op)];
}

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr {
  ExprKind kind = ExprKind::Int;
  Span span;
  Op op = Op::None;
  bool negated = false;  // Known: `is unknown` or `is not known`; InList/InSet: `not in`
  bool bool_value = false;
  int64_t int_value = 0;
  int32_t date = 0;
  std::string text;
  Duration duration;
  Name name;  // Name, InSet (the set), Convert (target type), event primaries
  std::optional<Name> member;
  std::vector<ExprPtr> args;  // a `where` condition of an event primary is args[0] if present
};

// ---- legal sources and citations --------------------------------------------

enum class SourceKind { Act, ExecutiveOrder, Guidance, Document };

struct SourceDecl {
  Name name;
  SourceKind kind = SourceKind::Act;
  std::string title;
  std::optional<int64_t> number;  // nr. 1255
  std::optional<DateLit> date;    // of 2017-11-24
  Span span;
};

// One provision as written, normalised: "§ 11a, stk. 1-2", "§§ 30a, 31".
struct Provision {
  std::string text;
  Span span;
};

struct Citation {
  Name source;
  std::vector<Provision> provisions;
  Span span;
};

// ---- types, schemas and events -------------------------------------------

struct EnumMember {
  Name name;
  std::string label;
};

struct EnumDecl {
  Name name;
  std::string label;
  std::vector<EnumMember> members;
  Span span;
};

enum class TypeForm { Named, Set, Range };

struct TypeRef {
  bool optional = false;  // may be unknown in a case
  TypeForm form = TypeForm::Named;
  Name name;  // Named: the type; Set: the element type; Range: the base type
  int64_t low = 0, high = 0;
  Span span;
};

struct FactDecl {
  Name name;
  TypeRef type;
  std::string doc;
  Span span;
};

struct CaseDecl {
  Name name;
  std::string label;
  std::vector<FactDecl> facts;
  Span span;
};

struct EventDecl {
  Name name;
  std::string label;
  std::vector<FactDecl> fields;
  Span span;
};

// ---- calendars -----------------------------------------------------------

enum class CalendarItemKind { BaseHolidays, Annual, Single };

struct CalendarItem {
  CalendarItemKind kind = CalendarItemKind::BaseHolidays;
  Name base;                 // BaseHolidays: e.g. `danish`
  std::string label;         // closure name
  int64_t day_of_month = 0;  // Annual
  Name month;                // Annual: month name, English or Danish
  std::optional<int64_t> from_year, through_year;
  DateLit date;  // Single
  Span span;
};

struct CalendarDecl {
  Name name;
  std::string label;
  std::vector<CalendarItem> items;
  Span span;
};

// ---- intervals and parameters ----------------------------------------------

// `from D until E` excludes E, `from D through E` includes it; either end may
// be open.
struct Interval {
  std::optional<DateLit> from;
  std::optional<DateLit> end;
  bool end_inclusive = false;
  Span span;
};

struct ParamValue {
  ExprPtr value;
  Interval interval;  // empty interval (no ends) when always in force
  std::vector<Citation> citations;
  Span span;
};

struct ParameterDecl {
  Name name;
  std::string label;
  TypeRef type;
  std::vector<ParamValue> values;
  Span span;
};

// ---- requirements --------------------------------------------------------

struct Fulfilment {
  Name event;
  ExprPtr where;  // may be null
  Span span;
};

struct Trigger {
  bool each_event = false;  // `triggered by each E [where c]`
  Name event;
  ExprPtr where;
  ExprPtr date;  // `triggered by <date expression>`
  Span span;
};

enum class WindowKind {
  EndOfWeek,     // before the end of week N counted from anchor
  BetweenWeeks,  // between week N and week M counted from anchor
  LatestAfter,   // at the latest D after anchor
  Within,        // within D after anchor
  BeforeReq,     // before R
  NoLaterThan,   // no later than R
  Range,         // from anchor to end
  By,            // by end
  Cadence,       // [at least] every D counted from anchor [until end | for length]
};

struct Window {
  WindowKind kind = WindowKind::EndOfWeek;
  int64_t week_from = 0, week_to = 0;
  Duration duration;                    // LatestAfter, Within, Cadence period
  ExprPtr anchor;                       // counted from / from
  ExprPtr end;                          // Range `to`, By, Cadence `until`
  std::optional<Duration> cadence_for;  // Cadence `for 6 months`
  Name requirement;                     // BeforeReq, NoLaterThan
  Span span;
};

struct Action {
  Name verb;
  std::string text;
  Span span;
};

struct NoDuty {
  std::string reason;
  Span span;
};

// The clauses of a requirement or of one of its versions. A clause given on
// the requirement is the default for every version; a version may override.
struct ReqClauses {
  std::vector<Citation> citations;
  std::optional<Name> schema;
  ExprPtr when;
  std::optional<Trigger> trigger;
  std::optional<Action> action;
  std::vector<Fulfilment> fulfilments;
  std::optional<Window> due;
  std::optional<Name> calendar;
  std::optional<bool> roll_forward;  // true: roll forward; false: no roll forward
  Span roll_span;
  ExprPtr selected_by;  // versions selected by (requirement level only)
  std::optional<NoDuty> no_duty;
};

struct VersionDecl {
  std::string label;
  Interval interval;
  ReqClauses clauses;
  Span span;
};

struct RequirementDecl {
  Name name;
  std::string title;
  ReqClauses clauses;
  std::vector<VersionDecl> versions;
  Span span;
};

// ---- trials ----------------------------------------------------------------

struct MunicipalityPeriod {
  Name municipality;
  Interval interval;
  Span span;
};

enum class EffectKind { Exempt, ReplaceWindow, Alternative, Duty };

struct TrialEffect {
  EffectKind kind = EffectKind::Exempt;
  Name target;                          // the requirement affected; Duty: the duty's own name
  ExprPtr condition;                    // Exempt `when`
  ExprPtr saving;                       // Exempt `saving`
  std::optional<Window> window;         // ReplaceWindow; Duty `due`
  std::vector<Fulfilment> fulfilments;  // Alternative; Duty
  std::string title;                    // Duty
  std::optional<Action> action;         // Duty
  Span span;
};

struct TrialDecl {
  Name name;
  std::string title;
  std::vector<Citation> citations;
  std::optional<Name> schema;
  std::vector<MunicipalityPeriod> municipalities;
  std::optional<Name> municipality_fact;
  ExprPtr period_date;
  ExprPtr target;
  std::vector<TrialEffect> effects;
  std::vector<Name> precedes;  // takes precedence over
  bool off_by_default = false;
  Span span;
};

// ---- tests -----------------------------------------------------------------

struct FieldInit {
  Name name;
  ExprPtr value;
  Span span;
};

struct EventLit {
  Name kind;
  DateLit date;
  std::vector<FieldInit> fields;
  Span span;
};

enum class ExpectKind { Status, ByTrial, Due, Window, On, Missing, Version };

struct ExpectItem {
  ExpectKind kind = ExpectKind::Status;
  Name name;                // Status: the status word; ByTrial: the trial
  DateLit date, date2;      // Due, On: date; Window: date..date2
  std::vector<Name> names;  // Missing
  std::string text;         // Version label
  Span span;
};

struct Expectation {
  Name requirement;
  std::optional<int64_t> occurrence;  // 1-based, for recurring obligations
  std::vector<ExpectItem> items;
  Span span;
};

struct TestDecl {
  std::string name;
  Span name_span;
  Name schema;
  std::vector<FieldInit> facts;
  std::vector<EventLit> events;
  DateLit as_of;
  std::vector<Name> trials_on;  // `with trial X` switches on an off-by-default trial
  std::vector<Expectation> expectations;
  Span span;
};

// ---- files -----------------------------------------------------------------

struct Import {
  std::string path;  // as written, relative to the importing file
  Span span;
};

using Decl = std::variant<SourceDecl, EnumDecl, CaseDecl, EventDecl, CalendarDecl, ParameterDecl,
                          RequirementDecl, TrialDecl, TestDecl>;

struct File {
  diag::FileId id = diag::kNoFile;
  std::string path;
  std::vector<Import> imports;
  std::vector<Decl> decls;
};

// A whole rulebook: every file reached from the paths given, each once, in a
// deterministic order (the given files first, then imports depth first).
struct Rulebook {
  std::vector<File> files;
};

}  // namespace frist::ast
