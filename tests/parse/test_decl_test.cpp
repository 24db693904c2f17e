// Tests written in the rule language: the case, its events, the date of
// evaluation, trials switched on and the expected obligations; status words
// are checked with a "did you mean" hint.
#include "parse_helpers.h"

namespace frist::parse::testing {
namespace {

const char* kTest =
    "test \"Hjørring, helbred belyst på sygehus\" {\n"
    "  case Sygefravær {\n"
    "    kommune: Hjørring, første_fraværsdag: 2019-03-04\n"
    "    kategori: 2\n"
    "    forventer_raskmelding_inden_8_uger: false\n"
    "    timer: unknown\n"
    "    event opfølgningssamtale on 2019-04-20 { form: telefon }\n"
    "    event lægeattest_anmodet on 2019-03-05\n"
    "  }\n"
    "  as of 2019-03-10\n"
    "  with trial forslag\n"
    "  expect LÆ285 exempted by lægeattester\n"
    "  expect første_opfølgning pending due 2019-04-28 window 2019-03-04 to 2019-04-28\n"
    "  expect kontakt occurrence 2 fulfilled on 2019-06-01 version \"pligt\"\n"
    "  expect x undetermined missing kategori, timer\n"
    "}\n";

TEST_CASE("a test case with facts, events and the date of evaluation", "[parse][test]") {
  auto p = parse_ok(kTest);
  const auto& t = p->decl<ast::TestDecl>();
  CHECK(t.name == "Hjørring, helbred belyst på sygehus");
  CHECK(span_text(t.name_span) == "1:6+37");
  CHECK(t.schema.text == "Sygefravær");
  REQUIRE(t.facts.size() == 5);
  CHECK(t.facts[0].name.text == "kommune");
  CHECK(t.facts[0].value->kind == ast::ExprKind::Name);
  CHECK(t.facts[1].value->date == civil(2019, 3, 4));
  CHECK(t.facts[2].value->int_value == 2);
  CHECK(t.facts[3].value->kind == ast::ExprKind::Bool);
  CHECK(t.facts[4].value->kind == ast::ExprKind::Unknown);
  REQUIRE(t.events.size() == 2);
  CHECK(t.events[0].kind.text == "opfølgningssamtale");
  CHECK(t.events[0].date.day == civil(2019, 4, 20));
  REQUIRE(t.events[0].fields.size() == 1);
  CHECK(t.events[0].fields[0].value->name.text == "telefon");
  CHECK(t.events[1].fields.empty());
  CHECK(t.as_of.day == civil(2019, 3, 10));
  REQUIRE(t.trials_on.size() == 1);
  CHECK(t.trials_on[0].text == "forslag");
}

TEST_CASE("expectations with every kind of item", "[parse][test]") {
  auto p = parse_ok(kTest);
  const auto& e = p->decl<ast::TestDecl>().expectations;
  REQUIRE(e.size() == 4);
  CHECK(e[0].requirement.text == "LÆ285");
  REQUIRE(e[0].items.size() == 2);
  CHECK(e[0].items[0].kind == ast::ExpectKind::Status);
  CHECK(e[0].items[0].name.text == "exempted");
  CHECK(e[0].items[1].kind == ast::ExpectKind::ByTrial);
  CHECK(e[0].items[1].name.text == "lægeattester");
  REQUIRE(e[1].items.size() == 3);
  CHECK(e[1].items[1].kind == ast::ExpectKind::Due);
  CHECK(e[1].items[1].date.day == civil(2019, 4, 28));
  CHECK(e[1].items[2].kind == ast::ExpectKind::Window);
  CHECK(e[1].items[2].date.day == civil(2019, 3, 4));
  CHECK(e[1].items[2].date2.day == civil(2019, 4, 28));
  CHECK(span_text(e[1].items[2].span) == "13:51+31");
  CHECK(e[2].occurrence == 2);
  CHECK(e[2].items[0].name.text == "fulfilled");
  CHECK(e[2].items[1].kind == ast::ExpectKind::On);
  CHECK(e[2].items[2].kind == ast::ExpectKind::Version);
  CHECK(e[2].items[2].text == "pligt");
  CHECK_FALSE(e[3].occurrence);
  CHECK(e[3].items[1].kind == ast::ExpectKind::Missing);
  REQUIRE(e[3].items[1].names.size() == 2);
  CHECK(e[3].items[1].names[1].text == "timer");
}

TEST_CASE("every status word is accepted", "[parse][test]") {
  auto p = parse_ok(
      "test \"t\" { case S { } as of 2020-01-01\n"
      "  expect r not_applicable expect r upcoming expect r pending expect r fulfilled\n"
      "  expect r fulfilled_late expect r overdue expect r exempted expect r undetermined }\n");
  CHECK(p->decl<ast::TestDecl>().expectations.size() == 8);
}

TEST_CASE("an unknown status word gets a suggestion", "[parse][test]") {
  auto p = parse_text(
      "test \"t\" { case S { } as of 2020-01-01\n"
      "  expect r fulfiled\n"
      "  expect r banana }\n");
  CHECK(p->listing() ==
        "E0103 2:12 `fulfiled` is not an obligation status\n"
        "E0103 3:12 `banana` is not an obligation status\n");
  auto sorted = p->diags.sorted();
  CHECK(sorted[0].hint == "did you mean `fulfilled`?");
  CHECK(sorted[1].hint ==
        "a status is one of not_applicable, upcoming, pending, fulfilled, fulfilled_late, "
        "overdue, exempted, undetermined");
}

}  // namespace
}  // namespace frist::parse::testing
