// Warnings for what a rulebook declares but never uses: legal sources never
// cited, facts no rule reads (a test giving a value does not count, since a
// fact only tests mention changes no result), parameters never read, and
// files that declare nothing at all.
#include "sema/passes.h"

namespace frist::sema {

void report_unused(Context& ctx) {
  const Program& p = ctx.program;
  for (Index s = 0; s < p.sources.size(); ++s)
    if (!ctx.source_used[s])
      ctx.diags.report(Kind::UnusedSource, p.sources[s].span, p.sources[s].name);
  for (Index s = 0; s < p.schemas.size(); ++s) {
    const Schema& schema = p.schemas[s];
    for (Index f = 0; f < schema.facts.size(); ++f)
      if (!ctx.fact_used[s][f])
        ctx.diags.report(Kind::UnusedFact, schema.facts[f].span, schema.facts[f].name, schema.name);
  }
  for (Index i = 0; i < p.parameters.size(); ++i)
    if (!ctx.parameter_used[i])
      ctx.diags.report(Kind::UnusedParameter, p.parameters[i].span, p.parameters[i].name);
  // A file whose declarations all failed to parse is not empty: its syntax
  // errors say why nothing was declared.
  auto has_errors = [&](diag::FileId id) {
    for (const diag::Diagnostic& d : ctx.diags.all()) {
      if (d.span.file == id && d.severity() == diag::Severity::Error) return true;
    }
    return false;
  };
  for (const ast::File& file : ctx.rulebook.files)
    if (file.decls.empty() && file.imports.empty() && !has_errors(file.id))
      ctx.diags.report(Kind::EmptyFile, Span{file.id, 1, 1, 0});
}

}  // namespace frist::sema
