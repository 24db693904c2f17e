// Citations of legal sources (`per SDL §11a stk. 1-2, BEK1255 §§ 12, 13`).
// Each provision is normalised to the way Danish law is usually cited, so
// that explanations and traces print "§ 11a, stk. 1-2" however the analyst
// spaced it.
#include "parse/builder.h"

namespace frist::parse::detail {

namespace {

std::string section_text(BuildContext& bc, P::SectionNoContext* ctx) {
  if (!usable(bc, ctx)) return {};
  return ctx->getStart()->getText();
}

// ", stk. 1-2", ", nr. 1", ", pkt. 3"
std::string subdivision_text(BuildContext& bc, P::SubdivisionContext* ctx) {
  if (!usable(bc, ctx)) return {};
  std::vector<TerminalNode*> numbers;
  if (auto* c = dynamic_cast<P::StkSubContext*>(ctx)) numbers = c->INT();
  if (auto* c = dynamic_cast<P::NrSubContext*>(ctx)) numbers = c->INT();
  if (auto* c = dynamic_cast<P::PktSubContext*>(ctx)) numbers = c->INT();
  std::string text = ", " + ctx->getStart()->getText();
  for (size_t i = 0; i < numbers.size(); ++i) {
    const antlr4::Token* token = token_of(bc, numbers[i]);
    text += (i == 0 ? " " : "-") + (token ? token->getText() : std::string());
  }
  return text;
}

// "§§ 30a, 31": the separators as written (`,`, `and`, `-`), normalised.
std::string multi_text(BuildContext& bc, P::MultiProvisionContext* ctx) {
  std::string text = "§§ ";
  for (antlr4::tree::ParseTree* child : ctx->children) {
    if (auto* section = dynamic_cast<P::SectionNoContext*>(child)) {
      text += section_text(bc, section);
    } else if (auto* sub = dynamic_cast<P::SubdivisionContext*>(child)) {
      text += subdivision_text(bc, sub);
    } else if (auto* terminal = dynamic_cast<TerminalNode*>(child)) {
      std::string word = terminal->getSymbol()->getText();
      if (word == ",") text += ", ";
      if (word == "and") text += " and ";
      if (word == "-") text += "-";
    }
  }
  return text;
}

ast::Provision provision_of(BuildContext& bc, P::ProvisionContext* ctx) {
  ast::Provision provision;
  if (!usable(bc, ctx)) return provision;
  provision.span = span_of(bc, ctx);
  if (auto* single = dynamic_cast<P::SingleProvisionContext*>(ctx)) {
    provision.text = "§ " + section_text(bc, single->sectionNo());
    for (auto* sub : single->subdivision()) provision.text += subdivision_text(bc, sub);
  } else if (auto* multi = dynamic_cast<P::MultiProvisionContext*>(ctx)) {
    provision.text = multi_text(bc, multi);
  }
  return provision;
}

}  // namespace

std::vector<ast::Citation> citations_of(BuildContext& bc, P::CitationsContext* ctx) {
  std::vector<ast::Citation> out;
  if (!usable(bc, ctx)) return out;
  for (P::CitationContext* c : ctx->citation()) {
    if (!usable(bc, c)) continue;
    ast::Citation citation;
    citation.source = name_of(bc, c->name());
    for (P::ProvisionContext* p : c->provision())
      citation.provisions.push_back(provision_of(bc, p));
    citation.span = span_of(bc, c);
    out.push_back(std::move(citation));
  }
  return out;
}

}  // namespace frist::parse::detail
