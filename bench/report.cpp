// Ratios are of cases per second (higher is faster), each from the median
// of the benchmark's repetitions in this run; a blank cell is an engine
// that did not run (no AOT objects, no hand-written version).
#include "report.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

namespace frist::bench {

void CollectingReporter::ReportRuns(const std::vector<Run>& runs) {
  for (const Run& run : runs) {
    auto items = run.counters.find("items_per_second");
    if (run.error_occurred || items == run.counters.end()) continue;
    // With --benchmark_*_aggregates_only the repetitions themselves never
    // arrive, only their statistics; the median stands in for them.
    if (run.run_type == Run::RT_Iteration) {
      rates_[run.run_name.str()].push_back(items->second.value);
    } else if (run.aggregate_name == "median") {
      medians_[run.run_name.str()] = items->second.value;
    }
  }
  ConsoleReporter::ReportRuns(runs);
}

double CollectingReporter::rate(const std::string& name) const {
  if (auto m = medians_.find(name); m != medians_.end()) return m->second;
  auto it = rates_.find(name);
  if (it == rates_.end() || it->second.empty()) return 0;
  std::vector<double> v = it->second;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

namespace {

struct Column {
  std::string title;
  std::function<std::string(const std::string& rulebook)> cell;
};

// A Markdown table, one row per rulebook, cells right-aligned.
void table(std::ostream& out, const std::vector<std::string>& rulebooks,
           const std::vector<Column>& columns) {
  std::string header = "| rulebook     |", rule = "|--------------|";
  for (const Column& c : columns) {
    header += fmt::format(" {:>12} |", c.title);
    rule += fmt::format("{:->{}}:|", "", std::max<size_t>(c.title.size(), 12) + 1);
  }
  out << header << "\n" << rule << "\n";
  for (const std::string& r : rulebooks) {
    std::string line = fmt::format("| {:<12} |", r);
    for (const Column& c : columns) {
      line += fmt::format(" {:>{}} |", c.cell(r), std::max<size_t>(c.title.size(), 12));
    }
    out << line << "\n";
  }
}

}  // namespace

void print_speed_table(std::ostream& out, const CollectingReporter& report,
                       const std::vector<std::string>& rulebooks) {
  auto rate = [&](const char* engine) {
    return Column{engine, [&report, engine](const std::string& r) {
                    double v = report.rate(r + "/" + engine);
                    return v > 0 ? fmt::format("{:.0f}", v) : std::string("-");
                  }};
  };
  auto ratio = [&](const char* a, const char* b) {
    return Column{fmt::format("{}/{}", a, b), [&report, a, b](const std::string& r) {
                    double x = report.rate(r + "/" + a), y = report.rate(r + "/" + b);
                    return x > 0 && y > 0 ? fmt::format("{:.2f}", x / y) : std::string("-");
                  }};
  };
  out << "\nCases per second, one core (higher is faster)\n\n";
  table(out, rulebooks,
        {rate("interp"), rate("jit"), rate("aot"), rate("handwritten"), rate("jit_api")});
  out << "\nRatios of cases per second, all from this run\n\n";
  table(out, rulebooks,
        {ratio("jit", "interp"), ratio("aot", "interp"), ratio("handwritten", "interp"),
         ratio("jit", "handwritten"), ratio("aot", "jit"), ratio("jit_api", "interp")});
}

}  // namespace frist::bench
