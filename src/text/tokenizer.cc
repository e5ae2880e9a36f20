#include "text/tokenizer.h"

#include <libstemmer.h>

#include <memory>
#include <unordered_map>

#include "base/utf8.h"
#include "text/rules.h"

namespace storyline {

namespace {

bool IsWordCodePoint(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp < 0xC0) return false;                    // Latin-1 punctuation, NBSP, signs
  if (cp == 0xD7 || cp == 0xF7) return false;     // multiplication and division signs
  if (cp >= 0x2000 && cp <= 0x2BFF) return false; // general punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false; // CJK punctuation
  if (cp >= 0xFE30 && cp <= 0xFE6F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
  return true;
}

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// Snowball stemmers are not thread-safe: one per thread, with a memo of the
// words it has seen (news vocabulary repeats heavily).
const std::string& Stem(const std::string& word) {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
  thread_local std::unordered_map<std::string, std::string> memo;
  auto it = memo.find(word);
  if (it != memo.end()) return it->second;
  if (memo.size() > (1u << 20)) memo.clear();
  std::string stem = word;
  if (stemmer) {
    const sb_symbol* s = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
    if (s != nullptr) stem.assign(reinterpret_cast<const char*>(s), sb_stemmer_length(stemmer.get()));
  }
  return memo.emplace(word, std::move(stem)).first->second;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  const Rules& rules = Rules::Get();
  std::string cur;
  auto flush = [&] {
    while (!cur.empty() && cur.back() == '\'') cur.pop_back();
    if (!cur.empty()) {
      Token t;
      t.lower = cur;
      t.stopword = rules.IsStopword(cur);
      // "assad's" -> stem of "assad"
      std::string base = cur;
      if (base.size() > 2 && base.compare(base.size() - 2, 2, "'s") == 0) base.resize(base.size() - 2);
      t.stem = Stem(base);
      out.push_back(std::move(t));
    }
    cur.clear();
  };
  size_t i = 0;
  while (i < s.size()) {
    size_t len = 1;
    const unsigned char b = static_cast<unsigned char>(s[i]);
    char32_t cp = b < 0x80 ? b : DecodeUtf8(s, i, &len);
    const bool apostrophe = cp == '\'' || cp == 0x2019;
    if (IsWordCodePoint(cp)) {
      if (cp < 0x80) {
        cur += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
      } else {
        cur.append(s.substr(i, len));
      }
    } else if (apostrophe && !cur.empty() && i + len < s.size()) {
      size_t next_len = 1;
      const unsigned char nb = static_cast<unsigned char>(s[i + len]);
      const char32_t next = nb < 0x80 ? nb : DecodeUtf8(s, i + len, &next_len);
      if (IsWordCodePoint(next)) {
        cur += '\'';
      } else {
        flush();
      }
    } else {
      flush();
    }
    i += len;
  }
  flush();
  return out;
}

int CountWords(std::string_view text) {
  int n = 0;
  bool in = false;
  for (char c : text) {
    const bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (!ws && !in) ++n;
    in = !ws;
  }
  return n;
}

}  // namespace storyline
