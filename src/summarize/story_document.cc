#include "summarize/story_document.h"

#include <unordered_map>

#include "text/rules.h"
#include "text/sentence_splitter.h"

namespace storyline {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Collapses white space (NBSP included) and turns TeX-style `` '' quotes,
// common in wire copy, into typographic ones.
std::string Display(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (IsSpace(c) || s.compare(i, 2, "\xC2\xA0") == 0) {
      if (c != ' ' && !IsSpace(c)) ++i;
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else if (c == '`' && i + 1 < s.size() && s[i + 1] == '`') {
      out += "\xE2\x80\x9C";
      ++i;
    } else if (c == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
      out += "\xE2\x80\x9D";
      ++i;
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Identity of a sentence for wire-copy collapsing: its letters and digits,
// lowercased; punctuation, quotes and spacing differences do not count.
std::string DedupKey(std::string_view s) {
  std::string k;
  k.reserve(s.size());
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) k += static_cast<char>(u < 0x80 ? std::tolower(u) : u);
  }
  return k;
}

bool EndsLikeSentence(std::string_view s) {
  size_t e = s.size();
  // Step back over closing quotes and brackets.
  while (e > 0) {
    const char c = s[e - 1];
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      --e;
    } else if (e >= 3 && (s.compare(e - 3, 3, "\xE2\x80\x9D") == 0 || s.compare(e - 3, 3, "\xE2\x80\x99") == 0)) {
      e -= 3;
    } else {
      break;
    }
  }
  if (e == 0) return false;
  const char c = s[e - 1];
  return c == '.' || c == '!' || c == '?' || (e >= 3 && s.compare(e - 3, 3, "\xE2\x80\xA6") == 0);
}

std::string CollapsedParagraph(const Article& a, Span p) { return Display(std::string_view(a.text).substr(p.begin, p.size())); }

}  // namespace

StoryDocument BuildStoryDocument(const std::vector<Article>& articles) {
  const Rules& rules = Rules::Get();
  StoryDocument doc;
  doc.num_articles = static_cast<int>(articles.size());
  std::unordered_map<std::string, int> by_key;

  for (int ai = 0; ai < doc.num_articles; ++ai) {
    const Article& a = articles[ai];
    const std::string_view text = a.text;

    // Page tail (comment form, related links) and repeated paragraphs
    // (photo captions printed twice) go first.
    std::vector<Span> paras;
    std::unordered_map<std::string, int> seen;
    for (const Span& p : a.paragraphs) {
      const std::string collapsed = CollapsedParagraph(a, p);
      if (rules.StartsTail(collapsed)) break;
      paras.push_back(p);
      ++seen[collapsed];
    }
    int position = 0;
    for (const Span& p0 : paras) {
      const std::string collapsed = CollapsedParagraph(a, p0);
      if (seen[collapsed] > 1) continue;
      if (!a.headline.empty() && collapsed == a.headline) continue;
      if (rules.IsBoilerplateParagraph(collapsed)) continue;
      Span p = p0;
      p.begin += rules.PrefixLength(text.substr(p.begin, p.size()));
      const std::string_view ptext = text.substr(p.begin, p.size());

      struct Piece {
        Span span;
        std::string display;
        bool glued = false;
        bool social = false;
      };
      std::vector<Piece> pieces;
      for (const Span& s : SplitSentences(ptext)) {
        Piece piece;
        piece.span = {p.begin + s.begin, p.begin + s.end};
        piece.display = Display(ptext.substr(s.begin, s.size()));
        piece.glued = s.begin > 0 && !IsSpace(ptext[s.begin - 1]);
        piece.social = rules.IsBoilerplateSentence(piece.display);
        pieces.push_back(std::move(piece));
      }
      // An embedded post pasted into the text: the sentences glued on before a
      // social-media line, or caught between two, belong to the post.
      for (bool changed = true; changed;) {
        changed = false;
        for (size_t k = 0; k + 1 < pieces.size(); ++k) {
          if (pieces[k].social || !pieces[k + 1].social) continue;
          if (pieces[k].glued || (k > 0 && pieces[k - 1].social)) {
            pieces[k].social = true;
            changed = true;
          }
        }
      }
      for (Piece& piece : pieces) {
        const std::string key = DedupKey(piece.display);
        if (key.empty()) continue;
        const Occurrence occ{ai, piece.span, position++};
        auto it = by_key.find(key);
        if (it != by_key.end()) {
          doc.units[it->second].occurrences.push_back(occ);
          continue;
        }
        SentenceUnit u;
        u.occurrences.push_back(occ);
        u.tokens = Tokenize(piece.display);
        u.words = CountWords(piece.display);
        u.complete = EndsLikeSentence(piece.display);
        u.boilerplate = piece.social;
        u.display = std::move(piece.display);
        by_key.emplace(key, static_cast<int>(doc.units.size()));
        doc.units.push_back(std::move(u));
      }
    }
    doc.sentences_per_article.push_back(position);
  }
  return doc;
}

}  // namespace storyline
