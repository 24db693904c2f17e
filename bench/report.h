// The console report of Google Benchmark, plus the numbers it saw, kept so
// that the end of the run can print one table per rulebook with the
// engines side by side and their ratios, all from the same process.
#pragma once

#include <benchmark/benchmark.h>

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace frist::bench {

class CollectingReporter : public benchmark::ConsoleReporter {
 public:
  CollectingReporter() : ConsoleReporter(OO_Tabular) {}
  void ReportRuns(const std::vector<Run>& runs) override;

  // Median cases per second of the runs of benchmark `name`; 0 if none ran.
  double rate(const std::string& name) const;

 private:
  std::map<std::string, std::vector<double>> rates_;  // per repetition
  std::map<std::string, double> medians_;             // reported aggregates
};

// Cases per second per engine and the ratios between them, for each
// rulebook; engines that did not run are left blank.
void print_speed_table(std::ostream& out, const CollectingReporter& report,
                       const std::vector<std::string>& rulebooks);

}  // namespace frist::bench
