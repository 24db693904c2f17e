// One line of JSON as a small tree that keeps each number exactly as written. simdjson's
// DOM checks the line completely (so a broken line is reported as broken JSON, never as a
// confusing fact error), then its On Demand API, the only one that exposes a number's raw
// text, builds the tree. simdjson stays inside json_line.cpp.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace frist::cases {

enum class JsonKind { Null, Bool, Number, String, Array, Object };

struct JsonNode {
  JsonKind kind = JsonKind::Null;
  bool boolean = false;
  std::string_view text;               // String: unescaped; Number: the token as written
  std::vector<std::string_view> keys;  // Object: member names in input order
  std::vector<JsonNode> items;         // Object: member values (parallel to keys); Array: elements

  // The first member called `key`, or null.
  const JsonNode* find(std::string_view key) const;
};

// Reuses simdjson's parsers and a padded buffer across lines.
class JsonLineParser {
 public:
  JsonLineParser();
  ~JsonLineParser();
  JsonLineParser(JsonLineParser&&) noexcept;
  JsonLineParser& operator=(JsonLineParser&&) noexcept;

  // The line's top-level object, or the complete message saying why there is none
  // ("line is not valid JSON: ..."). The tree's views stay valid until the next call.
  std::variant<JsonNode, std::string> parse(std::string_view line);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// "a text", "a list", "the number `2.5`", ...: how messages name what was found.
std::string describe(const JsonNode& node);

}  // namespace frist::cases
