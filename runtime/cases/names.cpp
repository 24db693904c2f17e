// Suggestions and quoting for case-loading messages; see names.h.
#include "cases/names.h"

#include "cases/edit_distance.h"

#include <algorithm>
#include <numeric>

namespace frist::cases {
namespace {

// Decodes UTF-8 that simdjson has already validated; a stray byte becomes its own unit so
// the function stays total on any input.
std::u32string code_points(std::string_view text) {
  std::u32string out;
  for (size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    size_t length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
    if (byte >= 0x80 && byte < 0xC0) length = 1;
    if (i + length > text.size()) length = 1;
    char32_t point = length == 1 ? byte : byte & (0x7F >> length);
    for (size_t k = 1; k < length; ++k) {
      point = (point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    out.push_back(point);
    i += length;
  }
  return out;
}

// Backs `cut` up to the start of a UTF-8 character so quoting never splits one.
size_t character_boundary(std::string_view text, size_t cut) {
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

}  // namespace

size_t edit_distance(std::string_view a, std::string_view b) {
  return frist::edit_distance(code_points(a), code_points(b));
}

std::string closest_name(std::string_view name, const std::vector<std::string_view>& candidates) {
  constexpr size_t kMaxEdits = 2;
  std::u32string wanted = code_points(name);
  size_t limit = std::min(kMaxEdits, wanted.empty() ? 0 : wanted.size() - 1);
  size_t best = limit + 1;
  std::string_view best_name;
  for (std::string_view candidate : candidates) {
    if (candidate == name) continue;
    std::u32string other = code_points(candidate);
    size_t gap =
        other.size() > wanted.size() ? other.size() - wanted.size() : wanted.size() - other.size();
    if (gap > limit) continue;
    // Candidates whose lengths alone rule them out were skipped above, so a
    // megabyte-long misspelling costs nothing.
    size_t d = frist::edit_distance(wanted, other);
    if (d < best) {
      best = d;
      best_name = candidate;
    }
  }
  return std::string(best_name);
}

std::string did_you_mean(std::string_view name, const std::vector<std::string_view>& candidates) {
  std::string best = closest_name(name, candidates);
  return best.empty() ? std::string() : "; did you mean `" + best + "`?";
}

std::string quoted(std::string_view text) {
  constexpr size_t kLongest = 60;
  if (text.size() <= kLongest) return "`" + std::string(text) + "`";
  return "`" + std::string(text.substr(0, character_boundary(text, kLongest))) + "…`";
}

}  // namespace frist::cases
