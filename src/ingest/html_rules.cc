#include "ingest/html_rules.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "base/embedded_data.h"
#include "base/rule_lines.h"

namespace storyline {

Result<HtmlRules> HtmlRules::Parse(std::string_view content) {
  HtmlRules r;
  Status st = ForEachRuleLine("html_rules.txt", content, [&](const std::vector<std::string_view>& f) {
    if (f.size() != 2) return Status::InvalidArgument("expected 'tag|class<TAB>word'");
    if (f[0] == "tag") {
      r.tags_.insert(std::string(f[1]));
    } else if (f[0] == "class") {
      r.classes_.insert(std::string(f[1]));
    } else {
      return Status::InvalidArgument("unknown kind '" + std::string(f[0]) + "'");
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
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
