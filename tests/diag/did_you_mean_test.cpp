// did_you_mean suggests the closest declared name when it is a plausible
// typo: within a third of the name's length in edits (at least one),
// counted in code points so that Danish letters are one edit, not two.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "diag/diagnostics.h"

using frist::diag::closest_name;
using frist::diag::did_you_mean;

TEST_CASE("a close misspelling is suggested", "[diag][did_you_mean]") {
  std::vector<std::string> facts = {"kommune", "første_fraværsdag", "kategori"};
  CHECK(did_you_mean("kategorii", facts) == "did you mean `kategori`?");
  CHECK(did_you_mean("kategory", facts) == "did you mean `kategori`?");
  CHECK(did_you_mean("førsteFraværsdag", facts) == "did you mean `første_fraværsdag`?");
}

TEST_CASE("nothing is suggested when no name is close", "[diag][did_you_mean]") {
  CHECK(did_you_mean("int", {"integer", "decimal"}).empty());
  CHECK(did_you_mean("JAF", {"Jobafklaringssag"}).empty());
  CHECK(did_you_mean("samtale", {}).empty());
  // Capitals count as edits: three of three is too many.
  CHECK(did_you_mean("sdl", {"SDL"}).empty());
}

TEST_CASE("the name itself is never suggested", "[diag][did_you_mean]") {
  CHECK(closest_name("samtale", {"samtale"}).empty());
  CHECK(closest_name("samtale", {"samtale", "samtaler"}) == "samtaler");
}

TEST_CASE("edits are counted in code points", "[diag][did_you_mean]") {
  // One letter differs; in bytes `ø` against `o` would be two edits, more
  // than a four-letter name allows.
  CHECK(closest_name("Læso", {"Læsø", "Aalborg"}) == "Læsø");
  CHECK(did_you_mean("Hjøring", {"Hjørring", "Jammerbugt"}) == "did you mean `Hjørring`?");
  CHECK(did_you_mean("Hjoerring", {"Hjørring"}) == "did you mean `Hjørring`?");
}

TEST_CASE("the closest candidate wins, the first of equals", "[diag][did_you_mean]") {
  CHECK(closest_name("samtal", {"samtaler", "samtale"}) == "samtale");
  CHECK(closest_name("abcd", {"abce", "abcf"}) == "abce");
}

TEST_CASE("one edit is allowed even in a short name", "[diag][did_you_mean]") {
  CHECK(closest_name("a", {"b"}) == "b");
  CHECK(closest_name("ab", {"ba"}).empty());  // a swap is two edits
}
