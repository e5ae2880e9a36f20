// ROUGE-1.5.5's Porter stemmer, rule for rule. It differs from Porter's
// published algorithm in step 4 (a word ending in -ement does not fall back to
// -ment / -ent the same way), and its conditions are Perl regular expressions
// whose character classes treat 'y' unusually; both are kept exactly, since a
// single differing stem moves ROUGE's printed figures.
#include <regex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "storyline/rouge.h"

namespace storyline::rouge {

namespace {

#define ROUGE_C "[^aeiou][^aeiouy]*"
#define ROUGE_V "[aeiouy][aeiou]*"

struct Patterns {
  std::regex mgr0{"^(" ROUGE_C ")?" ROUGE_V ROUGE_C};
  std::regex meq1{"^(" ROUGE_C ")?" ROUGE_V ROUGE_C "(" ROUGE_V ")?$"};
  std::regex mgr1{"^(" ROUGE_C ")?" ROUGE_V ROUGE_C ROUGE_V ROUGE_C};
  std::regex has_vowel{"^(" ROUGE_C ")?[aeiouy]"};
  std::regex cvc{"^" ROUGE_C "[aeiouy][^aeiouwxy]$"};
};

const Patterns& P() {
  static const Patterns p;
  return p;
}

bool Matches(const std::string& s, const std::regex& re) { return std::regex_search(s, re); }

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

// Perl's /(a|b|c)$/: the leftmost start at which some alternative reaches the
// end, and at that start the first alternative listed.
template <size_t N>
const Rule* LeftmostSuffix(const std::string& w, const Rule (&rules)[N]) {
  for (size_t start = 0; start < w.size(); ++start) {
    std::string_view tail(w.data() + start, w.size() - start);
    for (const Rule& r : rules) {
      if (tail == r.suffix) return &r;
    }
  }
  return nullptr;
}

constexpr Rule kStep2[] = {
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"}, {"eli", "e"},     {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"},   {"ator", "ate"},  {"alism", "al"},  {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},  {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"}};
constexpr Rule kStep3[] = {{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
                           {"ical", "ic"},  {"ful", ""},   {"ness", ""}};
constexpr Rule kStep4[] = {{"al", ""},  {"ance", ""}, {"ence", ""}, {"er", ""},    {"ic", ""},  {"able", ""},
                           {"ible", ""}, {"ant", ""}, {"ement", ""}, {"ou", ""},   {"ism", ""}, {"ate", ""},
                           {"iti", ""}, {"ous", ""},  {"ive", ""},   {"ize", ""}};

std::string Chop(std::string w, size_t n) { return w.substr(0, w.size() - n); }

std::string StemUncached(std::string w) {
  const Patterns& p = P();
  if (w.size() < 3) return w;
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';

  // Step 1a
  if (EndsWith(w, "sses") || EndsWith(w, "ies")) {
    w = Chop(w, 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w = Chop(w, 1);
  }
  // Step 1b
  if (EndsWith(w, "eed")) {
    if (Matches(Chop(w, 3), p.mgr0)) w = Chop(w, 1);
  } else if (EndsWith(w, "ed") || EndsWith(w, "ing")) {
    std::string stem = Chop(w, EndsWith(w, "ed") ? 2 : 3);
    if (Matches(stem, p.has_vowel)) {
      w = stem;
      const size_t n = w.size();
      if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) {
        w += "e";
      } else if (n >= 2 && w[n - 1] == w[n - 2] &&
                 std::string_view("aeiouylsz").find(w[n - 1]) == std::string_view::npos) {
        w = Chop(w, 1);
      } else if (Matches(w, p.cvc)) {
        w += "e";
      }
    }
  }
  // Step 1c
  if (!w.empty() && w.back() == 'y') {
    std::string stem = Chop(w, 1);
    if (Matches(stem, p.has_vowel)) w = stem + "i";
  }
  // Step 2
  if (const Rule* r = LeftmostSuffix(w, kStep2)) {
    std::string stem = Chop(w, r->suffix.size());
    if (Matches(stem, p.mgr0)) w = stem + std::string(r->replacement);
  }
  // Step 3
  if (const Rule* r = LeftmostSuffix(w, kStep3)) {
    std::string stem = Chop(w, r->suffix.size());
    if (Matches(stem, p.mgr0)) w = stem + std::string(r->replacement);
  }
  // Step 4, as modified in ROUGE-1.5.5 (02/14/2004).
  if (const Rule* r = LeftmostSuffix(w, kStep4)) {
    std::string stem = Chop(w, r->suffix.size());
    if (Matches(stem, p.mgr1)) w = stem;
  }
  if (EndsWith(w, "ment")) {
    std::string stem = Chop(w, 4);
    if (Matches(stem, p.mgr1)) w = stem;
  }
  if (EndsWith(w, "ent")) {
    std::string stem = Chop(w, 3);
    if (Matches(stem, p.mgr1)) w = stem;
  } else if (EndsWith(w, "sion") || EndsWith(w, "tion")) {
    std::string stem = Chop(w, 3);
    if (Matches(stem, p.mgr1)) w = stem;
  }
  // Step 5
  if (!w.empty() && w.back() == 'e') {
    std::string stem = Chop(w, 1);
    if (Matches(stem, p.mgr1) || (Matches(stem, p.meq1) && !Matches(stem, p.cvc))) w = stem;
  }
  if (EndsWith(w, "ll") && Matches(w, p.mgr1)) w = Chop(w, 1);

  if (initial_y) w[0] = 'y';
  return w;
}

}  // namespace

std::string RougePorterStem(const std::string& word) {
  // Stemming is the hot spot of scoring and the vocabulary is small: memoise
  // per thread, so concurrent Score() calls share nothing mutable.
  thread_local std::unordered_map<std::string, std::string> cache;
  auto it = cache.find(word);
  if (it != cache.end()) return it->second;
  std::string s = StemUncached(word);
  if (cache.size() > (1u << 20)) cache.clear();
  cache.emplace(word, s);
  return s;
}

}  // namespace storyline::rouge
