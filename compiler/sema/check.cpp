// The checker's pipeline. Declarations are collected first so that names
// may be used before (or in another file than) their declaration; the two
// orderings (requirements by dependency, trials by precedence) are fixed
// before bodies are read, so every index the bodies write is final; checks
// across declarations and warnings come last.
#include "sema/check.h"

#include "sema/passes.h"

namespace frist::sema {

namespace {

void record_files(const ast::Rulebook& rulebook, Program& program) {
  for (const ast::File& f : rulebook.files) {
    if (f.id == diag::kNoFile) continue;
    if (program.files.size() <= f.id) program.files.resize(f.id + 1);
    program.files[f.id] = f.path;
  }
}

}  // namespace

Program check(const ast::Rulebook& rulebook, diag::Diagnostics& diags) {
  Context ctx(rulebook, diags);
  collect_declarations(ctx);
  check_sources(ctx);
  check_enums(ctx);
  check_schemas(ctx);
  check_event_kinds(ctx);
  check_calendars(ctx);
  check_parameters(ctx);
  resolve_requirement_schemas(ctx);
  order_requirements(ctx);
  order_trials(ctx);
  check_requirements(ctx);
  check_trials(ctx);
  check_conflicts(ctx);
  check_tests(ctx);
  report_unused(ctx);
  record_files(rulebook, ctx.program);
  return std::move(ctx.program);
}

}  // namespace frist::sema
