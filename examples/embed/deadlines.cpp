// The cases of deadlines.c, filled by name through the C++ wrapper, with the
// rulebook loaded at run time from libnordjylland.so (path as argument, or
// the one this example was built with). Prints the same lines.
#include <frist/frist.hpp>

#include <iostream>

#ifndef NORDJYLLAND_LIBRARY
#define NORDJYLLAND_LIBRARY "libnordjylland.so"
#endif

namespace {

void report(const frist::Rulebook& rb, const std::string& id, const frist::Case& c,
            frist::Date as_of) {
  frist::Result result = rb.evaluate(c, as_of);
  for (size_t i = 0; i < result.size(); ++i) {
    frist::Obligation o = result[i];
    std::cout << id << ' ' << o.requirement().name << ": " << o.status() << ", due "
              << o.earliest().iso() << " .. " << o.latest().iso();
    if (o.fulfilled_on().known()) std::cout << ", done " << o.fulfilled_on().iso();
    // The version's citations only, as deadlines.c prints them.
    const frist_requirement_info& r = o.requirement();
    if (o.raw().version < r.version_count) {
      const frist_version_info& v = r.versions[o.raw().version];
      for (uint32_t k = 0; k < v.citation_count; ++k) {
        std::cout << (k ? "; " : " [") << v.citations[k];
      }
      if (v.citation_count) std::cout << ']';
    }
    if (const frist_trial_info* t = o.trial()) std::cout << " (trial " << t->name << ')';
    const char* sep = " missing: ";
    for (std::string_view name : o.missing()) {
      std::cout << sep << name;
      sep = ", ";
    }
    std::cout << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) try {
  frist::Rulebook rb =
      frist::Rulebook::load(argc > 1 ? argv[1] : NORDJYLLAND_LIBRARY, "nordjylland_");
  frist::Date as_of = frist::Date::ymd(2019, 6, 1);
  using frist::Date;

  frist::Case sd1(rb, "Sygedagpengesag");
  sd1.set("kommune", "Hjørring")
      .set("første_fraværsdag", Date::ymd(2019, 3, 4))
      .set("kategori", 2)
      .set("forventer_raskmelding_inden_8_uger", false)
      .set("helbred_belyst_andetsteds", true)
      .event("opfølgningssamtale", Date::ymd(2019, 4, 24))
      .event("dokumentation_registreret", Date::ymd(2019, 4, 24));
  report(rb, "SD-001", sd1, as_of);

  frist::Case sd2(rb, "Sygedagpengesag");
  sd2.set("kommune", "Aalborg")
      .set("første_fraværsdag", Date::ymd(2019, 3, 4))
      .set("kategori", 2)
      .set("forventer_raskmelding_inden_8_uger", false)
      .event("opfølgningssamtale", Date::ymd(2019, 4, 26))   // added out of order:
      .event("lægeattest_anmodet", Date::ymd(2019, 3, 12));  // the wrapper sorts by date
  report(rb, "SD-002", sd2, as_of);

  frist::Case sd4(rb, "Sygedagpengesag");
  sd4.set("kommune", "Rebild").set("første_fraværsdag", Date::ymd(2019, 4, 1)).set("kategori", 2);
  report(rb, "SD-004", sd4, as_of);
  return 0;
} catch (const frist::Error& e) {
  std::cerr << "deadlines_cpp: " << e.what() << '\n';
  return 1;
}
