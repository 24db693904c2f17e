// Parameters: rulebook constants whose value changes over time (a fee, a
// limit), each value in force over a period with its own citations. Values
// are constants of the declared type; periods may leave gaps but must not
// overlap, and are stored sorted so a lookup by date is a simple search.
#include <algorithm>

#include <fmt/format.h>

#include "sema/literals.h"
#include "sema/passes.h"

namespace frist::sema {
namespace {

Span value_span(const ast::ParamValue& v) {
  return v.interval.span.valid() ? v.interval.span : v.span;
}

void check_overlaps(Context& ctx, const ast::ParameterDecl& d, const std::vector<ParamValue>& vs) {
  for (size_t j = 0; j < vs.size(); ++j) {
    for (size_t i = 0; i < j; ++i) {
      bool empty =
          vs[i].period.from >= vs[i].period.until || vs[j].period.from >= vs[j].period.until;
      if (empty || !vs[i].period.overlaps(vs[j].period)) continue;
      ctx.diags.report(Kind::ParameterOverlap, value_span(d.values[j]), d.name.text)
          .note(value_span(d.values[i]),
                fmt::format("this value is in force {}", period_words(vs[i].period)));
      break;
    }
  }
}

}  // namespace

void check_parameters(Context& ctx) {
  for (size_t i = 0; i < ctx.parameter_decls.size(); ++i) {
    const ast::ParameterDecl& d = *ctx.parameter_decls[i];
    Parameter& p = ctx.program.parameters[i];
    p.type = resolve_type(ctx, d.type);
    for (const ast::ParamValue& v : d.values) {
      ParamValue value;
      value.period = to_period(v.interval);
      if (value.period.from >= value.period.until) {
        ctx.diags.report(Kind::EmptyInterval, v.interval.span);
        value.period = Period{0, 0};
      }
      value.citations = check_citations(ctx, v.citations);
      std::optional<Expr> constant = check_constant(ctx, *v.value, p.type, ExprEnv{});
      if (constant)
        value.value = std::move(*constant);
      else
        value.value.type = simple_type(TypeKind::Error);
      p.values.push_back(std::move(value));
    }
    check_overlaps(ctx, d, p.values);
    std::stable_sort(
        p.values.begin(), p.values.end(),
        [](const ParamValue& a, const ParamValue& b) { return a.period.from < b.period.from; });
  }
}

}  // namespace frist::sema
