#include "facts/words.h"

#include <algorithm>
#include <array>

#include "facts/lexicon.h"

namespace storyline {

namespace {

// Length of the UTF-8 sequence starting at s[i] (1 for malformed bytes).
size_t CharLength(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  const size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  return i + n <= s.size() ? n : 1;
}

// Called for every byte: the first byte is compared inline before the rest.
inline bool StartsWith(std::string_view s, size_t i, std::string_view what) {
  return i < s.size() && s[i] == what[0] && s.compare(i, what.size(), what) == 0;
}

constexpr std::string_view kLeftDouble = "\xE2\x80\x9C", kRightDouble = "\xE2\x80\x9D";
constexpr std::string_view kLeftSingle = "\xE2\x80\x98", kRightSingle = "\xE2\x80\x99";

// Letters beyond ASCII (é, ü, Cyrillic...) count as letters; punctuation
// blocks (U+2000–U+206F) and NBSP do not. Called for nearly every byte, so
// ASCII is answered from a table before anything else.
constexpr auto kAsciiAlnum = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return t;
}();

inline bool IsLetterAt(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return kAsciiAlnum[c];
  if (c == 0xC2) return false;  // NBSP, Latin-1 punctuation and symbols
  if (c == 0xE2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) return false;
  return c >= 0xC3;
}

// A lowered word holding typographic apostrophes made ' in place (the text
// only shrinks).
std::string_view ShrinkApostrophes(char* word, size_t size) {
  size_t kept = 0;
  for (size_t r = 0; r < size; ++r) {
    if (std::string_view(word + r, size - r).starts_with(kRightSingle)) {
      word[kept++] = '\'';
      r += kRightSingle.size() - 1;
    } else {
      word[kept++] = word[r];
    }
  }
  return std::string_view(word, kept);
}

}  // namespace

std::unique_ptr<char[]> LoweredCopy(std::string_view text) {
  auto out = std::make_unique_for_overwrite<char[]>(text.size());
  std::copy(text.begin(), text.end(), out.get());
  return out;
}

SplitText SplitWords(std::string_view s, size_t base) {
  SplitText out;
  out.lowered = LoweredCopy(s);
  AppendWords(s, out.lowered.get(), base, &out.words);
  return out;
}

void AppendWords(std::string_view s, char* lowered, size_t base, std::vector<Word>* words) {
  std::vector<Word>& out = *words;
  const Lexicon& lexicon = Lexicon::Get();
  size_t i = 0;
  bool single_open = false;  // a single mark opened in this text and not yet closed
  bool curly = false;  // the word being pushed holds a typographic apostrophe
  bool wire = false;   // ... or a straight double mark for one ("Kuwait"s")
  bool upper = false;  // ... or an upper-case ASCII letter
  auto push = [&](size_t b, size_t e, WordType t, bool single = false) {
    Word& w = out.emplace_back();
    w.begin = base + b;
    w.end = base + e;
    w.text = s.substr(b, e - b);
    w.type = t;
    w.single_mark = single;
    if (t == WordType::kWord || t == WordType::kNumber) {
      // (Written from the text, not over the copy, so that splitting the
      // same text again gives the same words.)
      char* l = lowered + b;
      if (upper || curly || wire) {
        for (size_t k = 0; k < e - b; ++k) {
          const char c = s[b + k];
          l[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c == '"' ? '\'' : c;
        }
      }
      w.lower = curly ? ShrinkApostrophes(l, e - b) : std::string_view(l, e - b);
      const unsigned char c0 = static_cast<unsigned char>(s[b]);
      w.capitalized = c0 >= 'A' && c0 <= 'Z';
      if (t == WordType::kWord) {
        w.classes = lexicon.Classes(w.lower);
        // "the Justice Department's antitrust division": a possessive is of an
        // organisation when its word is one.
        if (w.lower.size() > 3 && w.lower.ends_with("'s")) {
          w.classes |= lexicon.Classes(w.lower.substr(0, w.lower.size() - 2)) & kOrgClass;
        }
        // "twenty-one", "quarter-million": the part before a hyphen may start a number.
        const size_t hyphen = w.lower.find('-');
        if (hyphen != std::string_view::npos && lexicon.MayStartNumber(w.lower.substr(0, hyphen))) {
          w.classes |= kNumberStartClass;
        }
      }
    }
  };
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || StartsWith(s, i, "\xC2\xA0")) {
      i += c < 0x80 ? 1 : 2;
      continue;
    }
    if (IsLetterAt(s, i)) {
      const size_t b = i;
      bool digits_only = true;
      while (i < s.size()) {
        const unsigned char ch = static_cast<unsigned char>(s[i]);
        if (ch < 0x80 && kAsciiAlnum[ch]) {
          digits_only &= IsAsciiDigit(ch);
          upper |= ch >= 'A' && ch <= 'Z';
          ++i;
          continue;
        }
        if (ch >= 0x80 && IsLetterAt(s, i)) {
          if (!IsAsciiDigit(static_cast<unsigned char>(s[i]))) digits_only = false;
          i += CharLength(s, i);
          continue;
        }
        // Marks inside a word: apostrophes, hyphens, dots of abbreviations,
        // and , . between digits.
        const bool next_letter = i + 1 < s.size() && IsLetterAt(s, i + 1);
        if ((s[i] == '\'' || s[i] == '-') && next_letter) {
          ++i;
          continue;
        }
        // "Kuwait"s Oil Minister", "OPEC"s": a straight double mark between
        // letters, where no quote opens or closes, is an apostrophe (wire
        // copy that lost its apostrophes); its lowercase form has one.
        if (s[i] == '"' && next_letter && !digits_only) {
          wire = true;
          ++i;
          continue;
        }
        if (StartsWith(s, i, kRightSingle) && i + 3 < s.size() && IsLetterAt(s, i + 3)) {
          curly = true;
          i += 3;
          continue;
        }
        if ((s[i] == ',' || s[i] == '.') && digits_only && i + 1 < s.size() && IsAsciiDigit(static_cast<unsigned char>(s[i + 1]))) {
          ++i;
          continue;
        }
        // "U.S." / "p.m.": a dot between single letters.
        if (s[i] == '.' && !digits_only && i >= 1 && (i - b == 1 || s[i - 2] == '.') && next_letter &&
            (i + 2 >= s.size() || s[i + 2] == '.')) {
          upper |= s[i + 1] >= 'A' && s[i + 1] <= 'Z';
          i += 2;
          if (i < s.size() && s[i] == '.') ++i;
          continue;
        }
        break;
      }
      push(b, i, digits_only ? WordType::kNumber : WordType::kWord);
      curly = upper = wire = false;
      continue;
    }
    if (StartsWith(s, i, kLeftDouble)) {
      push(i, i + 3, WordType::kOpenQuote);
      i += 3;
    } else if (StartsWith(s, i, kRightDouble)) {
      push(i, i + 3, WordType::kCloseQuote);
      i += 3;
    } else if (StartsWith(s, i, kLeftSingle)) {
      push(i, i + 3, WordType::kOpenQuote, true);
      i += 3;
    } else if (StartsWith(s, i, kRightSingle)) {
      push(i, i + 3, WordType::kCloseQuote, true);
      i += 3;
    } else if (StartsWith(s, i, "``")) {
      push(i, i + 2, WordType::kOpenQuote);
      i += 2;
    } else if (StartsWith(s, i, "''")) {
      // ("said: ''I don't believe...'': two apostrophes after a space, before
      // a word, open a quote — a typo for ``.)
      const bool opens = (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n') && i + 2 < s.size() && IsLetterAt(s, i + 2);
      push(i, i + 2, opens ? WordType::kOpenQuote : WordType::kCloseQuote);
      i += 2;
    } else if (c == '`') {
      // A single grave accent opens a single quote (`I can offer ...'), or,
      // when a double mark closes it, a double one (see PairStraightQuotes).
      push(i, i + 1, WordType::kOpenQuote, true);
      ++i;
    } else if (c == '"') {
      push(i, i + 1, WordType::kStraightQuote);
      ++i;
    } else if (c == '\'' && i + 1 < s.size() && IsAsciiDigit(static_cast<unsigned char>(s[i + 1]))) {
      ++i;  // "the '90s", "class of '06": an elision, not a quote
    } else if (c == '\'' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '(') && i + 1 < s.size() &&
               IsLetterAt(s, i + 1)) {
      push(i, i + 1, WordType::kOpenQuote, true);  // 'retaliation'
      single_open = true;
      ++i;
    } else if (c == '\'' && i > 0 && (s[i - 1] == 's' || s[i - 1] == 'S') && !single_open &&
               (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\n')) {
      // "the Democrats' arguments": a plural's possessive, no quote closing
      if (!out.empty() && out.back().end == base + i) out.back().plural_owner = true;
      ++i;
    } else if (c == '\'' && i > 0 && s[i - 1] != ' ' && (i + 1 == s.size() || !IsLetterAt(s, i + 1))) {
      push(i, i + 1, WordType::kCloseQuote, true);
      single_open = false;
      ++i;
    } else {
      const size_t n = CharLength(s, i);
      push(i, i + n, WordType::kPunct);
      i += n;
    }
  }
}

void PairStraightQuotes(std::vector<Word>& words) {
  bool open = false;   // a straight mark opened a quote
  bool curly = false;  // a typographic (or ``) double mark opened one
  bool grave = false;  // a single grave accent was seen
  for (Word& w : words) {
    if (w.single_mark) {
      grave = grave || w.text == "`";
      continue;
    }
    if (w.type == WordType::kOpenQuote) {
      curly = true;
    } else if (w.type == WordType::kCloseQuote) {
      curly = open = false;
    } else if (w.type == WordType::kStraightQuote) {
      // "“From the top," he said. "With a little more life.”": mixed marks; a
      // straight one closes the typographic one left open.
      if (curly && !open) {
        w.type = WordType::kCloseQuote;
        curly = false;
        continue;
      }
      w.type = open ? WordType::kCloseQuote : WordType::kOpenQuote;
      open = !open;
    }
  }
  // "Ewing said. ` There's a perception ... locked out.''": a single grave
  // accent whose next mark closes a double quote opened it (a typo for ``);
  // not inside a double quote ("``He said, `I called in my children.'''").
  if (!grave) return;
  bool in_double = false;
  for (size_t k = 0; k < words.size(); ++k) {
    if ((words[k].type == WordType::kOpenQuote || words[k].type == WordType::kCloseQuote) && !words[k].single_mark) {
      in_double = words[k].type == WordType::kOpenQuote;
    }
    if (in_double || words[k].type != WordType::kOpenQuote || words[k].text != "`") continue;
    for (size_t j = k + 1; j < words.size(); ++j) {
      const WordType t = words[j].type;
      if (t != WordType::kOpenQuote && t != WordType::kCloseQuote) continue;
      if (t == WordType::kCloseQuote && !words[j].single_mark) words[k].single_mark = false;
      break;
    }
  }
}

}  // namespace storyline
