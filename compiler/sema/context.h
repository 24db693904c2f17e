// The state shared by the checker's passes: the program being built, the
// global name tables, the AST declaration behind each program entry and the
// use marks the unused-declaration warnings read at the end. Internal to
// compiler/sema; nothing outside the phase includes it.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostics.h"
#include "sema/program.h"

namespace frist::sema {

using diag::Kind;

// Requirements, trials and the duties trials impose share one namespace:
// windows, tests and precedence clauses name them alike, and a requirement
// and a trial of the same name would make an expectation ambiguous.
struct Obligation {
  enum class Kind { Requirement, Trial, Duty };
  Kind kind = Kind::Requirement;
  Index index = kNone;   // requirement or trial, in final program order once ordered
  Index effect = kNone;  // Duty: its effect index within the trial
  Span span;
};

struct MemberRef {
  Index enum_id = kNone;
  Index member = kNone;
};

struct Scope {
  std::unordered_map<std::string, Index> sources, enums, schemas, events, calendars, parameters;
  std::unordered_map<std::string, Obligation> obligations;
  std::unordered_map<std::string, std::vector<MemberRef>> members;  // bare member name → enums
};

// Where an expression is checked: which facts and event fields are in scope.
struct ExprEnv {
  Index schema = kNone;          // the case schema whose facts are visible
  bool quiet_names = false;      // the schema failed already: unknown names stay silent
  Index event = kNone;           // the event bound by the innermost `where`
  bool counts_as_use = true;     // false in tests: uses there do not silence W0702/W0703
  bool trigger_allowed = false;  // inside `due` windows, where an obligation has started
};

struct Context {
  Context(const ast::Rulebook& r, diag::Diagnostics& d) : rulebook(r), diags(d) {}

  const ast::Rulebook& rulebook;
  diag::Diagnostics& diags;
  Program program;
  Scope scope;

  // The declaration behind each program entry, index for index.
  std::vector<const ast::SourceDecl*> source_decls;
  std::vector<const ast::EnumDecl*> enum_decls;
  std::vector<const ast::CaseDecl*> schema_decls;
  std::vector<const ast::EventDecl*> event_decls;
  std::vector<const ast::CalendarDecl*> calendar_decls;
  std::vector<const ast::ParameterDecl*> parameter_decls;
  std::vector<const ast::RequirementDecl*> requirement_decls;
  std::vector<const ast::TrialDecl*> trial_decls;
  std::vector<const ast::TestDecl*> test_decls;

  // Whether a requirement's or trial's schema could not be resolved (already reported).
  std::vector<bool> requirement_schema_failed, trial_schema_failed;

  // The trials each trial takes precedence over directly, in final trial order.
  std::vector<std::vector<Index>> trial_over;
  // Each trial's rank in declaration order, in final trial order ("the later trial").
  std::vector<Index> trial_rank;

  // Uses outside tests.
  std::vector<bool> source_used, parameter_used;
  std::vector<std::vector<bool>> fact_used;  // [schema][fact]
};

// Names of a program table, in declaration order, for did-you-mean hints.
template <typename T>
std::vector<std::string> names_of(const std::vector<T>& table) {
  std::vector<std::string> out;
  out.reserve(table.size());
  for (const T& item : table) out.push_back(item.name);
  return out;
}

// Looks a name up in one of the scope's tables; kNone when absent.
inline Index lookup(const std::unordered_map<std::string, Index>& table, const std::string& name) {
  auto it = table.find(name);
  return it == table.end() ? kNone : it->second;
}

}  // namespace frist::sema
