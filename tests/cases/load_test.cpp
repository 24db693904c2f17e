// Whole lines and whole files: ids, schemas, events, unknown keys, and a file whose
// malformed lines sit among valid ones, which must still give one record per input line.
#include "test_catalog.h"

#include <sstream>

#include "dates/date.h"

using namespace frist::cases;
using namespace frist::cases::testing;

namespace {

const std::string kExample =
    R"({"id": "S-001", "schema": "Sygefravær", "facts": {"kommune": "Hjørring", "første_fraværsdag": "2019-03-04", )"
    R"("kategori": 2, "forventer_raskmelding_inden_8_uger": null}, "events": [{"kind": "opfølgningssamtale", )"
    R"("date": "2019-04-20", "form": "telefon"}]})";

const std::string kFacts =
    R"("facts": {"kommune": "Læsø", "første_fraværsdag": "2019-03-04", "kategori": 1})";

std::string with_events(std::string_view events) {
  return R"({"id": "E-1", "schema": "Sygefravær", )" + kFacts + R"(, "events": )" +
         std::string(events) + "}";
}

int32_t day(int year, unsigned month, unsigned day_of_month) {
  return frist::dates::from_ymd(year, month, day_of_month).day;
}

}  // namespace

TEST_CASE("the documented example loads", "[cases][load]") {
  const Case loaded = as_case(load_one(kExample));
  CHECK(loaded.id == "S-001");
  REQUIRE(loaded.events.size() == 1);
  CHECK(loaded.events[0].kind == 0);
  CHECK(loaded.events[0].date == day(2019, 4, 20));
  REQUIRE(loaded.events[0].fields.size() == 2);
  CHECK(loaded.events[0].fields[0].known);
  CHECK(loaded.events[0].fields[0].number == 0);  // telefon
  CHECK_FALSE(loaded.events[0].fields[1].known);  // note left out
}

TEST_CASE("an id may be a whole number and is kept as its decimal text", "[cases][load]") {
  CHECK(as_case(load_one(R"({"id": 42, "schema": "Sygefravær", )" + kFacts + "}")).id == "42");
  LoadError missing = as_error(load_one(R"({"schema": "Sygefravær", )" + kFacts + "}"));
  CHECK(missing.field == "id");
  CHECK(missing.message == "missing `id`");
  CHECK(as_error(load_one(R"({"id": 4.5, "schema": "Sygefravær", )" + kFacts + "}")).message ==
        "`id` must be a text or a whole number, found the number `4.5`");
  CHECK(as_error(load_one(R"({"id": "", "schema": "Sygefravær", )" + kFacts + "}")).message ==
        "`id` is empty");
}

TEST_CASE("schema can be left out with one schema or a default", "[cases][load]") {
  const std::string line = R"({"id": "S-1", )" + kFacts + "}";
  CaseCatalog single = one_schema_catalog();
  CHECK(std::holds_alternative<Case>(load_jsonl(line, single)[0].result));

  CaseCatalog two = test_catalog();
  LoadError error = as_error(load_jsonl(line, two)[0]);
  CHECK(error.field == "schema");
  CHECK(error.id == "S-1");
  CHECK(error.message == "missing `schema`; the rulebook declares `Sygefravær`, `Jobafklaring`");
  CHECK(as_case(load_jsonl(line, two, "Sygefravær")[0]).schema == 0);
  CHECK(as_error(load_jsonl(line, two, "Sygefravaer")[0]).message ==
        "unknown default schema `Sygefravaer`; did you mean `Sygefravær`?");

  const std::string other =
      R"({"id": "J-1", "schema": "Jobafklaring", "facts": {"kommune": "Aalborg", "start": "2020-01-06"}})";
  CHECK(as_case(load_jsonl(other, two, "Sygefravær")[0]).schema == 1);
}

TEST_CASE("misspelt keys are errors, not silently dropped data", "[cases][load]") {
  LoadError key = as_error(load_one(R"({"id": "S-1", "schema": "Sygefravær", "fact": {}})"));
  CHECK(key.field == "fact");
  CHECK(key.message == "unknown key `fact`; did you mean `facts`?");
  CHECK(as_error(load_one(R"({"id": "S-1", "case": 1})")).message ==
        "unknown key `case`; a case has only `id`, `schema`, `facts` and `events`");
  CHECK(as_error(load_one(R"({"id": "S-1", "id": "S-2"})")).message == "`id` is given twice");

  LoadError fact = as_error(load_one(
      R"({"id": "S-1", "schema": "Sygefravær", "facts": {"kommune": "Læsø", "kategory": 2}})"));
  CHECK(fact.field == "facts.kategory");
  CHECK(fact.message == "unknown fact `kategory` in schema `Sygefravær`; did you mean `kategori`?");
  CHECK(
      as_error(
          load_one(
              R"({"id": "S-1", "schema": "Sygefravær", "facts": {"kategori": 1, "kategori": 2}})"))
          .message == "fact `kategori` is given twice");
}

TEST_CASE("a required fact must be present and not null", "[cases][load]") {
  LoadError missing = as_error(load_one(
      R"({"id": "S-1", "schema": "Sygefravær", "facts": {"kommune": "Læsø", "første_fraværsdag": "2019-03-04"}})"));
  CHECK(missing.field == "facts.kategori");
  CHECK(missing.message == "required fact `kategori` is missing");
  LoadError null = as_error(load_one(
      R"({"id": "S-1", "schema": "Sygefravær", "facts": {"kommune": null, "første_fraværsdag": "2019-03-04", "kategori": 1}})"));
  CHECK(null.message == "required fact `kommune` is missing");
  CHECK(as_error(load_one(R"({"id": "S-1", "schema": "Sygefravær", "facts": [1]})")).message ==
        "`facts` must be an object, found a list");
}

TEST_CASE("events are sorted by date, keeping input order on equal dates", "[cases][events]") {
  const Case loaded = as_case(load_one(with_events(
      R"([{"kind": "raskmelding", "date": "2019-06-01"}, )"
      R"({"kind": "opfølgningssamtale", "date": "2019-04-20", "form": "telefon"}, )"
      R"({"kind": "lægeattest", "date": "2019-03-10", "varighed": "4 weeks"}, )"
      R"({"kind": "opfølgningssamtale", "date": "2019-04-20", "form": "fremmøde"}, )"
      R"({"kind": "opfølgningssamtale", "date": "2019-04-20", "fields": {"form": "digitalt"}}])")));
  REQUIRE(loaded.events.size() == 5);
  CHECK(loaded.events[0].kind == 1);
  CHECK(loaded.events[0].fields[0].duration.days == 28);
  CHECK(loaded.events[1].fields[0].number == 0);  // telefon
  CHECK(loaded.events[2].fields[0].number == 1);  // fremmøde
  CHECK(loaded.events[3].fields[0].number == 2);  // digitalt, from the nested form
  CHECK(loaded.events[1].date == day(2019, 4, 20));
  CHECK(loaded.events[4].kind == 2);
  CHECK(loaded.events[4].fields.empty());
}

TEST_CASE("event errors name the event by its position in the input", "[cases][events]") {
  auto error = [](std::string_view events) { return as_error(load_one(with_events(events))); };
  LoadError kind = error(
      R"([{"kind": "raskmelding", "date": "2019-06-01"}, {"kind": "opfølgning", "date": "2019-04-20"}])");
  CHECK(kind.field == "events[1].kind");
  CHECK(kind.message == "unknown event kind `opfølgning`");
  CHECK(error(R"([{"kind": "lægeatest", "date": "2019-04-20"}])").message ==
        "unknown event kind `lægeatest`; did you mean `lægeattest`?");
  LoadError date = error(R"([{"kind": "raskmelding", "date": "2019-13-01"}])");
  CHECK(date.field == "events[0].date");
  CHECK(date.message == "`date`: `2019-13-01` is not a valid calendar date");
  CHECK(error(R"([{"kind": "raskmelding"}])").message == "missing `date`");
  CHECK(error(R"([{"date": "2019-06-01"}])").message == "missing `kind`");
  LoadError field =
      error(R"([{"kind": "opfølgningssamtale", "date": "2019-04-20", "from": "telefon"}])");
  CHECK(field.field == "events[0].from");
  CHECK(field.message ==
        "unknown field `from` in event `opfølgningssamtale`; did you mean `form`?");
  LoadError required = error(R"([{"kind": "opfølgningssamtale", "date": "2019-04-20"}])");
  CHECK(required.field == "events[0].form");
  CHECK(required.message == "required field `form` is missing in event `opfølgningssamtale`");
  LoadError nested = error(
      R"([{"kind": "opfølgningssamtale", "date": "2019-04-20", "fields": {"form": "brev"}}])");
  CHECK(nested.field == "events[0].fields.form");
  CHECK(nested.message ==
        "field `form`: `brev` is not a known value; expected one of `telefon`, `fremmøde`, "
        "`digitalt`");
  CHECK(
      error(
          R"([{"kind": "opfølgningssamtale", "date": "2019-04-20", "form": "telefon", "fields": {"form": "telefon"}}])")
          .message == "field `form` is given twice");
  CHECK(error(R"({"kind": "raskmelding"})").message == "`events` must be a list, found an object");
  CHECK(error(R"(["raskmelding"])").message == "an event must be an object, found a text");
}

TEST_CASE("a file with bad lines among good ones gives one record per line", "[cases][load]") {
  const std::string huge_text(1 << 20, 'x');
  const std::vector<std::string> lines = {
      kExample,                                                                   // 1
      R"({"id": "S-002", "schema": "Sygefravær", "facts": {"kommune": "Læsø",)",  // 2: cut short
      R"({"id": "S-003", "schema": "Sygdom", )" + kFacts + "}",                   // 3
      R"({"id": "S-004", "schema": "Sygefravær", "facts": {"komune": "Læsø"}})",  // 4
      R"({"id": "S-005", "schema": "Sygefravær", "facts": {"kommune": "Læsø", "første_fraværsdag": "2019-03-04", "kategori": "to"}})",
      with_events(R"([{"kind": "møde", "date": "2019-04-20"}])"),  // 6
      R"({"id": "S-007", "schema": "Sygefravær", "facts": {"kommune": "Læsø", "kategori": 1}})",
      R"({"id": "S-008", "schema": "Sygefravær", "facts": {"kommune": "Læsø", "første_fraværsdag": "2019-02-30", "kategori": 1}})",
      "",  // 9
      R"({"id": "S-010", "schema": "Sygefravær", "facts": {"kommune": "Brønderslev", "første_fraværsdag": "2019-03-04", )"
      R"("kategori": 3, "bemærkning": ")" +
          huge_text + "\"}}",  // 10
      "{\"id\": \"S-011\", \"schema\": \"Sygefravær\", \"facts\": {\"kommune\": \"L\xe6s\xf8\"}}",  // 11: Latin-1
      "[1, 2]",         // 12
      kExample + "\r",  // 13: CRLF
  };
  std::string file;
  for (const std::string& line : lines) file += line + "\n";
  std::vector<LoadedLine> loaded = load_jsonl(file, test_catalog());

  REQUIRE(loaded.size() == lines.size());
  for (size_t i = 0; i < loaded.size(); ++i) CHECK(loaded[i].line == i + 1);
  CHECK(as_case(loaded[0]).id == "S-001");
  CHECK(as_error(loaded[1]).message ==
        "line is not valid JSON: the structure is broken: look for a missing or extra comma, "
        "colon, brace or "
        "bracket, or a text without quotes");
  CHECK(as_error(loaded[1]).line == 2);
  CHECK(as_error(loaded[2]).message == "unknown schema `Sygdom`");
  CHECK(as_error(loaded[2]).id == "S-003");
  CHECK(as_error(loaded[3]).field == "facts.komune");
  CHECK(as_error(loaded[3]).message ==
        "unknown fact `komune` in schema `Sygefravær`; did you mean `kommune`?");
  CHECK(as_error(loaded[4]).field == "facts.kategori");
  CHECK(as_error(loaded[4]).message == "fact `kategori`: expected a whole number, found a text");
  CHECK(as_error(loaded[5]).field == "events[0].kind");
  CHECK(as_error(loaded[5]).message == "unknown event kind `møde`");
  CHECK(as_error(loaded[6]).message == "required fact `første_fraværsdag` is missing");
  CHECK(as_error(loaded[7]).field == "facts.første_fraværsdag");
  CHECK(as_error(loaded[7]).message ==
        "fact `første_fraværsdag`: `2019-02-30` is not a valid calendar date");
  CHECK(as_error(loaded[8]).message == "empty line");
  CHECK(as_error(loaded[8]).id.empty());
  CHECK(as_case(loaded[9]).facts[kRemark].text == huge_text);
  CHECK(as_error(loaded[10]).message ==
        "line is not valid JSON: the line contains bytes that are not valid UTF-8");
  CHECK(as_error(loaded[11]).message == "line is not a JSON object: found a list");
  CHECK(as_case(loaded[12]).id == "S-001");
}

TEST_CASE("line splitting: final newline, blank lines, CRLF and a byte order mark",
          "[cases][load]") {
  const CaseCatalog catalog = test_catalog();
  CHECK(load_jsonl("", catalog).empty());
  CHECK(load_jsonl(kExample, catalog).size() == 1);
  CHECK(load_jsonl(kExample + "\n", catalog).size() == 1);
  std::vector<LoadedLine> gap = load_jsonl(kExample + "\n\n" + kExample + "\r\n", catalog);
  REQUIRE(gap.size() == 3);
  CHECK(as_error(gap[1]).message == "empty line");
  CHECK(as_error(gap[1]).line == 2);
  CHECK(as_case(gap[2]).id == "S-001");
  CHECK(as_error(load_jsonl("  \t\r\n", catalog)[0]).message == "empty line");
  CHECK(as_case(load_jsonl("\xEF\xBB\xBF" + kExample, catalog)[0]).id == "S-001");
}

TEST_CASE("invalid JSON is reported in plain words", "[cases][load]") {
  auto message = [](std::string_view line) { return as_error(load_one(line)).message; };
  CHECK(
      message(R"({"id": "S-1"} x)").starts_with("line is not valid JSON: the structure is broken"));
  CHECK(message(R"({"id": "S-1)") == "line is not valid JSON: a text is missing its closing quote");
  CHECK(message(R"({"id": tru})") ==
        "line is not valid JSON: a word starting with `t` is not `true` (texts need quotes)");
  CHECK(message(R"({"id": 01})") == "line is not valid JSON: a number is malformed or too large");
  CHECK(message(R"({"id": Hjørring})")
            .starts_with("line is not valid JSON: the structure is broken"));
  CHECK(message("\"S-1\"") == "line is not a JSON object: found a text");
}

TEST_CASE("for_each_case streams the same records as load_jsonl", "[cases][load]") {
  const CaseCatalog catalog = test_catalog();
  const std::string file = kExample + "\r\n\n" + R"({"id": "S-2"})" + "\n" + kExample;
  std::vector<LoadedLine> expected = load_jsonl(file, catalog);
  std::istringstream in(file);
  std::vector<LoadedLine> streamed;
  for_each_case(in, catalog, [&](LoadedLine&& line) { streamed.push_back(std::move(line)); });
  REQUIRE(streamed.size() == expected.size());
  REQUIRE(streamed.size() == 4);
  for (size_t i = 0; i < streamed.size(); ++i) {
    CHECK(streamed[i].line == expected[i].line);
    CHECK(streamed[i].result.index() == expected[i].result.index());
  }
  CHECK(as_error(streamed[2]).message ==
        "missing `schema`; the rulebook declares `Sygefravær`, `Jobafklaring`");
}
