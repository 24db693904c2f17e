// Declarations that describe the world of the rules: imports, legal sources
// and citations, enumerations, case schemas, event kinds, calendars and
// parameters, each parsed into the AST fields the checker reads.
#include "parse_helpers.h"

namespace frist::parse::testing {
namespace {

TEST_CASE("imports keep the path as written and the span of the declaration", "[parse][decls]") {
  auto p = parse_ok("import \"kommuner.frist\"\nimport \"sub/x.frist\"\n");
  REQUIRE(p->file.imports.size() == 2);
  CHECK(p->file.imports[0].path == "kommuner.frist");
  CHECK(span_text(p->file.imports[0].span) == "1:1+23");
  CHECK(p->file.imports[1].path == "sub/x.frist");
  CHECK(p->file.decls.empty());
}

TEST_CASE("legal sources of every kind", "[parse][decls]") {
  auto p = parse_ok(
      "source SDL = act \"Sygedagpengeloven\"\n"
      "source BEK1255 = executive order \"Bekendtgørelse om frikommuneforsøg II\" nr. 1255 of "
      "2017-11-24\n"
      "source VEJ = guidance \"Vejledning\"\n"
      "source NOTAT = document \"Notat\" of 2020-01-02\n");
  const auto& sdl = p->decl<ast::SourceDecl>(0);
  CHECK(sdl.name.text == "SDL");
  CHECK(sdl.kind == ast::SourceKind::Act);
  CHECK(sdl.title == "Sygedagpengeloven");
  CHECK_FALSE(sdl.number);
  CHECK_FALSE(sdl.date);
  const auto& bek = p->decl<ast::SourceDecl>(1);
  CHECK(bek.kind == ast::SourceKind::ExecutiveOrder);
  CHECK(bek.title == "Bekendtgørelse om frikommuneforsøg II");
  REQUIRE(bek.number);
  CHECK(*bek.number == 1255);
  REQUIRE(bek.date);
  CHECK(bek.date->day == civil(2017, 11, 24));
  CHECK(p->decl<ast::SourceDecl>(2).kind == ast::SourceKind::Guidance);
  CHECK(p->decl<ast::SourceDecl>(3).kind == ast::SourceKind::Document);
  CHECK(p->decl<ast::SourceDecl>(3).date->day == civil(2020, 1, 2));
}

TEST_CASE("citations are normalised the way Danish law is cited", "[parse][decls]") {
  auto p = parse_ok(
      "requirement r\n"
      "  per SDL §11a stk. 1-2, BEK1255 §§ 30a, 31, LBK § 13b stk. 2 nr. 1, "
      "X §§ 12-14 pkt. 3, Y §§ 1 and 4, Z §5 §6, W\n");
  const auto& cites = p->decl<ast::RequirementDecl>().clauses.citations;
  REQUIRE(cites.size() == 7);
  CHECK(cites[0].source.text == "SDL");
  REQUIRE(cites[0].provisions.size() == 1);
  CHECK(cites[0].provisions[0].text == "§ 11a, stk. 1-2");
  CHECK(span_text(cites[0].provisions[0].span) == "2:11+13");
  CHECK(cites[1].provisions[0].text == "§§ 30a, 31");
  CHECK(cites[2].provisions[0].text == "§ 13b, stk. 2, nr. 1");
  CHECK(cites[3].provisions[0].text == "§§ 12-14, pkt. 3");
  CHECK(cites[4].provisions[0].text == "§§ 1 and 4");
  REQUIRE(cites[5].provisions.size() == 2);
  CHECK(cites[5].provisions[1].text == "§ 6");
  CHECK(cites[6].source.text == "W");
  CHECK(cites[6].provisions.empty());
}

TEST_CASE("enumerations with labels and a trailing comma", "[parse][decls]") {
  auto p = parse_ok("enum Kategori \"Kategori\" { En \"Kategori 1\", To, Tre, }");
  const auto& e = p->decl<ast::EnumDecl>();
  CHECK(e.name.text == "Kategori");
  CHECK(e.label == "Kategori");
  REQUIRE(e.members.size() == 3);
  CHECK(e.members[0].name.text == "En");
  CHECK(e.members[0].label == "Kategori 1");
  CHECK(e.members[1].label.empty());
  CHECK(span_text(e.members[2].name.span) == "1:49+3");
}

TEST_CASE("case schemas with every form of type", "[parse][decls]") {
  auto p = parse_ok(
      "case Sygefravær \"Sygedagpengesag\" {\n"
      "  kommune: Kommune\n"
      "  første_fraværsdag: date \"Første fraværsdag\"\n"
      "  kategori: integer 1..3\n"
      "  forventer_raskmelding_inden_8_uger: optional bool\n"
      "  diagnoser: set of Diagnose\n"
      "  timer: optional decimal\n"
      "}\n");
  const auto& c = p->decl<ast::CaseDecl>();
  CHECK(c.name.text == "Sygefravær");
  CHECK(c.label == "Sygedagpengesag");
  REQUIRE(c.facts.size() == 6);
  CHECK(c.facts[0].type.form == ast::TypeForm::Named);
  CHECK(c.facts[0].type.name.text == "Kommune");
  CHECK_FALSE(c.facts[0].type.optional);
  CHECK(c.facts[1].doc == "Første fraværsdag");
  CHECK(span_text(c.facts[1].name.span) == "3:3+17");
  CHECK(c.facts[2].type.form == ast::TypeForm::Range);
  CHECK(c.facts[2].type.name.text == "integer");
  CHECK(c.facts[2].type.low == 1);
  CHECK(c.facts[2].type.high == 3);
  CHECK(c.facts[3].type.optional);
  CHECK(c.facts[3].type.name.text == "bool");
  CHECK(c.facts[4].type.form == ast::TypeForm::Set);
  CHECK(c.facts[4].type.name.text == "Diagnose");
  CHECK(c.facts[5].type.optional);
  CHECK(span_text(c.span) == "1:1+35");
}

TEST_CASE("event kinds with and without fields", "[parse][decls]") {
  auto p = parse_ok(
      "event opfølgningssamtale \"Opfølgningssamtale afholdt\" { form: Samtaleform }\n"
      "event lægeattest_anmodet\n");
  const auto& e = p->decl<ast::EventDecl>(0);
  CHECK(e.name.text == "opfølgningssamtale");
  CHECK(e.label == "Opfølgningssamtale afholdt");
  REQUIRE(e.fields.size() == 1);
  CHECK(e.fields[0].name.text == "form");
  CHECK(e.fields[0].type.name.text == "Samtaleform");
  const auto& bare = p->decl<ast::EventDecl>(1);
  CHECK(bare.name.text == "lægeattest_anmodet");
  CHECK(bare.fields.empty());
}

TEST_CASE("calendars with base holidays, annual and single closures", "[parse][decls]") {
  auto p = parse_ok(
      "calendar forvaltning \"Forvaltningens lukkedage\" {\n"
      "  holidays danish\n"
      "  closed \"Grundlovsdag\" every 5 June\n"
      "  closed \"Juleaftensdag\" every 24 December from year 2000\n"
      "  closed \"Nytårsaften\" every 31 December from year 2000 through year 2030\n"
      "  closed \"Ekstra lukkedag\" on 2020-05-22\n"
      "}\n");
  const auto& c = p->decl<ast::CalendarDecl>();
  CHECK(c.name.text == "forvaltning");
  CHECK(c.label == "Forvaltningens lukkedage");
  REQUIRE(c.items.size() == 5);
  CHECK(c.items[0].kind == ast::CalendarItemKind::BaseHolidays);
  CHECK(c.items[0].base.text == "danish");
  CHECK(c.items[1].kind == ast::CalendarItemKind::Annual);
  CHECK(c.items[1].label == "Grundlovsdag");
  CHECK(c.items[1].day_of_month == 5);
  CHECK(c.items[1].month.text == "June");
  CHECK_FALSE(c.items[1].from_year);
  CHECK(c.items[2].from_year == 2000);
  CHECK_FALSE(c.items[2].through_year);
  CHECK(c.items[3].through_year == 2030);
  CHECK(c.items[4].kind == ast::CalendarItemKind::Single);
  CHECK(c.items[4].date.day == civil(2020, 5, 22));
  CHECK(span_text(c.items[4].span) == "6:3+38");
}

TEST_CASE("parameters with values in force over intervals", "[parse][decls]") {
  auto p = parse_ok(
      "parameter LÆ265_honorar \"Honorar for LÆ265\": money\n"
      "  = 1639.00 DKK from 2016-01-01 until 2017-01-01 per BEK1255 §12\n"
      "  = 1700 DKK from 2017-01-01\n"
      "parameter frist: integer = 3 through 2019-12-31\n"
      "parameter gammel: integer = 4 until 2019-12-31\n"
      "parameter altid: integer = 5\n");
  const auto& par = p->decl<ast::ParameterDecl>(0);
  CHECK(par.name.text == "LÆ265_honorar");
  CHECK(par.label == "Honorar for LÆ265");
  CHECK(par.type.name.text == "money");
  REQUIRE(par.values.size() == 2);
  CHECK(par.values[0].value->kind == ast::ExprKind::Money);
  CHECK(par.values[0].value->int_value == 163900);
  CHECK(par.values[0].interval.from->day == civil(2016, 1, 1));
  CHECK(par.values[0].interval.end->day == civil(2017, 1, 1));
  CHECK_FALSE(par.values[0].interval.end_inclusive);
  REQUIRE(par.values[0].citations.size() == 1);
  CHECK(par.values[0].citations[0].provisions[0].text == "§ 12");
  CHECK(par.values[1].value->int_value == 170000);
  CHECK_FALSE(par.values[1].interval.end);
  const auto& through = p->decl<ast::ParameterDecl>(1).values[0].interval;
  CHECK_FALSE(through.from);
  CHECK(through.end_inclusive);
  CHECK(through.end->day == civil(2019, 12, 31));
  CHECK_FALSE(p->decl<ast::ParameterDecl>(2).values[0].interval.end_inclusive);
  const auto& always = p->decl<ast::ParameterDecl>(3).values[0].interval;
  CHECK_FALSE(always.from);
  CHECK_FALSE(always.end);
}

TEST_CASE("soft keywords can be used as names", "[parse][decls]") {
  auto p = parse_ok("case C { target: integer period: date window: bool act: bool given: bool }\n");
  const auto& c = p->decl<ast::CaseDecl>();
  REQUIRE(c.facts.size() == 5);
  CHECK(c.facts[0].name.text == "target");
  CHECK(c.facts[2].name.text == "window");
}

TEST_CASE("comments, a byte order mark and CRLF line ends are ignored", "[parse][decls]") {
  auto p = parse_ok("\xEF\xBB\xBF# a comment\r\nenum A { X } # trailing\r\n");
  const auto& e = p->decl<ast::EnumDecl>();
  CHECK(span_text(e.span) == "2:1+12");
}

TEST_CASE("an invalid date is reported with its text", "[parse][decls]") {
  auto p = parse_text("source S = act \"x\" of 2023-02-30");
  CHECK(p->listing() == "E0011 1:23 `2023-02-30` is not a valid date\n");
}

TEST_CASE("text escapes are processed; unknown escapes are reported", "[parse][decls]") {
  auto p = parse_ok(R"(source S = act "a \"b\" \\ c\nd\te")");
  CHECK(p->decl<ast::SourceDecl>().title == "a \"b\" \\ c\nd\te");
  auto bad = parse_text(R"(source S = act "æ\q")");
  CHECK(bad->listing() == "E0014 1:18 unknown escape `\\q` in text\n");
}

}  // namespace
}  // namespace frist::parse::testing
