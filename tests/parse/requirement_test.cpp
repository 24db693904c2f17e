// Requirements: every clause, every form of deadline, versions, and the
// rule that a clause is given at most once per clause list.
#include "parse_helpers.h"

namespace frist::parse::testing {
namespace {

TEST_CASE("a requirement with every common clause", "[parse][requirement]") {
  auto p = parse_ok(
      "requirement første_opfølgning \"Første opfølgningssamtale\"\n"
      "  per SDL §13b stk. 1\n"
      "  for Sygefravær\n"
      "  when kategori >= 2 and not (forventer_raskmelding_inden_8_uger is unknown)\n"
      "  do hold \"opfølgningssamtale\"\n"
      "  fulfilled by opfølgningssamtale where form = personlig\n"
      "  due before the end of week 8 counted from første_fraværsdag\n"
      "  calendar forvaltning\n"
      "  no roll forward\n");
  const auto& r = p->decl<ast::RequirementDecl>();
  CHECK(r.name.text == "første_opfølgning");
  CHECK(r.title == "Første opfølgningssamtale");
  CHECK(span_text(r.span) == "1:1+57");
  const ast::ReqClauses& c = r.clauses;
  REQUIRE(c.citations.size() == 1);
  CHECK(c.citations[0].provisions[0].text == "§ 13b, stk. 1");
  REQUIRE(c.schema);
  CHECK(c.schema->text == "Sygefravær");
  REQUIRE(c.when);
  CHECK(c.when->kind == ast::ExprKind::And);
  REQUIRE(c.action);
  CHECK(c.action->verb.text == "hold");
  CHECK(c.action->text == "opfølgningssamtale");
  CHECK(span_text(c.action->span) == "5:3+28");
  REQUIRE(c.fulfilments.size() == 1);
  CHECK(c.fulfilments[0].event.text == "opfølgningssamtale");
  REQUIRE(c.fulfilments[0].where);
  CHECK(c.fulfilments[0].where->kind == ast::ExprKind::Compare);
  REQUIRE(c.due);
  CHECK(c.due->kind == ast::WindowKind::EndOfWeek);
  CHECK(c.due->week_from == 8);
  CHECK(c.due->anchor->name.text == "første_fraværsdag");
  REQUIRE(c.calendar);
  CHECK(c.calendar->text == "forvaltning");
  REQUIRE(c.roll_forward);
  CHECK_FALSE(*c.roll_forward);
  CHECK(span_text(c.roll_span) == "9:3+15");
  CHECK_FALSE(c.trigger);
  CHECK_FALSE(c.no_duty);
  CHECK(r.versions.empty());
}

TEST_CASE("versions override the requirement's default clauses", "[parse][requirement]") {
  auto p = parse_ok(
      "requirement LÆ285 \"Lægeattest til brug for første opfølgning\"\n"
      "  for Sygefravær\n"
      "  versions selected by første_fraværsdag\n"
      "  when true\n"
      "  version \"pligt\" from 2014-01-01 until 2020-01-01\n"
      "    per SDL §11a stk. 1-2, BEK1255 §§ 12, 13\n"
      "    when not forventer_raskmelding_inden_8_uger\n"
      "    triggered by første_fraværsdag\n"
      "    do request \"LÆ285\"\n"
      "    fulfilled by lægeattest_anmodet\n"
      "    due before første_opfølgning\n"
      "  version \"skøn\" from 2020-01-01\n"
      "    per SDL §11a stk. 1\n"
      "    no duty \"lægeattesten indhentes kun efter kommunens vurdering\"\n"
      "  version through 2013-12-31\n"
      "    no duty\n");
  const auto& r = p->decl<ast::RequirementDecl>();
  REQUIRE(r.clauses.selected_by);
  CHECK(r.clauses.selected_by->name.text == "første_fraværsdag");
  REQUIRE(r.clauses.when);
  REQUIRE(r.versions.size() == 3);
  const ast::VersionDecl& pligt = r.versions[0];
  CHECK(pligt.label == "pligt");
  CHECK(pligt.interval.from->day == civil(2014, 1, 1));
  CHECK(pligt.interval.end->day == civil(2020, 1, 1));
  CHECK(span_text(pligt.span) == "5:3+48");
  REQUIRE(pligt.clauses.citations.size() == 2);
  CHECK(pligt.clauses.citations[1].provisions[0].text == "§§ 12, 13");
  CHECK(pligt.clauses.when->kind == ast::ExprKind::Not);
  REQUIRE(pligt.clauses.trigger);
  CHECK_FALSE(pligt.clauses.trigger->each_event);
  CHECK(pligt.clauses.trigger->date->name.text == "første_fraværsdag");
  CHECK(pligt.clauses.action->verb.text == "request");
  CHECK(pligt.clauses.due->kind == ast::WindowKind::BeforeReq);
  CHECK(pligt.clauses.due->requirement.text == "første_opfølgning");
  const ast::VersionDecl& skon = r.versions[1];
  CHECK_FALSE(skon.interval.end);
  REQUIRE(skon.clauses.no_duty);
  CHECK(skon.clauses.no_duty->reason == "lægeattesten indhentes kun efter kommunens vurdering");
  CHECK(r.versions[2].label.empty());
  CHECK(r.versions[2].interval.end_inclusive);
  REQUIRE(r.versions[2].clauses.no_duty);
  CHECK(r.versions[2].clauses.no_duty->reason.empty());
}

TEST_CASE("a recurring requirement triggered by each event", "[parse][requirement]") {
  auto p = parse_ok(
      "requirement kontakt \"Kontaktforløb\" for Ledig\n"
      "  triggered by each ledighedsydelse_start where første = true\n"
      "  do hold \"samtale\" fulfilled by samtale\n"
      "  due at least every 3 months counted from første_ledighedsdag until første_ledighedsdag "
      "+ 2½ years\n"
      "  roll forward\n");
  const auto& c = p->decl<ast::RequirementDecl>().clauses;
  REQUIRE(c.trigger);
  CHECK(c.trigger->each_event);
  CHECK(c.trigger->event.text == "ledighedsydelse_start");
  REQUIRE(c.trigger->where);
  CHECK(c.trigger->where->kind == ast::ExprKind::Compare);
  CHECK_FALSE(c.trigger->date);
  REQUIRE(c.due);
  CHECK(c.due->kind == ast::WindowKind::Cadence);
  CHECK(c.due->duration.halves == 6);
  CHECK(c.due->duration.unit == ast::Unit::Months);
  CHECK(c.due->anchor->name.text == "første_ledighedsdag");
  REQUIRE(c.due->end);
  CHECK(c.due->end->kind == ast::ExprKind::Binary);
  CHECK(c.due->end->args[1]->duration.halves == 5);
  CHECK(c.due->end->args[1]->duration.unit == ast::Unit::Years);
  CHECK_FALSE(c.due->cadence_for);
  REQUIRE(c.roll_forward);
  CHECK(*c.roll_forward);
}

TEST_CASE("every form of deadline", "[parse][requirement]") {
  auto p = parse_ok(
      "requirement a due between week 8 and week 12 counted from d\n"
      "requirement b due between week 1 and week 2 from d\n"
      "requirement c due at the latest 4 weeks after d\n"
      "requirement e due within 5 working days after d\n"
      "requirement f due no later than a\n"
      "requirement g due from d to d + 1 month\n"
      "requirement h due by 2020-01-01\n"
      "requirement i due every 6 months from d for 2 years\n"
      "requirement j due before the end of week 3 from d\n");
  auto due = [&](size_t i) -> const ast::Window& {
    const auto& r = p->decl<ast::RequirementDecl>(i);
    REQUIRE(r.clauses.due);
    return *r.clauses.due;
  };
  CHECK(due(0).kind == ast::WindowKind::BetweenWeeks);
  CHECK(due(0).week_from == 8);
  CHECK(due(0).week_to == 12);
  CHECK(due(1).week_to == 2);
  CHECK(due(2).kind == ast::WindowKind::LatestAfter);
  CHECK(due(2).duration.halves == 8);
  CHECK(due(2).duration.unit == ast::Unit::Weeks);
  CHECK(due(3).kind == ast::WindowKind::Within);
  CHECK(due(3).duration.working);
  CHECK(due(3).duration.halves == 10);
  CHECK(due(4).kind == ast::WindowKind::NoLaterThan);
  CHECK(due(4).requirement.text == "a");
  CHECK(due(5).kind == ast::WindowKind::Range);
  CHECK(due(5).anchor->name.text == "d");
  CHECK(due(5).end->kind == ast::ExprKind::Binary);
  CHECK(due(6).kind == ast::WindowKind::By);
  CHECK(due(6).end->date == civil(2020, 1, 1));
  CHECK_FALSE(due(6).anchor);
  CHECK(due(7).kind == ast::WindowKind::Cadence);
  REQUIRE(due(7).cadence_for);
  CHECK(due(7).cadence_for->halves == 4);
  CHECK(due(7).cadence_for->unit == ast::Unit::Years);
  CHECK(due(8).kind == ast::WindowKind::EndOfWeek);
  CHECK(span_text(due(0).span) == "1:19+41");
}

TEST_CASE("alternative fulfilments are one clause", "[parse][requirement]") {
  auto p = parse_ok("requirement r fulfilled by a where x = 1 or b or by c where y\n");
  const auto& f = p->decl<ast::RequirementDecl>().clauses.fulfilments;
  // `or` inside a `where` belongs to the condition; alternatives are joined
  // by `or by`, which no condition can continue with.
  REQUIRE(f.size() == 2);
  CHECK(f[0].event.text == "a");
  CHECK(f[0].where->kind == ast::ExprKind::Or);
  CHECK(f[1].event.text == "c");
  auto q = parse_ok("requirement r fulfilled by a or by b where y\n");
  const auto& g = q->decl<ast::RequirementDecl>().clauses.fulfilments;
  REQUIRE(g.size() == 2);
  CHECK_FALSE(g[0].where);
  CHECK(g[1].where->name.text == "y");
}

TEST_CASE("a clause given twice is reported once with a note", "[parse][requirement]") {
  auto p = parse_text(
      "requirement første_opfølgning\n"
      "  when a\n"
      "  due by d\n"
      "  when b\n"
      "  due by e\n"
      "  fulfilled by x\n"
      "  fulfilled by y\n"
      "  per A\n"
      "  per B\n"
      "  roll forward\n"
      "  no roll forward\n");
  CHECK(p->listing() ==
        "E0101 4:3 `when` is given twice in `første_opfølgning`\n"
        "E0101 5:3 `due` is given twice in `første_opfølgning`\n"
        "E0101 7:3 `fulfilled by` is given twice in `første_opfølgning`\n"
        "E0101 9:3 `per` is given twice in `første_opfølgning`\n"
        "E0101 11:3 `no roll forward` is given twice in `første_opfølgning`\n");
  std::vector<diag::Diagnostic> sorted = p->diags.sorted();
  const diag::Diagnostic& first = sorted[0];
  REQUIRE(first.notes.size() == 1);
  CHECK(first.notes[0].message == "first given here");
  CHECK(span_text(first.notes[0].span) == "2:3+6");
  // The first clause wins.
  const auto& c = p->decl<ast::RequirementDecl>().clauses;
  CHECK(c.when->name.text == "a");
  CHECK(c.fulfilments[0].event.text == "x");
  CHECK(*c.roll_forward);
}

TEST_CASE("duplicates are per clause list; defaults may be overridden", "[parse][requirement]") {
  auto ok = parse_ok(
      "requirement r when a due by d\n"
      "  version from 2020-01-01 when b due by e\n"
      "  version from 2021-01-01 when c\n");
  CHECK(ok->decl<ast::RequirementDecl>().versions[0].clauses.when->name.text == "b");
  auto dup = parse_text(
      "requirement r\n"
      "  version from 2020-01-01 do a do b\n");
  CHECK(dup->listing() == "E0101 2:32 `do` is given twice in `r`\n");
}

TEST_CASE("`versions selected by` inside a version is kept for the checker",
          "[parse][requirement]") {
  auto p = parse_ok("requirement r version from 2020-01-01 versions selected by d\n");
  CHECK(p->decl<ast::RequirementDecl>().versions[0].clauses.selected_by);
}

}  // namespace
}  // namespace frist::parse::testing
