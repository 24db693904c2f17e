// Trials: scope (municipalities, periods, target), the four kinds of effect
// and precedence, as written in a frikommuneforsøg.
#include "parse_helpers.h"

namespace frist::parse::testing {
namespace {

const char* kTrial =
    "trial lægeattester \"Differentiering i valg af lægeattester\" per BEK1255 §12\n"
    "  for Sygefravær\n"
    "  municipalities Hjørring from 2018-07-01 until 2022-01-01,\n"
    "                 Rebild from 2018-07-01 through 2021-12-31\n"
    "  municipality given by kommune\n"
    "  period decided by første_fraværsdag\n"
    "  target kategori >= 2\n"
    "  exempts LÆ285 when helbred_belyst_andetsteds saving LÆ285_honorar\n"
    "  replaces window of fællessamtale with between week 8 and week 12 counted from "
    "første_ledighedsdag\n"
    "  allows første_opfølgning fulfilled by telefonsamtale or by videosamtale where ok\n"
    "  requires registrering \"Registrér alternativ dokumentation\"\n"
    "    do record \"alternativ helbredsdokumentation\"\n"
    "    fulfilled by dokumentation_registreret\n"
    "    due within 2 weeks after første_fraværsdag\n"
    "  exempts LÆ286\n"
    "  replaces cadence of kontakt with every 6 months from d\n"
    "  takes precedence over formkrav, andet_forsøg\n";

TEST_CASE("a trial with scope and every kind of effect", "[parse][trial]") {
  auto p = parse_ok(kTrial);
  const auto& t = p->decl<ast::TrialDecl>();
  CHECK(t.name.text == "lægeattester");
  CHECK(t.title == "Differentiering i valg af lægeattester");
  REQUIRE(t.citations.size() == 1);
  CHECK(t.citations[0].source.text == "BEK1255");
  CHECK(t.schema->text == "Sygefravær");
  REQUIRE(t.municipalities.size() == 2);
  CHECK(t.municipalities[0].municipality.text == "Hjørring");
  CHECK(t.municipalities[0].interval.from->day == civil(2018, 7, 1));
  CHECK_FALSE(t.municipalities[0].interval.end_inclusive);
  CHECK(t.municipalities[1].municipality.text == "Rebild");
  CHECK(t.municipalities[1].interval.end_inclusive);
  CHECK(t.municipalities[1].interval.end->day == civil(2021, 12, 31));
  CHECK(t.municipality_fact->text == "kommune");
  CHECK(t.period_date->name.text == "første_fraværsdag");
  CHECK(t.target->kind == ast::ExprKind::Compare);
  CHECK_FALSE(t.off_by_default);
  REQUIRE(t.precedes.size() == 2);
  CHECK(t.precedes[1].text == "andet_forsøg");
}

TEST_CASE("trial effects", "[parse][trial]") {
  auto p = parse_ok(kTrial);
  const auto& e = p->decl<ast::TrialDecl>().effects;
  REQUIRE(e.size() == 6);
  CHECK(e[0].kind == ast::EffectKind::Exempt);
  CHECK(e[0].target.text == "LÆ285");
  CHECK(e[0].condition->name.text == "helbred_belyst_andetsteds");
  CHECK(e[0].saving->name.text == "LÆ285_honorar");
  CHECK(span_text(e[0].span) == "8:3+65");
  CHECK(e[1].kind == ast::EffectKind::ReplaceWindow);
  CHECK(e[1].target.text == "fællessamtale");
  CHECK(e[1].window->kind == ast::WindowKind::BetweenWeeks);
  CHECK(e[2].kind == ast::EffectKind::Alternative);
  CHECK(e[2].target.text == "første_opfølgning");
  REQUIRE(e[2].fulfilments.size() == 2);
  CHECK(e[2].fulfilments[1].where->name.text == "ok");
  CHECK(e[3].kind == ast::EffectKind::Duty);
  CHECK(e[3].target.text == "registrering");
  CHECK(e[3].title == "Registrér alternativ dokumentation");
  CHECK(e[3].action->verb.text == "record");
  CHECK(e[3].action->text == "alternativ helbredsdokumentation");
  CHECK(e[3].fulfilments[0].event.text == "dokumentation_registreret");
  CHECK(e[3].window->kind == ast::WindowKind::Within);
  CHECK(e[4].kind == ast::EffectKind::Exempt);
  CHECK_FALSE(e[4].condition);
  CHECK_FALSE(e[4].saving);
  CHECK(e[5].window->kind == ast::WindowKind::Cadence);
}

TEST_CASE("a trial off by default", "[parse][trial]") {
  auto p = parse_ok(
      "trial forslag \"Fleksjob uden rehabiliteringsteam\" per BEK1255\n"
      "  off by default\n");
  const auto& t = p->decl<ast::TrialDecl>();
  CHECK(t.off_by_default);
  CHECK(t.citations[0].provisions.empty());
  CHECK(t.effects.empty());
}

TEST_CASE("single-valued trial clauses are given once", "[parse][trial]") {
  auto p = parse_text(
      "trial t for A for B target x target y\n"
      "  requires d do a do b due by x due by y\n");
  CHECK(p->listing() ==
        "E0101 1:15 `for` is given twice in `t`\n"
        "E0101 1:30 `target` is given twice in `t`\n"
        "E0101 2:19 `do` is given twice in `d`\n"
        "E0101 2:33 `due` is given twice in `d`\n");
}

}  // namespace
}  // namespace frist::parse::testing
