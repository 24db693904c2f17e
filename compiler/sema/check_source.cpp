// Legal sources and the citations that point at them. A citation keeps both
// the resolved source and its display text ("SDL § 11a, stk. 1-2"), because
// citations travel unchanged into every result a rule produces.
#include <fmt/format.h>

#include "sema/passes.h"

namespace frist::sema {

void check_sources(Context& ctx) {
  for (size_t i = 0; i < ctx.source_decls.size(); ++i) {
    const ast::SourceDecl& d = *ctx.source_decls[i];
    Source& s = ctx.program.sources[i];
    s.kind = static_cast<SourceKind>(d.kind);
    s.number = d.number;
    if (d.date) s.date = d.date->day;
  }
}

std::vector<Citation> check_citations(Context& ctx, const std::vector<ast::Citation>& citations) {
  std::vector<Citation> out;
  for (const ast::Citation& c : citations) {
    Citation cited;
    cited.source = lookup(ctx.scope.sources, c.source.text);
    if (cited.source == kNone) {
      ctx.diags.report(Kind::UnknownSource, c.source.span, c.source.text)
          .hint(diag::did_you_mean(c.source.text, names_of(ctx.program.sources)));
    } else {
      ctx.source_used[cited.source] = true;
    }
    for (const ast::Provision& p : c.provisions) cited.provisions.push_back(p.text);
    cited.text = c.source.text;
    if (!cited.provisions.empty())
      cited.text += fmt::format(" {}", fmt::join(cited.provisions, ", "));
    out.push_back(std::move(cited));
  }
  return out;
}

}  // namespace frist::sema
