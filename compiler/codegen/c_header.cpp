// The header is written from the same IR the object was generated from, so
// every index it names is the one the evaluation code uses; the layout
// assertions at its end make a C compiler refuse a mismatched frist.h.
#include "codegen/c_header.h"

#include <fmt/format.h>

#include <cctype>
#include <set>
#include <utility>
#include <vector>

#include "codegen/codegen.h"
#include "frist/frist.h"

namespace frist::codegen {

namespace {

// Two-byte UTF-8 letters that have a customary ASCII spelling.
const std::pair<const char*, const char*> kTransliterations[] = {
    {"\xC3\xA6", "ae"}, {"\xC3\xB8", "oe"}, {"\xC3\xA5", "aa"}, {"\xC3\x86", "AE"},
    {"\xC3\x98", "OE"}, {"\xC3\x85", "AA"}, {"\xC3\xA4", "ae"}, {"\xC3\xB6", "oe"},
    {"\xC3\xBC", "ue"}, {"\xC3\x84", "AE"}, {"\xC3\x96", "OE"}, {"\xC3\x9C", "UE"},
    {"\xC3\xA9", "e"},  {"\xC3\x89", "E"},  {"\xC3\x9F", "ss"},
};

const std::set<std::string> kReserved = {
    "auto",    "break",  "case",      "char",    "const",    "continue", "default",
    "do",      "double", "else",      "enum",    "extern",   "float",    "for",
    "goto",    "if",     "inline",    "int",     "long",     "register", "restrict",
    "return",  "short",  "signed",    "sizeof",  "static",   "struct",   "switch",
    "typedef", "union",  "unsigned",  "void",    "volatile", "while",    "bool",
    "class",   "delete", "new",       "this",    "template", "typename", "namespace",
    "private", "public", "protected", "virtual", "operator", "true",     "false"};

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Comment text must not close the comment it sits in.
std::string comment(std::string s) {
  for (size_t at = s.find("*/"); at != std::string::npos; at = s.find("*/", at)) s[at + 1] = ' ';
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

const char* type_name(ir::Type t) {
  switch (t) {
    case ir::Type::Bool:
      return "bool: v = 0 or 1";
    case ir::Type::Int:
      return "integer";
    case ir::Type::Decimal:
      return "decimal: v = value x 10^6";
    case ir::Type::Money:
      return "money: v = oere";
    case ir::Type::Date:
      return "date: v = days since 1970-01-01, see frist_date()";
    case ir::Type::Text:
      return "text: p = UTF-8 bytes, v = length";
    case ir::Type::Enum:
      return "enum";
    case ir::Type::Set:
      return "set: p = sorted uint32_t members, v = count";
  }
  return "";
}

class Writer {
 public:
  Writer(const ir::Module& rules, const HeaderOptions& options)
      : rules_(rules),
        prefix_(c_identifier(options.symbol_prefix)),
        upper_(upper(prefix_)),
        options_(options) {}

  std::string write();

 private:
  // A C name not used before in this header.
  std::string unique(std::string name, std::set<std::string>& used) {
    if (kReserved.count(name)) name += "_";
    std::string candidate = name;
    for (int n = 2; used.count(candidate); ++n) candidate = name + "_" + std::to_string(n);
    used.insert(candidate);
    return candidate;
  }
  std::string constant(const std::string& kind, const std::string& name) {
    return unique(upper_ + kind + upper(c_identifier(name)), globals_);
  }
  std::string type(const std::string& name) { return unique(prefix_ + c_identifier(name), types_); }

  void enums();
  void records(const std::string& what, const std::string& struct_suffix,
               const std::vector<std::pair<std::string, const std::vector<ir::FieldLayout>*>>& list,
               const std::string& kind_enum);
  void indices();
  void entry_points();
  std::string field_comment(const ir::FieldLayout& f);

  const ir::Module& rules_;
  std::string prefix_, upper_;
  const HeaderOptions& options_;
  std::string out_;
  std::set<std::string> globals_, types_;
  std::vector<std::string> enum_types_;
  std::vector<std::pair<std::string, size_t>> sizes_;  // struct, number of frist_values
};

std::string Writer::field_comment(const ir::FieldLayout& f) {
  std::string text = type_name(f.type);
  if (f.enum_id != ir::kNone && f.enum_id < enum_types_.size()) {
    text += (f.type == ir::Type::Set ? " of enum " : " ") + enum_types_[f.enum_id];
  }
  if (f.range) text += fmt::format(", {}..{}", f.range->first, f.range->second);
  if (f.optional) text += ", optional";
  return text;
}

void Writer::enums() {
  out_ += "/* ---- Enumerations: frist_value::v of an enum fact is a member index ---- */\n\n";
  for (size_t e = 0; e < rules_.enums.size(); ++e) {
    std::string name =
        e < rules_.enum_names.size() ? rules_.enum_names[e] : fmt::format("enum{}", e);
    std::string t = type(name);
    enum_types_.push_back(t);
    out_ += fmt::format("enum {} {{\n", t);
    std::string kind = upper(c_identifier(name)) + "_";
    for (size_t m = 0; m < rules_.enums[e].size(); ++m) {
      out_ += fmt::format("  {} = {}, /* {} */\n", constant(kind, rules_.enums[e][m]), m,
                          comment(rules_.enums[e][m]));
    }
    out_ += fmt::format("  {} = {}\n}};\n\n", constant(kind, "COUNT"), rules_.enums[e].size());
  }
}

void Writer::records(
    const std::string& what, const std::string& struct_suffix,
    const std::vector<std::pair<std::string, const std::vector<ir::FieldLayout>*>>& list,
    const std::string& kind_enum) {
  std::string kind = upper(what) + "_";
  out_ += fmt::format("enum {} {{\n", type(kind_enum));
  for (size_t i = 0; i < list.size(); ++i) {
    out_ += fmt::format("  {} = {},\n", constant(kind, list[i].first), i);
  }
  out_ += fmt::format("  {} = {}\n}};\n\n", constant(kind, "COUNT"), list.size());
  for (const auto& [name, fields] : list) {
    if (fields->empty()) continue;  // nothing to name, and C has no empty structs
    std::string slot_kind = upper(c_identifier(name)) + "_";
    out_ += fmt::format("/* `{}`: slot numbers, and a struct of one frist_value per slot */\n",
                        comment(name));
    out_ += fmt::format("enum {} {{\n", type(name + "_" + struct_suffix + "_slot"));
    for (size_t i = 0; i < fields->size(); ++i) {
      out_ += fmt::format("  {} = {},\n", constant(slot_kind, (*fields)[i].name), i);
    }
    out_ += fmt::format("  {} = {}\n}};\n", constant(slot_kind, "COUNT"), fields->size());
    std::string t = type(name + "_" + struct_suffix);
    std::set<std::string> members;
    out_ += fmt::format("typedef struct {} {{\n", t);
    for (const ir::FieldLayout& f : *fields) {
      out_ += fmt::format("  frist_value {}; /* {} */\n", unique(c_identifier(f.name), members),
                          field_comment(f));
    }
    out_ += fmt::format("}} {};\n\n", t);
    sizes_.emplace_back(t, fields->size());
  }
}

void Writer::indices() {
  out_ += "/* ---- Requirements: frist_obligation::requirement ---- */\n\nenum ";
  out_ += type("requirement") + " {\n";
  for (size_t r = 0; r < rules_.requirements.size(); ++r) {
    const ir::Requirement& req = rules_.requirements[r];
    std::string citation;
    if (!req.versions.empty() && !req.versions.back().citations.empty()) {
      citation = "; " + req.versions.back().citations.front();
    }
    out_ += fmt::format("  {} = {}, /* {}{} */\n", constant("REQ_", req.name), r,
                        comment(req.title.empty() ? req.name : req.title), comment(citation));
  }
  out_ += fmt::format("  {} = {}\n}};\n\n", constant("REQUIREMENT_", "COUNT"),
                      rules_.requirements.size());
  out_ += "/* ---- Trials: frist_obligation::trial, and the index into trials_on ---- */\n\nenum ";
  out_ += type("trial") + " {\n";
  for (size_t t = 0; t < rules_.trials.size(); ++t) {
    const ir::Trial& trial = rules_.trials[t];
    out_ += fmt::format("  {} = {}, /* {}{} */\n", constant("TRIAL_", trial.name), t,
                        comment(trial.title.empty() ? trial.name : trial.title),
                        trial.off_by_default ? "; off unless switched on" : "");
  }
  out_ += fmt::format("  {} = {}\n}};\n\n", constant("TRIAL_", "COUNT"), rules_.trials.size());
  out_ += fmt::format(
      "/* Enough obligations for any case: a result buffer this large never overflows. */\n"
      "#define {} {}u\n\n",
      constant("MAX_", "OBLIGATIONS"), max_obligations(rules_));
}

void Writer::entry_points() {
  const std::string& p = prefix_;
  out_ += "/* ---- Entry points (frist/frist.h describes their contract) ---- */\n\n";
  out_ += fmt::format(
      "int32_t {0}evaluate(const frist_case* c, int32_t as_of, const uint8_t* trials_on,\n"
      "    frist_result* result);\n"
      "uint32_t {0}abi_version(void);\n"
      "uint32_t {0}max_obligations(void);\n"
      "const frist_rulebook_info* {0}info(void);\n\n"
      "/* The entry points as one value; check it once with frist_check_abi(). */\n"
      "static inline frist_rulebook {0}rulebook(void) {{\n"
      "  frist_rulebook r = {{{0}evaluate, {0}abi_version, {0}max_obligations, {0}info}};\n"
      "  return r;\n"
      "}}\n\n",
      p);
}

std::string Writer::write() {
  std::string guard = upper(c_identifier(options_.name)) + "_FRIST_RULEBOOK_H";
  out_ += fmt::format(
      "/* {}.h: the compiled rulebook {}, generated by `frist build`.\n"
      " * Do not edit: rebuild the rulebook instead. Link {}.o or lib{}.so. */\n"
      "#ifndef {}\n#define {}\n\n#include <frist/frist.h>\n\n"
      "#if FRIST_ABI_VERSION != {}\n"
      "#error \"generated for Frist ABI version {}; this frist/frist.h has another\"\n"
      "#endif\n\n"
      "#ifdef __cplusplus\nextern \"C\" {{\n#endif\n\n",
      options_.name, comment(options_.source), options_.name, options_.name, guard, guard,
      FRIST_ABI_VERSION, FRIST_ABI_VERSION);
  enums();
  out_ += "/* ---- Case schemas: frist_case::schema, and each schema's facts ---- */\n\n";
  std::vector<std::pair<std::string, const std::vector<ir::FieldLayout>*>> list;
  for (const ir::SchemaLayout& s : rules_.schemas) list.emplace_back(s.name, &s.facts);
  records("schema", "facts", list, "schema");
  out_ += "/* ---- Event kinds: frist_event::kind, and each kind's fields ---- */\n\n";
  list.clear();
  for (const ir::EventLayout& e : rules_.events) list.emplace_back(e.name, &e.fields);
  records("event", "fields", list, "event_kind");
  indices();
  entry_points();
  out_ += "#ifdef __cplusplus\n}\n#endif\n\n";
  out_ += "/* A struct of n frist_values is the array frist_case::facts points to. */\n";
  out_ += "#ifdef __cplusplus\n#define FRIST_STATIC_ASSERT static_assert\n#else\n";
  out_ += "#define FRIST_STATIC_ASSERT _Static_assert\n#endif\n";
  for (const auto& [t, n] : sizes_) {
    out_ += fmt::format(
        "FRIST_STATIC_ASSERT(sizeof({}) == {} * sizeof(frist_value), \"{} is not a record\");\n", t,
        n, t);
  }
  out_ += "#undef FRIST_STATIC_ASSERT\n\n#endif\n";
  return out_;
}

}  // namespace

std::string c_identifier(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (std::isalnum(c) || c == '_') {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    bool done = false;
    for (const auto& [utf8, ascii] : kTransliterations) {
      if (text.compare(i, 2, utf8) == 0) {
        out += ascii;
        i += 2;
        done = true;
        break;
      }
    }
    if (done) continue;
    size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (out.empty() || out.back() != '_') out += '_';
    i += length;
  }
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0]))) out = "_" + out;
  return out;
}

std::string c_header(const ir::Module& rules, const HeaderOptions& options) {
  return Writer(rules, options).write();
}

}  // namespace frist::codegen
