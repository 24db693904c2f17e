// Loading a rulebook: the paths given (files, or folders whose `.frist`
// files form one rulebook) are read and parsed first, in the order given;
// then each file's imports are followed depth first, relative to the
// importing file. Files are identified by canonical path so a file reached
// twice (through a folder and an import, or two imports) is read once, and
// an import that leads back to a file still being followed is a cycle.
// Paths are shown as the user wrote them, never made absolute.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "parse/parse.h"

namespace frist::parse {

namespace {

namespace fs = std::filesystem;

std::string reason_of(const std::error_code& ec) {
  std::string reason = ec.message();
  if (!reason.empty()) reason[0] = static_cast<char>(std::tolower(reason[0]));
  return reason;
}

// The whole file, or the reason it cannot be read.
bool read_file(const fs::path& path, std::string& text, std::string& reason) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    reason = "it is a folder, not a file";
    return false;
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    reason = reason_of(std::error_code(errno ? errno : EIO, std::generic_category()));
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    reason = "the file could not be read to the end";
    return false;
  }
  text = buffer.str();
  return true;
}

std::string key_of(const fs::path& path) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(path, ec);
  if (ec) canonical = fs::absolute(path, ec).lexically_normal();
  return canonical.string();
}

class Loader {
 public:
  Loader(diag::SourceManager& sources, diag::Diagnostics& diags)
      : sources_(sources), diags_(diags) {}

  void add_root(const std::string& given);
  void follow_imports();
  ast::Rulebook take() { return ast::Rulebook{std::move(files_)}; }

 private:
  struct Entry {
    fs::path path;        // where the file is read from
    std::string display;  // how it is shown
    std::string key;
    bool expanded = false;
  };

  std::optional<size_t> load(const fs::path& path, std::string display, diag::Span from);
  void add_folder(const std::string& given);
  void expand(size_t index);
  void follow(size_t from, const ast::Import& import);

  diag::SourceManager& sources_;
  diag::Diagnostics& diags_;
  std::vector<ast::File> files_;
  std::vector<Entry> entries_;  // parallel to files_
  std::map<std::string, size_t> by_key_;
  std::vector<size_t> stack_;  // files whose imports are being followed
  size_t roots_ = 0;
};

std::optional<size_t> Loader::load(const fs::path& path, std::string display, diag::Span from) {
  std::string key = key_of(path);
  if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
  std::string text, reason;
  if (!read_file(path, text, reason)) {
    diags_.report(diag::Kind::CannotRead, from, display, reason);
    return std::nullopt;
  }
  diag::FileId id = sources_.add(display, std::move(text));
  files_.push_back(parse_file(id, sources_, diags_));
  entries_.push_back(Entry{path, std::move(display), key});
  by_key_.emplace(std::move(key), files_.size() - 1);
  return files_.size() - 1;
}

void Loader::add_folder(const std::string& given) {
  std::vector<fs::path> found;
  std::error_code ec;
  for (fs::directory_iterator it(given, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (it->path().extension() == ".frist" && it->is_regular_file(type_ec)) {
      found.push_back(it->path().filename());
    }
  }
  if (ec) {
    diags_.report(diag::Kind::CannotRead, diag::Span{}, given, reason_of(ec));
    return;
  }
  if (found.empty()) {
    diags_.report(diag::Kind::NoRulebookFiles, diag::Span{}, given);
    return;
  }
  std::sort(found.begin(), found.end());
  for (const fs::path& name : found) {
    fs::path path = fs::path(given) / name;
    load(path, path.lexically_normal().string(), diag::Span{});
  }
}

void Loader::add_root(const std::string& given) {
  std::error_code ec;
  size_t before = files_.size();
  if (fs::is_directory(given, ec)) {
    add_folder(given);
  } else {
    load(given, given, diag::Span{});
  }
  roots_ += files_.size() - before;
}

void Loader::follow_imports() {
  for (size_t i = 0; i < roots_; ++i) expand(i);
}

void Loader::expand(size_t index) {
  if (entries_[index].expanded) return;
  entries_[index].expanded = true;
  stack_.push_back(index);
  std::vector<ast::Import> imports = files_[index].imports;  // files_ grows below
  for (const ast::Import& import : imports) follow(index, import);
  stack_.pop_back();
}

void Loader::follow(size_t from, const ast::Import& import) {
  fs::path path = entries_[from].path.parent_path() / import.path;
  std::string display =
      (fs::path(entries_[from].display).parent_path() / import.path).lexically_normal().string();
  auto known = by_key_.find(key_of(path));
  if (known != by_key_.end()) {
    auto on_stack = std::find(stack_.begin(), stack_.end(), known->second);
    if (on_stack == stack_.end()) {
      expand(known->second);
      return;
    }
    std::string cycle;
    for (auto it = on_stack; it != stack_.end(); ++it) cycle += entries_[*it].display + " → ";
    diags_.report(diag::Kind::ImportCycle, import.span, cycle + entries_[known->second].display);
    return;
  }
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    diags_.report(diag::Kind::ImportNotFound, import.span, import.path);
    return;
  }
  if (std::optional<size_t> loaded = load(path, display, import.span)) expand(*loaded);
}

}  // namespace

ast::Rulebook parse_rulebook(const std::vector<std::string>& paths, diag::SourceManager& sources,
                             diag::Diagnostics& diags) {
  Loader loader(sources, diags);
  for (const std::string& path : paths) loader.add_root(path);
  loader.follow_imports();
  return loader.take();
}

}  // namespace frist::parse
