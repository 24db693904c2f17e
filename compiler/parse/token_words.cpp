// Describes tokens and sets of expected tokens for syntax errors. A set with
// many members is summarised by what the members have in common (a clause,
// a declaration, an expression) so a message names what the analyst should
// write, never the forty tokens ANTLR could accept.
#include "parse/token_words.h"

#include <fmt/format.h>

#include <algorithm>

#include "diag/utf8.h"

namespace frist::parse::detail {

namespace {

struct Group {
  std::string_view phrase;
  std::vector<std::string_view> members;
  size_t needed;               // how many members must be expected for the phrase to apply
  bool absorbs_names = false;  // names are part of the phrase (status words, type names)
};

const std::vector<Group>& groups() {
  static const std::vector<Group> all = {
      {"a requirement clause (`when`, `do`, `due`, ...)",
       {"per", "for", "when", "triggered", "do", "fulfilled", "due", "calendar", "roll", "no",
        "versions", "version"},
       8},
      {"a trial clause (`municipalities`, `exempts`, `allows`, ...)",
       {"per", "for", "municipalities", "municipality", "period", "target", "exempts", "replaces",
        "allows", "requires", "takes", "off"},
       8},
      {"a declaration (`requirement`, `trial`, `case`, ...)",
       {"import", "source", "enum", "case", "event", "calendar", "parameter", "requirement",
        "trial", "test"},
       8},
      {"an operator (`+`, `=`, `and`, ...)",
       {"+", "-", "*", "/", "<", "<=", ">", ">=", "=", "!=", "and", "or", "is", "in", "as"},
       10},
      {"a deadline (`before`, `within`, `between`, ...)",
       {"before", "between", "at", "within", "no", "from", "by", "every"},
       6},
      {"a unit of time (`days`, `weeks`, `months`, `years`)",
       {"day", "days", "week", "weeks", "month", "months", "year", "years", "working"},
       6},
      {"a status or detail (`pending`, `due`, `window`, ...)",
       {"fulfilled", "by", "due", "window", "on", "missing", "version", "occurrence"},
       5,
       true},
      {"a type", {"optional", "set"}, 2, true},
  };
  return all;
}

// Keywords that the `name` rule also accepts: when a name is expected they
// are part of "a name", not worth listing.
const std::vector<std::string_view>& soft_keywords() {
  static const std::vector<std::string_view> words = {
      "act",     "document", "guidance", "target",       "period", "window",
      "cadence", "holidays", "closed",   "municipality", "saving", "given"};
  return words;
}

const std::vector<std::string_view>& expression_starts() {
  static const std::vector<std::string_view> words = {"-",     "not",     "if",    "(",      "end",
                                                      "first", "last",    "count", "has",    "true",
                                                      "false", "unknown", "the",   "trigger"};
  return words;
}

}  // namespace

std::string join_alternatives(const std::vector<std::string>& parts) {
  if (parts.empty()) return "something else";
  if (parts.size() == 1) return parts[0];
  if (parts.size() > 5) {
    return fmt::format("{}, ...", fmt::join(parts.begin(), parts.begin() + 4, ", "));
  }
  return fmt::format("{} or {}", fmt::join(parts.begin(), parts.end() - 1, ", "), parts.back());
}

namespace {

std::string truncated(const std::string& text, size_t max_points) {
  std::u32string points = diag::decode_utf8_lossy(text);
  if (points.size() <= max_points) return text;
  return diag::encode_utf8(points.substr(0, max_points)) + "…";
}

}  // namespace

TokenWords::TokenWords(const antlr4::dfa::Vocabulary& vocabulary) {
  size_t max = vocabulary.getMaxTokenType();
  literals_.resize(max + 1);
  for (size_t t = 1; t <= max; ++t) {
    std::string lit = vocabulary.getLiteralName(t);
    if (lit.size() >= 2 && lit.front() == '\'' && lit.back() == '\'') {
      literals_[t] = lit.substr(1, lit.size() - 2);
      types_.emplace(literals_[t], t);
    }
    std::string symbolic = vocabulary.getSymbolicName(t);
    if (!symbolic.empty()) symbols_.emplace(symbolic, t);
  }
}

size_t TokenWords::type(std::string_view literal) const {
  auto it = types_.find(std::string(literal));
  return it == types_.end() ? antlr4::Token::INVALID_TYPE : it->second;
}

size_t TokenWords::symbol(std::string_view name) const {
  auto it = symbols_.find(std::string(name));
  return it == symbols_.end() ? antlr4::Token::INVALID_TYPE : it->second;
}

const std::string& TokenWords::literal(size_t type) const {
  static const std::string none;
  return type < literals_.size() ? literals_[type] : none;
}

std::string TokenWords::describe_one(size_t type) const {
  if (type == antlr4::Token::EOF) return "end of file";
  if (!literal(type).empty()) return fmt::format("`{}`", literal(type));
  static const std::vector<std::pair<std::string_view, std::string_view>> categories = {
      {"IDENT", "a name"},
      {"INT", "a whole number"},
      {"DECIMAL", "a decimal number"},
      {"HALF_NUMBER", "a number with ½"},
      {"SECTION_NO", "a section number such as `13b`"},
      {"DATE", "a date"},
      {"STRING", "a text in quotes"}};
  for (const auto& [symbol, words] : categories) {
    if (type == this->symbol(symbol)) return std::string(words);
  }
  return "something else";
}

std::string TokenWords::expected(const antlr4::misc::IntervalSet& set) const {
  return join_alternatives(expected_parts(set));
}

namespace {

// The expected token types not yet described.
class Pending {
 public:
  explicit Pending(const antlr4::misc::IntervalSet& set) {
    for (ssize_t t : set.toList()) types_.push_back(static_cast<size_t>(t));
  }
  bool has(size_t type) const {
    return std::find(types_.begin(), types_.end(), type) != types_.end();
  }
  void drop(size_t type) { std::erase(types_, type); }
  const std::vector<size_t>& types() const { return types_; }

 private:
  std::vector<size_t> types_;
};

// Replaces the members of every group that is (mostly) expected by the
// group's phrase.
void describe_groups(const TokenWords& words, Pending& pending, std::vector<std::string>& parts) {
  bool clause_group = false;
  for (const Group& g : groups()) {
    size_t present = std::count_if(g.members.begin(), g.members.end(),
                                   [&](std::string_view m) { return pending.has(words.type(m)); });
    if (present < g.needed) continue;
    for (std::string_view m : g.members) pending.drop(words.type(m));
    if (g.absorbs_names) {
      pending.drop(words.symbol("IDENT"));
      for (std::string_view m : soft_keywords()) pending.drop(words.type(m));
    }
    bool is_decl = g.phrase.starts_with("a declaration");
    if (is_decl) pending.drop(antlr4::Token::EOF);
    // After a clause, "a declaration" needs no examples: the clause list has them.
    parts.emplace_back(is_decl && clause_group ? "a declaration" : g.phrase);
    clause_group = clause_group || g.phrase.find("clause") != std::string_view::npos;
  }
}

// Expressions, numbers and names, which many tokens can start.
void describe_categories(const TokenWords& words, Pending& pending,
                         std::vector<std::string>& parts) {
  size_t ident = words.symbol("IDENT");
  bool expression =
      pending.has(ident) && pending.has(words.symbol("INT")) && pending.has(words.type("("));
  if (expression) {
    for (std::string_view m : expression_starts()) pending.drop(words.type(m));
    for (const char* s : {"INT", "DECIMAL", "HALF_NUMBER", "DATE", "STRING"}) {
      pending.drop(words.symbol(s));
    }
    parts.emplace_back("an expression");
  }
  if (pending.has(words.symbol("INT")) && pending.has(words.symbol("HALF_NUMBER"))) {
    pending.drop(words.symbol("INT"));
    pending.drop(words.symbol("HALF_NUMBER"));
    parts.emplace_back("a number");
  }
  if (pending.has(ident) || expression) {
    pending.drop(ident);
    for (std::string_view m : soft_keywords()) pending.drop(words.type(m));
    if (!expression) parts.emplace_back("a name");
  }
}

}  // namespace

std::vector<std::string> TokenWords::expected_parts(const antlr4::misc::IntervalSet& set) const {
  Pending pending(set);
  std::vector<std::string> parts;
  describe_groups(*this, pending, parts);
  describe_categories(*this, pending, parts);
  bool eof = pending.has(antlr4::Token::EOF);
  pending.drop(antlr4::Token::EOF);
  for (size_t t : pending.types()) parts.push_back(describe_one(t));
  if (eof) parts.emplace_back("end of file");
  return parts;
}

std::string TokenWords::found(const antlr4::Token* token) const {
  if (token == nullptr || token->getType() == antlr4::Token::EOF) return "end of file";
  if (token->getType() == symbol("STRING")) return "a text in quotes";
  return fmt::format("`{}`", truncated(token->getText(), 30));
}

std::string show_character(char32_t c) {
  bool invisible = c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || c == 0xFFFD ||
                   (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
                   (c >= 0x205F && c <= 0x206F) || c == 0xFEFF || c > 0x10FFFF;
  if (invisible) return fmt::format("U+{:04X}", static_cast<uint32_t>(c));
  if (c == U'`') return "`` ` ``";
  return fmt::format("`{}`", diag::encode_utf8(std::u32string(1, c)));
}

}  // namespace frist::parse::detail
