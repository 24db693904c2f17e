// Line tables are built once per file so that rendering many diagnostics
// stays linear in the size of the input.
#include "diag/source_manager.h"

namespace frist::diag {

FileId SourceManager::add(std::string path, std::string text) {
  // A byte order mark is invisible in every editor: dropping it here keeps
  // line 1's columns where the reader sees them, for the parser and the
  // renderer alike.
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  File file{std::move(path), std::move(text), {0}};
  for (uint32_t i = 0; i < file.text.size(); ++i) {
    if (file.text[i] == '\n') file.line_starts.push_back(i + 1);
  }
  files_.push_back(std::move(file));
  return static_cast<FileId>(files_.size() - 1);
}

std::string_view SourceManager::line_text(FileId id, uint32_t line) const {
  if (id >= files_.size()) return {};
  const File& file = files_[id];
  if (line == 0 || line > file.line_starts.size()) return {};
  uint32_t begin = file.line_starts[line - 1];
  uint32_t end = line < file.line_starts.size() ? file.line_starts[line] - 1
                                                : static_cast<uint32_t>(file.text.size());
  std::string_view view(file.text);
  view = view.substr(begin, end - begin);
  if (!view.empty() && view.back() == '\r') view.remove_suffix(1);
  return view;
}

}  // namespace frist::diag
