// Line iteration for the rule files in data/: one rule per line, '#' starts a
// comment line, blank lines are skipped, fields are separated by tabs.
#ifndef STORYLINE_BASE_RULE_LINES_H_
#define STORYLINE_BASE_RULE_LINES_H_

#include <string>
#include <string_view>
#include <vector>

#include "storyline/status.h"

namespace storyline {

// Calls fn(fields) for each rule line of `content`; a non-ok Status from fn
// stops the walk and comes back as "file_name:line: message".
template <typename Fn>
Status ForEachRuleLine(std::string_view file_name, std::string_view content, Fn fn) {
  size_t start = 0;
  int lineno = 0;
  while (start < content.size()) {
    size_t nl = content.find('\n', start);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(start, nl - start);
    start = nl + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields;
    for (size_t f = 0;;) {
      const size_t tab = line.find('\t', f);
      fields.push_back(line.substr(f, tab == std::string_view::npos ? std::string_view::npos : tab - f));
      if (tab == std::string_view::npos) break;
      f = tab + 1;
    }
    Status st = fn(fields);
    if (!st.ok()) return st.WithContext(std::string(file_name) + ":" + std::to_string(lineno));
  }
  return Status::Ok();
}

}  // namespace storyline

#endif  // STORYLINE_BASE_RULE_LINES_H_
