// Small string helpers shared by the modules.
#ifndef STORYLINE_BASE_STRINGS_H_
#define STORYLINE_BASE_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace storyline {

// Runs of spaces, tabs and line breaks become one space; none at either end.
std::string CollapseWhitespace(std::string_view s);
// Whether CollapseWhitespace(s) == s: single spaces only, none at either end
// (one scan, no copy; most sentences are).
bool IsCollapsed(std::string_view s);

// `s` with its ASCII capitals lowercased (other bytes as they are).
std::string AsciiLowercase(std::string_view s);

// Whether `s` is written in capitals: two or more ASCII capitals and no ASCII
// lowercase letter ("TRUMP", "U.N."; not "I", "Trump", "e-mail").
bool IsAllCaps(std::string_view s);

// The words of `s` between spaces, empty ones left out ("prime minister" -> "prime", "minister").
std::vector<std::string_view> SplitSpaces(std::string_view s);

}  // namespace storyline

#endif  // STORYLINE_BASE_STRINGS_H_
