// Resolves names in expressions. A bare name is looked up as, in order: a
// member of the enumeration the context expects (so `kommune = Hjørring`
// works even when several enumerations list Hjørring), a field of the event
// bound by the innermost `where` (fields shadow facts), a fact of the case
// schema, a parameter, and finally a member of exactly one enumeration.
// `Enum.Member` always names a member. A parameter may be unknown only where
// its periods leave a gap. Uses outside tests are recorded for the
// unused-fact and unused-parameter warnings.
#include <fmt/format.h>

#include "sema/literals.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

Index find_field(const std::vector<Field>& fields, const std::string& name) {
  for (size_t i = 0; i < fields.size(); ++i)
    if (fields[i].name == name) return static_cast<Index>(i);
  return kNone;
}

Expr reference(ExprOp op, const Field& field, Index ref) {
  Expr e;
  e.op = op;
  e.type = field.type;
  e.may_be_unknown = field.optional;
  e.ref = ref;
  return e;
}

Expr member_const(Index enum_id, Index member) {
  Expr e;
  e.op = ExprOp::Const;
  e.type = enum_type(enum_id);
  e.value = member;
  return e;
}

Expr error_expr() {
  Expr e;
  e.type = simple_type(TypeKind::Error);
  return e;
}

// A date outside every period of a parameter finds no value: unknown.
bool has_gaps(const Parameter& p) {
  int32_t covered_until = INT32_MIN;
  for (const ParamValue& v : p.values) {  // sorted by period, not overlapping
    if (v.period.from != covered_until) return true;
    covered_until = v.period.until;
  }
  return covered_until != INT32_MAX;
}

Index member_of(const Context& ctx, Index enum_id, const std::string& name) {
  return find_member(ctx.program.enums[enum_id].members, name);
}

std::vector<std::string> candidates(const Context& ctx, const ExprEnv& env) {
  std::vector<std::string> out;
  if (env.event != kNone) out = names_of(ctx.program.events[env.event].fields);
  if (env.schema != kNone) {
    std::vector<std::string> facts = names_of(ctx.program.schemas[env.schema].facts);
    out.insert(out.end(), facts.begin(), facts.end());
  }
  std::vector<std::string> params = names_of(ctx.program.parameters);
  out.insert(out.end(), params.begin(), params.end());
  for (const Enum& en : ctx.program.enums)
    for (const EnumMember& m : en.members) out.push_back(m.name);
  return out;
}

Expr qualified(Context& ctx, const ast::Expr& e) {
  Index enum_id = lookup(ctx.scope.enums, e.name.text);
  if (enum_id == kNone) {
    ctx.diags.report(Kind::UnknownType, e.name.span, e.name.text)
        .hint(diag::did_you_mean(e.name.text, names_of(ctx.program.enums)));
    return error_expr();
  }
  const std::vector<EnumMember>& members = ctx.program.enums[enum_id].members;
  Index member = member_of(ctx, enum_id, e.member->text);
  if (member == kNone) {
    ctx.diags.report(Kind::UnknownMember, e.member->span, e.member->text, e.name.text)
        .hint(diag::did_you_mean(e.member->text, names_of(members)));
    return error_expr();
  }
  return member_const(enum_id, member);
}

// A bare name that is neither a field, a fact nor a parameter. When the
// context's type failed already, an ambiguous member cannot be settled and
// is left unreported.
Expr global_member(Context& ctx, const ast::Expr& e, const ExprEnv& env, bool context_failed) {
  const std::string& name = e.name.text;
  auto it = ctx.scope.members.find(name);
  if (it != ctx.scope.members.end() && it->second.size() == 1)
    return member_const(it->second[0].enum_id, it->second[0].member);
  if (it != ctx.scope.members.end() && context_failed) return error_expr();
  if (it != ctx.scope.members.end()) {
    std::vector<std::string> enums, forms;
    for (const MemberRef& ref : it->second) {
      enums.push_back("`" + ctx.program.enums[ref.enum_id].name + "`");
      forms.push_back("`" + ctx.program.enums[ref.enum_id].name + "." + name + "`");
    }
    ctx.diags.report(Kind::AmbiguousMember, e.name.span, name, fmt::join(enums, ", "))
        .hint(fmt::format("qualify it: write {}", fmt::join(forms, " or ")));
    return error_expr();
  }
  if (!env.quiet_names)
    ctx.diags.report(Kind::UnknownName, e.name.span, name)
        .hint(diag::did_you_mean(name, candidates(ctx, env)));
  return error_expr();
}

}  // namespace

Index find_member(const std::vector<EnumMember>& members, const std::string& name) {
  for (size_t i = 0; i < members.size(); ++i)
    if (members[i].name == name) return static_cast<Index>(i);
  return kNone;
}

Index find_fact(const Context& ctx, Index schema, const std::string& name) {
  return schema == kNone ? kNone : find_field(ctx.program.schemas[schema].facts, name);
}

Index find_event_field(const Context& ctx, Index event, const std::string& name) {
  return event == kNone ? kNone : find_field(ctx.program.events[event].fields, name);
}

bool is_contextual_member(const Context& ctx, const ast::Expr& e, const ExprEnv& env) {
  if (e.kind != ast::ExprKind::Name || e.member) return false;
  const std::string& name = e.name.text;
  if (find_event_field(ctx, env.event, name) != kNone) return false;
  if (find_fact(ctx, env.schema, name) != kNone) return false;
  if (lookup(ctx.scope.parameters, name) != kNone) return false;
  return ctx.scope.members.count(name) > 0;
}

Expr check_name(Context& ctx, const ast::Expr& e, const ExprEnv& env, const Type* want) {
  if (e.member) return qualified(ctx, e);
  const std::string& name = e.name.text;
  if (want && want->kind == TypeKind::Enum) {
    Index member = member_of(ctx, want->enum_id, name);
    if (member != kNone) return member_const(want->enum_id, member);
  }
  if (Index f = find_event_field(ctx, env.event, name); f != kNone)
    return reference(ExprOp::EventField, ctx.program.events[env.event].fields[f], f);
  if (Index f = find_fact(ctx, env.schema, name); f != kNone) {
    if (env.counts_as_use) ctx.fact_used[env.schema][f] = true;
    return reference(ExprOp::Fact, ctx.program.schemas[env.schema].facts[f], f);
  }
  if (Index p = lookup(ctx.scope.parameters, name); p != kNone) {
    if (env.counts_as_use) ctx.parameter_used[p] = true;
    Expr out;
    out.op = ExprOp::Param;
    out.type = ctx.program.parameters[p].type;
    out.ref = p;
    out.may_be_unknown = has_gaps(ctx.program.parameters[p]);
    return out;
  }
  return global_member(ctx, e, env, want && is_error(*want));
}

}  // namespace frist::sema
