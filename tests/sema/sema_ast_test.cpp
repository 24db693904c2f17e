// Checker tests on hand-built ASTs: the Danish sickness-benefit rulebook
// (SDL §13b first follow-up, the LÆ285 certificate in two versions, the
// BEK 1255/2017 §12 trial lægeattester) built node by node, so the checker
// is exercised without the parser. Line numbers below are those the nodes
// are placed at.
#include <catch2/catch.hpp>

#include "ast_builder.h"
#include "sema/check.h"
#include "sema/dump.h"

using namespace frist;
using namespace frist::sema::testing;

namespace {

ast::SourceDecl source(std::string n, ast::SourceKind kind, std::string title, uint32_t line) {
  ast::SourceDecl s;
  s.name = name(std::move(n), line, 8);
  s.kind = kind;
  s.title = std::move(title);
  s.span = at(line, 1);
  return s;
}

ast::CaseDecl sygefravaer() {
  ast::CaseDecl c;
  c.name = name("Sygefravær", 4, 6);
  c.facts.push_back(fact("kommune", type("Kommune", 5, 12), 5));
  c.facts.push_back(fact("første_fraværsdag", type("date", 6, 22), 6));
  ast::TypeRef range = type("integer", 7, 13);
  range.form = ast::TypeForm::Range;
  range.low = 1;
  range.high = 3;
  c.facts.push_back(fact("kategori", std::move(range), 7));
  c.facts.push_back(fact("forventer_raskmelding_inden_8_uger", type("bool", 8, 40, true), 8));
  c.facts.push_back(fact("helbred_belyst_andetsteds", type("bool", 9, 30), 9));
  return c;
}

ast::EventDecl event(std::string n, uint32_t line) {
  ast::EventDecl e;
  e.name = name(std::move(n), line, 7);
  e.span = at(line, 1);
  return e;
}

ast::RequirementDecl laegeattest() {
  ast::RequirementDecl r;
  r.name = name("LÆ285", 14, 13);
  r.title = "Lægeattest til brug for første opfølgning";
  r.clauses.citations.push_back(cite("SDL", "§ 11a, stk. 1", 15));
  r.clauses.schema = name("Sygefravær", 16, 7);
  r.clauses.when = logic(ast::ExprKind::Not, ref("forventer_raskmelding_inden_8_uger", 17, 12));
  r.clauses.selected_by = ref("første_fraværsdag", 18, 24);
  ast::VersionDecl before2020;
  before2020.label = "før 2020";
  before2020.interval = interval(std::nullopt, date_lit(2020, 1, 1), false, 19);
  before2020.clauses.action = action("request", "LÆ285", 20);
  before2020.clauses.fulfilments.push_back(fulfilled_by("attest_anmodet", 21, 18));
  before2020.clauses.due = before("første_opfølgning", 22, 16);
  before2020.span = at(19, 3);
  r.versions.push_back(std::move(before2020));
  ast::VersionDecl from2020;
  from2020.label = "fra 2020";
  from2020.interval = interval(date_lit(2020, 1, 1), std::nullopt, false, 23);
  from2020.clauses.no_duty = ast::NoDuty{"skønsmæssig fra lov 1555/2019", at(24, 5)};
  from2020.span = at(23, 3);
  r.versions.push_back(std::move(from2020));
  r.span = at(14, 1);
  return r;
}

ast::RequirementDecl opfoelgning() {
  ast::RequirementDecl r;
  r.name = name("første_opfølgning", 25, 13);
  r.title = "Første opfølgningssamtale";
  r.clauses.citations.push_back(cite("SDL", "§ 13b", 26));
  r.clauses.schema = name("Sygefravær", 27, 7);
  r.clauses.when = compare(ast::Op::Ge, ref("kategori", 28, 8), integer(2, 28, 20));
  r.clauses.action = action("hold", "opfølgningssamtale", 29);
  r.clauses.fulfilments.push_back(fulfilled_by("samtale_holdt", 30, 16));
  r.clauses.due = before_end_of_week(8, ref("første_fraværsdag", 31, 45));
  r.span = at(25, 1);
  return r;
}

ast::TrialDecl laegeattester() {
  ast::TrialDecl t;
  t.name = name("lægeattester", 32, 7);
  t.title = "Differentiering i valg af lægeattester";
  t.citations.push_back(cite("BEK1255", "§ 12", 33));
  for (const char* m : {"Hjørring", "Rebild"}) {
    ast::MunicipalityPeriod p;
    p.municipality = name(m, 34, 18);
    p.interval = interval(date_lit(2018, 7, 1), date_lit(2022, 1, 1), false, 34);
    t.municipalities.push_back(std::move(p));
  }
  t.period_date = ref("første_fraværsdag", 35, 21);
  ast::TrialEffect exempt;
  exempt.kind = ast::EffectKind::Exempt;
  exempt.target = name("LÆ285", 36, 11);
  exempt.condition = ref("helbred_belyst_andetsteds", 36, 22);
  exempt.span = at(36, 3);
  t.effects.push_back(std::move(exempt));
  ast::TrialEffect duty;
  duty.kind = ast::EffectKind::Duty;
  duty.target = name("registrering", 37, 12);
  duty.title = "Registrering af alternativ helbredsdokumentation";
  duty.action = action("registrer", "alternativ helbredsdokumentation", 38);
  duty.fulfilments.push_back(fulfilled_by("dokumentation_registreret", 39, 18));
  duty.window = before("første_opfølgning", 40, 16);
  duty.span = at(37, 3);
  t.effects.push_back(std::move(duty));
  t.span = at(32, 1);
  return t;
}

ast::FieldInit init(std::string n, ast::ExprPtr value, uint32_t line) {
  ast::FieldInit f;
  f.name = name(std::move(n), line, 5);
  f.value = std::move(value);
  f.span = f.name.span;
  return f;
}

ast::Expectation expect(std::string requirement, uint32_t line) {
  ast::Expectation e;
  e.requirement = name(std::move(requirement), line, 10);
  e.span = at(line, 3);
  return e;
}

ast::TestDecl hjoerring_test() {
  ast::TestDecl t;
  t.name = "Hjørring, helbred belyst på sygehus";
  t.name_span = at(41, 6);
  t.schema = name("Sygefravær", 42, 8);
  t.facts.push_back(init("kommune", ref("Hjørring", 43, 14), 43));
  t.facts.push_back(init("første_fraværsdag", date(2019, 3, 4, 44, 24), 44));
  t.facts.push_back(init("kategori", integer(2, 45, 15), 45));
  t.facts.push_back(init("forventer_raskmelding_inden_8_uger", boolean(false, 46, 40), 46));
  t.facts.push_back(init("helbred_belyst_andetsteds", boolean(true, 47, 30), 47));
  t.as_of = date_lit(2019, 3, 10, 48, 9);
  ast::Expectation exempted = expect("LÆ285", 49);
  ast::ExpectItem status;
  status.name = name("exempted", 49, 16);
  exempted.items.push_back(status);
  ast::ExpectItem by;
  by.kind = ast::ExpectKind::ByTrial;
  by.name = name("lægeattester", 49, 28);
  exempted.items.push_back(by);
  t.expectations.push_back(std::move(exempted));
  ast::Expectation due = expect("første_opfølgning", 50);
  ast::ExpectItem due_item;
  due_item.kind = ast::ExpectKind::Due;
  due_item.date = date_lit(2019, 4, 28, 50, 32);
  due.items.push_back(due_item);
  t.expectations.push_back(std::move(due));
  return t;
}

ast::Rulebook danish_rulebook() {
  ast::File f;
  f.id = 0;
  f.path = "sygedagpenge.frist";
  f.decls.emplace_back(source("SDL", ast::SourceKind::Act, "Sygedagpengeloven", 1));
  f.decls.emplace_back(source("BEK1255", ast::SourceKind::ExecutiveOrder,
                              "Bekendtgørelse om frikommuneforsøg II", 2));
  ast::EnumDecl kommune;
  kommune.name = name("Kommune", 3, 6);
  for (const char* m : {"Hjørring", "Rebild", "Aalborg"})
    kommune.members.push_back({name(m, 3, 16), ""});
  f.decls.emplace_back(std::move(kommune));
  f.decls.emplace_back(sygefravaer());
  f.decls.emplace_back(event("samtale_holdt", 11));
  f.decls.emplace_back(event("attest_anmodet", 12));
  f.decls.emplace_back(event("dokumentation_registreret", 13));
  f.decls.emplace_back(laegeattest());
  f.decls.emplace_back(opfoelgning());
  f.decls.emplace_back(laegeattester());
  f.decls.emplace_back(hjoerring_test());
  ast::Rulebook book;
  book.files.push_back(std::move(f));
  return book;
}

std::string codes(const diag::Diagnostics& diags) {
  std::string out;
  for (const diag::Diagnostic& d : diags.sorted())
    out +=
        fmt::format("{}@{}:{} {}\n", diag::code_string(d.kind), d.span.line, d.span.col, d.message);
  return out;
}

}  // namespace

TEST_CASE("the hand-built Danish rulebook checks cleanly", "[sema][ast]") {
  ast::Rulebook book = danish_rulebook();
  diag::Diagnostics diags;
  sema::Program p = sema::check(book, diags);
  INFO(codes(diags));
  REQUIRE(diags.all().empty());

  REQUIRE(p.requirements.size() == 2);
  CHECK(p.requirements[0].name == "første_opfølgning");  // dependencies first
  CHECK(p.requirements[1].name == "LÆ285");
  CHECK(p.requirements[1].depends_on == std::vector<sema::Index>{0});
  REQUIRE(p.requirements[1].versions.size() == 2);
  CHECK(p.requirements[1].versions[0].due.requirement == 0);
  CHECK(p.requirements[1].versions[0].period.until == day(2020, 1, 1));
  CHECK(p.requirements[1].versions[1].no_duty);
  CHECK(p.requirements[1].versions[0].when->may_be_unknown);
  CHECK(p.trials[0].effects[0].requirement == 1);
  CHECK(p.trials[0].municipality_fact == 0);
  CHECK(p.trials[0].municipalities.size() == 2);
  CHECK(p.tests[0].expects[0].requirement == 1);
  CHECK(p.tests[0].expects[0].by_trial == 0);
  CHECK(p.tests[0].facts.size() == 5);
  CHECK(p.tests[0].facts[0].value.value == 0);  // Hjørring
}

TEST_CASE("the dump shows resolved indices and types", "[sema][ast][dump]") {
  ast::Rulebook book = danish_rulebook();
  diag::Diagnostics diags;
  std::string text = sema::dump(sema::check(book, diags));
  INFO(text);
  CHECK_THAT(text, Catch::Contains(
                       "#0 første_opfølgning \"Første opfølgningssamtale\" for #0 Sygefravær"));
  CHECK_THAT(text,
             Catch::Contains("when (ge (fact #2 kategori : integer) (const 2 : integer) : bool)"));
  CHECK_THAT(text, Catch::Contains("due before_requirement #0 første_opfølgning"));
  CHECK_THAT(text, Catch::Contains("effect #0 exempt #1 LÆ285"));
}

TEST_CASE("a dependency cycle is reported with its path", "[sema][ast]") {
  ast::Rulebook book = danish_rulebook();
  auto& opf = std::get<ast::RequirementDecl>(book.files[0].decls[8]);
  opf.clauses.due = before("LÆ285", 31, 16);
  diag::Diagnostics diags;
  sema::check(book, diags);
  REQUIRE(diags.error_count() == 1);
  const diag::Diagnostic& d = diags.all()[0];
  CHECK(diag::code_string(d.kind) == "E0404");
  CHECK(d.message ==
        "requirements depend on each other in a cycle: LÆ285 → første_opfølgning → LÆ285");
}
