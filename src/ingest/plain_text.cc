#include "ingest/plain_text.h"

#include <algorithm>
#include <string_view>

namespace storyline {

namespace {

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; });
}

// A line that is not blank and opens with a space or tab: a new paragraph in wrapped copy.
bool IsIndented(std::string_view line) { return !IsBlank(line) && (line[0] == ' ' || line[0] == '\t'); }

Span Trim(std::string_view text, Span s) {
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; };
  while (s.begin < s.end && ws(text[s.begin])) ++s.begin;
  while (s.end > s.begin && ws(text[s.end - 1])) --s.end;
  return s;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool ws = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (!ws && !in) ++n;
    in = !ws;
  }
  return n;
}

// Heuristic thresholds for wrapped wire copy: the typical wrapped line is
// 60-80 bytes; a file is wrapped when three quarters of its non-blank lines
// are kMinWrapWidth to kWrapWidth long and there are enough lines to judge.
// (Short lines are headings and captions, long ones unwrapped paragraphs.)
constexpr size_t kMinWrapWidth = 40;
constexpr size_t kWrapWidth = 90;
constexpr size_t kMinLinesToJudge = 6;
constexpr double kWrappedShare = 0.75;
// Wrapped copy with short paragraphs (wire stories of two or three lines, a
// short last line each) is told by its line ends instead, when there are
// enough lines to judge: hardly a line longer than kWrapWidth (one in
// kLongLinesPer, or one: a headline run into the first line), and of the lines
// that run on into the next (a non-blank, unindented one), kRunOnShare or
// more are kMinRunOnWidth long or longer and stop mid-sentence.
constexpr size_t kMinRunOnWidth = 20;
constexpr size_t kMinRunOnLines = 2;
constexpr double kRunOnShare = 0.6;
constexpr size_t kLongLinesPer = 10;
// A headline is at most this many words.
constexpr size_t kMaxHeadlineWords = 25;

}  // namespace

void SplitPlainText(Article* a) {
  const std::string_view text = a->text;
  std::vector<Span> lines;
  for (size_t i = 0; i <= text.size();) {
    size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back({i, nl});
    i = nl + 1;
    if (nl == text.size()) break;
  }
  size_t nonblank = 0, short_lines = 0;
  for (const Span& l : lines) {
    if (IsBlank(text.substr(l.begin, l.size()))) continue;
    ++nonblank;
    short_lines += l.size() >= kMinWrapWidth && l.size() <= kWrapWidth;
  }
  bool wrapped = nonblank >= kMinLinesToJudge && short_lines >= kWrappedShare * nonblank;
  if (!wrapped && nonblank >= kMinLinesToJudge) {
    size_t run_ons = 0, mid_sentence = 0, long_lines = 0;
    for (size_t k = 0; k < lines.size(); ++k) {
      const std::string_view line = text.substr(lines[k].begin, lines[k].size());
      long_lines += line.size() > kWrapWidth;
      if (k + 1 == lines.size() || IsBlank(line)) continue;
      const std::string_view next = text.substr(lines[k + 1].begin, lines[k + 1].size());
      if (IsBlank(next) || IsIndented(next)) continue;
      ++run_ons;
      const Span t = Trim(text, lines[k]);
      const char last = text[t.end - 1];
      const bool stops = last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '"' ||
                         last == '\'';
      mid_sentence += line.size() >= kMinRunOnWidth && !stops;
    }
    wrapped = long_lines <= std::max<size_t>(1, nonblank / kLongLinesPer) && run_ons >= kMinRunOnLines &&
              mid_sentence >= kRunOnShare * run_ons;
  }

  std::vector<Span> paragraphs;
  if (!wrapped) {
    for (const Span& l : lines) {
      Span t = Trim(text, l);
      if (t.size() > 0) paragraphs.push_back(t);
    }
  } else {
    Span cur{0, 0};
    bool open = false;
    for (const Span& l : lines) {
      std::string_view line = text.substr(l.begin, l.size());
      const bool blank = IsBlank(line);
      const bool indented = IsIndented(line);
      if (blank || indented) {
        if (open) paragraphs.push_back(Trim(text, cur));
        open = false;
      }
      if (blank) continue;
      if (!open) {
        cur = l;
        open = true;
      } else {
        cur.end = l.end;
      }
    }
    if (open) paragraphs.push_back(Trim(text, cur));
    paragraphs.erase(std::remove_if(paragraphs.begin(), paragraphs.end(), [](Span s) { return s.size() == 0; }),
                     paragraphs.end());
  }

  // Headline: the first paragraph, when it looks like one.
  if (paragraphs.size() >= 2) {
    std::string_view first = text.substr(paragraphs[0].begin, paragraphs[0].size());
    const bool one_line = first.find('\n') == std::string_view::npos;
    const char last = first.empty() ? '.' : first.back();
    const bool stops = last == '.' || last == ',' || last == ';' || last == ':';
    const size_t words = CountWords(first);
    if (one_line && !stops && words >= 2 && words <= kMaxHeadlineWords) {
      a->headline = std::string(first);
    }
  }
  a->paragraphs = std::move(paragraphs);
}

}  // namespace storyline
