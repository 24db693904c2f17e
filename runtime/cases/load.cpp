// Splitting input into lines and turning each into a LoadedLine; see load.h. The JSON
// work is in json_line.cpp, the case structure in read_case.cpp and read_event.cpp, the
// typing of single values in read_value.cpp.
#include "cases/load.h"

#include <algorithm>
#include <exception>
#include <istream>

#include "cases/json_line.h"
#include "cases/read_case.h"

namespace frist::cases {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

std::string_view without_bom(std::string_view line, size_t line_number) {
  if (line_number == 1 && line.starts_with(kByteOrderMark))
    line.remove_prefix(kByteOrderMark.size());
  return line;
}

}  // namespace

struct CaseLoader::Impl {
  Impl(const CaseCatalog& catalog, std::string_view default_schema)
      : index(catalog), default_schema(default_schema) {}

  CatalogIndex index;
  std::string default_schema;
  JsonLineParser json;

  std::variant<Case, LoadError> load(std::string_view line);
};

std::variant<Case, LoadError> CaseLoader::Impl::load(std::string_view line) {
  if (line.ends_with('\r')) line.remove_suffix(1);
  if (is_blank(line)) return LoadError{0, {}, {}, "empty line"};
  std::variant<JsonNode, std::string> parsed = json.parse(line);
  if (auto* message = std::get_if<std::string>(&parsed))
    return LoadError{0, {}, {}, std::move(*message)};
  return read_case(std::get<JsonNode>(parsed), index, default_schema);
}

CaseLoader::CaseLoader(const CaseCatalog& catalog, std::string_view default_schema)
    : impl_(std::make_unique<Impl>(catalog, default_schema)) {}
CaseLoader::~CaseLoader() = default;
CaseLoader::CaseLoader(CaseLoader&&) noexcept = default;
CaseLoader& CaseLoader::operator=(CaseLoader&&) noexcept = default;

// The boundary where exceptions stop: simdjson is used through error codes, but memory can
// still run out, and one huge line must not take the rest of the file with it.
LoadedLine CaseLoader::load_line(std::string_view line, size_t line_number) {
  LoadedLine loaded{line_number, LoadError{}};
  try {
    loaded.result = impl_->load(line);
  } catch (const std::exception& error) {
    loaded.result = LoadError{0, {}, {}, std::string("could not load the line: ") + error.what()};
  }
  if (auto* error = std::get_if<LoadError>(&loaded.result)) error->line = line_number;
  return loaded;
}

std::vector<LoadedLine> load_jsonl(std::string_view text, const CaseCatalog& catalog,
                                   std::string_view default_schema) {
  CaseLoader loader(catalog, default_schema);
  std::vector<LoadedLine> lines;
  size_t start = 0;
  for (size_t number = 1; start < text.size(); ++number) {
    size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(loader.load_line(without_bom(text.substr(start, end - start), number), number));
    start = end + 1;
  }
  return lines;
}

void for_each_case(std::istream& in, const CaseCatalog& catalog, const LineCallback& on_line,
                   std::string_view default_schema) {
  CaseLoader loader(catalog, default_schema);
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    on_line(loader.load_line(without_bom(line, number), number));
  }
}

}  // namespace frist::cases
