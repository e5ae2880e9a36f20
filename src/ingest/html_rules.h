// Which HTML elements are page furniture, as data (data/html_rules.txt).
#ifndef STORYLINE_INGEST_HTML_RULES_H_
#define STORYLINE_INGEST_HTML_RULES_H_

#include <string>
#include <string_view>
#include <unordered_set>

#include "storyline/status.h"

namespace storyline {

class HtmlRules {
 public:
  // The rules compiled into the library; aborts on a malformed rule file
  // (a Storyline bug, caught by tests). Thread-safe.
  static const HtmlRules& Get();
  static Result<HtmlRules> Parse(std::string_view content);

  bool IsSkippedTag(std::string_view tag) const { return tags_.count(std::string(tag)) > 0; }
  // True when any word of a class, id or role value (split at ' ', '-', '_') is listed.
  bool IsSkippedClass(std::string_view value) const;

 private:
  std::unordered_set<std::string> tags_, classes_;
};

}  // namespace storyline

#endif  // STORYLINE_INGEST_HTML_RULES_H_
