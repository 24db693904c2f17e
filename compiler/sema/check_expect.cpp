// Expectations of a test: which obligation (a requirement or a trial's duty),
// its status word, the trial that changed it, dates, the facts reported
// missing and the version that applied. Status words are the parser's to
// check (E0103); an unknown one is simply left out here.
#include <fmt/format.h>

#include <algorithm>

#include "sema/passes.h"

namespace frist::sema {
namespace {

void resolve_obligation(Context& ctx, const ast::Name& name, Index schema, Expect& out) {
  auto it = ctx.scope.obligations.find(name.text);
  if (it != ctx.scope.obligations.end() && it->second.kind == Obligation::Kind::Requirement) {
    out.requirement = it->second.index;
    check_same_schema(ctx, out.requirement, schema, name.span);
    return;
  }
  if (it != ctx.scope.obligations.end() && it->second.kind == Obligation::Kind::Duty) {
    out.duty_trial = it->second.index;
    out.duty_effect = it->second.effect;
    return;
  }
  auto report = ctx.diags.report(Kind::UnknownRequirement, name.span, name.text);
  if (it != ctx.scope.obligations.end()) {
    report.note(it->second.span, "this is a trial; expect one of its duties or a requirement");
    return;
  }
  std::vector<std::string> candidates = names_of(ctx.program.requirements);
  for (const Trial& t : ctx.program.trials)
    for (const Effect& e : t.effects)
      if (e.kind == EffectKind::Duty) candidates.push_back(e.duty_name);
  report.hint(diag::did_you_mean(name.text, candidates));
}

Index by_trial(Context& ctx, const ast::Name& name) {
  auto it = ctx.scope.obligations.find(name.text);
  if (it != ctx.scope.obligations.end() && it->second.kind == Obligation::Kind::Trial)
    return it->second.index;
  ctx.diags.report(Kind::UnknownTrial, name.span, name.text)
      .hint(diag::did_you_mean(name.text, names_of(ctx.program.trials)));
  return kNone;
}

// A result can be undetermined by an unknown fact or by an event that has not
// happened, so `missing` names either.
bool is_event_kind(const Context& ctx, const std::string& name) {
  for (const EventKind& e : ctx.program.events) {
    if (e.name == name) return true;
  }
  return false;
}

void check_missing(Context& ctx, const ast::ExpectItem& item, Index schema, Expect& out) {
  for (const ast::Name& name : item.names) {
    out.missing.push_back(name.text);
    if (schema == kNone || find_fact(ctx, schema, name.text) != kNone) continue;
    if (is_event_kind(ctx, name.text)) continue;
    const Schema& s = ctx.program.schemas[schema];
    ctx.diags.report(Kind::UnknownField, name.span, s.name, name.text)
        .hint(diag::did_you_mean(name.text, names_of(s.facts)));
  }
}

void check_version_label(Context& ctx, const ast::ExpectItem& item, Expect& out) {
  out.version = item.text;
  if (out.requirement == kNone) return;
  const Requirement& r = ctx.program.requirements[out.requirement];
  std::vector<std::string> labels;
  for (const Version& v : r.versions) {
    if (v.label == item.text) return;
    labels.push_back(v.label);
  }
  bool unnamed = std::all_of(labels.begin(), labels.end(), [](auto& l) { return l.empty(); });
  ctx.diags.report(Kind::UnknownVersion, item.span, r.name, item.text)
      .hint(unnamed ? fmt::format("`{}` has no named versions", r.name)
                    : diag::did_you_mean(item.text, labels));
}

}  // namespace

Expect check_expectation(Context& ctx, const ast::Expectation& e, Index schema) {
  Expect out;
  out.name = e.requirement.text;
  out.occurrence = e.occurrence;
  out.span = e.span;
  resolve_obligation(ctx, e.requirement, schema, out);
  for (const ast::ExpectItem& item : e.items) {
    switch (item.kind) {
      case ast::ExpectKind::Status:
        out.status = parse_status(item.name.text);
        break;
      case ast::ExpectKind::ByTrial:
        out.by_trial = by_trial(ctx, item.name);
        break;
      case ast::ExpectKind::Due:
        out.due = item.date.day;
        break;
      case ast::ExpectKind::Window:
        out.window = std::make_pair(item.date.day, item.date2.day);
        break;
      case ast::ExpectKind::On:
        out.on = item.date.day;
        break;
      case ast::ExpectKind::Missing:
        check_missing(ctx, item, schema, out);
        break;
      case ast::ExpectKind::Version:
        check_version_label(ctx, item, out);
        break;
    }
  }
  return out;
}

}  // namespace frist::sema
