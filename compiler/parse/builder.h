// The AST builder's internal interface: the state shared while one file's
// parse tree is converted, the leaf helpers (spans, names, literals) and one
// entry per construct, each implemented in its own build_*.cpp file. A
// declaration in which the parser had to skip or invent tokens is marked
// broken and left out of the AST: its syntax error is already reported, and
// later phases only ever see complete declarations.
#pragma once

#include <antlr4-runtime.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "FristParser.h"
#include "ast/ast.h"
#include "diag/diagnostics.h"

namespace frist::parse::detail {

using P = grammar::FristParser;
using antlr4::tree::TerminalNode;

// Expressions deeper than this (e.g. a sum of thousands of terms) are
// refused with E0006, so that every later phase may recurse over the AST.
inline constexpr int kMaxExprDepth = 1000;

struct BuildContext {
  diag::FileId file = diag::kNoFile;
  std::vector<size_t> line_ends;  // code point index at which each line ends (before \r\n)
  diag::Diagnostics* diags = nullptr;
  bool broken = false;  // the declaration being built has a gap left by error recovery
  bool too_deep_reported = false;
  int depth = 0;  // current expression depth
};

// ---- leaves (build_common.cpp) ---------------------------------------------

diag::Span span_of(const BuildContext& bc, const antlr4::Token* token);
diag::Span span_of(const BuildContext& bc, antlr4::tree::TerminalNode* node);
// From the first token to the last; a construct spanning several lines is
// shown up to the end of its first line.
diag::Span span_of(const BuildContext& bc, antlr4::ParserRuleContext* ctx);

// False (and the declaration broken) when a required part is missing or the
// parser gave up inside it.
bool usable(BuildContext& bc, antlr4::ParserRuleContext* ctx);
// The token the parser really found, or null (and broken) if it is absent or
// was invented by error recovery.
const antlr4::Token* token_of(BuildContext& bc, TerminalNode* node);
// Whether a keyword such as `not` or `working` appears among ctx's tokens.
bool has_keyword(antlr4::ParserRuleContext* ctx, std::string_view word);
// True if the subtree holds a token skipped or invented by error recovery,
// or a rule the parser left early. Iterative: trees may be very deep.
bool has_syntax_error(antlr4::tree::ParseTree* tree);

ast::Name name_of(BuildContext& bc, P::NameContext* ctx);
std::string string_of(BuildContext& bc, TerminalNode* node);        // quotes and escapes removed
std::string optional_string(BuildContext& bc, TerminalNode* node);  // "" when absent
int64_t int_of(BuildContext& bc, TerminalNode* node);
ast::DateLit date_of(BuildContext& bc, TerminalNode* node);
ast::Interval interval_of(BuildContext& bc, P::IntervalContext* ctx);
std::vector<ast::Citation> citations_of(BuildContext& bc, P::CitationsContext* ctx);

// ---- expressions and deadlines (build_expr.cpp, build_window.cpp) ------------

ast::ExprPtr build_expr(BuildContext& bc, P::ExprContext* ctx);
ast::Duration build_duration(BuildContext& bc, P::DurationContext* ctx);
ast::Window build_window(BuildContext& bc, P::WindowContext* ctx);
ast::Trigger build_trigger(BuildContext& bc, P::TriggerContext* ctx);
std::vector<ast::Fulfilment> build_fulfilments(BuildContext& bc,
                                               const std::vector<P::FulfilmentContext*>& list);
ast::Action build_action(BuildContext& bc, antlr4::ParserRuleContext* clause, P::NameContext* verb,
                         TerminalNode* text);

// Remembers which single-valued clauses a clause list already has, so a
// second `when` (or `due`, ...) is reported as E0101 with a note.
class ClauseTracker {
 public:
  explicit ClauseTracker(std::string owner) : owner_(std::move(owner)) {}
  // True the first time `key` is seen; otherwise reports `shown` (the
  // clause as written) as given twice.
  bool first(BuildContext& bc, std::string_view key, std::string_view shown, diag::Span span);

 private:
  std::string owner_;
  std::map<std::string, diag::Span, std::less<>> seen_;
};

// ---- declarations (build_decls.cpp, build_requirement.cpp, build_trial.cpp,
// build_test.cpp) --------------------------------------------------------------

ast::TypeRef build_type(BuildContext& bc, P::TypeExprContext* ctx);
std::optional<ast::Decl> build_decl(BuildContext& bc, P::ItemContext* item);
ast::RequirementDecl build_requirement(BuildContext& bc, P::RequirementDeclContext* ctx);
ast::TrialDecl build_trial(BuildContext& bc, P::TrialDeclContext* ctx);
ast::TestDecl build_test(BuildContext& bc, P::TestDeclContext* ctx);

// The whole file: imports and every declaration without syntax errors.
void build_file(BuildContext& bc, P::FileContext* ctx, ast::File& out);

}  // namespace frist::parse::detail
