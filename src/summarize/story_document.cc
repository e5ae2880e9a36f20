#include "summarize/story_document.h"

#include <algorithm>
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
    const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
    if (IsSpace(c) || nbsp) {
      if (nbsp) ++i;
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

// Wire copy is often lightly edited by the outlet that reprints it ("The town
// council ordered..." / "The council ordered..."). Two sentences from different
// articles sharing at least this share of their content stems (of the larger
// set) are one statement.
constexpr double kNearCopyOverlap = 0.8;
// Sentences with fewer content stems are too short to call copies.
constexpr size_t kNearCopyMinStems = 6;
// Stems in more units than this are too common to index for the search.
constexpr size_t kMaxPostings = 64;

void MergeNearCopies(StoryDocument* doc) {
  const size_t n = doc->units.size();
  std::unordered_map<std::string, int> ids;
  std::vector<std::vector<int>> stems(n);
  for (size_t u = 0; u < n; ++u) {
    for (const Token& t : doc->units[u].tokens) {
      if (!t.stopword) stems[u].push_back(ids.emplace(t.stem, static_cast<int>(ids.size())).first->second);
    }
    std::sort(stems[u].begin(), stems[u].end());
    stems[u].erase(std::unique(stems[u].begin(), stems[u].end()), stems[u].end());
  }
  std::vector<std::vector<int>> postings(ids.size());
  for (size_t u = 0; u < n; ++u) {
    if (doc->units[u].boilerplate || stems[u].size() < kNearCopyMinStems) continue;
    for (int s : stems[u]) postings[s].push_back(static_cast<int>(u));
  }
  std::vector<char> merged(n, 0);
  std::vector<int> shared(n, 0);  // stems unit u shares with each later unit
  std::vector<int> touched;       // the units with a count, to visit in order and reset
  for (size_t u = 0; u < n; ++u) {
    if (merged[u] || doc->units[u].boilerplate || stems[u].size() < kNearCopyMinStems) continue;
    for (int s : stems[u]) {
      if (postings[s].size() > kMaxPostings) continue;
      for (int v : postings[s]) {
        if (static_cast<size_t>(v) <= u || merged[v]) continue;
        if (shared[v]++ == 0) touched.push_back(v);
      }
    }
    std::sort(touched.begin(), touched.end());
    for (int v : touched) {
      const int common = shared[v];
      shared[v] = 0;
      SentenceUnit& a = doc->units[u];
      SentenceUnit& b = doc->units[v];
      if (a.occurrences.front().article == b.occurrences.front().article) continue;
      const double larger = static_cast<double>(std::max(stems[u].size(), stems[v].size()));
      if (common < kNearCopyOverlap * larger) continue;
      a.occurrences.insert(a.occurrences.end(), b.occurrences.begin(), b.occurrences.end());
      merged[v] = 1;
    }
    touched.clear();
  }
  size_t keep = 0;
  for (size_t u = 0; u < n; ++u) {
    if (merged[u]) continue;
    if (keep != u) doc->units[keep] = std::move(doc->units[u]);  // never self-move
    ++keep;
  }
  doc->units.resize(keep);
}

std::string CollapsedParagraph(const Article& a, Span p) { return Display(std::string_view(a.text).substr(p.begin, p.size())); }

}  // namespace

StoryDocument BuildStoryDocument(const std::vector<Article>& articles, const DocumentOptions& options) {
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
    std::vector<std::string> collapsed_paras;  // each kept paragraph, white space collapsed
    std::unordered_map<std::string, int> seen;
    for (const Span& p : a.paragraphs) {
      std::string collapsed = CollapsedParagraph(a, p);
      if (options.clean && rules.StartsTail(collapsed)) break;
      paras.push_back(p);
      ++seen[collapsed];
      collapsed_paras.push_back(std::move(collapsed));
    }
    int position = 0;
    for (size_t pi = 0; pi < paras.size(); ++pi) {
      const Span& p0 = paras[pi];
      Span p = p0;
      if (options.clean) {
        const std::string& collapsed = collapsed_paras[pi];
        if (seen[collapsed] > 1) continue;
        if (!a.headline.empty() && collapsed == a.headline) continue;
        if (rules.IsBoilerplateParagraph(collapsed)) continue;
        p.begin += rules.PrefixLength(text.substr(p.begin, p.size()));
      }
      const std::string_view ptext = text.substr(p.begin, p.size());

      struct Piece {
        Span span;
        std::string display;
        bool glued = false;
        bool social = false;
        bool note = false;
        bool ellipsis = false;  // boilerplate only for ending in an ellipsis, and the paragraph goes on
      };
      std::vector<Piece> pieces;
      for (const Span& s : SplitSentences(ptext)) {
        Piece piece;
        piece.span = {p.begin + s.begin, p.begin + s.end};
        piece.display = Display(ptext.substr(s.begin, s.size()));
        piece.glued = s.begin > 0 && !IsSpace(ptext[s.begin - 1]);
        piece.social = options.clean && rules.IsBoilerplateSentence(piece.display);
        piece.note = options.clean && !piece.social && rules.IsEditorsNote(piece.display);
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
      for (size_t k = 0; k + 1 < pieces.size(); ++k) {
        Piece& piece = pieces[k];
        piece.ellipsis = piece.social && !pieces[k + 1].social && rules.IsBoilerplateForEllipsisOnly(piece.display);
      }
      for (Piece& piece : pieces) {
        std::string key = DedupKey(piece.display);
        if (key.empty()) continue;
        const bool counts = !piece.social && !piece.note;
        const Occurrence occ{ai, piece.span, counts ? position++ : position};
        if (!options.collapse_copies) {  // every sentence its own unit
          key.push_back('\0');
          key += std::to_string(doc.units.size());
        }
        auto it = by_key.find(key);
        if (it != by_key.end()) {
          doc.units[it->second].occurrences.push_back(occ);
          continue;
        }
        SentenceUnit u;
        u.occurrences.push_back(occ);
        u.complete = EndsLikeSentence(piece.display);
        if (options.trim && !piece.social) {
          std::string trimmed = rules.TrimSentence(piece.display);
          // A cut that leaves no sentence behind is not made.
          if (trimmed.size() < piece.display.size() && EndsLikeSentence(trimmed) && CountWords(trimmed) >= 4) {
            piece.display = std::move(trimmed);
            u.trimmed = true;
          }
        }
        u.tokens = Tokenize(piece.display);
        u.words = CountWords(piece.display);
        u.boilerplate = piece.social || piece.note;
        u.read_for_facts = piece.note || piece.ellipsis;
        u.leans_back = rules.LeansOnContext(piece.display);
        u.display = std::move(piece.display);
        by_key.emplace(std::move(key), static_cast<int>(doc.units.size()));
        doc.units.push_back(std::move(u));
      }
    }
  }
  if (options.collapse_copies) MergeNearCopies(&doc);
  return doc;
}

}  // namespace storyline
