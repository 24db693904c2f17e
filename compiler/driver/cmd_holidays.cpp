// `frist holidays FROM TO`: the built-in Danish calendar, one line per
// holiday, so analysts can check it against the official list.
#include <iostream>

#include "dates/holiday_listing.h"
#include "driver/commands.h"

namespace frist::driver {

Runner add_holidays_command(CLI::App& app) {
  auto years = std::make_shared<std::pair<int, int>>(0, 0);
  CLI::App* cmd = app.add_subcommand(
      "holidays", "Print the Danish public holidays of a range of years (YYYY-MM-DD<TAB>name)");
  cmd->add_option("from_year", years->first, "First year (1900-2200)")->required();
  cmd->add_option("to_year", years->second, "Last year (1900-2200)")->required();
  return [years] {
    if (auto problem = dates::validate_listing_range(years->first, years->second)) {
      std::cerr << "frist holidays: " << *problem << '\n';
      return kExitCaseErrors;
    }
    dates::write_holiday_listing(std::cout, years->first, years->second);
    return kExitOk;
  };
}

}  // namespace frist::driver
