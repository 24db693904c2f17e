// Times the pipeline the way `frist run` runs it, but never reuses machine
// code from the object cache, so every repetition generates, optimises and
// links the rulebook again.
#include "compile_time.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>

#include "codegen/native.h"
#include "driver/compile.h"

namespace frist::bench {

namespace {

using Clock = std::chrono::steady_clock;

CompileSample compile_once(const std::string& path, codegen::OptLevel level, unsigned threads) {
  Clock::time_point t0 = Clock::now();
  std::unique_ptr<driver::Compiled> compiled = driver::compile(path);
  if (!compiled) throw std::runtime_error("rulebook does not compile: " + path);
  codegen::NativeOptions options;
  options.level = level;
  options.use_cache = false;
  options.codegen_threads = threads;
  auto native = codegen::NativeRulebook::create(compiled->module, options);
  if (!native) throw std::runtime_error(path + ": " + llvm::toString(native.takeError()));
  CompileSample s;
  s.total = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  s.parse = compiled->frontend->parse_ms;
  s.check = compiled->frontend->check_ms;
  s.lower = compiled->lower_ms;
  const codegen::NativeTimings& t = (*native)->timings();
  s.llvm_ir = t.lower;
  s.optimise = t.optimise;
  s.jit_link = t.jit_link;
  s.other = s.total - s.parse - s.check - s.lower - s.llvm_ir - s.optimise - s.jit_link;
  return s;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double minimum(std::vector<double> v) {
  return v.empty() ? 0 : *std::min_element(v.begin(), v.end());
}

// Each phase's statistic on its own, so the phases of a row need not come
// from the same sample (the total is its own statistic too).
CompileSample statistic(const std::vector<CompileSample>& samples,
                        double (*reduce)(std::vector<double>)) {
  auto field = [&](double CompileSample::*member) {
    std::vector<double> values;
    for (const CompileSample& s : samples) values.push_back(s.*member);
    return reduce(values);
  };
  CompileSample m;
  for (double CompileSample::*member :
       {&CompileSample::parse, &CompileSample::check, &CompileSample::lower,
        &CompileSample::llvm_ir, &CompileSample::optimise, &CompileSample::jit_link,
        &CompileSample::other, &CompileSample::total}) {
    m.*member = field(member);
  }
  return m;
}

std::string row(const std::string& label, const CompileSample& s) {
  return fmt::format(
      "| {:<42} | {:7.1f} | {:6.1f} | {:6.1f} | {:8.1f} | {:9.1f} | {:9.1f} | {:6.1f} "
      "| {:8.1f} |\n",
      label, s.parse, s.check, s.lower, s.llvm_ir, s.optimise, s.jit_link, s.other, s.total);
}

}  // namespace

CompileTimes measure_compile(const std::string& path, const std::string& rulebook,
                             codegen::OptLevel level, int repetitions, unsigned threads) {
  const char* name = level == codegen::OptLevel::O0   ? "O0"
                     : level == codegen::OptLevel::O1 ? "O1"
                                                      : "O2";
  std::string label = rulebook + " " + name;
  if (threads == 1) label += ", 1 thread";
  CompileTimes out{label, {}};
  for (int i = 0; i < std::max(repetitions, 1); ++i) {
    out.samples.push_back(compile_once(path, level, threads));
  }
  return out;
}

void print_compile_table(std::ostream& out, const std::vector<CompileTimes>& all) {
  out << "\nCompile + JIT time, uncached (ms, wall clock)\n\n"
      << "| rulebook, level                            |   parse |  check |  lower |  LLVM IR |  "
         "optimise "
         "|  JIT-link |  other |    total |\n"
      << "|--------------------------------------------|--------:|-------:|-------:|---------:|----"
         "------:"
         "|----------:|-------:|---------:|\n";
  for (const CompileTimes& c : all) {
    if (c.samples.empty()) continue;
    out << row(c.label + " (first)", c.samples.front());
    if (c.samples.size() < 2) continue;
    std::vector<CompileSample> rest(c.samples.begin() + 1, c.samples.end());
    out << row(fmt::format("{} (median of {})", c.label, rest.size()), statistic(rest, median));
    out << row(fmt::format("{} (min of {})", c.label, rest.size()), statistic(rest, minimum));
  }
}

}  // namespace frist::bench
