#include "ingest/html_rules.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "base/embedded_data.h"

namespace storyline {

Result<HtmlRules> HtmlRules::Parse(std::string_view content) {
  HtmlRules r;
  size_t start = 0;
  int lineno = 0;
  while (start < content.size()) {
    size_t nl = content.find('\n', start);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(start, nl - start);
    start = nl + 1;
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    const std::string where = "html_rules.txt:" + std::to_string(lineno);
    if (tab == std::string_view::npos) return Status::InvalidArgument(where + ": expected 'tag|class<TAB>word'");
    const std::string_view kind = line.substr(0, tab);
    const std::string word(line.substr(tab + 1));
    if (kind == "tag") {
      r.tags_.insert(word);
    } else if (kind == "class") {
      r.classes_.insert(word);
    } else {
      return Status::InvalidArgument(where + ": unknown kind '" + std::string(kind) + "'");
    }
  }
  return r;
}

const HtmlRules& HtmlRules::Get() {
  static const HtmlRules rules = [] {
    auto content = data::Find("html_rules.txt");
    auto r = Parse(content ? *content : std::string_view());
    if (!content || !r.ok()) {
      std::fprintf(stderr, "storyline: data/html_rules.txt: %s\n", content ? r.status().message().c_str() : "missing");
      std::abort();
    }
    return std::move(r).value();
  }();
  return rules;
}

bool HtmlRules::IsSkippedClass(std::string_view value) const {
  size_t i = 0;
  while (i < value.size()) {
    size_t j = value.find_first_of(" -_\t", i);
    if (j == std::string_view::npos) j = value.size();
    if (j > i) {
      std::string word(value.substr(i, j - i));
      for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (classes_.count(word)) return true;
    }
    i = j + 1;
  }
  return false;
}

}  // namespace storyline
