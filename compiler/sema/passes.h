// The checker's passes and the helpers they share, one section per handler
// file. check.cpp runs the passes in order: declarations first (so that every
// name is known before any body is read), then types, orderings, bodies,
// cross-declaration checks and warnings. Internal to compiler/sema.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sema/context.h"

namespace frist::sema {

// ---- scope.cpp: every top-level name, duplicates reported ------------------
void collect_declarations(Context& ctx);

// ---- check_source.cpp ------------------------------------------------------
void check_sources(Context& ctx);
std::vector<Citation> check_citations(Context& ctx, const std::vector<ast::Citation>& citations);

// ---- check_types.cpp: enums, schemas, events, type references --------------
void check_enums(Context& ctx);
void check_schemas(Context& ctx);
void check_event_kinds(Context& ctx);
Type resolve_type(Context& ctx, const ast::TypeRef& ref);
Index resolve_schema(Context& ctx, const ast::Name& name);  // E0205 when unknown
// The first date fact of a schema, for hints such as "add `versions selected by X`".
std::string first_date_fact(const Context& ctx, Index schema);

// ---- check_expr.cpp, check_names.cpp, check_operators.cpp, check_events.cpp
// `want` is the type the context expects, used only to resolve bare
// enumeration members; mismatches are the caller's to report.
Expr check_expr(Context& ctx, const ast::Expr& e, const ExprEnv& env, const Type* want = nullptr);
Expr check_condition(Context& ctx, const ast::Expr& e, const ExprEnv& env);  // Bool or E0305
Expr check_date(Context& ctx, const ast::Expr& e, const ExprEnv& env);       // Date or E0306
Expr check_name(Context& ctx, const ast::Expr& e, const ExprEnv& env, const Type* want);
bool is_contextual_member(const Context& ctx, const ast::Expr& e, const ExprEnv& env);
Index find_member(const std::vector<EnumMember>& members, const std::string& name);
Index find_fact(const Context& ctx, Index schema, const std::string& name);
Index find_event_field(const Context& ctx, Index event, const std::string& name);
Expr check_neg(Context& ctx, const ast::Expr& e, const ExprEnv& env);
Expr check_arith(Context& ctx, const ast::Expr& e, const ExprEnv& env);
Expr check_compare(Context& ctx, const ast::Expr& e, const ExprEnv& env);
Expr check_convert(Context& ctx, const ast::Expr& e, const ExprEnv& env);
Expr check_event_primary(Context& ctx, const ast::Expr& e, const ExprEnv& env);
Expr make_node(ExprOp op, Type type, std::vector<Expr> args);
Index resolve_event(Context& ctx, const ast::Name& name);
std::vector<Fulfilment> check_fulfilments(Context& ctx, const std::vector<ast::Fulfilment>& list,
                                          const ExprEnv& env);
Trigger check_trigger(Context& ctx, const std::optional<ast::Trigger>& trigger, const ExprEnv& env);

// ---- constants.cpp: values of tests and parameters --------------------------
// Checks a constant of type `want`: a literal, an enumeration member or a
// negated number. Returns nullopt after reporting when it is not one.
std::optional<Expr> check_constant(Context& ctx, const ast::Expr& e, const Type& want,
                                   const ExprEnv& env);

// ---- check_window.cpp ------------------------------------------------------
Window check_window(Context& ctx, const ast::Window& w, const ExprEnv& env);
// The first `the trigger` in the window's dates, or null.
const Expr* window_trigger(const Window& w);
// E0317 at `trigger`, for requirement `name` that has no `triggered by`.
void report_trigger_not_declared(Context& ctx, const Expr& trigger, const std::string& name);
// A requirement named in a window or an effect; E0207 when it is not one.
Index resolve_requirement(Context& ctx, const ast::Name& name);
// E0408 unless requirement `req` is for schema `schema` (either may be unknown).
void check_same_schema(Context& ctx, Index req, Index schema, Span span);

// ---- check_requirement.cpp, check_version.cpp --------------------------------
void resolve_requirement_schemas(Context& ctx);
void check_requirements(Context& ctx);
std::vector<Version> check_versions(Context& ctx, const ast::RequirementDecl& decl,
                                    const ExprEnv& env);

// ---- dependencies.cpp, precedence.cpp: orderings ------------------------------
void order_requirements(Context& ctx);
void order_trials(Context& ctx);
// Whether trial `a` takes precedence over trial `b`, directly or transitively.
bool precedes(const Context& ctx, Index a, Index b);

// ---- check_trial.cpp, check_municipality.cpp, conflicts.cpp ------------------
void check_trials(Context& ctx);
void check_municipalities(Context& ctx, const ast::TrialDecl& decl, Trial& trial);
void check_conflicts(Context& ctx);

// ---- check_parameter.cpp, check_calendar.cpp ----------------------------------
void check_parameters(Context& ctx);
void check_calendars(Context& ctx);

// ---- check_test.cpp, check_expect.cpp -----------------------------------------
void check_tests(Context& ctx);
Expect check_expectation(Context& ctx, const ast::Expectation& e, Index schema);

// ---- unused.cpp ---------------------------------------------------------------
void report_unused(Context& ctx);

}  // namespace frist::sema
