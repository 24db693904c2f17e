// The AST dump (`frist check --dump=ast`): a golden rendering of a small
// rule file, and the full example of the language parsing without errors.
#include "ast/dump.h"

#include "parse_helpers.h"

namespace frist::parse::testing {
namespace {

const char* kExample = R"frist(
import "kommuner.frist"
source SDL = act "Sygedagpengeloven"
source BEK1255 = executive order "Bekendtgørelse om frikommuneforsøg II" nr. 1255 of 2017-11-24
enum Kategori { En "Kategori 1", To, Tre }
case Sygefravær "Sygedagpengesag" {
  kommune: Kommune
  første_fraværsdag: date "Første fraværsdag"
  kategori: integer 1..3
  forventer_raskmelding_inden_8_uger: optional bool
  diagnoser: set of Diagnose
  timer: optional decimal
}
event opfølgningssamtale "Opfølgningssamtale afholdt" { form: Samtaleform }
event lægeattest_anmodet
calendar forvaltning "Forvaltningens lukkedage" {
  holidays danish
  closed "Grundlovsdag" every 5 June
  closed "Juleaftensdag" every 24 December from year 2000
  closed "Ekstra lukkedag" on 2020-05-22
}
parameter LÆ265_honorar "Honorar for LÆ265": money
  = 1639.00 DKK from 2016-01-01 until 2017-01-01 per BEK1255 §12
  = 1700 DKK from 2017-01-01
requirement første_opfølgning "Første opfølgningssamtale"
  per SDL §13b stk. 1
  for Sygefravær
  when kategori >= 2 and not (forventer_raskmelding_inden_8_uger is unknown)
  do hold "opfølgningssamtale"
  fulfilled by opfølgningssamtale where form = personlig or by telefonsamtale
  due before the end of week 8 counted from første_fraværsdag
  calendar forvaltning
  no roll forward
requirement LÆ285 "Lægeattest til brug for første opfølgning"
  for Sygefravær
  versions selected by første_fraværsdag
  version "pligt" from 2014-01-01 until 2020-01-01
    per SDL §11a stk. 1-2, BEK1255 §§ 12, 13
    when not forventer_raskmelding_inden_8_uger
    triggered by første_fraværsdag
    do request "LÆ285"
    fulfilled by lægeattest_anmodet
    due before første_opfølgning
  version "skøn" from 2020-01-01
    per SDL §11a stk. 1
    no duty "lægeattesten indhentes kun efter kommunens vurdering"
requirement kontakt "Kontaktforløb" for Ledig
  triggered by each ledighedsydelse_start where første = true
  do hold "samtale" fulfilled by samtale
  due at least every 3 months counted from første_ledighedsdag until første_ledighedsdag + 2½ years
  roll forward
trial lægeattester "Differentiering i valg af lægeattester" per BEK1255 §12
  for Sygefravær
  municipalities Hjørring from 2018-07-01 until 2022-01-01,
                 Rebild from 2018-07-01 through 2021-12-31
  municipality given by kommune
  period decided by første_fraværsdag
  target kategori >= 2
  exempts LÆ285 when helbred_belyst_andetsteds saving LÆ285_honorar
  replaces window of fællessamtale with between week 8 and week 12 counted from første_ledighedsdag
  allows første_opfølgning fulfilled by telefonsamtale
  requires registrering "Registrér alternativ dokumentation"
    do record "alternativ helbredsdokumentation"
    fulfilled by dokumentation_registreret
    due within 2 weeks after første_fraværsdag
  takes precedence over formkrav, andet_forsøg
trial forslag "Fleksjob uden rehabiliteringsteam" per BEK1255
  off by default
test "Hjørring, helbred belyst på sygehus" {
  case Sygefravær {
    kommune: Hjørring, første_fraværsdag: 2019-03-04
    kategori: 2
    forventer_raskmelding_inden_8_uger: false
    timer: unknown
    event opfølgningssamtale on 2019-04-20 { form: telefon }
  }
  as of 2019-03-10
  with trial forslag
  expect LÆ285 exempted by lægeattester
  expect første_opfølgning pending due 2019-04-28 window 2019-03-04 to 2019-04-28
  expect kontakt occurrence 2 fulfilled on 2019-06-01 version "pligt"
  expect x undetermined missing kategori, timer
}
)frist";

TEST_CASE("the complete example of the language parses", "[parse][dump]") {
  auto p = parse_ok(kExample);
  CHECK(p->file.imports.size() == 1);
  CHECK(p->file.decls.size() == 14);
  ast::Rulebook book;
  book.files.push_back(std::move(p->file));
  std::string text = ast::dump(book, p->sources);
  CHECK(text.starts_with("file \"test.frist\"\n  import \"kommuner.frist\" @2:1\n"));
  CHECK(text == ast::dump(book, p->sources));
}

TEST_CASE("the dump is stable text", "[parse][dump]") {
  auto p = parse_ok(
      "source SDL = act \"Sygedagpengeloven\" nr. 1 of 2020-01-01\n"
      "enum K { A \"a\", B }\n"
      "parameter h: money = 1639.00 DKK from 2016-01-01 until 2017-01-01 per SDL §12\n"
      "requirement r \"R\"\n"
      "  for S\n"
      "  when x is not known or y not in {K.A}\n"
      "  triggered by each e where first f where g > 2½ years\n"
      "  do hold \"møde\"\n"
      "  fulfilled by f or by g where -h * 2 = 1\n"
      "  due at least every 3 months counted from d until end of week 2 from d\n"
      "  no roll forward\n"
      "  version \"v\" from 2020-01-01 through 2020-12-31\n"
      "    no duty\n"
      "trial t per SDL §§ 1-2 stk. 3 off by default\n"
      "  exempts r when if a then b else c saving 5 working days\n"
      "test \"t\" { case S { a: \"x\\ty\" event e on 2020-01-02 { b: 1.5 } }\n"
      "  as of 2020-02-01 expect r occurrence 1 overdue missing a }\n");
  ast::Rulebook book;
  book.files.push_back(std::move(p->file));
  CHECK(ast::dump(book, p->sources) == R"(file "test.frist"
  source SDL = act "Sygedagpengeloven" nr. 1 of 2020-01-01 @1:1
  enum K @2:1
    member A "a" @2:10
    member B @2:17
  parameter h: money @3:1
    value from 2016-01-01 until 2017-01-01 @3:20
      money 163900 øre @3:22
      per SDL @3:71
        provision "§ 12" @3:75
  requirement r "R" @4:1
    for S @5:7
    when: or @6:8
      is unknown @6:8
        name x @6:8
      not in list @6:26
        name y @6:26
        name K.A @6:36
    triggered by each e @7:16
      where: first f @7:29
        where: compare > @7:43
          name g @7:43
          duration 2½ years @7:47
    do hold "møde" @8:3
    fulfilled by f @9:16
    fulfilled by g @9:24
      where: compare = @9:32
        binary * @9:32
          neg @9:32
            name h @9:33
          int 2 @9:37
        int 1 @9:41
    due every 3 months @10:7
      counted from: name d @10:44
      until: end of week 2 @10:52
        counted from: name d @10:71
    no roll forward @11:3
    version "v" from 2020-01-01 through 2020-12-31 @12:3
      no duty @13:5
  trial t off by default @14:1
    per SDL @14:13
      provision "§§ 1-2, stk. 3" @14:17
    exempts r @15:3
      when: if @15:18
        name a @15:21
        name b @15:28
        name c @15:35
      saving: duration 5 working days @15:44
  test "t" @16:1
    case S @16:17
      field a @16:21
        string "x\ty" @16:24
      event e on 2020-01-02 @16:31
        field b @16:55
          decimal 1.5 @16:58
    as of 2020-02-01 @17:9
    expect r occurrence 1 @17:20
      status overdue @17:42
      missing a @17:50
)");
}

}  // namespace
}  // namespace frist::parse::testing
