// Dumps expressions, windows, triggers and fulfilments: the parts of the
// program that hold typed expressions. A reference prints its index and its
// name so a golden file shows both what was resolved and to what.
#include <fmt/format.h>

#include "sema/dump.h"
#include "sema/dump_parts.h"
#include "sema/literals.h"

namespace frist::sema {
namespace {

const char* op_name(ExprOp op) {
  static const char* const kNames[] = {
      "const",      "fact",         "field",     "param",     "neg",         "add",
      "sub",        "mul",          "div",       "lt",        "le",          "gt",
      "ge",         "eq",           "ne",        "is_known",  "in_list",     "in_set",
      "not",        "and",          "or",        "if",        "to_decimal",  "to_money",
      "to_int",     "date_add",     "date_sub",  "date_diff", "end_of_week", "first_event",
      "last_event", "count_events", "has_event", "trigger"};
  return kNames[static_cast<size_t>(op)];
}

std::string constant(const Program& p, const Expr& e) {
  switch (e.type.kind) {
    case TypeKind::Bool:
      return e.value ? "true" : "false";
    case TypeKind::Decimal:
      return decimal_text(e.value);
    case TypeKind::Money:
      return money_text(e.value);
    case TypeKind::Date:
      return date_text(static_cast<int32_t>(e.value));
    case TypeKind::Duration:
      return duration_text(e.duration);
    case TypeKind::Text:
      return "\"" + e.text + "\"";
    case TypeKind::Enum: {
      const Enum& en = p.enums[e.type.enum_id];
      return en.name + "." + en.members[static_cast<size_t>(e.value)].name;
    }
    default:
      return fmt::format("{}", e.value);
  }
}

std::string ref_name(const std::vector<Field>* fields, Index ref) {
  return fields && ref < fields->size() ? (*fields)[ref].name : std::string("?");
}

// What is printed after the operator name, before the operands.
std::string head(const Program& p, const Expr& e, Index schema, Index event) {
  switch (e.op) {
    case ExprOp::Const:
      return constant(p, e);
    case ExprOp::Fact:
      return fmt::format("#{} {}", e.ref,
                         ref_name(schema == kNone ? nullptr : &p.schemas[schema].facts, e.ref));
    case ExprOp::EventField:
      return fmt::format("#{} {}", e.ref,
                         ref_name(event == kNone ? nullptr : &p.events[event].fields, e.ref));
    case ExprOp::Param:
      return fmt::format("#{} {}", e.ref, p.parameters[e.ref].name);
    case ExprOp::EndOfWeek:
      return fmt::format("{}", e.value);
    case ExprOp::FirstEvent:
    case ExprOp::LastEvent:
    case ExprOp::CountEvents:
    case ExprOp::HasEvent:
      return fmt::format("#{} {}", e.ref, event_name(p, e.ref));
    default:
      return "";
  }
}

}  // namespace

std::string event_name(const Program& p, Index event) {
  return event < p.events.size() ? p.events[event].name : std::string("?");
}

std::string dump_expr(const Program& p, const Expr& e, Index schema, Index event) {
  std::string out = std::string("(") + op_name(e.op);
  std::string h = head(p, e, schema, event);
  if (!h.empty()) out += " " + h;
  bool binds = e.op == ExprOp::FirstEvent || e.op == ExprOp::LastEvent ||
               e.op == ExprOp::CountEvents || e.op == ExprOp::HasEvent;
  for (const Expr& arg : e.args) {
    out += binds ? " where " : " ";
    out += dump_expr(p, arg, schema, binds ? e.ref : event);
  }
  return out + " : " + type_name(p, e.type) + (e.may_be_unknown ? "?" : "") + ")";
}

std::string dump_fulfilment(const Program& p, const Fulfilment& f, Index schema) {
  std::string out = fmt::format("#{} {}", f.event, event_name(p, f.event));
  if (f.where) out += " where " + dump_expr(p, *f.where, schema, f.event);
  return out;
}

std::string dump_trigger(const Program& p, const Trigger& t, Index schema) {
  switch (t.kind) {
    case TriggerKind::Applicability:
      return "applicability";
    case TriggerKind::Date:
      return "date " + (t.date ? dump_expr(p, *t.date, schema) : "?");
    case TriggerKind::EachEvent: {
      std::string out = fmt::format("each #{} {}", t.event, event_name(p, t.event));
      if (t.where) out += " where " + dump_expr(p, *t.where, schema, t.event);
      return out;
    }
  }
  return "?";
}

std::string dump_window(const Program& p, const Window& w, Index schema) {
  static const char* const kKinds[] = {
      "end_of_week",   "between_weeks", "after", "before_requirement",
      "no_later_than", "range",         "by",    "cadence"};
  std::string out = kKinds[static_cast<size_t>(w.kind)];
  if (w.kind == WindowKind::EndOfWeek) out += fmt::format(" week {}", w.week_from);
  if (w.kind == WindowKind::BetweenWeeks)
    out += fmt::format(" weeks {}..{}", w.week_from, w.week_to);
  if (w.kind == WindowKind::After || w.kind == WindowKind::Cadence)
    out += " " + duration_text(w.duration);
  if (w.requirement != kNone)
    out += fmt::format(" #{} {}", w.requirement, p.requirements[w.requirement].name);
  if (w.anchor) out += " from " + dump_expr(p, *w.anchor, schema);
  if (w.end) out += " to " + dump_expr(p, *w.end, schema);
  if (w.cadence_for) out += " for " + duration_text(*w.cadence_for);
  return out + fmt::format(" \"{}\"", w.text);
}

}  // namespace frist::sema
