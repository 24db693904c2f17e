// How case-loading messages name things: user text quoted in backticks (shortened when a
// line carries a megabyte of it) and "did you mean" suggestions for misspelt names. Kept
// apart from the loader so the suggestion rule is one small, separately tested function.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace frist::cases {

// Edit distance over Unicode code points, so "Hjorring" is one edit from "Hjørring"
// (over bytes it would be two). The input must be valid UTF-8.
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `name`, if at most two edits away (and fewer edits than
// `name` has characters, so "ab" never suggests "xy"); empty otherwise. Ties go to the
// candidate listed first.
std::string closest_name(std::string_view name, const std::vector<std::string_view>& candidates);

// "; did you mean `x`?" or empty, for appending to a message.
std::string did_you_mean(std::string_view name, const std::vector<std::string_view>& candidates);

// `text` in backticks; long text is cut at a character boundary and ends in "…".
std::string quoted(std::string_view text);

}  // namespace frist::cases
