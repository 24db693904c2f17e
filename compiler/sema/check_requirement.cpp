// Requirements: the case schema each is for (resolved early, since windows
// and trials of other declarations compare schemas), then the bodies: the
// version selector, the versions and the dependencies their windows name.
// Bodies are checked in the final dependency order, so every index written
// here is already the program's.
#include <algorithm>

#include "sema/literals.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

std::string schema_hint(const Context& ctx) {
  if (ctx.program.schemas.size() == 1)
    return fmt::format("add `for {}`", ctx.program.schemas[0].name);
  return "add `for <case schema>`";
}

// Versions may each name the schema when the requirement does not; they
// must agree, and a version may not contradict the requirement.
Index version_schemas(Context& ctx, const ast::RequirementDecl& d, Index schema, bool* failed) {
  bool missing = d.versions.empty() && schema == kNone;
  for (const ast::VersionDecl& v : d.versions) {
    if (!v.clauses.schema) {
      missing |= schema == kNone && !d.clauses.schema;
      continue;
    }
    Index id = resolve_schema(ctx, *v.clauses.schema);
    if (id == kNone) {
      *failed = true;
    } else if (schema == kNone && !d.clauses.schema) {
      schema = id;
    } else if (schema != kNone && id != schema) {
      ctx.diags.report(Kind::SchemaMismatch, v.clauses.schema->span, d.name.text,
                       ctx.program.schemas[schema].name, ctx.program.schemas[id].name);
    }
  }
  if (missing && !*failed && !d.clauses.schema) {
    ctx.diags.report(Kind::MissingSchema, d.name.span, d.name.text).hint(schema_hint(ctx));
    *failed = true;
  }
  return schema;
}

void check_selector(Context& ctx, const ast::RequirementDecl& d, Requirement& r,
                    const ExprEnv& env) {
  if (d.clauses.selected_by) r.selected_by = check_date(ctx, *d.clauses.selected_by, env);
  if (d.versions.empty() || d.clauses.selected_by) return;
  std::string fact = first_date_fact(ctx, r.schema);
  std::string hint = fact.empty()
                         ? "add `versions selected by` and the date that decides the version"
                         : fmt::format("add `versions selected by {}`", fact);
  ctx.diags.report(Kind::MissingVersionSelector, d.name.span, d.name.text).hint(hint);
}

std::vector<Index> dependencies_of(const std::vector<Version>& versions) {
  std::vector<Index> deps;
  for (const Version& v : versions) {
    Index req = v.due.requirement;
    bool names_one = v.due.kind == WindowKind::BeforeReq || v.due.kind == WindowKind::NoLaterThan;
    if (names_one && req != kNone && std::find(deps.begin(), deps.end(), req) == deps.end())
      deps.push_back(req);
  }
  return deps;
}

}  // namespace

void resolve_requirement_schemas(Context& ctx) {
  for (size_t i = 0; i < ctx.requirement_decls.size(); ++i) {
    const ast::RequirementDecl& d = *ctx.requirement_decls[i];
    bool failed = false;
    Index schema = kNone;
    if (d.clauses.schema) {
      schema = resolve_schema(ctx, *d.clauses.schema);
      failed = schema == kNone;
    }
    ctx.program.requirements[i].schema = version_schemas(ctx, d, schema, &failed);
    ctx.requirement_schema_failed[i] = failed;
  }
}

void check_requirements(Context& ctx) {
  for (size_t i = 0; i < ctx.requirement_decls.size(); ++i) {
    const ast::RequirementDecl& d = *ctx.requirement_decls[i];
    Requirement& r = ctx.program.requirements[i];
    ExprEnv env;
    env.schema = r.schema;
    env.quiet_names = ctx.requirement_schema_failed[i];
    check_selector(ctx, d, r, env);
    r.versions = check_versions(ctx, d, env);
    r.depends_on = dependencies_of(r.versions);
  }
}

}  // namespace frist::sema
