// The AST dump of the parts shared by many declarations: expressions,
// deadlines, fulfilments, citations, and the notation for spans, dates and
// durations. Expressions are at most a thousand levels deep (the parser
// refuses deeper ones), so plain recursion is safe here.
#include <chrono>

#include "ast/dump_printer.h"
#include "results/json_escape.h"

namespace frist::ast::dump_detail {

std::string at(const diag::Span& span) {
  return fmt::format("@{}:{}", span.line, span.col);
}

std::string quoted(std::string_view text) {
  return json_quoted(text);
}

std::string date_text(int32_t day) {
  using namespace std::chrono;
  year_month_day ymd{sys_days{days{day}}};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string duration_text(const Duration& d) {
  static constexpr const char* kUnits[] = {"days", "weeks", "months", "years"};
  std::string number = fmt::format("{}", d.halves / 2);
  if (d.halves % 2 != 0) number = d.halves / 2 == 0 ? "½" : number + "½";
  return fmt::format("{}{} {}", number, d.working ? " working" : "",
                     kUnits[static_cast<int>(d.unit)]);
}

std::string interval_text(const Interval& interval) {
  std::string out;
  if (interval.from) out += "from " + date_text(interval.from->day);
  if (interval.end) {
    out += out.empty() ? "" : " ";
    out += (interval.end_inclusive ? "through " : "until ") + date_text(interval.end->day);
  }
  return out.empty() ? "always" : out;
}

namespace {

const char* op_text(Op op) {
  return op_spelling(op);
}

std::string name_text(const Expr& e) {
  return e.member ? e.name.text + "." + e.member->text : e.name.text;
}

// The one-line description of an expression node, without its children.
std::string describe(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Int:
      return fmt::format("int {}", e.int_value);
    case ExprKind::Decimal:
      return "decimal " + e.text;
    case ExprKind::Money:
      return fmt::format("money {} øre", e.int_value);
    case ExprKind::Date:
      return "date " + date_text(e.date);
    case ExprKind::String:
      return "string " + quoted(e.text);
    case ExprKind::Bool:
      return e.bool_value ? "bool true" : "bool false";
    case ExprKind::Unknown:
      return "unknown";
    case ExprKind::Trigger:
      return "trigger";
    case ExprKind::Duration:
      return "duration " + duration_text(e.duration);
    case ExprKind::Name:
      return "name " + name_text(e);
    case ExprKind::Neg:
      return "neg";
    case ExprKind::Binary:
      return fmt::format("binary {}", op_text(e.op));
    case ExprKind::Compare:
      return fmt::format("compare {}", op_text(e.op));
    case ExprKind::Known:
      return e.negated ? "is unknown" : "is known";
    case ExprKind::InList:
      return e.negated ? "not in list" : "in list";
    case ExprKind::InSet:
      return (e.negated ? "not in set " : "in set ") + e.name.text;
    case ExprKind::Not:
      return "not";
    case ExprKind::And:
      return "and";
    case ExprKind::Or:
      return "or";
    case ExprKind::If:
      return "if";
    case ExprKind::Convert:
      return "convert to " + e.name.text;
    case ExprKind::EndOfWeek:
      return fmt::format("end of week {}", e.int_value);
    case ExprKind::FirstEvent:
      return "first " + e.name.text;
    case ExprKind::LastEvent:
      return "last " + e.name.text;
    case ExprKind::CountEvent:
      return "count " + e.name.text;
    case ExprKind::HasEvent:
      return "has " + e.name.text;
  }
  return "?";
}

bool is_event_query(ExprKind kind) {
  return kind == ExprKind::FirstEvent || kind == ExprKind::LastEvent ||
         kind == ExprKind::CountEvent || kind == ExprKind::HasEvent;
}

}  // namespace

void print_expr(Printer& p, std::string_view role, const Expr& e) {
  p.line("{}{} {}", role, describe(e), at(e.span));
  Nested nested(p);
  const char* child_role = is_event_query(e.kind) ? "where: " : "";
  if (e.kind == ExprKind::EndOfWeek) child_role = "counted from: ";
  for (const ExprPtr& arg : e.args) {
    if (arg) print_expr(p, child_role, *arg);
  }
}

void print_opt(Printer& p, std::string_view role, const ExprPtr& e) {
  if (e) print_expr(p, role, *e);
}

void print_citations(Printer& p, const std::vector<Citation>& citations) {
  for (const Citation& c : citations) {
    p.line("per {} {}", c.source.text, at(c.span));
    Nested nested(p);
    for (const Provision& provision : c.provisions) {
      p.line("provision {} {}", quoted(provision.text), at(provision.span));
    }
  }
}

namespace {

std::string window_head(const Window& w) {
  switch (w.kind) {
    case WindowKind::EndOfWeek:
      return fmt::format("before the end of week {}", w.week_from);
    case WindowKind::BetweenWeeks:
      return fmt::format("between week {} and week {}", w.week_from, w.week_to);
    case WindowKind::LatestAfter:
      return fmt::format("at the latest {} after", duration_text(w.duration));
    case WindowKind::Within:
      return fmt::format("within {} after", duration_text(w.duration));
    case WindowKind::BeforeReq:
      return "before " + w.requirement.text;
    case WindowKind::NoLaterThan:
      return "no later than " + w.requirement.text;
    case WindowKind::Range:
      return "from ... to ...";
    case WindowKind::By:
      return "by";
    case WindowKind::Cadence: {
      std::string head = "every " + duration_text(w.duration);
      if (w.cadence_for) head += " for " + duration_text(*w.cadence_for);
      return head;
    }
  }
  return "?";
}

}  // namespace

void print_window(Printer& p, std::string_view role, const Window& w) {
  p.line("{}{} {}", role, window_head(w), at(w.span));
  Nested nested(p);
  bool counted = w.kind == WindowKind::EndOfWeek || w.kind == WindowKind::BetweenWeeks ||
                 w.kind == WindowKind::Cadence;
  print_opt(p,
            counted                       ? "counted from: "
            : w.kind == WindowKind::Range ? "from: "
                                          : "after: ",
            w.anchor);
  print_opt(p,
            w.kind == WindowKind::Range ? "to: "
            : w.kind == WindowKind::By  ? "by: "
                                        : "until: ",
            w.end);
}

void print_fulfilments(Printer& p, const std::vector<Fulfilment>& list) {
  for (const Fulfilment& f : list) {
    p.line("fulfilled by {} {}", f.event.text, at(f.span));
    Nested nested(p);
    print_opt(p, "where: ", f.where);
  }
}

}  // namespace frist::ast::dump_detail
