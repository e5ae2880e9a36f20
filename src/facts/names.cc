#include "facts/names.h"

#include <algorithm>

#include "base/strings.h"
#include "facts/lexicon.h"
#include "text/rules.h"

namespace storyline {

namespace {

// Lowercase words allowed inside a name when a capitalised word follows.
// "al-Aref", "el-Sisi": a lowercase particle joined to a capitalised name.
bool IsParticleName(const Word& w) {
  if (w.type != WordType::kWord || w.text.size() < 4) return false;
  for (const char* p : {"al-", "el-", "ad-", "as-", "ash-", "bin-", "ibn-", "abu-"}) {
    const std::string_view prefix(p);
    if (w.text.starts_with(prefix) && w.text.size() > prefix.size() && w.text[prefix.size()] >= 'A' &&
        w.text[prefix.size()] <= 'Z')
      return true;
  }
  return false;
}

bool IsShareButton(std::string_view lower) {
  return lower == "facebook" || lower == "twitter" || lower == "pinterest" || lower == "instagram" ||
         lower == "whatsapp" || lower == "linkedin" || lower == "reddit" || lower == "email" || lower == "share";
}

// "Famine-threatened", "Portuguese-language": a capitalised word joined to a
// lowercase one describes, it does not name ("Jean-Marc" names).
bool IsHyphenModifier(std::string_view text) {
  const size_t h = text.find('-');
  if (h == std::string_view::npos || h + 1 >= text.size()) return false;
  const char c = text[h + 1];
  if (!(c >= 'a' && c <= 'z') || text.starts_with("al-") || text.starts_with("el-")) return false;
  // "Lee Won-ho", "Kim Jong-un", "Ban Ki-moon": a short syllable after the
  // hyphen names; "Anti-war", "Year-end", "Kremlin-friendly" describe.
  const std::string_view head = text.substr(0, h), tail = text.substr(h + 1);
  // ("Kim Deog-ryong", "Kim Dae-chung": a five-letter syllable ending in -ng names too.)
  const bool syllable = tail.size() == 5 && tail.ends_with("ng");
  if ((tail.size() > 4 && !syllable) || tail.find('-') != std::string_view::npos) return true;
  for (const char* p : {"Anti", "Pro", "Non", "Ex", "Post", "Pre", "Self", "Co", "Mid", "Semi", "Multi", "Neo", "Pan"}) {
    if (head == p) return true;
  }
  for (const char* t : {"end", "old", "long", "term", "wide", "time", "war", "day", "run", "led", "up", "off", "out",
                        "in", "on", "made", "like", "born", "area", "age", "year", "size", "free", "bred"}) {
    if (tail == t) return true;
  }
  return false;
}

// "J", "M.G.G": initials before a name's last dot.
bool IsInitial(const Word& w) {
  if (w.type != WordType::kWord || !w.capitalized) return false;
  for (size_t i = 0; i < w.text.size(); ++i) {
    const bool letter = w.text[i] >= 'A' && w.text[i] <= 'Z';
    if (i % 2 == 0 ? !letter : w.text[i] != '.') return false;
  }
  return true;
}

// ("He", "She" open sentences: "Hewlett, N.Y. He said" names no "N.Y. He".)
bool IsCapitalisedPronoun(const Word& w) {
  return w.text.size() <= 4 && w.text != "I" && !IsAllCaps(w.text) && IsPronoun(w.lower);
}

bool IsNameWord(const Word& w) {
  return w.type == WordType::kWord &&
         ((w.capitalized && !((w.classes & kCalendarClass) != 0) && !IsCapitalisedPronoun(w)) || IsParticleName(w));
}

// "N.J." then "Instead": an abbreviation's dot ends the sentence before a
// word that opens one ("in Pomona, N.J. Instead, he said"), so no name runs on.
bool AbbreviationBeforeOpener(const Word& abbreviation, const Word& next) {
  return abbreviation.text.size() > 2 && abbreviation.text.ends_with('.') &&
         (next.classes & (kStopwordClass | kStarterClass)) != 0;
}

// "(Billy)" or "\"Ricky\"" at k, between two words of a name: a nickname, part of the name.
bool IsNicknameAt(const std::vector<Word>& w, size_t k, size_t hi) {
  if (k + 3 >= hi || k == 0 || !IsNameWord(w[k + 1]) || !IsNameWord(w[k + 3]) || !IsNameWord(w[k - 1])) return false;
  return (w[k].text == "(" && w[k + 2].text == ")") ||
         (w[k].type == WordType::kOpenQuote && w[k + 2].type == WordType::kCloseQuote);
}

// A stock ticker at words[k]: "<HNZ.N>", or "&lt;HNZ.N>" as wire copy
// escapes the bracket.
bool TickerAt(const std::vector<Word>& w, size_t k) {
  if (k + 4 < w.size() && w[k].text == "&" && w[k + 1].text == "lt" && w[k + 2].text == ";") {
    k += 3;
  } else if (k + 2 < w.size() && w[k].text == "<") {
    k += 1;
  } else {
    return false;
  }
  if (k >= w.size() || w[k].type != WordType::kWord || !IsAllCaps(w[k].text)) return false;
  // ("HNZ.N", "CCFP.PA": the exchange after a dot.)
  auto capitals = [](std::string_view x) {
    return std::all_of(x.begin(), x.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  if (k + 3 < w.size() && w[k + 1].text == "." && w[k + 2].type == WordType::kWord && capitals(w[k + 2].text) &&
      w[k + 1].begin == w[k].end && w[k + 2].begin == w[k + 1].end) {
    k += 2;
  }
  return k + 1 < w.size() && w[k + 1].text == ">" && w[k].end == w[k + 1].begin;
}

// Whether words[first] opens the ticker after a name ("HNZ" and "N" of "H.J.
// Heinz &lt;HNZ.N>"): no name of its own. (A bracketed word with no name
// before it, "Fiat SPA and &lt;MTU> of West Germany", is a company's name.)
bool InTickerAfterName(const std::vector<Word>& w, size_t first) {
  for (size_t start : {first, first >= 2 && w[first - 1].text == "." ? first - 2 : first}) {
    size_t bracket = SIZE_MAX;
    if (start >= 3 && w[start - 3].text == "&" && w[start - 2].text == "lt" && w[start - 1].text == ";") {
      bracket = start - 3;
    } else if (start >= 1 && w[start - 1].text == "<") {
      bracket = start - 1;
    }
    if (bracket != SIZE_MAX && bracket > 0 && w[bracket - 1].type == WordType::kWord && w[bracket - 1].capitalized &&
        TickerAt(w, bracket)) {
      return true;
    }
  }
  return false;
}

// "WEDGE Group Inc": a name in capitals before words of organisation that
// end in a company's legal form, all of [first, last] one company's name.
bool CapitalsBeforeLegalForm(const std::vector<Word>& w, size_t first, size_t last) {
  const Lexicon& lex = Lexicon::Get();
  if (!lex.IsLegalForm(w[last].lower)) return false;
  for (size_t k = first + 1; k <= last; ++k) {
    if (w[k].type != WordType::kWord || (w[k].classes & kOrgClass) == 0) return false;
  }
  return true;
}

// Shapes a run [first, last] into a NameRun: titles off the front, common
// capitalised sentence openers ("The", "But") off too.
std::optional<NameRun> Shape(const std::vector<Word>& w, size_t lo, size_t first, size_t last) {
  if (InTickerAfterName(w, first)) return std::nullopt;
  const Lexicon& lex = Lexicon::Get();
  std::string title;
  auto add_title = [&](std::string_view t) {
    if (!title.empty()) title += ' ';
    title += t;
  };
  // "Article I in the agreement states", "Section 2 says": a part of a
  // text, named by its numeral, is no one's name.
  if ((w[first].classes & kTextPartClass) != 0) {
    auto roman = [](std::string_view x) {
      return !x.empty() && x.size() <= 5 && x.find_first_not_of("IVXLC") == std::string_view::npos;
    };
    if ((first < last && roman(w[first + 1].text)) ||
        (first == last && last + 1 < w.size() && (w[last + 1].type == WordType::kNumber || roman(w[last + 1].text)))) {
      return std::nullopt;
    }
  }
  // Lowercase description words before the run ("defence ministry spokesperson").
  for (size_t k = first; k > lo;) {
    --k;
    if (w[k].type != WordType::kWord || w[k].capitalized || ((w[k].classes & kConnectorClass) != 0)) break;
    if (!((w[k].classes & kTitleClass) != 0) && !((w[k].classes & kRoleClass) != 0)) break;
    if (!title.empty()) title.insert(0, 1, ' ');
    title.insert(0, w[k].lower);
  }
  // "New York-based", "Aleppo-based Fastaqim": a run ending in a modifier is one.
  for (size_t k = first; k <= last; ++k) {
    if (IsCompoundModifier(w[k].lower) || IsHyphenModifier(w[k].text)) {
      if (k == last) return std::nullopt;
      first = k + 1;
    }
  }
  // "Dr. More", "Mr. Best": a capitalised function word right after an
  // abbreviated title is a surname.
  auto after_abbreviated_title = [&](size_t k) {
    return k >= 2 && w[k].capitalized && w[k - 1].text == "." && (w[k - 2].classes & kTitleClass) != 0 &&
           w[k - 2].text.size() <= 4 && w[k - 2].end == w[k - 1].begin;
  };
  auto strip_front = [&]() {
    while (first <= last && !(first == last && after_abbreviated_title(first)) &&
           !(first < last && IsCapitalisedPronoun(w[first])) &&  // ("He Xintong": a surname)
           // ("the Justice Department's", "the State Department": an office's name)
           !(first + 1 == last && (w[first].classes & kTitleClass) != 0 && (w[last].classes & kOrgClass) != 0 &&
             (w[last].classes & kTitleClass) == 0 && w[first].capitalized) &&
           (((w[first].classes & kTitleClass) != 0) || ((w[first].classes & kStopwordClass) != 0) ||
            ((w[first].classes & kStarterClass) != 0) || ((w[first].classes & kConnectorClass) != 0) || w[first].text == "." ||
            // "Citing Hun Sen", "Speaking": a verb opening the sentence
            (first < last && w[first].lower.ends_with("ing") && w[first].lower.size() > 4) ||
            // "Facebook Twitter Pinterest Vanellope Wilkins": a share bar
            (first < last && IsShareButton(w[first].lower)) ||
            // "Added Hunter:", "Said Granik": a verb of saying opening the sentence
            (first < last && (w[first].classes & kSpeechVerbClass) != 0) ||
            // "G Madonna: ...", "F Sandra Bullock: ...": a list's grade or
            // bullet letter opening the paragraph (an initial has its dot)
            (first < last && first == 0 && w[first].text.size() == 1 && w[first].text != "I" &&
             w[first].text != "A" && w[first + 1].text != ".") ||
            // "PITCHING TO THE YANKEES Chuck Knoblauch": a headline in capitals
            // (but not "W.J. Tauzin", nor an outlet's or a body's acronym and one
            // word: "USA Today", "NBC News", "UNICEF Australia")
            (first < last && IsAllCaps(w[first].text) && w[first].text.size() > 1 && !IsAllCaps(w[last].text) &&
             !IsInitial(w[first]) && !CapitalsBeforeLegalForm(w, first, last) &&
             !(first + 1 == last && (w[first].text.size() <= 4 || (w[first].classes & kOrgClass) != 0) &&
               (w[last].classes & kTitleClass) == 0)))) {
      if (((w[first].classes & kTitleClass) != 0)) add_title(w[first].lower);
      ++first;
    }
  };
  // "The governor, a Republican, added": one word after "a" describes.
  if (first == last && first > lo && (w[first - 1].lower == "a" || w[first - 1].lower == "an")) return std::nullopt;
  const size_t run_first = first;
  // "King said", "Bishop told": a lone capitalised title word with no article
  // before it is a surname ("the King said" is not).
  const bool surname = first == last && (w[first].classes & kTitleClass) != 0 && w[first].capitalized &&
                       !IsAllCaps(w[first].text) &&
                       !(first > 0 && (w[first - 1].lower == "the" || w[first - 1].lower == "a" || w[first - 1].lower == "an"));
  // "the U.N. has called", "the UN said": a title word that is also an
  // organisation's name (lexicon kinds title and org_word), standing alone.
  // ("a U.N. resolution", "UN envoy": a modifier, no name.)
  const bool modifies = last + 1 < w.size() && w[last + 1].type == WordType::kWord && !w[last + 1].capitalized &&
                        (w[last + 1].classes & (kStopwordClass | kSpeechVerbClass)) == 0;
  const bool lone_organisation = first == last && (w[first].classes & kTitleClass) != 0 &&
                                 (w[first].classes & kOrgClass) != 0 && w[first].capitalized && !modifies;
  if (!surname && !lone_organisation) strip_front();
  // "Secretary of Defense for Intelligence Michael Vickers": a title's
  // "of"/"for" leads to the office's own word, not to the name.
  if (first > run_first && first <= last && (w[first - 1].lower == "of" || w[first - 1].lower == "for") &&
      !title.empty() && last - first >= 2) {
    add_title(w[first].lower);
    ++first;
  }
  while (last > first && ((w[last].classes & kConnectorClass) != 0)) --last;
  if (first > last) return std::nullopt;
  // "Florida Senate Democratic Leader Oscar Braynon": an organisation word
  // before the last title describes the person after it.
  size_t after_title = first;
  for (size_t k = last; k > first; --k) {
    if ((w[k - 1].classes & kTitleClass) != 0) {
      after_title = k;
      break;
    }
  }
  // (A title word naming an organisation, "UN" of "French UN ambassador",
  // makes no organisation of the run it describes.)
  bool org = lone_organisation;
  for (size_t k = after_title; k <= last; ++k) {
    org = org || ((w[k].classes & kOrgClass) != 0 && (w[k].classes & kTitleClass) == 0);
  }
  // "H.J. Heinz &lt;HNZ.N> chairman Tony O'Reilly": a name the wire follows
  // with a stock ticker in angle brackets is a company's.
  org = org || TickerAt(w, last + 1);
  // A lone capitalised adverb or number opening a sentence ("Approximately"),
  // or a verb ("Speaking at a packed press conference").
  // ("Daly said", "Foley told": a surname so ending, before a verb of saying.)
  const bool says_next = last + 1 < w.size() && (w[last + 1].classes & kSpeechVerbClass) != 0;
  if (first == last && ((w[first].lower.ends_with("ly") && !says_next) || lex.NumberWord(w[first].lower) > 0)) {
    return std::nullopt;
  }
  // (But "Ewing said", "Winning said": a surname so ending, before a verb of saying.)
  if (first == last && w[first].lower.ends_with("ing") && w[first].lower.size() > 4 && last + 1 < w.size() &&
      w[last + 1].type == WordType::kWord && !w[last + 1].capitalized && !says_next) {
    return std::nullopt;
  }
  // "French Foreign Minister Jean-Marc Ayrault": everything up to the last
  // title word describes the person.
  if (!org) {
    // "Rep. David Bonior of Michigan", "Sen. Trent Lott of Mississippi": a
    // person from a place, when no title stands before the "of" (as in
    // "Secretary of State Hillary Clinton"): the person is the run.
    // ("Rep. Peter King of Long Island": a title word after a given name and
    // before "of" is a surname.)
    // (Not before "of State": "Gujarat Minister of State Pradipsinh Jadeja".)
    auto surname_title = [&](size_t t) {
      return t > first && t + 1 <= last && (w[t + 1].lower == "of" || w[t + 1].lower == "from") &&
             !(t + 2 <= last && w[t + 2].text == "State") &&
             (w[t - 1].classes & (kTitleClass | kOrgClass | kNationalityClass | kConnectorClass)) == 0 &&
             IsNameWord(w[t - 1]);
    };
    for (size_t k = first + 1; k < last; ++k) {
      if (w[k].lower != "of" && w[k].lower != "from") continue;
      // ("Majority Leader Sen. Trent Lott of Mississippi": the titles before
      // the name make no office of it; "Secretary of State": "of" after one.)
      const bool office = (w[k - 1].classes & kTitleClass) != 0 && !surname_title(k - 1);
      if (!office) last = k - 1;
      break;
    }
    for (size_t k = last; k > first; --k) {
      // (A name's own particle, "Osama bin Laden", "Kasuku wa Ngeyo", parts no office.)
      const std::string_view link = w[k - 1].lower;
      const bool office_link = (w[k - 1].classes & kConnectorClass) != 0 && (link == "of" || link == "for" || link == "the");
      if ((!((w[k - 1].classes & kTitleClass) != 0) || surname_title(k - 1)) && !office_link) continue;
      // "Under Secretary of Defense for Intelligence Michael Vickers",
      // "Secretary of State Hillary Clinton": after "of"/"for" in an office,
      // the office's own capitalised word comes first.
      size_t start = k;
      if (office_link && last - k >= 2) ++start;
      for (size_t t = first; t < start; ++t) add_title(w[t].lower);
      first = start;
      break;
    }
    if (first < last && ((w[first].classes & kOrgClass) != 0)) return std::nullopt;
    if (!surname) strip_front();
    if (first > last) return std::nullopt;
  }
  // A run followed by a lowercase title or role describes someone
  // ("French UN ambassador", "Russian defence ministry spokesperson").
  if (last + 1 < w.size() && w[last + 1].type == WordType::kWord && !w[last + 1].capitalized &&
      (((w[last + 1].classes & kTitleClass) != 0) || ((w[last + 1].classes & kRoleClass) != 0)) && !org) {
    return std::nullopt;
  }
  // "East" of "East African": a direction before a nationality.
  if (first == last && IsDirectionWord(w[first].lower) && last + 1 < w.size() &&
      (w[last + 1].classes & kNationalityClass) != 0) {
    return std::nullopt;
  }
  // A lone nationality adjective before a lowercase noun ("Syrian war"), or one
  // after a direction ("the East African operative").
  if ((first == last || (last == first + 1 && IsDirectionWord(w[first].lower))) &&
      ((w[last].classes & kNationalityClass) != 0) && last + 1 < w.size() &&
      w[last + 1].type == WordType::kWord && !w[last + 1].capitalized && !((w[last + 1].classes & kStopwordClass) != 0)) {
    return std::nullopt;
  }
  NameRun r;
  r.first = first;
  r.last = last;
  r.title = title;
  for (size_t k = first; k <= last; ++k) {
    if (w[k].text == ".") {
      r.name += '.';  // "J. Robin West"
      continue;
    }
    if (w[k].text == "(" || w[k].text == ")" || w[k].type == WordType::kOpenQuote || w[k].type == WordType::kCloseQuote) {
      continue;  // a nickname's brackets or quotation marks
    }
    std::string_view t = w[k].text;
    // ("Kuwait's", "Kuwait’s", the wire's "Kuwait"s".)
    if (k == last && EndsPossessive(w[k]) && !w[k].plural_owner) t.remove_suffix(t.ends_with("\xE2\x80\x99s") ? 4 : 2);
    if (!r.name.empty()) r.name += ' ';
    r.name.append(t);
  }
  r.org = org;
  // A transcript's speaker label or a headline: "TRUMP:", "DAVID SHULKIN,".
  // Alone, a word in capitals may as well be an acronym ("UNICEF").
  r.capitals = true;
  for (size_t k = first; k <= last && r.capitals; ++k) {
    r.capitals = w[k].type != WordType::kWord || IsAllCaps(w[k].text) || w[k].text.size() == 1;
  }
  if (r.capitals) {
    // ("SPAR SEES SEES STRONG FIVE-YEAR GROWTH &lt;Spar Aerospace Ltd>": five
    // words or more in capitals, none of an organisation or a title, are a
    // headline run into the text, no one's name.)
    // (The whole run of capitals, past the words this name was cut from.)
    // (Five words each side at most decide it: a text all in capitals stays linear.)
    constexpr size_t kHeadlineWords = 5;
    auto capital_word = [&](size_t k) { return w[k].type == WordType::kWord && IsAllCaps(w[k].text); };
    size_t b = first, e = last + 1, words = 0;
    while (b > 0 && first - b < kHeadlineWords && capital_word(b - 1)) --b;
    while (e < w.size() && e - last <= kHeadlineWords && capital_word(e)) ++e;
    bool body = org, verb = false;
    for (size_t k = b; k < e; ++k) {
      words += w[k].type == WordType::kWord;
      // (Nor a label that names someone by title: "WHITE HOUSE SPOKESWOMAN SARAH SANDERS,".)
      body = body || (w[k].classes & (kOrgClass | kTitleClass | kRoleClass)) != 0;
      // (But a verb makes a headline of it: "INVESTOR GROUP HAS TALKS WITH PESCH".)
      const std::string_view x = w[k].lower;
      verb = verb || (w[k].classes & kSpeechVerbClass) != 0 || x == "has" || x == "have" || x == "is" || x == "are" ||
             x == "was" || x == "were" || x == "will" || x == "sees" || x == "may";
    }
    if (words >= 5 && (!body || verb)) return std::nullopt;
    if (first == last) {
      r.org = true;
    } else {
      std::string cased;
      for (std::string_view word : SplitSpaces(r.name)) cased.append(cased.empty() ? "" : " ").append(TitleCase(word));
      r.name = std::move(cased);
    }
  }
  return r;
}

}  // namespace

bool IsCompoundModifier(std::string_view lower) {
  static constexpr std::string_view kSuffixes[] = {"-based", "-backed", "-led",    "-held",   "-born",   "-run",
                                                   "-owned", "-controlled", "-linked", "-allied", "-funded", "-style"};
  if (lower.find('-') == std::string_view::npos) return false;
  for (const std::string_view s : kSuffixes) {
    if (lower.ends_with(s)) return true;
  }
  return false;
}

bool EndsPossessive(const Word& w) { return w.plural_owner || (w.lower.size() > 2 && w.lower.ends_with("'s")); }

bool IsLegalFormWord(std::string_view word) {
  const Lexicon& lex = Lexicon::Get();
  const std::string lower = AsciiLowercase(word);
  if (lex.IsLegalForm(lower)) return true;
  return lower.ends_with('.') && lex.IsLegalForm(std::string_view(lower).substr(0, lower.size() - 1));
}

std::string_view WithoutLegalForm(std::string_view name) {
  while (true) {
    const size_t sp = name.rfind(' ');
    if (sp == std::string_view::npos) return name;
    const std::string last = AsciiLowercase(name.substr(sp + 1));
    if (!IsLegalFormWord(last) && last != "and" && last != "&") return name;
    name = name.substr(0, sp);
  }
}

std::string_view Surname(std::string_view name) {
  size_t end = name.size();
  for (int pass = 0; pass < 2; ++pass) {
    const size_t sp = name.substr(0, end).rfind(' ');
    if (sp == std::string_view::npos) return name.substr(0, end);
    const std::string_view last = name.substr(sp + 1, end - sp - 1);
    const bool suffix = last == "Jr." || last == "Jr" || last == "Sr." || last == "Sr" || last == "II" ||
                        last == "III" || last == "IV";
    if (!suffix || pass == 1) return last;
    end = sp;
  }
  return name.substr(0, end);
}

std::string TitleCase(std::string_view word) {
  std::string out(word);
  bool start = true;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z' && !start) c = static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z' && start) c = static_cast<char>(c - 'a' + 'A');
    start = c == '-' || c == '.';
  }
  return out;
}

// No name runs longer (in words, marks of titles and initials counted): a
// text of capitals or title case reads in linear time, whatever its length.
constexpr size_t kMaxNameWords = 16;

std::optional<NameRun> NameEndingAt(const std::vector<Word>& w, size_t lo, size_t i) {
  if (i >= w.size() || !IsNameWord(w[i])) return std::nullopt;
  size_t first = i;
  while (first > lo && i - first < kMaxNameWords) {
    const Word& prev = w[first - 1];
    if (EndsPossessive(prev)) break;
    // "Dr. Sofia Marek": the dot of a title's abbreviation.
    if (prev.text == "." && first - 1 > lo && (((w[first - 2].classes & kTitleClass) != 0) || IsInitial(w[first - 2]))) {
      first -= 2;
      continue;
    }
    if (IsNameWord(prev) && !AbbreviationBeforeOpener(prev, w[first])) {
      --first;
    } else if (first >= lo + 4 && IsNicknameAt(w, first - 3, i + 1)) {
      first -= 4;
    } else if (prev.type == WordType::kWord && ((prev.classes & kConnectorClass) != 0) && first - 1 > lo &&
               IsNameWord(w[first - 2]) && !EndsPossessive(w[first - 2])) {
      first -= 2;
    } else if (prev.text == "on" && first - 1 > lo && (w[first - 2].classes & kOrgClass) != 0 && w[first - 2].capitalized &&
               IsNameWord(w[first - 2]) && (w[first].classes & kCalendarClass) == 0) {
      first -= 2;  // ("National Center on Sexual Exploitation", as NameStartingAt reads it)
    } else {
      break;
    }
  }
  return Shape(w, lo, first, i);
}

std::optional<NameRun> NameStartingAt(const std::vector<Word>& w, size_t i, size_t hi) {
  // Skip lowercase title words ("said French ambassador Delattre").
  while (i < hi && w[i].type == WordType::kWord && !w[i].capitalized && ((w[i].classes & kTitleClass) != 0)) ++i;
  // ("his wife, He Xintong": a surname that is also a pronoun, before a given name.)
  const bool pronoun_surname = i + 1 < hi && IsCapitalisedPronoun(w[i]) && IsNameWord(w[i + 1]) &&
                               (w[i + 1].classes & kStopwordClass) == 0;
  // ("Dutch Coffee Roasters' Association secretary Jan de Vries", "Jan
  // Egeland": "Jan" with no dot, before a particle or a name, is a given
  // name, not January.)
  const bool given_jan = i + 1 < hi && w[i].text == "Jan" && w[i + 1].text != "." &&
                         ((w[i + 1].type == WordType::kWord && (w[i + 1].classes & kConnectorClass) != 0 &&
                           !w[i + 1].capitalized && (w[i + 1].classes & kStopwordClass) == 0) ||
                          (IsNameWord(w[i + 1]) && (w[i + 1].classes & (kStopwordClass | kOrgClass)) == 0));
  if (i >= hi || (!IsNameWord(w[i]) && !pronoun_surname && !given_jan)) return std::nullopt;
  size_t last = i;
  while (last + 1 < hi && last - i < kMaxNameWords && !EndsPossessive(w[last])) {
    const Word& next = w[last + 1];
    if (IsNameWord(next) && !AbbreviationBeforeOpener(w[last], next)) {
      ++last;
      continue;
    }
    if (next.text == "." && (((w[last].classes & kTitleClass) != 0) || IsInitial(w[last])) && last + 2 < hi &&
        IsNameWord(w[last + 2])) {
      last += 2;
      continue;
    }
    if (IsNicknameAt(w, last + 1, hi)) {  // "W.J. (Billy) Tauzin"
      last += 4;
      continue;
    }
    // "Committee of the Red Cross": up to two connectors before a name word;
    // but "Rachel Winograd of the University of Missouri" is a person and
    // where she works: a run of two or more plain name words stops there.
    // ("Professor Lawrence White of New York University": past the titles.)
    size_t from = i;
    while (from < last && ((w[from].classes & kTitleClass) != 0 || w[from].text == ".")) ++from;
    bool plain = last > from;
    for (size_t j = from; j <= last && plain; ++j) plain = (w[j].classes & (kOrgClass | kTitleClass)) == 0;
    // ("Liesbeth Van de Craen": a capitalised particle goes on to the surname.)
    const std::string_view particle = w[last].lower;
    if ((w[last].classes & kConnectorClass) != 0 && particle != "of" && particle != "for" && particle != "the") {
      plain = false;
    }
    if (plain) break;
    // "Ms. Gere of International Data", "Mr. Gates of Microsoft": a courtesy
    // title and a surname are a person too.
    const bool courtesy = (w[i].classes & (kFemaleClass | kMaleClass)) != 0 && (w[i].classes & kTitleClass) != 0;
    if (courtesy && (w[last].classes & (kOrgClass | kTitleClass)) == 0 && (last == i + 1 || (last == i + 2 && w[i + 1].text == "."))) {
      break;
    }
    size_t k = last + 1;
    while (k < hi && k < last + 3 && w[k].type == WordType::kWord && ((w[k].classes & kConnectorClass) != 0)) ++k;
    // ("National Center on Sexual Exploitation", "Council on Foreign
    // Relations": "on" after a body's word goes on with its name.)
    if (k == last + 1 && k + 1 < hi && w[k].text == "on" && (w[last].classes & kOrgClass) != 0 && w[last].capitalized &&
        IsNameWord(w[k + 1]) && (w[k + 1].classes & kCalendarClass) == 0) {
      ++k;
    }
    if (k > last + 1 && k < hi && IsNameWord(w[k])) {
      last = k;
    } else {
      break;
    }
  }
  // Titles before the name ("spokesman Igor Petrov") may lie before i.
  return Shape(w, i > 4 ? i - 4 : 0, i, last);
}

std::string NameIndex::Key(const std::string& name) {
  std::string last = AsciiLowercase(Surname(name));
  if (last.starts_with("al-")) last = last.substr(3);
  return last;
}

bool HasWordsOf(const std::string& longer, const std::string& name) {
  size_t from = 0;
  size_t pos = 0;
  while (from <= name.size()) {
    size_t sp = name.find(' ', from);
    if (sp == std::string::npos) sp = name.size();
    pos = longer.find(name.substr(from, sp - from), pos);
    if (pos == std::string::npos) return false;
    from = sp + 1;
  }
  return true;
}

namespace {

// Whether a and b differ by one letter added, dropped, changed or two
// neighbours swapped ("Lockart" and "Lockhart").
bool OneEditApart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1 || a == b) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) {
    if (a.substr(i + 1) == b.substr(i + 1)) return true;  // changed
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
  }
  return a.substr(i) == b.substr(i + 1);  // added or dropped
}

// Whether two names of as many words differ only in words of five letters
// or more that are a letter apart ("Benali Yildirim", "Binali Yildirim").
bool MisspeltWords(std::string_view a, std::string_view b) {
  bool edited = false;
  while (!a.empty() && !b.empty()) {
    const size_t ea = std::min(a.find(' '), a.size()), eb = std::min(b.find(' '), b.size());
    const std::string_view wa = a.substr(0, ea), wb = b.substr(0, eb);
    if (wa != wb) {
      if (std::min(wa.size(), wb.size()) < 5 || !OneEditApart(wa, wb)) return false;
      edited = true;
    }
    a.remove_prefix(std::min(ea + 1, a.size()));
    b.remove_prefix(std::min(eb + 1, b.size()));
  }
  return edited && a.empty() && b.empty();
}

}  // namespace

void NameIndex::Add(const std::string& name) {
  ++mentions_[name];
  const std::string key = Key(name);
  std::string& best = longest_[key];
  if (name.size() > best.size()) best = name;
  const size_t sp = name.find(' ');
  if (sp != std::string::npos) {
    std::vector<std::string>& forms = forms_[key];
    if (std::find(forms.begin(), forms.end(), name) == forms.end()) forms.push_back(name);
    auto [it, fresh] = by_first_.emplace(name.substr(0, sp), name);
    if (!fresh && it->second != name && Key(it->second) != Key(name)) it->second.clear();  // ambiguous
  }
}

void NameIndex::AddBystander(const std::string& name) {
  const size_t sp = name.find(' ');
  if (sp == std::string::npos) return;
  // (A story names the same people many times over: each name once.)
  if (!bystander_names_.insert(name).second) return;
  bystanders_[Key(name)].push_back(name);
  // ("met with Dennis Shepard, the slain student's father ... said his
  // father, Dennis": a first name alone is the one person named with it.)
  auto [it, fresh] = by_first_.emplace(name.substr(0, sp), name);
  if (!fresh && it->second != name && Key(it->second) != Key(name)) it->second.clear();
}

void NameIndex::AddOrganisation(const std::string& name) {
  // "African National Congress" is the "ANC" of the story; "Truth and
  // Reconciliation Commission" its "TRC" (the initials of its capitalised words).
  const std::vector<std::string_view> words = SplitSpaces(name);
  std::string initials;
  for (std::string_view word : words) {
    if (word[0] >= 'A' && word[0] <= 'Z') initials += word[0];
  }
  // "Xinhua News Agency", "InfoCision Management Corp.": a name followed only
  // by words of organisation is the body's short form ("Xinhua said"; not
  // "China" of "China Telecom Corp.", where "Telecom" says what it is).
  if (words.size() >= 2 && words[0].size() >= 3 && words[0][0] >= 'A' && words[0][0] <= 'Z') {
    const Lexicon& lex = Lexicon::Get();
    // ("Corp." as "Corp"; "N.V." as written.)
    const bool rest_org = std::all_of(words.begin() + 1, words.end(), [&](std::string_view word) {
      const std::string lower = AsciiLowercase(word);
      return lex.IsOrgWord(lower) || (lower.ends_with('.') && lex.IsOrgWord(std::string_view(lower).substr(0, lower.size() - 1)));
    });
    // (Not "Russian" of "Russian Federation": an adjective of nationality.)
    const std::string head(words[0]);
    // (A head in capitals only before words of organisation that end in a
    // company's legal form: "GTX" of "GTX Corp", "WEDGE" of "WEDGE Group Inc".)
    if (rest_org && (!IsAllCaps(head) || IsLegalFormWord(words.back())) && !lex.IsNationality(AsciiLowercase(head))) {
      AddHead(head, name);
    }
    // "Physio Technology" of "Physio Technology Inc", "Samuel Montagu" of
    // "Samuel Montagu and Co Ltd": the name without the legal forms that end
    // it is the company's short form.
    if (const std::string_view short_form = WithoutLegalForm(name);
        short_form.size() < name.size() && short_form.find(' ') != std::string_view::npos) {
      AddHead(std::string(short_form), name);
    }
    // "Royal Bank" of "Royal Bank of Canada": the words before "of", ending in
    // a word of organisation, are its short form too.
    const auto of = std::find(words.begin(), words.end(), std::string_view("of"));
    if (of != words.end() && of - words.begin() >= 2 && lex.IsOrgWord(AsciiLowercase(*(of - 1)))) {
      AddHead(std::string(name, 0, static_cast<size_t>((of - 1)->data() + (of - 1)->size() - name.data())), name);
    }
  }
  if (initials.size() < 2) return;
  auto [at, added] = by_initials_.emplace(initials, name);
  if (!added && at->second != name) at->second.clear();  // two names share the initials
}

void NameIndex::AddShortForm(const std::string& short_form, const std::string& name) {
  std::string letters;
  for (char c : short_form) {
    if (c != '.') letters += c;
  }
  if (letters.size() >= 2) by_initials_[letters] = name;  // (given by the text: over initials guessed)
}

void NameIndex::AddHead(const std::string& head, const std::string& name) {
  auto [at, added] = by_head_.emplace(head, name);
  if (added || at->second == name || at->second.empty()) return;
  // ("Wedge Group" and "Wedge Group Inc": one body, its fuller name kept;
  // two bodies sharing the head leave it standing for neither.)
  if (HasWordsOf(name, at->second)) {
    at->second = name;
  } else if (!HasWordsOf(at->second, name)) {
    at->second.clear();
  }
}

std::string NameIndex::Canonical(const std::string& name) const {
  // "ANC", "A.N.C.": an organisation's initials, for its name written out.
  if (name.size() >= 2 && name.find(' ') == std::string::npos) {
    std::string letters;
    bool capitals = true;
    for (char c : name) {
      if (c == '.') continue;
      capitals = capitals && c >= 'A' && c <= 'Z';
      letters += c;
    }
    if (capitals && letters.size() >= 2) {
      if (auto f = by_initials_.find(letters); f != by_initials_.end() && !f->second.empty()) return f->second;
    }
  }
  auto it = longest_.find(Key(name));
  // ("Royal Bank said", of the Royal Bank of Canada.)
  if (name.find(' ') != std::string::npos && (it == longest_.end() || it->second == name)) {
    if (auto h = by_head_.find(name); h != by_head_.end() && !h->second.empty()) return h->second;
  }
  if (name.find(' ') == std::string::npos && (it == longest_.end() || it->second == name)) {
    // "Xinhua" for the Xinhua News Agency; "Miley" for "Miley Cyrus", when one
    // person in the story has that first name.
    if (auto h = by_head_.find(name); h != by_head_.end() && !h->second.empty()) return h->second;
    auto f = by_first_.find(name);
    if (f != by_first_.end() && !f->second.empty()) return f->second;
  }
  if ((it == longest_.end() || it->second == name) && name.find(' ') == std::string::npos && name.size() >= 6) {
    // A misspelt surname ("Lockart said" in a story naming Joe Lockhart):
    // the one person of the story whose surname is a letter away.
    const std::string key = Key(name);
    const std::string* match = nullptr;
    for (const auto& [other, forms] : forms_) {
      // ("the Shepards" are a family, not Matthew Shepard.)
      if (forms.empty() || !OneEditApart(key, other) || key == other + "s") continue;
      if (match) return name;  // two candidates: the text has not said which
      match = &longest_.at(other);
    }
    if (match) return *match;
  }
  if (it == longest_.end()) return name;
  // The longer form must contain this one's words ("Igor Konashenkov" for
  // "Konashenkov", not "Bashar al-Assad" for "Asma Assad").
  const std::string& full = it->second;
  if (!HasWordsOf(full, name)) {
    if (name.find(' ') == std::string::npos) return name;
    // A misspelt given name ("Benali Yildirim" once in a story that names
    // Binali Yildirim throughout): the one other form of the surname whose
    // words are each the same or a letter away, when the story uses it more.
    const std::string* match = nullptr;
    const auto counted = [this](const std::string& n) {
      auto m = mentions_.find(n);
      return m == mentions_.end() ? 0 : m->second;
    };
    const auto forms = forms_.find(it->first);
    if (forms == forms_.end()) return name;
    for (const std::string& other : forms->second) {
      if (other == name || !MisspeltWords(name, other) || counted(other) <= counted(name)) continue;
      if (match) return name;
      match = &other;
    }
    return match ? Canonical(*match) : name;
  }
  // A surname two people of the story share ("Clinton" of Bill Clinton and
  // Hillary Rodham Clinton) stays as written: the text has not said which.
  if (name.find(' ') == std::string::npos) {
    for (const auto* forms : {&forms_, &bystanders_}) {
      if (auto f = forms->find(Key(name)); f != forms->end()) {
        for (const std::string& other : f->second) {
          if (!HasWordsOf(full, other) && !HasWordsOf(other, full) && HasWordsOf(other, name)) return name;
        }
      }
    }
  }
  return full;
}

bool IsDirectionWord(std::string_view w) {
  return w == "east" || w == "west" || w == "north" || w == "south" || w == "eastern" || w == "western" ||
         w == "northern" || w == "southern" || w == "central" || w == "greater" || w == "upper" || w == "lower";
}

bool IsPronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "i" || w == "we" || w == "it";
}

}  // namespace storyline
