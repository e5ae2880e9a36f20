#include "facts/passages.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "base/strings.h"
#include "text/rules.h"
#include "text/sentence_splitter.h"

namespace storyline {

Passages ReadParagraphs(const Article& a) {
  const Rules& rules = Rules::Get();
  const std::string_view text = a.text;
  Passages read;
  read.lowered = LoweredCopy(text);
  std::vector<Paragraph>& out = read.paragraphs;
  std::unordered_map<std::string, int> seen;
  std::vector<Span> kept;
  for (const Span& p : a.paragraphs) {
    const std::string collapsed = CollapseWhitespace(text.substr(p.begin, p.size()));
    if (rules.StartsTail(collapsed)) break;
    kept.push_back(p);
    ++seen[collapsed];
  }
  for (const Span& p0 : kept) {
    const std::string collapsed = CollapseWhitespace(text.substr(p0.begin, p0.size()));
    if (seen[collapsed] > 1 || (!a.headline.empty() && collapsed == a.headline)) continue;
    if (rules.IsBoilerplateParagraph(collapsed)) continue;
    Span p = p0;
    p.begin += rules.PrefixLength(text.substr(p.begin, p.size()));
    const std::string_view ptext = text.substr(p.begin, p.size());
    Paragraph para;
    para.span = p;
    // Sentences that are embedded posts or links are left out; the words of
    // the others are kept with their sentence starts.
    const std::vector<Span> sentences = SplitSentences(ptext);
    std::vector<std::string> flats;
    flats.reserve(sentences.size());
    for (const Span& s : sentences) flats.push_back(CollapseWhitespace(ptext.substr(s.begin, s.size())));
    for (size_t si = 0; si < sentences.size(); ++si) {
      const Span& s = sentences[si];
      const std::string_view st = ptext.substr(s.begin, s.size());
      const std::string& flat = flats[si];
      // (Editor's notes stay: their quotes count; so does a sentence its
      // paragraph goes on from after an ellipsis.)
      const bool goes_on = si + 1 < sentences.size() && rules.IsBoilerplateForEllipsisOnly(flat) &&
                           !rules.IsBoilerplateSentence(flats[si + 1]);
      if ((rules.IsBoilerplateSentence(flat) && !goes_on) || rules.IsFactsFurniture(flat)) continue;
      const size_t before = para.words.size();
      AppendWords(st, read.lowered.get() + p.begin + s.begin, p.begin + s.begin, &para.words);
      if (para.words.size() == before) continue;
      para.sentence_starts.push_back(before);
    }
    PairStraightQuotes(para.words);
    // A paragraph opening with a closing mark (a common typo) opens a quote.
    if (!para.words.empty() && para.words[0].type == WordType::kCloseQuote && !para.words[0].single_mark) {
      para.words[0].type = WordType::kOpenQuote;
    }
    if (!para.words.empty()) out.push_back(std::move(para));
  }
  return read;
}

Passages ParagraphsFromSentences(const Article& a, const std::vector<Span>& sentences) {
  const std::string_view text = a.text;
  Passages read;
  read.lowered = LoweredCopy(text);
  std::vector<Paragraph>& out = read.paragraphs;
  size_t pi = 0;  // the article paragraph holding the current sentence
  for (const Span& s : sentences) {
    while (pi < a.paragraphs.size() && a.paragraphs[pi].end <= s.begin) ++pi;
    const bool same = !out.empty() && pi < a.paragraphs.size() && out.back().span.end <= a.paragraphs[pi].end &&
                      out.back().span.begin >= a.paragraphs[pi].begin;
    if (!same) {
      if (!out.empty()) PairStraightQuotes(out.back().words);
      out.emplace_back();
      out.back().span = s;
      // About one word in five bytes; reserved once a paragraph, growth beyond is geometric.
      if (pi < a.paragraphs.size()) out.back().words.reserve(a.paragraphs[pi].size() / 5 + 8);
    }
    Paragraph& para = out.back();
    const size_t before = para.words.size();
    AppendWords(text.substr(s.begin, s.size()), read.lowered.get() + s.begin, s.begin, &para.words);
    if (para.words.size() == before) continue;
    para.span.end = s.end;
    para.sentence_starts.push_back(before);
  }
  if (!out.empty()) PairStraightQuotes(out.back().words);
  std::erase_if(out, [](const Paragraph& p) { return p.words.empty(); });
  for (Paragraph& para : out) {
    if (para.words[0].type == WordType::kCloseQuote && !para.words[0].single_mark) para.words[0].type = WordType::kOpenQuote;
  }
  return read;
}

size_t SentenceOf(const Paragraph& p, size_t i) {
  auto it = std::upper_bound(p.sentence_starts.begin(), p.sentence_starts.end(), i);
  return static_cast<size_t>(it - p.sentence_starts.begin()) - 1;
}

void SentenceRange(const Paragraph& p, size_t sentence, size_t* begin, size_t* end) {
  *begin = p.sentence_starts[sentence];
  *end = sentence + 1 < p.sentence_starts.size() ? p.sentence_starts[sentence + 1] : p.words.size();
}

}  // namespace storyline
