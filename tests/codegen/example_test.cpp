// The example rulebook's own cases under both engines, at as-of dates around
// every deadline they have; and the C ABI's entry points and buffer rules.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cases/load.h"
#include "dates/date.h"
#include "engines.h"
#include "native/record.h"

using namespace frist;

namespace {

std::vector<cases::Case> load_cases(const testing::Engines& e, const std::string& path) {
  std::ifstream in(std::string(FRIST_SOURCE_DIR) + "/" + path);
  std::stringstream text;
  text << in.rdbuf();
  std::vector<cases::Case> out;
  for (auto& line : cases::load_jsonl(text.str(), e.compiled->catalog)) {
    if (auto* c = std::get_if<cases::Case>(&line.result)) out.push_back(std::move(*c));
  }
  return out;
}

}  // namespace

TEST_CASE("the example rulebook's cases agree under both engines", "[codegen]") {
  testing::Engines e = testing::build_engines("examples/sygedagpenge");
  std::vector<cases::Case> all = load_cases(e, "examples/sygedagpenge/cases.jsonl");
  REQUIRE(all.size() >= 10);
  int32_t from = dates::from_ymd(2017, 1, 1).day, to = dates::from_ymd(2023, 1, 1).day;
  size_t compared = 0;
  for (const cases::Case& c : all) {
    for (int32_t as_of = from; as_of < to; as_of += 3) {
      for (const auto& trials : {std::vector<uint32_t>{}, std::vector<uint32_t>{0}}) {
        eval::Result a = e.interpret(c, as_of, trials);
        eval::Result b = e.native->evaluate(c, as_of, trials);
        INFO(c.id << " as of " << dates::format_iso(dates::Date{as_of}));
        REQUIRE(testing::differences(a, b).empty());
        ++compared;
      }
    }
  }
  CHECK(compared > 10000);
}

TEST_CASE("the nordjylland cases agree under both engines", "[codegen]") {
  for (const char* path : {"examples/nordjylland", "examples/nordjylland/proposals"}) {
    testing::Engines e = testing::build_engines(path);
    std::vector<cases::Case> all = load_cases(e, "examples/nordjylland/cases.jsonl");
    REQUIRE(all.size() >= 100);
    std::vector<uint32_t> every;
    for (uint32_t t = 0; t < e.module().trials.size(); ++t) every.push_back(t);
    for (const cases::Case& c : all) {
      for (int32_t as_of = dates::from_ymd(2015, 1, 1).day; as_of < dates::from_ymd(2026, 1, 1).day;
           as_of += 17) {
        for (const auto& trials : {std::vector<uint32_t>{}, every}) {
          INFO(path << ": " << c.id << " as of " << dates::format_iso(dates::Date{as_of}));
          REQUIRE(testing::differences(e.interpret(c, as_of, trials),
                                       e.native->evaluate(c, as_of, trials)) == "");
        }
      }
    }
  }
}

TEST_CASE("native results report overflow and the schema check", "[codegen]") {
  testing::Engines e = testing::build_engines("examples/sygedagpenge");
  std::vector<cases::Case> all = load_cases(e, "examples/sygedagpenge/cases.jsonl");
  native::CaseRecord record(all.at(0), e.compiled->catalog);
  int32_t as_of = dates::from_ymd(2019, 6, 1).day;
  frist_obligation one[1];
  frist_result result{one, 1, 0};
  CHECK(e.native->entry()(record.get(), as_of, nullptr, &result) == FRIST_OVERFLOW);
  CHECK(result.count == e.interpret(all[0], as_of, {}).obligations.size());
  CHECK(one[0].requirement == 0);
  frist_case bad = *record.get();
  bad.schema = 7;
  CHECK(e.native->entry()(&bad, as_of, nullptr, &result) == FRIST_BAD_SCHEMA);
  CHECK(e.native->max_obligations() >= result.count);
}

TEST_CASE("native code refuses foreign event kinds and unsorted events", "[codegen]") {
  testing::Engines e = testing::build_engines("examples/sygedagpenge");
  std::vector<cases::Case> all = load_cases(e, "examples/sygedagpenge/cases.jsonl");
  native::CaseRecord record(all.at(0), e.compiled->catalog);
  int32_t as_of = dates::from_ymd(2019, 6, 1).day;
  std::vector<frist_obligation> buffer(e.native->max_obligations());
  frist_result result{buffer.data(), static_cast<uint32_t>(buffer.size()), 0};
  frist_event events[2] = {{0, dates::from_ymd(2019, 4, 1).day, nullptr},
                           {0, dates::from_ymd(2019, 5, 1).day, nullptr}};
  frist_case c = *record.get();
  c.events = events;
  c.event_count = 2;
  CHECK(e.native->entry()(&c, as_of, nullptr, &result) == FRIST_OK);
  std::swap(events[0], events[1]);
  CHECK(e.native->entry()(&c, as_of, nullptr, &result) == FRIST_BAD_CASE);
  std::swap(events[0], events[1]);
  events[1].kind = static_cast<uint32_t>(e.module().events.size());
  CHECK(e.native->entry()(&c, as_of, nullptr, &result) == FRIST_BAD_CASE);
}

TEST_CASE("optimised native code calls nothing but the C runtime", "[codegen]") {
  auto compiled = driver::compile(std::string(FRIST_SOURCE_DIR) + "/examples/sygedagpenge");
  REQUIRE(compiled);
  codegen::NativeOptions options;
  options.keep_ir = true;
  auto native = codegen::NativeRulebook::create(compiled->module, options);
  REQUIRE(static_cast<bool>(native));
  std::istringstream ir((*native)->llvm_ir());
  std::vector<std::string> external;
  for (std::string line; std::getline(ir, line);) {
    if (line.rfind("declare ", 0) == 0 && line.find("@llvm.") == std::string::npos) {
      external.push_back(line);
    }
  }
  if (const char* path = std::getenv("FRIST_DUMP_IR")) std::ofstream(path) << (*native)->llvm_ir();
  INFO("external declarations: " << external.size() << (external.empty() ? "" : " " + external[0]));
  CHECK(external.empty());
}

TEST_CASE("machine code is reused from the object cache", "[codegen]") {
  auto compiled = driver::compile(std::string(FRIST_SOURCE_DIR) + "/examples/sygedagpenge");
  REQUIRE(compiled);
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "frist-cache-test";
  std::filesystem::remove_all(dir);
  ::setenv("FRIST_CACHE_DIR", dir.c_str(), 1);
  codegen::NativeOptions options;
  options.use_cache = true;
  auto first = codegen::NativeRulebook::create(compiled->module, options);
  auto second = codegen::NativeRulebook::create(compiled->module, options);
  ::unsetenv("FRIST_CACHE_DIR");
  REQUIRE(static_cast<bool>(first));
  REQUIRE(static_cast<bool>(second));
  CHECK_FALSE((*first)->timings().cached);
  CHECK((*second)->timings().cached);
  std::vector<cases::Case> all;
  testing::Engines e{std::move(compiled), nullptr};
  all = load_cases(e, "examples/sygedagpenge/cases.jsonl");
  for (const cases::Case& c : all) {
    eval::Result a = (*first)->evaluate(c, dates::from_ymd(2019, 6, 1).day, {});
    eval::Result b = (*second)->evaluate(c, dates::from_ymd(2019, 6, 1).day, {});
    CHECK(testing::differences(a, b).empty());
  }
  std::filesystem::remove_all(dir);
}
