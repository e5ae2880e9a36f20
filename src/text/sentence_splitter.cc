#include "text/sentence_splitter.h"

#include <cctype>
#include <string>

#include "text/rules.h"

namespace storyline {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// Length of a closing quote or bracket at text[i], 0 if none.
size_t ClosingMark(std::string_view t, size_t i) {
  if (i >= t.size()) return 0;
  const char c = t[i];
  if (c == '"' || c == ')' || c == ']') return 1;
  if (c == '\'') return (i + 1 < t.size() && t[i + 1] == '\'') ? 2 : 1;  // '' closes `` quotes
  if (t.compare(i, 3, "\xE2\x80\x9D") == 0 || t.compare(i, 3, "\xE2\x80\x99") == 0)  // ” ’
    return 3;
  if (t.compare(i, 2, "\xC2\xBB") == 0) return 2;  // »
  return 0;
}

// Is the white space at text[i] (or a non-breaking space) here?
size_t SpaceAt(std::string_view t, size_t i) {
  if (i < t.size() && IsSpace(t[i])) return 1;
  if (t.compare(i, 2, "\xC2\xA0") == 0) return 2;
  return 0;
}

// The word ending just before `end` (back to white space), lowercased, with
// opening quotes and brackets stripped.
std::string WordBefore(std::string_view t, size_t end) {
  size_t b = end;
  while (b > 0 && !IsSpace(t[b - 1])) --b;
  std::string w(t.substr(b, end - b));
  size_t k = 0;
  while (k < w.size() && (w[k] == '(' || w[k] == '"' || w[k] == '\'' || w[k] == '[' || w[k] == '`')) ++k;
  w = w.substr(k);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

// The word starting at `begin`, without leading quotes or brackets.
std::string_view WordAt(std::string_view t, size_t begin) {
  while (begin < t.size()) {
    const char c = t[begin];
    if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '`') {
      ++begin;
    } else if (t.compare(begin, 3, "\xE2\x80\x9C") == 0 || t.compare(begin, 3, "\xE2\x80\x98") == 0) {
      begin += 3;
    } else {
      break;
    }
  }
  size_t e = begin;
  while (e < t.size() && !IsSpace(t[e])) ++e;
  return t.substr(begin, e - begin);
}

bool IsStarter(std::string_view word) {
  std::string w;
  for (char c : word) {
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return !word.empty() && IsUpper(word[0]) && Rules::Get().IsSentenceStarter(w);
}

// ([a-z]\.)+[a-z]: "u.s", "a.m", "j.r".
bool IsDottedAbbreviation(const std::string& w) {
  if (w.size() < 3) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i % 2 == 0 ? !std::isalpha(static_cast<unsigned char>(w[i])) : w[i] != '.') return false;
  }
  return true;
}

// Decides whether the full stop at `dot` ends a sentence, given that white
// space follows and the next word is `next`.
bool FullStopEnds(std::string_view t, size_t dot, std::string_view next, bool quoted) {
  if (next.empty()) return true;
  const char n0 = next[0];
  if (IsLower(n0)) return false;  // "etc. and", "e.g. the"
  if (quoted) return true;        // '... silent." France' — the stop closes the quote
  const std::string prev = WordBefore(t, dot);
  if (prev.empty()) return true;
  switch (Rules::Get().Abbreviation(prev)) {
    case AbbreviationKind::kTitle: return false;
    case AbbreviationKind::kMonth:
    case AbbreviationKind::kOther: return IsStarter(next);
    case AbbreviationKind::kNone: break;
  }
  if (prev.size() == 1 && std::isalpha(static_cast<unsigned char>(prev[0]))) return IsStarter(next);  // initial
  if (IsDottedAbbreviation(prev)) return IsStarter(next);
  return true;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view t) {
  std::vector<Span> out;
  const size_t n = t.size();
  size_t start = 0;
  auto emit = [&](size_t end) {
    size_t b = start, e = end;
    while (b < e && (IsSpace(t[b]) || t.compare(b, 2, "\xC2\xA0") == 0)) b += IsSpace(t[b]) ? 1 : 2;
    while (e > b && IsSpace(t[e - 1])) --e;
    if (e > b) out.push_back({b, e});
    start = end;
  };
  size_t i = 0;
  while (i < n) {
    const char c = t[i];
    size_t term_len = 0;
    if (c == '.' || c == '!' || c == '?') term_len = 1;
    else if (t.compare(i, 3, "\xE2\x80\xA6") == 0) term_len = 3;  // …
    if (term_len == 0) {
      ++i;
      continue;
    }
    // Decimals and thousands: "3.5", "1.2m" — a stop between digits.
    if (c == '.' && i > 0 && i + 1 < n && std::isdigit(static_cast<unsigned char>(t[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(t[i + 1]))) {
      ++i;
      continue;
    }
    size_t j = i + term_len;
    while (j < n && (t[j] == '.' || t[j] == '!' || t[j] == '?')) ++j;
    size_t k = j;
    bool quoted = false;
    for (size_t m; (m = ClosingMark(t, k)) > 0;) {
      k += m;
      quoted = true;
    }
    if (k >= n) {
      emit(n);
      i = n;
      break;
    }
    const size_t sp = SpaceAt(t, k);
    if (sp == 0) {
      // "said.Launching": a stop glued to a capitalised word after a lowercase word.
      const bool glued = c == '.' && !quoted && k + 1 < n && IsUpper(t[k]) && IsLower(t[k + 1]) && i >= 2 &&
                         IsLower(t[i - 1]) && IsLower(t[i - 2]) &&
                         Rules::Get().Abbreviation(WordBefore(t, i)) == AbbreviationKind::kNone;
      if (glued) emit(k);
      i = k > i ? k : i + 1;
      continue;
    }
    size_t m = k;
    while (m < n && SpaceAt(t, m) > 0) m += SpaceAt(t, m);
    const std::string_view next = WordAt(t, m);
    bool ends;
    if (c == '.' && term_len == 1 && j == i + 1) {
      ends = FullStopEnds(t, i, next, quoted);
    } else {
      ends = next.empty() || !IsLower(next[0]);
    }
    if (ends) emit(k);
    i = k;
  }
  if (start < n) emit(n);
  return out;
}

}  // namespace storyline
