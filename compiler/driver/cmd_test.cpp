// `frist test PATH...`: runs the test blocks of each rulebook, prints each
// failure as expected-versus-actual with the test's source line, and ends
// with `N passed, N failed` (the line CI tools read).
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "diag/render.h"
#include "driver/commands.h"
#include "driver/engine.h"
#include "driver/test_runner.h"

namespace frist::driver {

namespace {

struct TestOptions {
  std::vector<std::string> paths;
  std::string filter;
  std::string junit;
  EngineOptions engine;
};

struct Suite {
  std::string path;
  std::vector<TestOutcome> outcomes;
  std::vector<std::string> locations;  // per outcome, file:line
};

std::string where(const diag::SourceManager& sources, diag::Span span) {
  if (!span.valid()) return "?";
  return fmt::format("{}:{}:{}", sources.path(span.file), span.line, span.col);
}

void print_failure(const diag::SourceManager& sources, const TestOutcome& t) {
  std::cout << fmt::format("FAIL {} \"{}\"\n", where(sources, t.span), t.name);
  for (const TestFailure& f : t.failures) {
    std::cout << fmt::format("  {}: expect {}\n", where(sources, f.span), f.expected);
    std::string_view line = sources.line_text(f.span.file, f.span.line);
    if (!line.empty()) std::cout << "    | " << line << '\n';
    for (const std::string& d : f.differences) std::cout << "    " << d << '\n';
  }
}

std::string xml(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

bool write_junit(const std::string& file, const std::vector<Suite>& suites) {
  std::ofstream out(file, std::ios::binary);
  if (!out) return false;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
  for (const Suite& s : suites) {
    size_t failed = 0;
    for (const TestOutcome& t : s.outcomes) failed += !t.passed();
    out << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\">\n", xml(s.path),
                       s.outcomes.size(), failed);
    for (size_t i = 0; i < s.outcomes.size(); ++i) {
      const TestOutcome& t = s.outcomes[i];
      out << fmt::format("    <testcase name=\"{}\" classname=\"{}\" file=\"{}\"", xml(t.name),
                         xml(s.path), xml(s.locations[i]));
      if (t.passed()) {
        out << "/>\n";
        continue;
      }
      out << ">\n      <failure message=\"expectations not met\">";
      for (const TestFailure& f : t.failures) {
        out << xml("expect " + f.expected + ":");
        for (const std::string& d : f.differences) out << xml(" " + d + ";");
        out << '\n';
      }
      out << "</failure>\n    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
  return true;
}

int run(const TestOptions& opt) {
  size_t passed = 0, failed = 0;
  bool rule_errors = false;
  std::vector<Suite> suites;
  for (const std::string& path : opt.paths) {
    std::unique_ptr<Compiled> compiled = compile(path);
    if (!compiled) {
      rule_errors = true;
      continue;
    }
    std::unique_ptr<Engine> engine = Engine::create(*compiled, opt.engine);
    Suite suite{path, run_tests(*compiled, opt.filter, engine.get()), {}};
    if (opt.engine.timings) engine->print_timings(std::cerr);
    for (const TestOutcome& t : suite.outcomes) {
      suite.locations.push_back(where(compiled->frontend->sources, t.span));
      if (t.passed()) {
        ++passed;
      } else {
        ++failed;
        print_failure(compiled->frontend->sources, t);
      }
    }
    suites.push_back(std::move(suite));
  }
  if (!opt.junit.empty() && !write_junit(opt.junit, suites)) {
    std::cerr << "frist test: cannot write `" << opt.junit << "`\n";
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return rule_errors || failed > 0 ? kExitRuleErrors : kExitOk;
}

}  // namespace

Runner add_test_command(CLI::App& app) {
  auto opt = std::make_shared<TestOptions>();
  CLI::App* cmd = app.add_subcommand("test", "Run the test blocks of rulebooks");
  cmd->add_option("paths", opt->paths, "Rulebook files or folders")->required();
  cmd->add_option("--filter", opt->filter, "Only tests whose name contains this text");
  cmd->add_option("--junit", opt->junit, "Also write the results as JUnit XML to this file");
  add_engine_options(cmd, opt->engine);
  return [opt] { return run(*opt); };
}

}  // namespace frist::driver
