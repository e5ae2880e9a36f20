#include "facts/quotes.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "facts/lexicon.h"
#include "facts/names.h"
#include "base/strings.h"
#include "text/rules.h"

namespace storyline {

namespace {

bool IsPlaceCue(const std::vector<Word>& w, size_t first) {
  if (first == 0) return false;
  const std::string_view p = w[first - 1].lower;
  // ("In Rule's opinion", "in Klein's view": a person's, no place.)
  for (size_t k = first; k < w.size() && k < first + 3 && w[k].capitalized; ++k) {
    if (!EndsPossessive(w[k]) || k + 1 >= w.size()) continue;
    const std::string_view x = w[k + 1].lower;
    if (x == "opinion" || x == "view" || x == "judgment" || x == "estimation" || x == "telling" || x == "words") {
      return false;
    }
    break;
  }
  // ("according to H.W. Lichtenberger": the source, no place.)
  if (p == "to" && first >= 2 && (w[first - 2].lower == "according" || w[first - 2].lower == "attributed")) return false;
  if (p == "in" || p == "at" || p == "near" || p == "from" || p == "to" || p == "across" || p == "outside" ||
      p == "inside" || p == "into" || p == "toward" || p == "towards")
    return true;
  // "the neighbourhood of Masaken Hanano", "the city of Aleppo"
  if (p == "of" && first >= 2) {
    const std::string_view n = w[first - 2].lower;
    return n == "neighbourhood" || n == "neighborhood" || n == "district" || n == "city" || n == "town" ||
           n == "village" || n == "province" || n == "region" || n == "state" || n == "capital" || n == "county";
  }
  return false;
}

}  // namespace

namespace {

// How far from a quote its attribution may stand, in words.
constexpr size_t kAttributionReach = 30;
// How far back a body, a document's issuer or the body "it" stands for is
// looked for, in words: an article's length, so that a text of any length
// with a tag in every sentence reads in linear time.
constexpr size_t kLookBackWords = 5000;
// How far a sentence reaches around a quote, in words.
constexpr size_t kSentenceReach = 300;
// How much of an article's first sentence is its lead, in words.
constexpr size_t kLeadWords = 120;
// Quotes this short with no one named are scare quotes or titles, not speech.
constexpr size_t kMinUnattributedWords = 3;

bool IsPreposition(std::string_view w) {
  return w == "on" || w == "in" || w == "at" || w == "to" || w == "from" || w == "with" || w == "about" ||
         w == "for" || w == "into" || w == "onto" || w == "over" || w == "under" || w == "by" || w == "via";
}

bool IsAuxiliary(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" || w == "being" ||
         w == "has" || w == "have" || w == "had";
}

// An auxiliary after a name that follows a verb of saying: the name is the
// subject of what was said ("said Iraq had", "said the North must").
bool StartsReportedClause(std::string_view w) {
  static const std::unordered_set<std::string_view> kAuxiliaries = {
      "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "must",
      "did", "does", "do", "might", "may", "can"};
  return kAuxiliaries.count(w) > 0;
}
// An adverb between a speaker and the verb of saying ("he also said", "X,
// the ambassador, recently acknowledged").
bool IsTagAdverb(std::string_view w) {
  static const std::unordered_set<std::string_view> kAdverbs = {
      "also", "later", "then", "again", "earlier", "once", "still", "further", "previously", "repeatedly",
      "often", "recently", "first", "finally", "quickly", "simply", "flatly", "angrily"};
  return kAdverbs.count(w) > 0;
}

bool IsPresentOrPastBe(std::string_view w) { return w == "is" || w == "are" || w == "was" || w == "were"; }
bool IsVerb(const Word& w) { return w.type == WordType::kWord && (w.classes & kSpeechVerbClass) != 0; }
bool IsWordType(const Word& w) { return w.type == WordType::kWord || w.type == WordType::kNumber; }
// A word naming what a body issues and a quote can be read from.
bool IsDocument(std::string_view x) {
  return x == "statement" || x == "report" || x == "message" || x == "letter" || x == "memo" ||
         x == "communique" || x == "declaration" || x == "release";
}

// The comma opening a tag that ends the sentence [from, end) after its last
// quote: ", he writes.", ", Reich says.", ", writes Yuval Levin at the
// National Review." — or `end` when there is none.
size_t FinalTag(const std::vector<Word>& w, size_t from, size_t end) {
  size_t stop = end;
  while (stop > from && w[stop - 1].type == WordType::kPunct && w[stop - 1].text != ",") --stop;
  size_t comma = end;
  for (size_t k = stop; k > from; --k) {
    // (The comma may stand inside the last quote: "“sole coherent message,” he writes.")
    const bool closed_comma = w[k - 1].type == WordType::kCloseQuote && k >= 2 && w[k - 2].text == ",";
    if (!closed_comma && (w[k - 1].type == WordType::kOpenQuote || w[k - 1].type == WordType::kCloseQuote)) return end;
    if (w[k - 1].text == "," || closed_comma) {
      comma = k - 1;
      break;
    }
  }
  if (comma == end || comma + 2 >= stop) return end;
  const Word& first = w[comma + 1];
  const bool verb_first = IsVerb(first) && (first.classes & kAddresseeVerbClass) == 0;
  if (verb_first) {
    auto n = NameStartingAt(w, comma + 2, stop);
    if (!n || n->first != comma + 2) return end;
    // (Past an affiliation: "at the National Review", "of the Hill".)
    size_t k = n->last + 1;
    if (k < stop && (w[k].lower == "at" || w[k].lower == "of" || w[k].lower == "for")) {
      ++k;
      if (k < stop && w[k].lower == "the") ++k;
      auto body = NameStartingAt(w, k, stop);
      if (!body || body->first != k) return end;
      k = body->last + 1;
    }
    return k == stop ? comma : end;
  }
  // ", he writes.", ", Reich says."
  size_t v = comma + 2;
  if (first.lower != "he" && first.lower != "she") {
    auto n = NameStartingAt(w, comma + 1, stop);
    if (!n || n->first != comma + 1) return end;
    v = n->last + 1;
  }
  return v + 1 == stop && IsVerb(w[v]) ? comma : end;
}

// "a", "an", "one", "another": someone unnamed opens with it ("A pediatric
// cardiologist says", "one customer says").
bool IsIndefinite(std::string_view w) { return w == "a" || w == "an" || w == "one" || w == "another"; }
// A plural noun by its ending ("activists"; not "witness", "analysis", "bus").
bool LooksPlural(std::string_view w) {
  return w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("is") && !w.ends_with("us");
}

// "reports", "reported": an outlet's verb, relaying what others say.
bool IsRelayVerb(std::string_view w) { return w == "reports" || w == "reported" || w == "report"; }
// A verb of saying in [from, to) other than an outlet's relaying one, after
// any quote that closes there.
bool SaysIn(const std::vector<Word>& w, size_t from, size_t to) {
  for (size_t k = to; k > from; --k) {
    if (w[k - 1].type == WordType::kCloseQuote) return false;
    if (IsVerb(w[k - 1]) && !IsRelayVerb(w[k - 1].lower)) return true;
  }
  return false;
}

// The person "he"/"she" stands for: the last person named before `offset` as
// the subject of a sentence or clause, else the last person named. When the
// text has told people's sex, "she" never goes to a man nor "he" to a woman;
// and "she" goes to the last woman named as a subject if there is one (news
// marks the women it names — "his mother", "Mrs" — far more than the men,
// so the same preference for "he" would pass over unmarked men).
std::string ResolvePronoun(const std::vector<PersonMention>& people, size_t offset, std::string_view pronoun) {
  const char want = pronoun == "she" || pronoun == "her" ? 'f' : pronoun == "he" || pronoun == "his" || pronoun == "him" ? 'm' : 0;
  std::string found, subject, same_sex_subject;
  size_t subject_at = 0, same_sex_at = 0;
  for (const PersonMention& p : people) {
    if (p.offset >= offset) break;
    if (want && p.sex && p.sex != want) continue;
    found = p.name;
    if (p.subject) {
      subject = p.name;
      subject_at = p.offset;
    }
    if (want == 'f' && p.subject && p.sex == want) {
      same_sex_subject = p.name;
      same_sex_at = p.offset;
    }
  }
  // (But "Marilynne Buckham, the clinic director, sent it to Slepian. “...,”
  // she recalled": a subject named just before, whose sex the text does not
  // tell, over a woman named earlier.)
  constexpr size_t kJustBefore = 200;  // bytes
  if (!same_sex_subject.empty() && !(subject_at > same_sex_at && offset - subject_at < kJustBefore)) {
    return same_sex_subject;
  }
  return subject.empty() ? found : subject;
}

// Whether the words around a name tell the person's sex: a title ("Mrs"), or
// a describing word next to it ("his mother, Judy Dugar", "Judy Dugar, his
// mother,"). 'f', 'm' or 0.
char SexOf(const std::vector<Word>& w, size_t first, size_t last, const std::string& title) {
  const Lexicon& lex = Lexicon::Get();
  auto sex = [](uint32_t classes) -> char { return classes & kFemaleClass ? 'f' : classes & kMaleClass ? 'm' : 0; };
  for (std::string_view t : SplitSpaces(title)) {
    if (const char s = sex(lex.Classes(t))) return s;
  }
  size_t k = first;
  if (k > 0 && w[k - 1].text == ",") --k;
  if (k > 0 && w[k - 1].type == WordType::kWord) {
    if (const char s = sex(w[k - 1].classes)) return s;
  }
  if (last + 1 < w.size() && w[last + 1].text == ",") {
    for (size_t j = last + 2; j < w.size() && j < last + 6 && w[j].text != "," && w[j].text != "."; ++j) {
      if (w[j].type != WordType::kWord) continue;
      if (const char s = sex(w[j].classes)) return s;
    }
  }
  return 0;
}

// "Dr. Katona-Apte, a nutrition expert who has worked in Bangladesh, said she
// was shocked": the subject of a verb of saying whose reported clause opens
// with "she" or "he" is that sex. Words from `from` to the sentence's end
// (or a quotation mark); 'f', 'm' or 0.
char SexOfReportedSelf(const std::vector<Word>& w, size_t from) {
  for (size_t k = from; k + 1 < w.size() && k < from + 25; ++k) {
    if (w[k].text == "." || w[k].type == WordType::kOpenQuote || w[k].type == WordType::kCloseQuote) return 0;
    if ((w[k].classes & kSpeechVerbClass) == 0 || (w[k].classes & kAddresseeVerbClass) != 0) continue;
    size_t next = k + 1;
    if (next < w.size() && w[next].lower == "that") ++next;
    if (next >= w.size()) return 0;
    return w[next].lower == "she" ? 'f' : w[next].lower == "he" ? 'm' : 0;
  }
  return 0;
}

// "Julia Gonzales still had an option when she learned ...": the subject
// opening a sentence whose later clause has "she" or "he" as its subject, with
// no one else named or described between, is that sex. Words from `from` to
// the sentence's end; 'f', 'm' or 0.
char SexOfLaterClause(const std::vector<Word>& w, size_t from, size_t end) {
  for (size_t k = from; k < end && k < from + 20; ++k) {
    const Word& x = w[k];
    if (x.type == WordType::kOpenQuote || x.type == WordType::kCloseQuote) return 0;
    if (x.type != WordType::kWord) continue;
    // (Past a day or month: "testified on Thursday that he".)
    if ((x.capitalized && (x.classes & kCalendarClass) == 0) ||
        (x.classes & (kRoleClass | kPeopleClass | kFemaleClass | kMaleClass | kTitleClass)) != 0) {
      return 0;
    }
    if (x.lower == "she" || x.lower == "he") {
      // (A clause's subject: after a conjunction or a comma.)
      const std::string_view before = k > from ? w[k - 1].lower : std::string_view();
      const bool opens = before == "when" || before == "and" || before == "but" || before == "because" ||
                         before == "as" || before == "after" || before == "before" || before == "while" ||
                         before == "until" || before == "since" || before == "although" || before == "though" ||
                         before == "if" || before == "that" || before == ",";
      if (!opens) return 0;
      return x.lower == "she" ? 'f' : 'm';
    }
  }
  return 0;
}

// The person "the spokesman" stands for: the last person named before
// `offset` with that role in their title. "The leader" is whoever holds a
// leader's title ("Prime Minister Benjamin Netanyahu ... the Israeli leader").
std::string ResolveRole(const std::vector<PersonMention>& people, size_t offset, std::string_view role) {
  std::string found;
  if (role.empty()) return found;
  const Lexicon& lex = Lexicon::Get();
  for (const PersonMention& p : people) {
    if (p.offset >= offset) break;
    for (std::string_view t : SplitSpaces(p.title)) {
      // ("Gov. Rick Scott ... the governor said")
      if (t.ends_with('.')) t.remove_suffix(1);
      if (t == role || (role == "leader" && lex.IsLeaderTitle(t)) || lex.Abbreviates(t, role)) found = p.name;
    }
  }
  return found;
}

// Words [first, last] as written, one space apart.
std::string Phrase(const std::vector<Word>& w, size_t first, size_t last) {
  std::string out;
  for (size_t k = first; k <= last; ++k) out.append(out.empty() ? "" : " ").append(w[k].text);
  return out;
}

// A role phrase ending at words[i]: "the spokesman", "a Syrian military
// source". Returns the phrase as written and its role word.
bool RoleEndingAt(const std::vector<Word>& w, size_t lo, size_t i, std::string* phrase, std::string* role) {
  if (i >= w.size() || w[i].type != WordType::kWord || !((w[i].classes & kRoleClass) != 0)) return false;
  size_t first = i;
  // (Not past a relative pronoun: "an idea that many critics" is "many critics".)
  auto relative = [](std::string_view x) { return x == "that" || x == "which" || x == "who" || x == "whom"; };
  while (first > lo && i - first < 5 && w[first - 1].type == WordType::kWord && w[first - 1].lower != "said" &&
         !relative(w[first - 1].lower)) {
    --first;
    if (w[first].lower == "the" || w[first].lower == "a" || w[first].lower == "an") break;
  }
  *phrase = Phrase(w, first, i);
  *role = w[i].lower;
  if (role->ends_with("s") && role->size() > 3) role->pop_back();
  // "a spokesperson" is someone new, never named: no one to resolve to.
  if (w[first].lower == "a" || w[first].lower == "an") role->clear();
  return true;
}

// "A spokesman for Prince Andrew", "a senior official of a NATO country", "an
// unnamed official in the Foreign Liaison Secretariat": the name at `start`
// only says whom an unnamed speaker works for. Returns the role word's index
// + 1, or 0.
size_t UnnamedRoleBefore(const std::vector<Word>& w, size_t lo, size_t start) {
  size_t k = start;
  while (k > lo) {
    if ((w[k - 1].classes & kTitleClass) != 0) {  // "Prince"
      --k;
    } else if (k < start && w[k - 1].type == WordType::kWord && w[k - 1].capitalized &&
               (w[k].classes & kTitleClass) != 0) {
      --k;  // ("an aide to Agriculture Secretary Richard Lyng": what the title is of)
    } else if (k == start && IsCompoundModifier(w[k - 1].lower)) {
      --k;  // ("A spokeswoman for Milan-based Ambrosiano": where the body is)
    } else {
      break;
    }
  }
  const bool determiner = k > lo && (w[k - 1].lower == "a" || w[k - 1].lower == "an" || w[k - 1].lower == "the");
  if (determiner) --k;
  if (k < lo + 2) return 0;
  const std::string_view prep = w[k - 1].lower;
  const size_t role = k - 2;
  if (w[role].capitalized || w[role].type != WordType::kWord) return 0;
  const bool role_word = (w[role].classes & kRoleClass) != 0;
  if (role_word && !determiner && (prep == "for" || prep == "of")) return role + 1;  // as before: "a spokesman for Prince Andrew"
  if (prep != "for" && prep != "of" && prep != "in" && prep != "at" && prep != "from" && prep != "to" && prep != "on") {
    return 0;
  }
  // Otherwise only an indefinite role: "a senior official", "an unnamed
  // official", "an Agriculture Department authority on the USSR" (a body's
  // word as a person's: someone unnamed still).
  if (!role_word && (w[role].classes & kOrgClass) == 0) return 0;
  for (size_t j = role; j > lo && role - j < 3;) {
    --j;
    if (w[j].lower == "a" || w[j].lower == "an") return role + 1;
    if (w[j].type != WordType::kWord) break;
  }
  return 0;
}

// "Rep. Nancy Johnson of Connecticut", "Sen. Trent Lott of Mississippi": the
// person named before "of" or "from" is the one the run describes, not the
// place after it ("Bank of America" is one organisation's run).
NameRun PersonBeforeOf(const std::vector<Word>& w, size_t lo, NameRun n) {
  // "Stephen Slifer of Shearson Lehman Brothers Inc added": one run across
  // "of", a person and the body they work for.
  if (n.org) {
    for (size_t k = n.first + 2; k < n.last; ++k) {
      if (w[k].lower != "of") continue;
      if (auto person = NameEndingAt(w, n.first, k - 1);
          person && person->first == n.first && !person->org && person->name.find(' ') != std::string::npos) {
        return *person;
      }
      break;
    }
    // "Rep. Kim Deog-ryong of the Parliament's Foreign Affairs Committee said":
    // the person a body is named after "of" for.
    size_t k = n.first;
    while (k > lo && (w[k - 1].type == WordType::kWord && (w[k - 1].capitalized || w[k - 1].lower == "the"))) {
      --k;
      if (w[k].lower == "the") break;
    }
    // ("Economist Wendy Smith Cork of the brokerage Nesbitt Thomson Bongard Inc
    // said": past what the body is, after "the".)
    for (size_t d = 0; d < 2 && k > lo + 1 && w[k - 1].type == WordType::kWord && !w[k - 1].capitalized &&
                       (w[k - 1].classes & kStopwordClass) == 0 && w[k - 2].lower == "the";
         ++d) {
      k -= 2;
    }
    if (k >= lo + 2 && w[k - 1].lower == "of") {
      if (auto person = NameEndingAt(w, lo, k - 2); person && !person->org && person->name.find(' ') != std::string::npos) {
        return *person;
      }
    }
  }
  while (!n.org && n.first >= lo + 2) {
    if (w[n.first - 1].lower == "of" || w[n.first - 1].lower == "from") {
      auto before = NameEndingAt(w, lo, n.first - 2);
      if (!before || before->org) break;
      n = *before;
    } else if (w[n.first - 1].lower == "in") {
      // "The U.S. National Weather Service in Miami said": a body and its seat.
      auto before = NameEndingAt(w, lo, n.first - 2);
      if (!before || !before->org) break;
      return *before;
    } else if (w[n.first - 1].text == "," && n.last + 1 < w.size() && w[n.last + 1].text == ",") {
      // "Bert Ammerman of River Vale, New Jersey, said": a place and its state,
      // set off ("A critic of Rabin, Sharon condemned" opens with a description).
      auto town = NameEndingAt(w, lo, n.first - 2);
      if (!town || town->org || town->first < lo + 2 ||
          (w[town->first - 1].lower != "of" && w[town->first - 1].lower != "from")) {
        break;
      }
      n = *town;
    } else {
      break;
    }
  }
  return n;
}

// Whether words [b, e) are only titles and their dots ("Rep.", "Sen."): a
// name starting at e then opens its clause.
bool OnlyTitles(const std::vector<Word>& w, size_t b, size_t e) {
  return std::all_of(w.begin() + b, w.begin() + e,
                     [](const Word& x) { return (x.classes & kTitleClass) != 0 || x.text == "."; });
}

// A body named by its nationality or owner and its kind, in lowercase, ending
// at w[last]: "the Greek government", "the Italian foreign ministry", "The
// United Nations human rights office". The phrase as written from its first
// capitalised word, or empty.
std::string LowercaseBodyEndingAt(const std::vector<Word>& w, size_t lo, size_t last) {
  if (last <= lo || w[last].type != WordType::kWord || w[last].capitalized || (w[last].classes & kOrgClass) == 0) {
    return "";
  }
  size_t k = last;
  // Up to two describing words before the kind ("foreign", "human rights").
  for (int n = 0; n < 2 && k > lo && w[k - 1].type == WordType::kWord && !w[k - 1].capitalized &&
                  (w[k - 1].classes & (kStopwordClass | kSpeechVerbClass)) == 0 && !w[k - 1].lower.ends_with("ed");
       ++n) {
    --k;
  }
  size_t first = k;
  while (first > lo && w[first - 1].type == WordType::kWord && w[first - 1].capitalized &&
         (w[first - 1].classes & kStopwordClass) == 0) {
    --first;
  }
  if (first == k) return "";
  // Of a nation or a named body ("the Islamic militant group" describes one
  // named before, and is not its name).
  const bool nationality = std::all_of(w.begin() + first, w.begin() + k, [](const Word& x) {
    return (x.classes & kNationalityClass) != 0;
  });
  const auto owner = NameStartingAt(w, first, k);
  // (A nation's own institution: "the Islamic militant group" is no body's name.)
  const std::string_view kind = w[last].lower;
  const bool institution = kind == "government" || kind == "ministry" || kind == "office" || kind == "embassy" ||
                           kind == "parliament" || kind == "army" || kind == "navy" || kind == "police" ||
                           kind == "administration" || kind == "department" || kind == "court";
  if (!(nationality && institution) && !(owner && owner->first == first && owner->last + 1 == k && owner->org)) {
    return "";
  }
  // Opening its clause, after "the": not "Clinton's government", "a Greek government".
  if (!(first == lo || (w[first - 1].lower == "the" && first - 1 == lo) ||
        (w[first - 1].lower == "the" && first >= lo + 2 && w[first - 2].text == ","))) {
    return "";
  }
  return Phrase(w, first, last);
}

// "said J.P. Morgan and Co Inc chairman Lewis Preston", "said Richardson
// Greenshields of Canada Ltd economist Susan Clark", "said Bache Securities
// (Japan) analyst Darrell Whitten": from `from`, a body's name however it runs
// on ("and Co Inc", "of Canada Ltd", "(Japan)"), a lowercase role, and the
// person who holds it.
std::optional<NameRun> PersonAfterBodyAndRole(const std::vector<Word>& w, size_t from, size_t hi) {
  size_t j = from, body_words = 0;
  auto capital = [&](size_t k) { return k < hi && w[k].type == WordType::kWord && w[k].capitalized; };
  while (j < hi && j < from + 10) {
    if (capital(j)) {
      ++j;
      ++body_words;
    } else if ((w[j].lower == "and" || w[j].lower == "of" || w[j].text == "&") && body_words > 0 && capital(j + 1)) {
      ++j;
    } else if (w[j].text == "(" && body_words > 0 && capital(j + 1) && j + 2 < hi && w[j + 2].text == ")") {
      j += 3;
    } else {
      break;
    }
  }
  size_t r = j;  // past the describing words, the last of them a role
  while (r < hi && r < j + 3 && w[r].type == WordType::kWord && !w[r].capitalized &&
         (w[r].classes & kStopwordClass) == 0) {
    ++r;
  }
  if (body_words == 0 || r == j || (w[r - 1].classes & (kRoleClass | kTitleClass)) == 0) return std::nullopt;
  auto n = NameStartingAt(w, r, hi);
  if (!n || n->first != r || n->org || n->name.find(' ') == std::string::npos) return std::nullopt;
  return n;
}

// "Daniel McKinley, oil analyst with Smith Barney, Upham Harris and Co said",
// "Rep. Edward Markey, D-Mass, the chairman of the Telecommunications and
// Finance said": a person set off by a comma and described by a role, the
// verb ending the description at words[v]. The person, or nothing when the
// words in [lo, v) are no such tag.
std::optional<NameRun> ApposedSpeaker(const std::vector<Word>& w, size_t lo, size_t v) {
  for (size_t k = lo; k < v; ++k) {
    if (!w[k].capitalized || w[k].type != WordType::kWord) continue;
    auto n = NameStartingAt(w, k, v);
    if (!n) continue;
    // ("De Croo": a capitalised particle the name's run leaves out opens it.)
    bool particles = n->first > k;
    for (size_t j = k; j < n->first && particles; ++j) {
      particles = w[j].type == WordType::kWord && (w[j].classes & kConnectorClass) != 0;
    }
    if (n->first != k && !particles) continue;
    // (Its first name opens the tag: "H.P. Smith, analyst at ...", after the
    // quote or after an opening phrase's comma, "In testimony today, Tom Cook,".)
    const bool opens = k == lo || w[k - 1].text == "," || OnlyTitles(w, lo, k);
    if (!opens || n->org || EndsPossessive(w[n->last]) || n->last + 2 >= v || w[n->last + 1].text != ",") return std::nullopt;
    size_t d = n->last + 2;
    // ("D-Mass,": a party and state first.)
    if (d + 1 < v && (w[d].text.starts_with("D-") || w[d].text.starts_with("R-") || w[d].text.starts_with("I-")) &&
        w[d + 1].text == ",") {
      d += 2;
    }
    if (d < v && (w[d].lower == "a" || w[d].lower == "an" || w[d].lower == "the")) ++d;
    // A role in the first words, lowercase ("oil analyst", "director of",
    // "chief meteorologist for"), then whom the person works for.
    bool role = false;
    for (size_t j = d; j < v && j < d + 4 && !role; ++j) {
      if (w[j].type != WordType::kWord || w[j].capitalized) break;
      role = (w[j].classes & (kRoleClass | kTitleClass)) != 0;
    }
    // (Or any aside that a comma closes right before the verb: "De Croo, here
    // for talks with Administration officials and Congressmen, said".)
    // (Someone named in two words at least: not "Likewise, the millionaire
    // publisher Steve Forbes, another probable candidate, said".)
    if (!role && !(v > d + 1 && w[v - 1].text == "," && (n->first < n->last || particles))) return std::nullopt;
    // (No other clause before the verb: "..., who said", "and said"; nor a
    // list of people saying it together: "Her parents, Naomi Findlay, 31,
    // and Dean Wilkins, 43, say".)
    for (size_t j = d; j < v; ++j) {
      // ("here for talks": a verb's form after a preposition or an article is a noun.)
      const bool noun = j > d && (IsPreposition(w[j - 1].lower) || w[j - 1].lower == "the" || w[j - 1].lower == "a");
      if ((IsVerb(w[j]) && !noun) || w[j].lower == "who" || w[j].lower == "which" || w[j].type == WordType::kOpenQuote) {
        return std::nullopt;
      }
      if (w[j].lower == "and" && j + 1 < v) {
        if (auto other = NameStartingAt(w, j + 1, v); other && other->first == j + 1 && !other->org &&
                                                      other->first < other->last) {
          return std::nullopt;
        }
      }
    }
    return n;
  }
  return std::nullopt;
}

// Speaker phrase just before words[v] (a verb), or just after it.
std::string SubjectAround(const std::vector<Word>& w, size_t lo, size_t hi, size_t v, size_t anchor,
                          const std::vector<PersonMention>& people, std::string* resolved) {
  std::string phrase, role;
  if (v > lo && IsVerb(w[v])) {
    if (auto n = ApposedSpeaker(w, lo, v)) {
      *resolved = n->name;
      return n->name;
    }
  }
  // "The Greek government says ...", "the Italian foreign ministry said":
  // the body before the verb (or its adverb), named as written.
  if (v > lo) {
    const size_t before = v > lo + 1 && IsTagAdverb(w[v - 1].lower) ? v - 2 : v - 1;
    if (std::string body = LowercaseBodyEndingAt(w, lo, before); !body.empty()) {
      *resolved = body;
      return body;
    }
  }
  // A name before the verb speaks, unless it only says whom an unnamed role
  // works for ("a senior official of a NATO country called").
  auto named_before = [&](const NameRun& found) {
    const NameRun n = PersonBeforeOf(w, lo, found);
    // ("the Ministry of Foreign Affairs and Trade said": one body's name
    // with "and" inside, not its last word.)
    if (n.first > lo + 1 && w[n.first - 1].lower == "and" && w[n.first - 2].capitalized) {
      // (A body's name is a few words: "Acme Corp and Acme Corp and ..."
      // repeated is no one name.)
      constexpr size_t kBodyWords = 12;
      size_t b = n.first - 1;
      bool body = false;
      while (b > lo && n.first - b < kBodyWords &&
             (w[b - 1].capitalized || w[b - 1].lower == "of" || w[b - 1].lower == "and") &&
             w[b - 1].type == WordType::kWord) {
        --b;
        body = body || (w[b].classes & kOrgClass) != 0;
      }
      while (b < n.first && (!w[b].capitalized || w[b].lower == "the")) ++b;  // (not opening with "of", "The")
      if (body && b + 1 < n.first) {
        *resolved = Phrase(w, b, n.last);
        return *resolved;
      }
    }
    // ("The Bourse in Paris also announced": the body before its place.)
    if (n.first > lo + 1 && (w[n.first - 1].lower == "in" || w[n.first - 1].lower == "at")) {
      if (auto body = NameEndingAt(w, lo, n.first - 2); body && body->last == n.first - 2 && !EndsPossessive(w[body->last])) {
        *resolved = body->name;
        return body->name;
      }
    }
    // ("A worker at a polling station in Tel Aviv's Rothschild Boulevard
    // remarked": a street, no speaker.)
    // (Where a place stands: after a preposition, an owner or "the"; "Rob
    // Port complains" is a person.)
    const bool placed = n.first > lo && (IsPreposition(w[n.first - 1].lower) || EndsPossessive(w[n.first - 1]) ||
                                         w[n.first - 1].lower == "the");
    if ((w[n.last].classes & kPlaceWordClass) != 0 && !n.org && placed) {
      resolved->clear();
      return std::string();
    }
    if (const size_t role_at = UnnamedRoleBefore(w, lo, n.first)) {
      resolved->clear();
      return Phrase(w, role_at - 1, n.last);
    }
    // ("A leaflet signed by the group and faxed to Reuters in Jerusalem said":
    // the object of a preposition is not who speaks.)
    // ("foreign diplomatic observers in Kosovo reported": nor a place.)
    if (n.first > lo + 1 &&
        (w[n.first - 1].lower == "to" || w[n.first - 1].lower == "by" || w[n.first - 1].lower == "in" ||
         w[n.first - 1].lower == "at" || w[n.first - 1].lower == "from") &&
        w[n.first - 2].type == WordType::kWord && !w[n.first - 2].capitalized &&
        (w[n.first - 2].classes & kSpeechVerbClass) == 0) {
      resolved->clear();
      return Phrase(w, lo, std::min(lo + 1, n.first - 2));  // as written: someone unnamed ("A leaflet")
    }
    *resolved = n.name;
    return n.name;
  };
  // "..., said Ben Fritzen, a police detective": after a comma, a name right
  // after the verb is the speaker, whatever stands before the comma.
  const std::string_view verb = w[v].lower;
  const bool says = verb == "said" || verb == "says" || verb == "added" || verb == "adds" || verb == "wrote" ||
                    verb == "writes" || verb == "explained" || verb == "continued" || verb == "noted" ||
                    verb == "stressed" || verb == "recalled";
  if (v > lo && w[v - 1].text == "," && v + 1 < hi && says) {
    // (Not "said Milosevic's compliance": an owner is no speaker.)
    if (auto n = NameStartingAt(w, v + 1, hi); n && n->first == v + 1 && !EndsPossessive(w[n->last])) {
      *resolved = n->name;
      return n->name;
    }
    // "Anwar, says the prime minister, is “despicable”": a role set off the same way.
    for (size_t j = v + 2; j < hi && j < v + 7; ++j) {
      if (w[j].text != ",") continue;
      if (RoleEndingAt(w, v + 1, j - 1, &phrase, &role)) {
        *resolved = ResolveRole(people, anchor, role);
        return phrase;
      }
      break;
    }
  }
  // "Harvey Weisenberg (D-Long Island) said": a parenthesis before the verb;
  // "reporter Iris Perez (one of the first to hear it), told": with a comma.
  const size_t paren = v > lo + 2 && w[v - 1].text == "," && w[v - 2].text == ")" ? v - 2 : v - 1;
  if (v > lo + 1 && w[paren].text == ")") {
    size_t k = paren;
    while (k > lo && w[k].text != "(") --k;
    if (k > lo && w[k].text == "(") v = k;  // as if the verb followed the name
    if (auto n = NameEndingAt(w, lo, v - 1)) {
      *resolved = n->name;
      return n->name;
    }
  }
  // "Hickey's sister Deborah, 21, said": past an age (not "Saramago, 75,
  // wrote his breakthrough novel": a verb with an object tags no words).
  const bool has_object = v + 1 < hi && (w[v + 1].lower == "his" || w[v + 1].lower == "her" ||
                                         w[v + 1].lower == "their" || w[v + 1].lower == "its");
  if (v > lo + 3 && w[v - 1].text == "," && w[v - 2].type == WordType::kNumber && w[v - 3].text == "," && !has_object) {
    v -= 3;
  }
  // "Dmitri Alperovitch, a threat research analyst at McAfee, said": the
  // person before an appositive.
  // ("Gene Budig, the AL president, Friday called": past a day; "Bruce Bochy,
  // the manager, a reserve on the 1984 team, has said": past an auxiliary.)
  const bool skip_one = v > lo + 3 && w[v - 2].text == "," &&
                        ((w[v - 1].classes & kCalendarClass) != 0 || w[v - 1].lower == "has" ||
                         w[v - 1].lower == "have" || w[v - 1].lower == "had" ||
                         IsTagAdverb(w[v - 1].lower));  // ("X, the U.S. ambassador, recently acknowledged")
  const size_t av = skip_one ? v - 1 : v;
  // "Moyer, who lives on a farm with Jimmy, four other kangaroos, and other
  // animals, tells": the name the clause opens with, before "who", however
  // many commas the relative clause holds.
  if (av > lo + 3 && w[av - 1].text == ",") {
    for (size_t c = lo + 1; c + 2 < av; ++c) {
      if (w[c].text != "," || (w[c + 1].lower != "who" && w[c + 1].lower != "whose")) continue;
      if (auto n = NameEndingAt(w, lo, c - 1); n && n->last == c - 1 && n->first == lo && !n->org) {
        *resolved = n->name;
        return n->name;
      }
      break;
    }
  }
  if (av > lo + 2 && w[av - 1].text == ",") {
    // ("Angela Jacobsen, the former nanny for Madonna's son, David Banda, whom
    // the star adopted, told": past a relative clause, and past a name that
    // stands for the object of an appositive opening with an article.)
    bool named_segment = false;
    for (size_t c = av - 2; c > lo && av - c < 25; --c) {  // (a name may open the clause: c - 1 == lo)
      if (w[c].text != ",") continue;
      const std::string_view next = w[c + 1].lower;
      if ((next == "who" || next == "whom" || next == "whose" || next == "which") && !named_segment) {
        // (A name set off before it stands for an appositive's object.)
        if (auto m = NameEndingAt(w, lo, c - 1); m && m->first > lo + 1 && w[m->first - 1].text == ",") {
          named_segment = true;
          c = m->first - 1;  // past the comma before the name
          continue;
        }
      }
      // ("Rep. Charles Schumer, New York's senator-elect, said": an owner opens it.)
      auto owner = [&] {
        auto o = NameStartingAt(w, c + 1, av);
        return o && o->first == c + 1 && EndsPossessive(w[o->last]);
      };
      // ("X, editor of the newsletter in Potomac, Md., said": a state's short
      // form after its town is part of the description.)
      // (Its dot may stand as a word of its own: "Md" ".")
      const std::string_view state = w[c + 1].text;
      const bool dotted = c + 3 < av && w[c + 2].text == "." && w[c + 2].begin == w[c + 1].end && w[c + 3].text == ",";
      if ((dotted || (c + 2 < av && w[c + 2].text == "," && state.ends_with('.'))) && c > lo && w[c - 1].capitalized &&
          state.size() >= 2 && state.size() <= 6 && w[c + 1].capitalized &&
          state.find('-') == std::string_view::npos) {  // (not a party's, "R-Ind.", below)
        continue;
      }
      // ("Michael Samuels, U.S. ambassador to the GATT, told": a capitalised
      // word and a role describe as an article would.)
      const bool article = next == "a" || next == "an" || next == "the" ||
                           (w[c + 1].capitalized && c + 2 < av && w[c + 2].type == WordType::kWord &&
                            !w[c + 2].capitalized && (w[c + 2].classes & (kRoleClass | kTitleClass)) != 0);
      // ("Rep. Mark Souder, R-Ind., said": a party and state set off, as an
      // appositive is.)
      const std::string_view tag = w[c + 1].text;
      const bool party = tag.size() >= 3 && (tag[0] == 'D' || tag[0] == 'R' || tag[0] == 'I') && tag[1] == '-' &&
                         tag[2] >= 'A' && tag[2] <= 'Z';
      if (!article && !party && w[c + 1].capitalized && !owner()) {
        if (named_segment || c + 1 == lo) break;
        named_segment = true;
        continue;
      }
      if (named_segment && !article) break;
      // "Netanyahu, in an interview with The Associated Press, said": a
      // one-word name too, when it opens the clause.
      auto n = NameEndingAt(w, lo, c - 1);
      // ("X, the manager, a reserve on the team, said": a chain of appositives.)
      if (!n && c > lo + 1 && w[c - 1].type == WordType::kWord && !w[c - 1].capitalized) continue;
      // (and past a body with a number in its name, "president of Democracy 21,")
      if (!n && c > lo + 2 && w[c - 1].type == WordType::kNumber && w[c - 2].capitalized) continue;
      if (n) n = PersonBeforeOf(w, lo, *n);  // ("Rep. Dick Armey of Texas, the majority leader, said")
      // ("Dr. Amy Klinger, co-founder of the Educator's School Safety
      // Network, a nonprofit that ..., said": the appositive describes the
      // body the one before it works for.)
      // ("Fred Wertheimer, president of Democracy 21, a nonprofit ..., said":
      // any name after a role and "of" is the body.)
      if (n && c > lo + 1) {
        size_t b = n->first;
        if (b > lo && EndsPossessive(w[b - 1])) --b;
        if (b > lo && w[b - 1].lower == "the") --b;
        const bool of = b > lo && (w[b - 1].lower == "of" || w[b - 1].lower == "for" || w[b - 1].lower == "at");
        const bool after_role = of && b > lo + 1 && w[b - 2].type == WordType::kWord && !w[b - 2].capitalized &&
                                (w[b - 2].classes & (kRoleClass | kTitleClass)) != 0;
        if (of && (n->org || after_role)) continue;
      }
      const bool opens = n && (n->first == lo || w[n->first - 1].text == "," || w[n->first - 1].text == "." ||
                               w[n->first - 1].type == WordType::kOpenQuote || w[n->first - 1].type == WordType::kCloseQuote);
      // ("Barksdale, Netscape's 55-year-old chief executive, told": one name
      // before an appositive that opens with an owner.)
      if (n && (n->org || n->name.find(' ') != std::string::npos ||
                (opens && w[c + 1].type == WordType::kWord && (!w[c + 1].capitalized || owner())))) {
        *resolved = n->name;
        return n->name;
      }
      break;
    }
  }
  // "Francois Delattre, warned": an appositive comma before the verb.
  if (v > lo + 1 && w[v - 1].text == "," && w[v - 2].type == WordType::kWord) --v;
  // "per ABC, which adds that": a body's name before "which".
  if (v > lo + 2 && w[v - 1].lower == "which" && w[v - 2].text == ",") {
    if (auto n = NameEndingAt(w, lo, v - 3); n && n->last == v - 3 && !EndsPossessive(w[n->last])) return named_before(*n);
  }
  // "Sofia Marek, who called ...": the name before the relative pronoun.
  if (v > lo + 1 && w[v - 1].lower == "who") {
    size_t k = v - 1;
    if (k > lo && w[k - 1].text == ",") --k;
    if (k > lo) {
      // ("sentenced by Karibi-Whyte, who denounced": the one the relative
      // clause describes speaks, whatever governs the name.)
      if (auto n = NameEndingAt(w, lo, k - 1); n && !n->org && k < v - 1 && w[k].text == ",") {
        const NameRun person = PersonBeforeOf(w, lo, *n);
        *resolved = person.name;
        return person.name;
      }
      if (auto n = NameEndingAt(w, lo, k - 1)) return named_before(*n);
      // "one agent who boasts “...”": someone unnamed, described.
      if (w[k - 1].type == WordType::kWord && !w[k - 1].capitalized && w[k - 1].text != ",") {
        resolved->clear();
        return Phrase(w, k > lo + 1 ? k - 2 : k - 1, k - 1);
      }
    }
  }
  // "Mr Netanyahu has said": the subject stands before the auxiliary.
  if (v > lo + 1 && (w[v - 1].lower == "has" || w[v - 1].lower == "have" || w[v - 1].lower == "had")) --v;
  // "Benjamin Netanyahu on Sunday accused": a day between subject and verb.
  if (v > lo + 2 && (w[v - 1].classes & kCalendarClass) != 0 && w[v - 2].lower == "on") v -= 2;
  // "He also said", "she later wrote": an adverb between subject and verb.
  if (v > lo + 1 && IsPronoun(w[v - 2].lower) && w[v - 2].lower != "it" && IsTagAdverb(w[v - 1].lower)) --v;
  if (v > lo) {
    const Word& prev = w[v - 1];
    // ("what it described as “...”": a body's words, no person's; no
    // speaker, but a tag, so the quote continues no one.)
    if (prev.type == WordType::kWord && prev.lower == "it" && (w[v].lower == "described" || w[v].lower == "termed")) {
      resolved->clear();
      return std::string(prev.text);
    }
    if (prev.type == WordType::kWord && IsPronoun(prev.lower) && prev.lower != "it") {
      // (Resolved where it stands when that is before the quote: "he said,
      // looking to his friend, Lewis. “...”" is not Lewis.)
      *resolved = prev.lower == "they" || prev.lower == "we" || prev.lower == "i"
                      ? ""
                      : ResolvePronoun(people, std::min<size_t>(anchor, prev.begin), prev.lower);
      return std::string(prev.text);
    }
    if (auto n = NameEndingAt(w, lo, v - 1)) return named_before(*n);  // ("A spokesman for Prince Andrew said")
    // ("many critics are calling it": past a present auxiliary.)
    // ("The judge also wrote": past a tag's adverb too.)
    const size_t role_end =
        v > lo + 1 && (IsPresentOrPastBe(w[v - 1].lower) || IsTagAdverb(w[v - 1].lower)) ? v - 2 : v - 1;
    if (RoleEndingAt(w, lo, role_end, &phrase, &role)) {
      *resolved = ResolveRole(people, anchor, role);
      return phrase;
    }
    // "A pediatric cardiologist says", "one customer says": someone unnamed,
    // whom an indefinite article opens right before the verb.
    {
      // ("A Hamas spokesman says", "an Eagan detective says": a capitalised
      // word may describe, the noun before the verb is lowercase.)
      size_t b = v;
      while (b > lo && v - b < 4 && w[b - 1].type == WordType::kWord && (!w[b - 1].capitalized || b < v) &&
             (w[b - 1].classes & (kStopwordClass | kSpeechVerbClass)) == 0 && !IsTagAdverb(w[b - 1].lower)) {
        --b;
      }
      const std::string_view det = b > lo && b < v ? std::string_view(w[b - 1].lower) : std::string_view();
      // (A finite verb, its subject opening the clause: not "like a striking
      // longshoreman demanding", "the father, a retired steelworker, said",
      // "A commission press release said".)
      const bool clause_opens = b > lo && (b - 1 == lo || w[b - 2].type != WordType::kWord || w[b - 2].lower == "and" ||
                                           w[b - 2].lower == "but" || w[b - 2].lower == "while" || w[b - 2].lower == "that");
      // (One noun phrase: "An airstrike activists blamed" is a clause of its own.)
      const std::string_view noun = w[v - 1].lower;
      if (IsIndefinite(det) && clause_opens && IsVerb(w[v]) && !w[v].lower.ends_with("ing") && !IsDocument(noun) &&
          !LooksPlural(noun)) {
        resolved->clear();
        return Phrase(w, b - 1, v - 1);
      }
    }
    // "The Civil Defence group said", "Martin Singer also accused": a name a
    // few words before the verb (not across "are being": that is passive).
    for (size_t k = v - 1; k > lo && v - k <= 3; --k) {
      if (w[k - 1].type != WordType::kWord || IsAuxiliary(w[k].lower) || IsPreposition(w[k].lower)) break;
      if (auto n = NameEndingAt(w, lo, k - 1)) {
        // "Another man involved in Tyshawn's shooting said": an owner, not the speaker.
        if (w[n->last].lower.ends_with("'s")) break;
        // ("A Yugoslav statement said": a nationality before a noun names no one.)
        if (n->first == n->last && (w[n->first].classes & kNationalityClass) != 0 && !w[n->last + 1].capitalized) break;
        // "the Goteborg city council said": a lowercase body after a name speaks
        // as one ("The Civil Defence group said" is Civil Defence).
        bool body = (w[v - 1].classes & kOrgClass) != 0 && w[v - 1].lower != "group";
        // (Describing words only: "Romney tweaked the press" is a clause.)
        for (size_t j = n->last + 1; j < v && body; ++j) {
          body = w[j].type == WordType::kWord && !w[j].capitalized && (w[j].classes & kStopwordClass) == 0 &&
                 !w[j].lower.ends_with("ed");
        }
        if (body && !n->org) {
          std::string name = n->name;
          for (size_t j = n->last + 1; j < v; ++j) name.append(" ").append(w[j].text);
          *resolved = name;
          return name;
        }
        // "The New York medical examiner concluded": someone unnamed whom the
        // name only describes.
        // (A noun naming someone, not an adverb: "Boone-Doty later admitted",
        // "he never agreed".)
        static const std::unordered_set<std::string_view> kNotAgents = {
            "later", "earlier", "never", "ever", "further", "rather", "together", "however", "either",
            "neither", "whether", "after", "over", "under", "thereafter", "meanwhile", "prior"};
        const std::string_view last = w[v - 1].lower;
        const bool agent = !w[v - 1].capitalized && last.size() > 4 && kNotAgents.count(last) == 0 &&
                           (w[v - 1].classes & kStopwordClass) == 0 &&
                           ((w[v - 1].classes & kRoleClass) != 0 || last.ends_with("er") || last.ends_with("or") ||
                            last.ends_with("ist") || last.ends_with("ian"));
        if (agent && n->last + 1 < v) {
          resolved->clear();
          return Phrase(w, n->first, v - 1);
        }
        return named_before(*n);
      }
    }
  }
  // After the verb ("said Delattre"), but "told X" names the listener and
  // "accused X" the one spoken of (lexicon kind addressee_verb).
  if (v + 1 < hi && (w[v].classes & kAddresseeVerbClass) == 0) {
    // Descriptions between the verb and the name: "said fire chief Rolf Bakker".
    // "posted on the Internet": a preposition leads to a place, not a speaker.
    // ("the Economist wrote of Erdogan": "of" leads to whom it is about.)
    if (v + 1 < hi && (IsPreposition(w[v + 1].lower) || w[v + 1].lower == "of")) return "";
    // "said the Nobel committee", "said the Goteborg city council": a
    // lowercase body after a name speaks as one (not the person "Nobel").
    if (w[v + 1].lower == "the" && v + 2 < hi) {
      if (auto n = NameStartingAt(w, v + 2, hi); n && n->first == v + 2 && !EndsPossessive(w[n->last])) {
        size_t j = n->last + 1;
        while (j < hi && j < n->last + 3 && w[j].type == WordType::kWord && !w[j].capitalized &&
               (w[j].classes & (kOrgClass | kStopwordClass)) == 0) {
          ++j;
        }
        if (j < hi && w[j].type == WordType::kWord && !w[j].capitalized && (w[j].classes & kOrgClass) != 0) {
          std::string body = n->name;
          for (size_t k = n->last + 1; k <= j; ++k) body.append(" ").append(w[k].text);
          *resolved = body;
          return body;
        }
      }
    }
    size_t k = v + 1;
    while (k < hi && k < v + 5 && w[k].type == WordType::kWord && !w[k].capitalized &&
           !((w[k].classes & kSpeechVerbClass) != 0) && w[k].lower != "that" && !IsPreposition(w[k].lower)) {
      ++k;
    }
    if (k < hi && k > v + 1 && w[k].capitalized) {
      // (Not an owner: "said one of Anwar's lawyers, Pawancheek Marican".)
      if (auto n = NameStartingAt(w, k, hi); n && !EndsPossessive(w[n->last])) {
        // ("said the North must limit": the reported speech's subject.)
        if (n->last + 1 < hi && StartsReportedClause(w[n->last + 1].lower)) return "";
        // ("said the Brazil-IMF discussions were aimed", "said one senior
        // U.S. intelligence official": a name describing the noun after it,
        // no speaker.)
        const std::string_view det = w[v + 1].lower;
        if ((det == "the" || det == "a" || det == "an" || det == "one") && n->last + 1 < hi &&
            w[n->last + 1].type == WordType::kWord &&
            !w[n->last + 1].capitalized && (w[n->last + 1].classes & (kStopwordClass | kRoleClass | kTitleClass)) == 0) {
          return "";
        }
        *resolved = n->name;
        return n->name;
      }
    }
    // ("said Iraq had “some affirmative obligations”": the reported speech's
    // subject, not who says it.)
    // ("says Vanellope “has proved very resilient”": the quote is the
    // reported clause's predicate, the name its subject.)
    auto reported_subject = [&](const NameRun& n) {
      if (n.last + 1 == hi && hi < w.size() && w[hi].type == WordType::kOpenQuote) return true;
      return n.last + 1 < hi && w[n.last + 1].type == WordType::kWord && StartsReportedClause(w[n.last + 1].lower);
    };
    // The name right after the verb, which the readings below try in turn.
    const std::optional<NameRun> named = NameStartingAt(w, v + 1, hi);
    if (named && reported_subject(*named)) return "";
    // ("said Rockets forward Mario Elie": a one-word name before a lowercase
    // role describes the person named after it.)
    if (const auto& n = named; n && n->first == n->last && n->last + 2 < hi &&
                               w[n->last + 1].type == WordType::kWord && !w[n->last + 1].capitalized &&
                               (w[n->last + 1].classes & kStopwordClass) == 0) {
      size_t j = n->last + 1;
      while (j < hi && j < n->last + 4 && w[j].type == WordType::kWord && !w[j].capitalized) ++j;
      if (auto m = NameStartingAt(w, j, hi); m && m->first == j && !m->org && m->name.find(' ') != std::string::npos) {
        *resolved = m->name;
        return m->name;
      }
    }
    if (auto n = PersonAfterBodyAndRole(w, v + 1, hi)) {
      *resolved = n->name;
      return n->name;
    }
    // "said Midland's Donegan": a surname after its body's owner form, the person named before.
    if (const auto& n = named; n && n->first == v + 1 && EndsPossessive(w[n->last])) {
      if (auto m = NameStartingAt(w, n->last + 1, hi); m && m->first == n->last + 1 && m->first == m->last && !m->org) {
        const std::string full = ResolveShortName(people, m->name, anchor);
        if (full != m->name && !full.empty()) {
          *resolved = full;
          return m->name;
        }
      }
    }
    // (Not "said Assistant State's Attorney Carol Rogala": an owner describes.)
    if (const auto& n = named; n && !n->org && !w[n->last].lower.ends_with("'s")) {
      *resolved = n->name;
      return n->name;
    }
    // "said Facebook spokesperson Melanie Ensign", "said University of Sao
    // Paulo political scientist Eduardo Kugelmas": past a describing name.
    const auto& org = named;
    for (size_t j = org ? org->last + 1 : v + 2; j < hi && j < v + 10; ++j) {
      // ("said one of Anwar's lawyers, Pawancheek Marican": the name set off
      // after a description that an owner opens.)
      if (w[j].text == "," && org && EndsPossessive(w[org->last]) && j + 1 < hi) {
        if (auto n = NameStartingAt(w, j + 1, hi); n && n->first == j + 1 && !n->org) {
          *resolved = n->name;
          return n->name;
        }
      }
      if (w[j].type != WordType::kWord || IsPreposition(w[j].lower)) break;
      if (!w[j].capitalized) continue;
      if (auto n = NameStartingAt(w, j, hi); n && !n->org && n->name.find(' ') != std::string::npos) {
        *resolved = n->name;
        return n->name;
      }
    }
    // (But "says Indonesia's economic growth was": an owner opens the reported clause.)
    if (const auto& n = named; n && !EndsPossessive(w[n->last])) {  // an organisation speaks ("said UNICEF")
      *resolved = n->name;
      return n->name;
    }
    // "recalled the bartender, Matt Galloway", "said the NBA commissioner,
    // David Stern": the name set off after a description that opens with
    // "the" (and ends in a lowercase word).
    // ("said one of the mechanics, Pvt. Sardar Mohammad": of a group.)
    const size_t described = v + 3 < hi && w[v + 1].lower == "one" && w[v + 2].lower == "of" ? v + 3 : v + 1;
    // (and "said his wife, He Xintong")
    // (and "said one of Anwar's lawyers, Pawancheek Marican")
    const std::string_view det = w[described].lower;
    if (det == "the" || det == "his" || det == "her" || det == "their" ||
        (w[described].capitalized && EndsPossessive(w[described]))) {
      // ("said his coach since December 2008, Larry Stefanki": past a
      // phrase a preposition opens, whatever it names.)
      bool phrase_open = false;
      for (size_t k = described + 1; k + 1 < hi && k < described + 7; ++k) {
        if (w[k].type != WordType::kWord && !(phrase_open && w[k].type == WordType::kNumber)) break;
        if (w[k].type == WordType::kWord && !w[k].capitalized && (IsPreposition(w[k].lower) || w[k].lower == "since" || w[k].lower == "of")) {
          phrase_open = true;
        }
        if (w[k + 1].text != ",") continue;
        if (w[k].capitalized && !phrase_open) break;
        if (auto n = NameStartingAt(w, k + 2, hi); n && OnlyTitles(w, k + 2, n->first) && !n->org) {
          *resolved = n->name;
          return n->name;
        }
        break;
      }
    }
    // "said the spokesman", "told a Syrian military source"; "said the aide,
    // Mirza Jajric": the name set off after the role is who it is.
    for (size_t k = v + 1; k < hi && k < v + 6; ++k) {
      if (RoleEndingAt(w, v + 1, k, &phrase, &role)) {
        if (k + 2 < w.size() && w[k + 1].text == ",") {
          if (auto n = NameStartingAt(w, k + 2, w.size()); n && n->first == k + 2 && !n->org) {
            *resolved = n->name;
            return n->name;
          }
        }
        *resolved = ResolveRole(people, anchor, role);
        return phrase;
      }
    }
  }
  return "";
}

// Whether the person named nearest before `end` is the object of a
// preposition ("a telegram to Gennady Seleznyov, chairman ...", "the
// extradition of ... leader Abdullah Ocalan").
bool NearestIsObject(const std::vector<Word>& w, size_t lo, size_t end) {
  for (size_t k = end; k > lo; --k) {
    auto n = NameEndingAt(w, lo, k - 1);
    if (!n || n->org || w[n->last].lower.ends_with("'s")) continue;
    for (size_t j = n->first; j > lo && n->first - j < 6; --j) {
      const Word& x = w[j - 1];
      if (x.type != WordType::kWord) return false;
      const std::string_view l = x.lower;
      if (l == "to" || l == "of" || l == "for" || l == "on" || l == "at" || l == "from" || l == "against" || l == "by") {
        return true;
      }
      if (x.capitalized && (x.classes & kNationalityClass) == 0 && (x.classes & kTitleClass) == 0) return false;
      if ((x.classes & kSpeechVerbClass) != 0) return false;
    }
    return false;
  }
  return false;
}

// The person doing something ("..., adding:"): the nearest person-like name
// before `end` (two words or more, not an organisation), else the nearest name.
std::string NearestPersonBefore(const std::vector<Word>& w, size_t lo, size_t end,
                                const std::vector<PersonMention>& people, size_t anchor) {
  std::string any, org;
  for (size_t k = end; k > lo; --k) {
    const std::string_view lw = w[k - 1].lower;
    if (any.empty() && (lw == "he" || lw == "she")) return ResolvePronoun(people, anchor, lw);
    auto n = NameEndingAt(w, lo, k - 1);
    if (!n) continue;
    if (any.empty() && org.empty() && UnnamedRoleBefore(w, lo, n->first)) return "";  // "an official in the X as saying"
    // ("at the Las Vegas convention": a name after "the" before a noun modifies it.)
    // (Not before its verb: "The Israeli Cabinet suspended".)
    const bool modifier = n->first > lo && w[n->first - 1].lower == "the" && n->last + 1 < end &&
                          w[n->last + 1].type == WordType::kWord && !w[n->last + 1].capitalized &&
                          !w[n->last + 1].lower.ends_with("ed") && !w[n->last + 1].lower.ends_with("s") &&
                          (w[n->last + 1].classes & (kSpeechVerbClass | kStopwordClass)) == 0;
    if (IsPlaceCue(w, n->first) || IsDirectionWord(w[n->first].lower) || ((w[n->last].classes & kPlaceWordClass) != 0) ||
        w[n->last].lower.ends_with("'s") || modifier) {  // "Kim's policy": an owner, not the speaker
      k = n->first + 1;
      continue;
    }
    if (!n->org && n->name.find(' ') != std::string::npos) return n->name;
    if (n->org && org.empty()) org = n->name;
    if (!n->org && any.empty()) any = n->name;
    k = n->first + 1;
  }
  return any.empty() ? org : any;
}

// The person a clause in words [sb, end) opens with: named first (past
// titles), or first after an opening phrase's comma ("At one point,
// Camdessus looked at the impassive Suharto and said").
std::optional<NameRun> ClauseSubject(const std::vector<Word>& w, size_t sb, size_t end) {
  if (auto n = NameStartingAt(w, sb, end); n && !n->org && OnlyTitles(w, sb, n->first)) {
    if (!EndsPossessive(w[n->last])) return n;
    // "China's Jiang Zemin stated ... and vowed": the owner names whose the
    // subject is; a name after it is the subject ("China's leader" names none).
    const size_t k = n->last + 1;
    if (auto m = NameStartingAt(w, k, end); m && m->first == k && !m->org && !EndsPossessive(w[m->last])) return m;
    return std::nullopt;
  }
  for (size_t j = sb + 1; j + 1 < end; ++j) {
    if (w[j - 1].text != ",") continue;
    if (auto n = NameStartingAt(w, j, end); n && !n->org && OnlyTitles(w, j, n->first)) {
      // ("An acerbic critic of his rival, Yitzhak Rabin, Sharon attacked":
      // a name set off inside the opening phrase, then the subject.)
      const size_t k = n->last + 2;
      if (k + 1 < end && w[n->last + 1].text == ",") {
        if (auto m = NameStartingAt(w, k, end); m && m->first == k && !m->org && m->last + 1 < end && IsVerb(w[m->last + 1])) {
          return m;
        }
      }
      return n;
    }
    break;  // only the first comma closes the opening phrase
  }
  return std::nullopt;
}

// "Hodler quoted Metaxa as saying", "Lockhart quoted the president telling
// the Russian leader", "Anadolu Agency quotes Cavusoglu as saying": the one
// quoted speaks; "film director Vladimir Khotinenko was quoted as saying",
// "Gokay Sofuoglu was quoted Saturday by the Koelner Stadt-Anzeiger
// newspaper as saying": the one before "was quoted".
std::optional<std::string> QuotedSpeaker(const std::vector<Word>& w, size_t t, size_t end, size_t anchor,
                                         const std::vector<PersonMention>& people, std::string* resolved) {
  for (size_t k = t; k + 3 < end; ++k) {
    if (w[k].lower != "quoted" && w[k].lower != "quotes") continue;
    if (k > t + 1 && (w[k - 1].lower == "was" || w[k - 1].lower == "were" || w[k - 1].lower == "been")) {
      bool as = false;
      for (size_t j = k + 1; j < end && j < k + 12 && !as; ++j) as = w[j].lower == "as";
      size_t e = k - 1;
      if (e > t && w[e - 1].lower == "has") --e;
      if (auto n = NameEndingAt(w, t, e - 1); as && n && !n->org) {
        *resolved = n->name;
        return n->name;
      }
    }
    if (auto n = NameStartingAt(w, k + 1, end); n && n->last + 2 < end && w[n->last + 1].lower == "as") {
      *resolved = n->name;
      return n->name;
    }
    std::string phrase, role;
    for (size_t j = k + 1; j < end && j < k + 5; ++j) {
      if (j + 1 < w.size() && (w[j + 1].lower == "as" || w[j + 1].lower == "telling" || w[j + 1].lower == "saying") &&
          RoleEndingAt(w, k + 1, j, &phrase, &role)) {
        *resolved = ResolveRole(people, anchor, role);
        return phrase;
      }
    }
    // ("the Daily Star newspaper quoted sources as saying": someone unnamed,
    // not the paper.)
    if (k + 2 < end && w[k + 2].lower == "as" && w[k + 1].type == WordType::kWord && !w[k + 1].capitalized &&
        (w[k + 1].lower == "sources" || w[k + 1].lower == "officials" || w[k + 1].lower == "witnesses" ||
         w[k + 1].lower == "residents" || w[k + 1].lower == "diplomats" || w[k + 1].lower == "aides")) {
      resolved->clear();
      return Phrase(w, k + 1, k + 1);
    }
  }
  return std::nullopt;
}

// The speaker named right after a quote, in words [t, end): "said X",
// "he said", "X said", "X, head of Y, told Reuters".
std::string AfterQuoteSpeaker(const std::vector<Word>& w, size_t t, size_t end, size_t anchor,
                              const std::vector<PersonMention>& people, std::string* resolved) {
  // “... center.” Gingrich said he recognized ...: a quote that ended its
  // sentence with a full stop, then a new sentence reporting speech ("said
  // he", "said that"; "Analysts say the leader is IBM"): the writer goes on;
  // the verb does not tag the quote.
  const bool closed = t >= 2 && w[t - 1].type == WordType::kCloseQuote && w[t - 2].text == ".";
  auto reports_on = [&](size_t verb) {
    if (!closed || verb + 1 >= w.size() || w[verb + 1].type != WordType::kWord) return false;
    const std::string_view next = w[verb + 1].lower;
    return next == "that" || IsPronoun(next) || next == "the" || next == "a" || next == "an" || next == "this" ||
           next == "these" || next == "those" || next == "his" || next == "her" || next == "its" || next == "their" ||
           next == "there" || next == "to" || next == "with" || next == "about";  // ("D'Amato responded to questions")
  };
  // ("Microsoft argues _ and many experts agree _ that": a dash after the verb.)
  auto dashes_on = [&](size_t verb) {
    return closed && verb + 1 < w.size() && (w[verb + 1].text == "_" || w[verb + 1].text == "\xE2\x80\x94");
  };
  while (t < end && w[t].type == WordType::kPunct && w[t].text != ".") ++t;
  if (t >= end) return "";
  // “Who is the right wing now?” asked Uzi Benziman: right after a quote,
  // "asked X" names the one asking, not the one asked.
  if (w[t].lower == "asked" && t + 1 < end) {
    // ("asked Rep. Tom DeLay of Texas": titles may stand first.)
    if (auto n = NameStartingAt(w, t + 1, end); n && OnlyTitles(w, t + 1, n->first)) {
      // ("asked Republic's Cohen": the one of the owner named.)
      if (EndsPossessive(w[n->last])) {
        if (auto m = NameStartingAt(w, n->last + 1, end);
            m && m->first == n->last + 1 && !m->org && !EndsPossessive(w[m->last])) {
          *resolved = m->name;
          return m->name;
        }
      } else if (!n->org) {
        *resolved = n->name;
        return n->name;
      }
    }
  }
  // “...,” said a young man who gave his name only as Sami: the name he gave.
  if (IsVerb(w[t])) {
    for (size_t k = t + 1; k + 3 < end && k < t + 16; ++k) {
      if (w[k].type != WordType::kWord || (w[k].capitalized && k > t + 1)) break;
      // ("says a woman who picked up the call and identified herself as Nancy")
      const bool identified = (w[k].lower == "identified" || w[k].lower == "introduced") &&
                              (w[k + 1].lower == "herself" || w[k + 1].lower == "himself");
      if (!identified &&
          (w[k].lower != "gave" || (w[k + 1].lower != "his" && w[k + 1].lower != "her") || w[k + 2].lower != "name")) {
        continue;
      }
      size_t as = identified ? k + 2 : k + 3;
      if (as < end && w[as].lower == "only") ++as;
      if (as + 1 < end && w[as].lower == "as") {
        if (auto n = NameStartingAt(w, as + 1, end); n && n->first == as + 1 && !n->org) {
          *resolved = n->name;
          return n->name;
        }
      }
      break;
    }
  }
  // “You never want a serious crisis to go to waste,” is what Rahm Emanuel,
  // Obama's chief of staff, said: the tag after "is what".
  if (t + 2 < end && (w[t].lower == "is" || w[t].lower == "was") && (w[t + 1].lower == "what" || w[t + 1].lower == "how")) {
    return AfterQuoteSpeaker(w, t + 2, end, anchor, people, resolved);
  }
  // “lunatic creative act,” as Edmund White put it: whose words they are.
  if (w[t].lower == "as" && t + 1 < end) {
    if (auto n = NameStartingAt(w, t + 1, end); n && OnlyTitles(w, t + 1, n->first) && !n->org &&
                                                n->last + 2 < end && w[n->last + 2].lower == "it" &&
                                                (w[n->last + 1].lower == "put" || w[n->last + 1].lower == "puts")) {
      *resolved = n->name;
      return n->name;
    }
  }
  // “This is a Netscape case,” the executive recalls Klein saying: the one
  // heard saying it.
  for (size_t k = t + 2; k < end && k < t + 8; ++k) {
    if (w[k].lower != "saying") continue;
    auto n = NameEndingAt(w, t, k - 1);
    if (!n || n->org || n->first == 0) break;
    const std::string_view heard = w[n->first - 1].lower;
    if (heard == "recalls" || heard == "recalled" || heard == "remembers" || heard == "remembered" ||
        heard == "heard" || heard == "hears") {
      *resolved = n->name;
      return n->name;
    }
    break;
  }
  if (IsVerb(w[t])) return SubjectAround(w, t, end, t, anchor, people, resolved);
  // "accused Arafat of ``making a farce'' of the accords and said": the
  // writer's sentence goes on: no speech tag opens with a preposition.
  // ("“...,” in the early 1990s, Litan said": unless the phrase ends in a
  // comma and a tag, a name or "he"/"she" and the verb.)
  if (w[t].type == WordType::kWord && (IsPreposition(w[t].lower) || w[t].lower == "of")) {
    for (size_t k = t + 1; k + 2 < end && k < t + 8; ++k) {
      if (w[k].type != WordType::kWord && w[k].type != WordType::kNumber && w[k].text != ",") break;
      if (w[k].text != ",") continue;
      const size_t s = k + 1;
      if (w[s].lower == "he" || w[s].lower == "she") {
        if (IsVerb(w[s + 1])) return AfterQuoteSpeaker(w, s, end, anchor, people, resolved);
        break;
      }
      if (auto n = NameStartingAt(w, s, end); n && n->first == s && !n->org && n->last + 1 < end && IsVerb(w[n->last + 1])) {
        return AfterQuoteSpeaker(w, s, end, anchor, people, resolved);
      }
      break;
    }
    return "";
  }
  if (auto q = QuotedSpeaker(w, t, end, anchor, people, resolved)) return *q;
  // The tag's verb: a full stop ends the search, but not the dot of "Lt." or
  // "M.G.G." (nor, with `past_bodies`, a company's "Bros." or "Co." before a
  // lowercase verb). `end` when there is none.
  auto tag_verb = [&](bool past_bodies) {
    for (size_t k = t; k < end; ++k) {
      if (IsVerb(w[k])) return k;
      const bool abbreviated_body = past_bodies && k > t && k + 1 < end && w[k - 1].capitalized &&
                                    (w[k - 1].classes & kOrgClass) != 0 && w[k - 1].end == w[k].begin &&
                                    IsVerb(w[k + 1]) && !w[k + 1].capitalized;
      if (w[k].text == "." && !abbreviated_body &&
          !(k > t && (((w[k - 1].classes & kTitleClass) != 0) || w[k - 1].text.size() == 1))) {
        return end;
      }
    }
    return end;
  };
  // "Daniel Tulis, a natural gas analyst with Shearson Lehman Bros. said": a
  // person set off by a comma and described by a role, the description past
  // a company's abbreviated form.
  if (const size_t v = tag_verb(/*past_bodies=*/true); v != end) {
    if (auto n = ApposedSpeaker(w, t, v)) {
      *resolved = n->name;
      return n->name;
    }
  }
  const size_t verb = tag_verb(/*past_bodies=*/false);
  if (verb == end || reports_on(verb) || dashes_on(verb)) return "";
  if (auto n = NameStartingAt(w, t, verb); n && n->first == t) {
    // "Hickey's sister Deborah, 21, said": the owner is not the speaker.
    if (EndsPossessive(w[n->last])) {
      for (size_t j = n->last + 1; j < verb; ++j) {
        if (!w[j].capitalized || w[j].type != WordType::kWord) continue;
        if (auto m = NameStartingAt(w, j, verb)) {
          *resolved = m->name;
          return m->name;
        }
      }
    } else if (n->last + 1 < verb) {
      // "Goteborg police official Jan Edmundson said": the name next to the
      // verb speaks; the one before it only describes. "the Goteborg city
      // council said": a lowercase body after a place name speaks as one.
      // ("FOX 9 reporter Iris Perez (one of the first to hear it), told":
      // past an aside in brackets.)
      size_t name_end = verb - 1;
      if (name_end > n->last + 2 && w[name_end].text == "," && w[name_end - 1].text == ")") {
        --name_end;
        while (name_end > n->last + 1 && w[name_end].text != "(") --name_end;
        if (name_end > n->last + 1) --name_end;
      }
      // ("Gail Martell, chief meteorologist for E.F. Hutton said": a person
      // set off by a comma speaks; the name after a preposition is her
      // employer, the object of her description.)
      const bool apposed = !n->org && w[n->last + 1].text == ",";
      if (auto m = NameEndingAt(w, n->last + 1, name_end);
          m && m->first > n->last &&
          !(apposed && (IsPreposition(w[m->first - 1].lower) || w[m->first - 1].lower == "of"))) {
        *resolved = m->name;
        return m->name;
      }
      bool lowercase = true;
      for (size_t j = n->last + 1; j < verb; ++j) lowercase = lowercase && w[j].type == WordType::kWord && !w[j].capitalized;
      if (lowercase && (w[verb - 1].classes & kOrgClass) != 0) {
        std::string body = n->name;
        for (size_t j = n->last + 1; j < verb; ++j) body.append(" ").append(w[j].text);
        *resolved = body;
        return body;
      }
      *resolved = n->name;
      return n->name;
    } else {
      *resolved = n->name;
      return n->name;
    }
  }
  return SubjectAround(w, t, end, verb, anchor, people, resolved);
}

// The person speaking in a paragraph's last sentence without quoting:
// "Scott said he disagrees with ...", "Koerber wasn't pleased with it:".
std::string ReportedSpeaker(const Paragraph& p, const std::vector<PersonMention>& people,
                            const std::unordered_set<std::string_view>& person_names) {
  const std::vector<Word>& w = p.words;
  if (w.empty() || p.sentence_starts.empty()) return "";
  size_t sb, se;
  SentenceRange(p, p.sentence_starts.size() - 1, &sb, &se);
  std::string resolved;
  if (w[se - 1].text == ":") {
    if (auto n = NameStartingAt(w, sb, se); n && n->first == sb && !n->org) resolved = n->name;
  } else {
    for (size_t k = sb; k < se; ++k) {
      if (!IsVerb(w[k])) continue;
      SubjectAround(w, sb, se, k, w[sb].begin, people, &resolved);
      break;
    }
  }
  if (!resolved.empty() && resolved.find(' ') == std::string::npos) resolved = ResolveShortName(people, resolved, w[sb].begin);
  // People only: an agency's report ("SANA said ...") is no speaker of the
  // quotes that follow it.
  return person_names.count(resolved) > 0 ? resolved : "";
}

}  // namespace


std::vector<PersonMention> PersonMentions(const std::vector<Paragraph>& paragraphs, std::vector<NameMention>* names,
                                          std::vector<ShortForm>* short_forms) {
  std::vector<PersonMention> out;
  // Latest full name by its last word, and by its first: news refers back to
  // people by surname, so "Scott" is Rick Scott before Scott Israel.
  std::unordered_map<std::string, std::string> by_last, by_first;
  std::unordered_set<std::string> known_names;
  std::unordered_set<std::string> lone_words;  // one-word names seen that stood for no one named before
  // Every full name by its surname, whatever its place in the sentence; ""
  // once two people share it ("Michelle Obama", "Barack Obama's portrait").
  std::unordered_map<std::string, std::string> by_surname;
  for (const Paragraph& p : paragraphs) {
    bool in_quote = false;
    size_t home_of_person = SIZE_MAX;  // first word of the place a person was just said to be of
    size_t home_state = SIZE_MAX;      // and of its state ("of River Vale, New Jersey")
    for (size_t k = 0; k < p.words.size(); ++k) {
      const Word& w = p.words[k];
      if (w.type == WordType::kOpenQuote && !w.single_mark) in_quote = true;
      if (w.type == WordType::kCloseQuote && !w.single_mark) in_quote = false;
      if (in_quote || !w.capitalized || w.type != WordType::kWord) continue;
      // "An official close to the investigation tells Reuters that ...":
      // someone unnamed who speaks, whom a later "he says" stands for (a
      // mention with no name).
      if (IsIndefinite(w.lower) && std::binary_search(p.sentence_starts.begin(), p.sentence_starts.end(), k)) {
        size_t j = k + 1;
        while (j < p.words.size() && j < k + 5 && p.words[j].type == WordType::kWord &&
               (!p.words[j].capitalized ||
                (j + 1 < p.words.size() && p.words[j + 1].type == WordType::kWord && !p.words[j + 1].capitalized)) &&
               (p.words[j].classes & (kStopwordClass | kSpeechVerbClass)) == 0) {
          ++j;
        }
        if (j > k + 1 && p.words[j - 1].capitalized) j = k + 1;  // (the noun is lowercase)
        // (One noun phrase, singular: not "An airstrike activists blamed".)
        const bool plural = LooksPlural(p.words[j - 1].lower);
        bool speaks = false;
        for (size_t v = j; j > k + 1 && !plural && v < p.words.size() && v < j + 8; ++v) {
          const Word& x = p.words[v];
          if (x.type != WordType::kWord || x.capitalized) break;
          if ((x.classes & kSpeechVerbClass) != 0) {
            speaks = !x.lower.ends_with("ing");
            break;
          }
        }
        if (speaks) out.push_back(PersonMention{w.begin, "", "", true});
      }
      auto n = NameStartingAt(p.words, k, p.words.size());
      if (!n) continue;
      const bool seen_alone = n->first == n->last && lone_words.count(n->name) > 0;  // before this mention
      if (n->first == n->last && !by_last.count(n->name) && !by_first.count(n->name)) lone_words.insert(n->name);
      // "Cyber Experts Have Proof That China Has Hijacked U.S.-Based Internet
      // Traffic": a headline in title case names no one ("Internet Traffic"
      // had been a subject for the next "he").
      // (Its names are still named: entities, not people who speak.)
      bool headline = false;
      {
        size_t lo = n->first, hi = n->last + 1;
        auto cap = [&](size_t j) { return p.words[j].type == WordType::kWord && p.words[j].capitalized; };
        while (lo > 0 && cap(lo - 1)) --lo;
        while (hi < p.words.size() && cap(hi)) ++hi;
        // (Titles and nationalities before a name are no headline's words,
        // nor a headline in capitals run into the sentence: "BELGIAN SAYS EC
        // WOULD REACT TO TEXTILE BILL Belgian Foreign Trade Minister Herman De
        // Croo said".)
        size_t run = 0;
        for (size_t j = lo; j < hi; ++j) {
          run += (p.words[j].classes & (kTitleClass | kNationalityClass)) == 0 && !IsAllCaps(p.words[j].text);
        }
        headline = run >= 7;
      }
      // ("Mississippi" of "Sen. Trent Lott of Mississippi": where the person is from.)
      const bool place = IsPlaceCue(p.words, n->first) || IsDirectionWord(p.words[n->first].lower) ||
                         ((p.words[n->last].classes & kPlaceWordClass) != 0) ||
                         ((p.words[n->first].classes & kPlacePrefixClass) != 0 &&
                          (n->first < n->last ||
                           (n->last + 1 < p.words.size() && p.words[n->last + 1].text == "."))) ||
                         (n->first >= 2 && p.words[n->first - 1].text == "." &&
                          (p.words[n->first - 2].classes & kPlacePrefixClass) != 0) ||  // ("Mt. Gox")
                         n->first == home_of_person ||
                         n->first == home_state;
      const bool sentence_start = std::binary_search(p.sentence_starts.begin(), p.sentence_starts.end(), n->first);
      // ("a spokeswoman for the National Conference of Catholic Bishops": the
      // rest of a body's name after its "of".)
      bool org_part = false;
      if (n->first >= 2 && p.words[n->first - 1].lower == "of") {
        if (auto body = NameEndingAt(p.words, 0, n->first - 2); body && body->org && body->last == n->first - 2) {
          org_part = true;
        }
      }
      // "the White House", "the Associated Press": no person ("the Rev. Jesse Jackson" is, by his title).
      // ("The United States and Britain insist": its sentence's first word too.)
      const bool after_the = n->first > 0 && p.words[n->first - 1].lower == "the" &&
                             (!p.words[n->first - 1].capitalized ||
                              std::binary_search(p.sentence_starts.begin(), p.sentence_starts.end(), n->first - 1)) &&
                             n->title.empty();
      // "Clinton administration officials", "the Nobel committee": a name
      // describing a body is no mention of the person.
      const bool describes_body = n->last + 1 < p.words.size() && p.words[n->last + 1].type == WordType::kWord &&
                                  !p.words[n->last + 1].capitalized && (p.words[n->last + 1].classes & kOrgClass) != 0;
      // "The former Goteborg firefighter", "a Chicago lawyer": one word of a
      // name between an article and a lowercase noun describes someone else.
      bool describes_noun = false;
      if (n->first == n->last && n->last + 1 < p.words.size()) {
        const Word& after = p.words[n->last + 1];
        const bool noun = after.type == WordType::kWord && !after.capitalized &&
                          (after.classes & (kStopwordClass | kSpeechVerbClass)) == 0 && !after.lower.ends_with("ed");
        for (size_t j = n->first; noun && j > 0 && n->first - j < 3; --j) {
          const std::string_view d = p.words[j - 1].lower;
          if (d == "the" || d == "a" || d == "an") {
            describes_noun = true;
            break;
          }
          if (p.words[j - 1].type != WordType::kWord || p.words[j - 1].capitalized) break;
        }
      }
      // "Russian Bitcoin exchange administrators", "a dual U.S.-Israeli
      // citizen": a run opening with a nationality describes the noun after it.
      const bool nation_modifier = (p.words[n->first].classes & kNationalityClass) != 0 && n->title.empty() &&
                                   n->last + 1 < p.words.size() && p.words[n->last + 1].type == WordType::kWord &&
                                   !p.words[n->last + 1].capitalized &&
                                   (p.words[n->last + 1].classes & (kStopwordClass | kSpeechVerbClass)) == 0;
      // "she started A Dog A Day": a capitalised article inside the run names
      // a work or a project, not a person.
      bool work_title = false;
      for (size_t j = n->first + 1; j < n->last && !work_title; ++j) {
        const Word& x = p.words[j];
        work_title = x.capitalized && (x.lower == "a" || x.lower == "an" || x.lower == "the") &&
                     p.words[j + 1].text != ".";  // ("Paul A. Offit": an initial)
      }
      // ("..., Business Insider reported", "reports the Washington Post", "per
      // CNN": an outlet relaying, no person for a later "he".)
      size_t before_name = n->first;
      if (before_name > 0 && p.words[before_name - 1].lower == "the") --before_name;
      const bool outlet = (n->last + 1 < p.words.size() && IsRelayVerb(p.words[n->last + 1].lower)) ||
                          (before_name > 0 && (IsRelayVerb(p.words[before_name - 1].lower) ||
                                               p.words[before_name - 1].lower == "per"));
      // ("said J.P. Morgan and Co Inc chairman Lewis Preston": the body the
      // person after the role works for.)
      const bool body_of_role = n->first > 0 && (p.words[n->first - 1].classes & kSpeechVerbClass) != 0 &&
                                PersonAfterBodyAndRole(p.words, n->first, p.words.size()).has_value();
      // ("Britain's Chancellor of the Exchequer", "Speaker of the House": the
      // name of an office after its title, no person.)
      const bool office = n->first >= 2 && p.words[n->first - 1].lower == "the" && p.words[n->first - 2].lower == "of";
      const bool person_shaped = !n->org && !place && !after_the && !work_title && !headline && !org_part && !outlet &&
                                 !body_of_role && !office;
      if (person_shaped && n->first < n->last) {
        auto [it, fresh] = by_surname.try_emplace(std::string(Surname(n->name)), n->name);
        if (!fresh && !it->second.empty() && !HasWordsOf(it->second, n->name)) {
          it->second = HasWordsOf(n->name, it->second) ? n->name : std::string();
        }
      }
      if (person_shaped && !describes_body && !describes_noun && !nation_modifier) {
        std::string full = n->name;
        const bool single = full.find(' ') == std::string::npos;
        bool first_name = false;
        bool known = false;
        // ("Obama also joked" after Michelle Obama and Barack Obama: a surname
        // two people share stays as written; the text has not said which.)
        const auto shared = by_surname.find(full);
        const bool shared_surname = single && shared != by_surname.end() && shared->second.empty();
        if (shared_surname) {
          known = true;  // a person's surname, as written
        } else if (single) {
          if (auto it = by_last.find(full); it != by_last.end()) {
            full = it->second;
          } else if (auto f = by_first.find(full); f != by_first.end()) {
            full = f->second;
            first_name = true;
          } else if (n->last + 2 < p.words.size() && p.words[n->last + 1].lower == "and" && n->title.empty() &&
                     !known_names.count(n->name) && !seen_alone) {
            // "Bekah and Danny Bowman", "his parents, Dennis and Judy
            // Shepard": a first name that shares the next name's surname.
            if (auto partner = NameStartingAt(p.words, n->last + 2, p.words.size());
                partner && partner->first == n->last + 2 && partner->last == partner->first + 1 && !partner->org &&
                partner->title.empty() && !EndsPossessive(p.words[partner->last])) {
              full = n->name + " " + std::string(Surname(partner->name));
            }
          }
          known = known_names.count(full) > 0;
        }
        // "Reid (D-Nev.)": a party and state after a surname make a politician.
        const size_t tag = n->last + 1;
        const bool party_tag = tag + 1 < p.words.size() && p.words[tag].text == "(" &&
                               (p.words[tag + 1].text.starts_with("D-") || p.words[tag + 1].text.starts_with("R-") ||
                                p.words[tag + 1].text.starts_with("I-"));
        // ("Cagri, a 29-year-old, was wounded", "Hafizullah, an employee of
        // Ulfat's", "Yao, 44, said": an age or a role set off after one name.)
        const bool described_person = [&] {
          // (Opening its sentence: "her dead mother, Lumnije, 30," names no speaker.)
          if (!single || !sentence_start || tag + 2 >= p.words.size() || p.words[tag].text != ",") return false;
          const Word& a1 = p.words[tag + 1];
          if (a1.type == WordType::kNumber && tag + 2 < p.words.size() && p.words[tag + 2].text == ",") return true;
          if (a1.lower != "a" && a1.lower != "an") return false;
          for (size_t j = tag + 2; j < p.words.size() && j < tag + 5; ++j) {
            const Word& x = p.words[j];
            if (x.type != WordType::kWord || x.capitalized) break;
            if (x.lower.ends_with("-year-old") || (x.classes & kRoleClass) != 0) return true;
          }
          // ("Hafizullah, an employee of Ulfat's who goes by one name,": a
          // description that goes on with "who" is of a person.)
          for (size_t j = tag + 2; j < p.words.size() && j < tag + 12 && p.words[j].text != ","; ++j) {
            if (p.words[j].lower == "who") return true;
          }
          return false;
        }();
        if (!single || !n->title.empty() || full != n->name || known || party_tag || described_person) {
          PersonMention m{p.words[n->first].begin, full, n->title, false, first_name, shared_surname};
          size_t after = n->last + 1;
          // "Sen. Trent Lott of Mississippi said": the place stands between
          // the person and the verb.
          if (after + 1 < p.words.size() && (p.words[after].lower == "of" || p.words[after].lower == "from") &&
              p.words[after + 1].capitalized) {
            if (auto home = NameStartingAt(p.words, after + 1, p.words.size()); home && home->first == after + 1) {
              home_of_person = home->first;
              after = home->last + 1;
              if (after + 1 < p.words.size() && p.words[after].text == "," && p.words[after + 1].capitalized) {
                if (auto state = NameStartingAt(p.words, after + 1, p.words.size()); state && state->first == after + 1) {
                  home_state = state->first;
                  after = state->last + 1;
                }
              }
            }
          }
          // The subject: first in its sentence, or after descriptions only
          // ("Cardinals manager Mike Matheny was ..."), or set off by commas.
          size_t sentence_begin = p.sentence_starts[SentenceOf(p, n->first)];
          auto descriptions_only = [&](size_t from) {
            bool only = true;
            for (size_t j = from; j < n->first && only; ++j) {
              const Word& x = p.words[j];
              // ("Sen. Trent Lott": an abbreviated title's dot too.)
              const bool title_dot = x.text == "." && j > from && (p.words[j - 1].classes & kTitleClass) != 0;
              only = title_dot || (x.type == WordType::kWord &&
                                   (x.capitalized || ((x.classes & kTitleClass) != 0) ||
                                    ((x.classes & kRoleClass) != 0) || x.lower == "the" || x.lower.ends_with("'s")));
            }
            return only;
          };
          bool only_descriptions = descriptions_only(sentence_begin);
          // ("In Washington, deputy U.S. State Department spokesman James Foley
          // was evasive": descriptions after an opening phrase, before a verb.)
          if (!only_descriptions && after < p.words.size() && p.words[after].type == WordType::kWord &&
              !p.words[after].capitalized && (p.words[after].classes & kConnectorClass) == 0 &&
              p.words[after].lower != "and" && p.words[after].lower != "or") {
            size_t comma = n->first;
            while (comma > sentence_begin && p.words[comma - 1].text != ",") --comma;
            only_descriptions = comma > sentence_begin + 1 && comma < n->first && descriptions_only(comma);
          }
          // ("In his speech, Clinton pointed": after an opening phrase; not a
          // name in a list, "Sao Paulo, Minas Gerais, Rio de Janeiro").
          const bool after_comma = n->first > 0 && p.words[n->first - 1].text == "," && after < p.words.size() &&
                                   p.words[after].type == WordType::kWord && !p.words[after].capitalized &&
                                   p.words[after].lower != "and" && p.words[after].lower != "or";
          // "poked fun at Cardinal Timothy Dolan, the archbishop": a name set
          // off by a comma after a verb or preposition is its object.
          size_t start = n->first;
          // (Past a nationality too: "adviser to West German Chancellor Helmut Kohl," is an object.)
          while (start > 0 && ((p.words[start - 1].classes & (kTitleClass | kNationalityClass)) != 0 ||
                               IsDirectionWord(p.words[start - 1].lower))) {
            --start;
          }
          // ("The owner of Limo Stop, San Jose resident Kultar Singh, expressed":
          // the owned body after "of" is an object; the person the description
          // set off by a comma names is not.)
          bool described = false;
          for (size_t j = start; j > sentence_begin && start - j < 5 && !described; --j) {
            const Word& x = p.words[j - 1];
            if (x.text == ",") {
              described = j < start;
              break;
            }
            if (x.type != WordType::kWord || (x.classes & (kStopwordClass | kSpeechVerbClass)) != 0) break;
          }
          const bool owned = start >= sentence_begin + 2 && p.words[start - 1].lower == "of" &&
                             p.words[start - 2].type == WordType::kWord && !p.words[start - 2].capitalized;
          const bool object = !described && start > sentence_begin && p.words[start - 1].type == WordType::kWord &&
                              !p.words[start - 1].capitalized && p.words[start - 1].lower != "and" &&
                              p.words[start - 1].lower != "but" &&
                              ((p.words[start - 1].classes & kConnectorClass) == 0 || owned);
          // "..., said Amit Sengupta, a physician": the speaker after the verb,
          // where a tag ends ("said Amit Sengupta," / "said Amit Sengupta." —
          // not "declared Hurricane Mitch had set back ...").
          // ("says Thomas McCollom at the University of Colorado": an
          // affiliation ends it too.)
          // (Read right after the name, before any place skipped above: "said
          // George Thompson of Prudential-Bache securities.")
          auto affiliation = [&] {
            const size_t a = n->last + 1;
            if (a + 1 >= p.words.size()) return false;
            const std::string_view x = p.words[a].lower;
            if (x != "at" && x != "of" && x != "from" && x != "with") return false;
            const size_t k = p.words[a + 1].lower == "the" ? a + 2 : a + 1;
            return k < p.words.size() && p.words[k].capitalized;
          };
          const bool tag_ends =
              after >= p.words.size() || p.words[after].text == "," || p.words[after].text == "." || affiliation();
          bool after_speech_verb = false;
          for (size_t j = start; tag_ends && j > sentence_begin && start - j < 6; --j) {
            const Word& x = p.words[j - 1];
            if ((x.classes & kSpeechVerbClass) != 0 && (x.classes & kAddresseeVerbClass) == 0) {
              after_speech_verb = true;
              break;
            }
            // Only descriptions between ("said gynecologist Arun Gadre", "said
            // Israeli government spokesman Moshe Fogel"); not "said later that
            // Yao had left", where Yao is the reported subject.
            if (x.type != WordType::kWord || (x.capitalized && (x.classes & kNationalityClass) == 0) ||
                (x.classes & kStopwordClass) != 0) {
              break;
            }
          }
          // ("said J.P. Morgan and Co Inc chairman Lewis Preston": past the body and the role.)
          for (size_t j = start; tag_ends && !after_speech_verb && j > sentence_begin && start - j < 12; --j) {
            if ((p.words[j - 1].classes & kSpeechVerbClass) == 0) continue;
            const auto held = PersonAfterBodyAndRole(p.words, j, p.words.size());
            after_speech_verb = held && held->first == n->first;
            break;
          }
          // "He added that the heads of both companies, Lee Raymond, ...": a
          // name in the reported clause is no subject for a later "he".
          bool reported = false;
          for (size_t j = sentence_begin; j + 1 < start && !reported; ++j) {
            reported = (p.words[j].classes & kSpeechVerbClass) != 0 && p.words[j + 1].lower == "that";
          }
          // "a daughter, Xu Jin, who is a graduate student": an appositive to a
          // noun, set off by commas and followed by a relative clause.
          const bool appositive = start >= 2 && p.words[start - 1].text == "," &&
                                  p.words[start - 2].type == WordType::kWord && !p.words[start - 2].capitalized &&
                                  after + 1 < p.words.size() && p.words[after].text == "," &&
                                  (p.words[after + 1].lower == "who" || p.words[after + 1].lower == "which");
          // "In Rule's opinion, the administration would be foolish": the one
          // whose view the sentence gives.
          const bool view_of = start == sentence_begin + 1 && p.words[sentence_begin].lower == "in" &&
                               EndsPossessive(p.words[n->last]) && after < p.words.size() &&
                               (p.words[after].lower == "opinion" || p.words[after].lower == "view" ||
                                p.words[after].lower == "judgment" || p.words[after].lower == "mind" ||
                                p.words[after].lower == "eyes" || p.words[after].lower == "estimation");
          // "four large states _ Sao Paulo, Minas Gerais, Rio de Janeiro and Rio
          // Grande do Sul": a name among names set off by commas is a list's item.
          auto name_word = [&](size_t j) {
            return j < p.words.size() && p.words[j].type == WordType::kWord && p.words[j].capitalized;
          };
          // (Another name follows: "Syria, Staffan de Mistura, said" is no list.)
          auto list_goes_on = [&](size_t j) {
            if (j + 1 < p.words.size() && p.words[j].text == "," && (p.words[j + 1].lower == "and" || p.words[j + 1].lower == "or")) ++j;
            return j + 1 < p.words.size() &&
                   (p.words[j].text == "," || p.words[j].lower == "and" || p.words[j].lower == "or") && name_word(j + 1);
          };
          bool in_list = start >= 2 && p.words[start - 1].text == "," && name_word(start - 2) && list_goes_on(after);
          if (!in_list && after + 1 < p.words.size() && p.words[after].text == "," && name_word(after + 1)) {
            if (auto next = NameStartingAt(p.words, after + 1, p.words.size()); next && next->first == after + 1) {
              in_list = !EndsPossessive(p.words[next->last]) && list_goes_on(next->last + 1);
            }
          }
          // ("... held American citizenship and President Obama has issued":
          // the subject of a clause "and" opens after a lowercase word.)
          const bool clause_after_and =
              start >= sentence_begin + 2 && (p.words[start - 1].lower == "and" || p.words[start - 1].lower == "but") &&
              p.words[start - 2].type == WordType::kWord && !p.words[start - 2].capitalized &&
              // (not a second subject: "only himself and director general X could")
              !IsPronoun(p.words[start - 2].lower) && !p.words[start - 2].lower.ends_with("self") &&
              p.words[start - 2].lower != "him" && p.words[start - 2].lower != "her" && after < p.words.size() &&
              p.words[after].type == WordType::kWord && !p.words[after].capitalized &&
              (StartsReportedClause(p.words[after].lower) || (p.words[after].classes & kSpeechVerbClass) != 0);
          // ("Jose Melicias from the research department of Drexel Burnham
          // Lambert said": the owner after "of" is no subject of the verb.)
          const bool owner_of_subject = object && owned;
          m.subject = sentence_start || only_descriptions || after_comma || after_speech_verb || view_of || clause_after_and ||
                      (after < p.words.size() && (((p.words[after].classes & kSpeechVerbClass) != 0 && !owner_of_subject) ||
                                                  (p.words[after].text == "," && !object && !reported && !appositive &&
                                                   !in_list) ||
                                                  p.words[after].text == "(" || p.words[after].text == ":" ||
                                                  p.words[after].lower == "who"));
          // ("Dutch Coffee Roasters' Association secretary Jan de Vries said":
          // an owner opening the sentence is no subject; whom it owns is.)
          if (EndsPossessive(p.words[n->last]) && !view_of && n->last + 1 < p.words.size() &&
              p.words[n->last + 1].type == WordType::kWord && p.words[n->last + 1].capitalized) {
            m.subject = false;
          }
          m.sex = SexOf(p.words, n->first, n->last, n->title);
          if (!m.sex && m.subject) m.sex = SexOfReportedSelf(p.words, n->last + 1);
          if (!m.sex && sentence_start) {
            size_t s_begin, s_end;
            SentenceRange(p, SentenceOf(p, n->first), &s_begin, &s_end);
            m.sex = SexOfLaterClause(p.words, n->last + 1, s_end);
          }
          // "..., said Melinda DuBois, assistant director of Womenservices. She
          // said ...": the speaker a tag names, taken up by the next sentence's
          // "she said" or "he added".
          if (!m.sex && after_speech_verb) {
            const size_t s = SentenceOf(p, n->first);
            if (s + 1 < p.sentence_starts.size()) {
              const size_t nb = p.sentence_starts[s + 1];
              size_t v = nb + 1;
              if (v < p.words.size() && IsTagAdverb(p.words[v].lower)) ++v;
              if (v < p.words.size() && IsVerb(p.words[v]) && (p.words[v].classes & kAddresseeVerbClass) == 0) {
                m.sex = p.words[nb].lower == "she" ? 'f' : p.words[nb].lower == "he" ? 'm' : 0;
              }
            }
          }
          known_names.insert(m.name);
          const size_t sp = m.name.find(' ');
          if (sp != std::string::npos && !first_name) {  // ("Vanellope" says nothing of whom "Wilkins" means)
            // (A first word two people share goes to the latest one named as a
            // subject: "Xu" of Xu Wenli, not of his daughter, "a daughter, Xu Jin".)
            // (Not a word the text used alone before, unresolved: "Bitcoin", long
            // before "Bitcoin Cash", says nothing of a person.)
            const std::string first_word = m.name.substr(0, sp);
            if (!lone_words.count(first_word) && (m.subject || by_first.count(first_word) == 0)) {
              by_first[first_word] = m.name;
            }
            by_last[std::string(Surname(m.name))] = m.name;
          }
          out.push_back(std::move(m));
        }
      }
      if (names) {
        std::string type;
        // "the White House" is an organisation; "the Marrowby sports hall" only uses a name as a modifier.
        const bool modifier = n->last + 1 < p.words.size() && p.words[n->last + 1].type == WordType::kWord &&
                              !p.words[n->last + 1].capitalized;
        if (n->org || (after_the && !place && !modifier)) {
          type = "organisation";
        } else if (place) {
          type = "place";
        } else if (!n->title.empty() || n->name.find(' ') != std::string::npos) {
          type = "person";
        }
        // A lone word opening a sentence is typed by its other mentions only.
        if (sentence_start && n->first == n->last && type != "person") type.clear();
        // ("The U.N. Food and Agriculture Organisation (FAO) said": its short form.)
        if (short_forms && type == "organisation" && n->last + 3 < p.words.size() && p.words[n->last + 1].text == "(" &&
            p.words[n->last + 3].text == ")" && p.words[n->last + 2].type == WordType::kWord &&
            IsAllCaps(p.words[n->last + 2].text)) {
          std::string full = n->name;
          if (n->first >= 2 && p.words[n->first - 1].lower == "and") {
            if (auto before = NameEndingAt(p.words, 0, n->first - 2); before && before->last == n->first - 2) {
              full = before->name + " and " + n->name;
            }
          }
          short_forms->push_back({std::string(p.words[n->last + 2].text), std::move(full)});
        }
        names->push_back({n->name, type});
      }
      k = n->last;
    }
  }
  // What one mention tells of a person's sex holds for every mention.
  std::unordered_map<std::string, char> sex;
  for (const PersonMention& m : out) {
    if (m.sex) sex.emplace(m.name, m.sex);
  }
  for (PersonMention& m : out) {
    if (auto it = sex.find(m.name); it != sex.end()) m.sex = it->second;
  }
  return out;
}

std::string ResolveShortName(const std::vector<PersonMention>& people, const std::string& name, size_t before) {
  // The latest person of that surname; failing one, of that first name
  // ("Yao" for "Yao Zhenxian").
  // (Of a first name two people share, the latest named as a subject: "Xu"
  // of Xu Wenli, not of "a daughter, Xu Jin, who ...".)
  std::string first_name_match, first_name_subject;
  // ("Findlay, 31, and Dean Wilkins, 43, ... Vanellope Hope Wilkins went
  // into surgery ... adds Wilkins": a surname two people share stays as
  // written; the text has not said which.)
  const std::string* surnamed = nullptr;
  for (const PersonMention& p : people) {
    if (p.offset >= before) break;
    if (p.first_name || p.name.size() <= name.size() || Surname(p.name) != name) continue;
    if (surnamed && !HasWordsOf(*surnamed, p.name) && !HasWordsOf(p.name, *surnamed)) return name;
    if (!surnamed || p.name.size() > surnamed->size()) surnamed = &p.name;
  }
  for (auto it = people.rbegin(); it != people.rend(); ++it) {
    if (it->offset >= before) continue;
    const std::string& full = it->name;
    const size_t sp = full.find(' ');
    // (The latest mention of the surname was left as written: two people share it.)
    if (it->shared_surname && full == name) return name;
    if (sp == std::string::npos) continue;
    // ("Wilkins" is Dean Wilkins even after "Vanellope" named the baby
    // Vanellope Hope Wilkins: a mention by first name says nothing of who
    // the surname stands for.)
    if (!it->first_name && full.size() > name.size() && Surname(full) == name) return full;
    if (full.compare(0, sp, name) == 0 && sp == name.size()) {
      if (first_name_match.empty()) first_name_match = full;
      if (first_name_subject.empty() && it->subject) first_name_subject = full;
    }
  }
  if (!first_name_subject.empty()) return first_name_subject;
  return first_name_match.empty() ? name : first_name_match;
}

namespace {

// "in the words of" at w[k] (four words, before `end`).
bool InTheWordsOf(const std::vector<Word>& w, size_t k, size_t end) {
  return k + 4 <= end && w[k].lower == "in" && w[k + 1].lower == "the" && w[k + 2].lower == "words" &&
         w[k + 3].lower == "of";
}

// The one named right before the quote opening at `o` (its sentence from
// `sb`) as whose words they are: "as TMZ puts it—“like a gay stereotype,”",
// "was, in the words of Jerrold Nadler (D-N.Y), “a surrender ...”".
std::optional<std::string> SourceRightBefore(const std::vector<Word>& w, size_t sb, size_t o) {
  if (o < sb + 4) return std::nullopt;
  size_t it = o - 1;
  if (w[it].type == WordType::kPunct && it > sb) --it;
  if (w[it].lower == "it" && it >= sb + 3 && (w[it - 1].lower == "puts" || w[it - 1].lower == "put")) {
    if (auto n = NameEndingAt(w, sb, it - 2);
        n && n->last == it - 2 && n->first > sb &&
        (w[n->first - 1].lower == "as" ||
         (w[n->first - 1].lower == "the" && n->first > sb + 1 && w[n->first - 2].lower == "as"))) {
      return n->name;
    }
  }
  if (o < sb + 5) return std::nullopt;
  size_t j = o - 1;
  if (w[j].text == "," || w[j].text == ":") --j;
  if (w[j].text == ")") {  // past the name's party and state
    size_t b = j;
    while (b > sb && b + 6 > j && w[b].text != "(") --b;
    if (w[b].text == "(" && b > sb) j = b - 1;
  }
  if (j < sb + 4) return std::nullopt;
  if (auto n = NameEndingAt(w, sb, j); n && n->last == j && n->first >= sb + 4 && InTheWordsOf(w, n->first - 4, n->first)) {
    return n->name;
  }
  return std::nullopt;
}

}  // namespace

std::string SpeakerIn(const std::vector<Word>& w, size_t begin, size_t end, size_t anchor,
                      const std::vector<PersonMention>& people, std::string* resolved) {
  resolved->clear();
  // "according to X", "in the words of X"
  for (size_t k = begin; k + 2 < end; ++k) {
    const size_t source = w[k].lower == "according" && w[k + 1].lower == "to" ? k + 2
                          : k + 4 < end && InTheWordsOf(w, k, end)          ? k + 4
                                                                             : 0;
    if (source != 0) {
      // ("according to the White House", "according to a White House statement")
      size_t from = source;
      if (from + 1 < end && (w[from].lower == "the" || w[from].lower == "a" || w[from].lower == "an") &&
          w[from + 1].capitalized) {
        ++from;
      }
      // ("according to a GTX statement": one word of a body before its document.)
      if (from + 1 < end && w[from].type == WordType::kWord && w[from].capitalized && IsDocument(w[from + 1].lower)) {
        *resolved = std::string(w[from].text);
        return *resolved;
      }
      if (auto n = NameStartingAt(w, from, end); n && n->first == from) {
        // "according to Prince's publicist", "according to a Star insider":
        // someone unnamed, of the one named.
        if (n->last + 1 < end && w[n->last + 1].type == WordType::kWord && !w[n->last + 1].capitalized &&
            (EndsPossessive(w[n->last]) || (w[n->last + 1].classes & kRoleClass) != 0)) {
          return Phrase(w, n->first, n->last + 1);
        }
        *resolved = n->name;
        return n->name;
      }
      std::string phrase, role;
      for (size_t j = source; j < end && j < source + 6; ++j) {
        if (RoleEndingAt(w, source, j, &phrase, &role)) {
          *resolved = ResolveRole(people, anchor, role);
          return phrase;
        }
      }
    }
  }
  if (auto q = QuotedSpeaker(w, begin, end, anchor, people, resolved)) return *q;
  for (size_t k = begin; k < end; ++k) {
    if (!IsVerb(w[k])) continue;
    std::string s = SubjectAround(w, begin, end, k, anchor, people, resolved);
    if (!s.empty()) return s;
  }
  return "";
}

namespace {

// A speech tag whose subject is a document ("..., the statement said", "read
// the statement", "The report concluded: “...”") within [from, to): the
// document word, or empty.
std::string_view DocumentTag(const std::vector<Word>& w, size_t from, size_t to) {
  for (size_t k = from; k + 1 < to; ++k) {
    const bool the = w[k].lower == "the";
    if ((!the && w[k].lower != "a" && w[k].lower != "an") || !IsDocument(w[k + 1].lower)) continue;
    if ((the && k + 2 < to && IsVerb(w[k + 2])) || (k > from && (IsVerb(w[k - 1]) || w[k - 1].lower == "read"))) {
      return w[k + 1].lower;  // ("..., said a statement from the Kremlin": after the verb)
    }
  }
  // ("A commission press release said": a body's document opening the tag;
  // "..., said a joint statement by the IMF": one word describing it.)
  for (size_t k = from; k + 2 < to; ++k) {
    const std::string_view det = w[k].lower;
    if (det != "a" && det != "an" && det != "the") continue;
    size_t d = k + 2;  // past the body's or describing word
    if (w[k + 1].type != WordType::kWord || w[k + 1].capitalized) continue;
    const bool body = (w[k + 1].classes & kOrgClass) != 0;
    if (!body && (w[k + 1].classes & kStopwordClass) != 0) continue;
    if (d < to && (w[d].lower == "press" || w[d].lower == "news")) ++d;
    if (d >= to || !IsDocument(w[d].lower)) continue;
    if ((body && d + 1 < to && IsVerb(w[d + 1])) || (k > from && IsVerb(w[k - 1]))) return w[d].lower;
  }
  return {};
}

// "statement from the Kremlin", "report, by the U.S.-China Commission": the
// name after the document word at k, within [k, e).
std::optional<std::string> NameAfterDocument(const std::vector<Word>& w, size_t k, size_t e) {
  size_t j = k + 1;
  if (j < e && w[j].text == ",") ++j;
  if (j + 1 >= e || (w[j].lower != "from" && w[j].lower != "by" && w[j].lower != "of")) return std::nullopt;
  const size_t from = w[j + 1].lower == "the" ? j + 2 : j + 1;
  if (auto n = NameStartingAt(w, from, e); n && n->first == from) {
    // ("a joint statement by the IMF and the Brazilian government": two
    // bodies' words together are no one speaker's.)
    if (n->last + 2 < e && w[n->last + 1].lower == "and" &&
        (w[n->last + 2].lower == "the" || w[n->last + 2].capitalized)) {
      return "";
    }
    return n->name;
  }
  return std::nullopt;
}

// A speech tag whose subject is a body named by its kind ("the party said",
// "the ministry added") within [from, to): the body's word, or empty.
std::string_view BodyTag(const std::vector<Word>& w, size_t from, size_t to) {
  for (size_t k = from; k + 2 < to; ++k) {
    // ("the commission also said": past an adverb.)
    const size_t v = k + 3 < to && IsTagAdverb(w[k + 2].lower) ? k + 3 : k + 2;
    if (w[k].lower != "the" || w[k + 1].type != WordType::kWord || w[k + 1].capitalized ||
        (w[k + 1].classes & kOrgClass) == 0 || !IsVerb(w[v])) {
      continue;
    }
    return w[k + 1].lower;
  }
  return {};
}

// The one organisation named before `o` in the article whose name ends in
// `word` ("Cambodian People's Party" for "the party"); empty when none or
// several ("Sam Rainsy Party" too: the text has not said which).
std::string BodyNamed(const std::vector<Paragraph>& paragraphs, size_t pi, size_t o, std::string_view word) {
  std::string found;
  // (From kLookBackWords before the quote.)
  size_t q0 = pi, k0 = std::min(o, paragraphs[pi].words.size()), budget = kLookBackWords;
  while (true) {
    if (k0 >= budget) {
      k0 -= budget;
      break;
    }
    budget -= k0;
    if (q0 == 0) {
      k0 = 0;
      break;
    }
    k0 = paragraphs[--q0].words.size();
  }
  for (size_t q = q0; q <= pi; ++q) {
    const std::vector<Word>& w = paragraphs[q].words;
    const size_t end = q == pi ? std::min(o, w.size()) : w.size();
    for (size_t k = q == q0 ? k0 : 0; k < end; ++k) {
      if (!w[k].capitalized || w[k].type != WordType::kWord) continue;
      auto n = NameStartingAt(w, k, end);
      if (!n || n->first != k) continue;
      // ("Cambodian People's Party": across an owner inside the name.)
      std::string name = n->name;
      size_t last_word = n->last;
      bool org = n->org;
      if (EndsPossessive(w[n->last]) && n->last + 1 < end && w[n->last + 1].capitalized) {
        if (auto rest = NameStartingAt(w, n->last + 1, end); rest && rest->first == n->last + 1) {
          name = CollapseWhitespace(
              std::string_view(w[n->first].text.data(), w[rest->last].end - w[n->first].begin));
          last_word = rest->last;
          org = org || rest->org;
        }
      }
      std::string last(w[last_word].lower);
      // ("Alliance for Shared Values", "Ministry of Defence": named by its first word too.)
      const bool head_first = n->first + 1 < last_word && w[n->first].lower == word &&
                              (w[n->first + 1].lower == "for" || w[n->first + 1].lower == "of");
      if (org && (last == word || head_first) && name.find(' ') != std::string::npos) {
        if (!found.empty() && found != name) return "";
        found = name;
      }
      k = last_word;
    }
  }
  return found;
}

// "&lt;Spar Aerospace Ltd>, reporting a lower profit, said ... “...,” the
// company said": the company named by its legal form first in the article's
// lead (its first sentence, a wire headline run into it), before offset `o`
// of paragraph `pi`; the one the wire story is about. Empty when the lead
// names none (not "Union Texas Petroleum said ... Union Texas is owned by
// Allied-Signal Inc": a company named later may be any).
std::string CompanyOfLead(const std::vector<Paragraph>& paragraphs, size_t pi, size_t o) {
  for (size_t q = 0; q <= pi && q < paragraphs.size(); ++q) {
    const Paragraph& p = paragraphs[q];
    if (p.sentence_starts.empty()) continue;
    size_t sb, se;
    SentenceRange(p, 0, &sb, &se);
    if (q == pi) se = std::min(se, o);
    se = std::min(se, sb + kLeadWords);
    // (Its subject, named before its verb of saying: not the buyer in "Norton
    // co said it agreed to sell ... Norton co Pty Ltd, to &lt;Global Mining
    // and Industrial Corp>".)
    for (size_t k = sb; k < se && !IsVerb(p.words[k]); ++k) {
      if (!p.words[k].capitalized || p.words[k].type != WordType::kWord) continue;
      auto n = NameStartingAt(p.words, k, se);
      if (!n || n->first != k) continue;
      std::string_view last = p.words[n->last].lower;
      if (EndsPossessive(p.words[n->last])) last.remove_suffix(2);
      if (n->org && n->first < n->last && IsLegalFormWord(last)) return n->name;
      k = n->last;
    }
    break;
  }
  return "";
}

// Who issued the document a tag names: the latest body or person the text
// before `o` (in paragraph `pi`, then up to three paragraphs back) says
// issued one: "the American Embassy ... issued a strong condemnation", or
// named with that document: "a White House statement", "the report by the
// U.S.-China Commission".
std::string DocumentIssuer(const std::vector<Paragraph>& paragraphs, size_t pi, size_t o, std::string_view doc) {
  // Four paragraphs searched back, or twelve sentences where paragraphs are
  // short (wire copy of one sentence each); "the report" read on the way
  // extends the search as far again.
  size_t limit = 4, sentence_limit = 12, sentences = 0, scanned = 0;
  for (size_t back = 0; (back < limit || sentences < sentence_limit) && back <= pi; ++back) {
    const Paragraph& p = paragraphs[pi - back];
    const std::vector<Word>& w = p.words;
    const size_t end = back == 0 ? o : w.size();
    if (end == 0) continue;
    for (size_t s = SentenceOf(p, end - 1) + 1; s-- > 0;) {
      size_t b, e;
      SentenceRange(p, s, &b, &e);
      e = std::min(e, end);
      ++sentences;
      if (b < e) scanned += e - b;
      if (scanned > kLookBackWords) return "";
      for (size_t k = e; k-- > b;) {
        if (w[k].type == WordType::kOpenQuote || w[k].type == WordType::kCloseQuote) continue;
        const std::string_view x = w[k].lower;
        if (x == doc) {
          // ("The report says ... The report notes": the same report, named
          // earlier; look as far back again from here.)
          if (k > b && w[k - 1].lower == "the") {
            limit = std::max(limit, back + 4);
            sentence_limit = std::max(sentence_limit, sentences + 12);
          }
          // "a commission press release": the body the article names with that word.
          size_t body = k;
          if (body > b && (w[body - 1].lower == "press" || w[body - 1].lower == "news")) --body;
          if (body > b && w[body - 1].type == WordType::kWord && !w[body - 1].capitalized &&
              (w[body - 1].classes & kOrgClass) != 0) {
            if (std::string named = BodyNamed(paragraphs, pi, o, w[body - 1].lower); !named.empty()) return named;
          }
          // "a White House statement", "the Kremlin's statement"
          if (k > b) {
            if (auto n = NameEndingAt(w, b, k - 1); n && n->last == k - 1) return n->name;
          }
          // "a statement from the Kremlin", "the report, by the commission"
          if (auto n = NameAfterDocument(w, k, e)) return *n;
          // "spokesman Craig Schulz said in a statement": who said it in one.
          // ("the U.S. Embassy says in a new report", "said in its annual
          // report": past describing words.)
          // (Nothing before a document word that opens the sentence.)
          if (k > b) {
            size_t det = k - 1;
            while (det > b && k - det <= 2 && w[det].type == WordType::kWord && !w[det].capitalized &&
                   (w[det].classes & kStopwordClass) == 0) {
              --det;
            }
            // ("Hawkeye's annual report": its owner.)
            if (det < k - 1 && EndsPossessive(w[det])) {
              if (auto n = NameEndingAt(w, b, det); n && n->last == det) return n->name;
            }
            const std::string_view article = w[det].lower;
            if (det >= b + 2 && (article == "a" || article == "an" || article == "its" || article == "their") &&
                w[det - 1].lower == "in" && IsVerb(w[det - 2])) {
              for (size_t j = det - 2; j > b; --j) {
                if (auto n = NameEndingAt(w, b, j - 1); n && !EndsPossessive(w[n->last])) return n->name;
                if (w[j - 1].type != WordType::kWord) break;
              }
            }
          }
        }
        // "the American Embassy here, which ..., issued a strong condemnation":
        // a statement, whatever it is called; other documents by their name.
        bool issued = (x == "issued" || x == "released" || x == "distributed") && k + 1 < e &&
                      (w[k + 1].lower == "a" || w[k + 1].lower == "an" || w[k + 1].lower == "its" ||
                       w[k + 1].lower == "their");
        for (size_t j = k + 2; issued && doc != "statement" && j < std::min(e, k + 5); ++j) {
          if (w[j].lower == doc) break;
          if (j + 1 == std::min(e, k + 5)) issued = false;
        }
        if (issued) {
          for (size_t j = b; j < k; ++j) {
            if (!w[j].capitalized || (j == b && (w[j].classes & kStopwordClass) != 0)) continue;
            auto n = NameStartingAt(w, j, k);
            if (n && n->first == j && !EndsPossessive(w[n->last])) return n->name;
          }
        }
      }
    }
  }
  return "";
}

// The organisation a sentence opens with ("The Foreign Office is advising",
// "The Turkey-based Syrian National Coalition says"), or empty.
std::string OrgOpening(const Paragraph& p, size_t s, bool speaking) {
  size_t b, e;
  SentenceRange(p, s, &b, &e);
  const std::vector<Word>& w = p.words;
  size_t k = b;
  if (k < e && w[k].lower == "the") ++k;
  auto n = NameStartingAt(w, k, e);
  // ("Turkey's state-run Anadolu Agency says": past the owner and what describes it.)
  if (n && n->first == k && EndsPossessive(w[n->last])) {
    k = n->last + 1;
    while (k < e && k < n->last + 3 && w[k].type == WordType::kWord && !w[k].capitalized) ++k;
    n = NameStartingAt(w, k, e);
  }
  if (!n || !n->org || n->first > k + 1 || EndsPossessive(w[n->last])) return "";
  // (`speaking`: only as the subject of a verb of saying, "Anadolu Agency says".)
  if (speaking && !(n->last + 1 < e && IsVerb(w[n->last + 1]))) return "";
  return n->name;
}

// The organisation the sentence before sentence `s` of paragraph `pi` opens
// with (the previous paragraph's last sentence for a paragraph's first).
std::string OrgOpeningBefore(const std::vector<Paragraph>& paragraphs, size_t pi, size_t s, bool speaking) {
  if (s > 0) return OrgOpening(paragraphs[pi], s - 1, speaking);
  if (pi == 0 || paragraphs[pi - 1].sentence_starts.empty()) return "";
  return OrgOpening(paragraphs[pi - 1], paragraphs[pi - 1].sentence_starts.size() - 1, speaking);
}

// "Organizers of the strike had called for ...", "Witnesses said": a plural
// word that the article capitalises only where it opens a sentence is a
// common noun naming a group, not a person's name ("Adams said" has its
// "Adams" inside other sentences too; "Hamas" is an organisation's word).
bool OnlyOpensSentences(const std::vector<Paragraph>& paragraphs, std::string_view word) {
  bool seen = false;
  for (const Paragraph& p : paragraphs) {
    const std::vector<Word>& w = p.words;
    for (size_t s = 0; s < p.sentence_starts.size(); ++s) {
      size_t sb, se;
      SentenceRange(p, s, &sb, &se);
      size_t opener = sb;  // (past an opening quotation mark)
      while (opener < se && w[opener].type == WordType::kOpenQuote) ++opener;
      for (size_t k = sb; k < se; ++k) {
        if (w[k].text != word) continue;
        if (k != opener) return false;
        seen = true;
      }
    }
  }
  return seen;
}

// "The OECD said growth would slow. ... Exports will fall, it said.": the
// body last named as the subject of a verb of saying ("the Organisation for
// Economic Cooperation and Development said", "Gelco said"), searched back
// from offset `o` of paragraph `pi` through the article; empty when none.
// The body named right before a verb of saying in words [b, e) that only
// says ("the Organisation for Economic Cooperation and Development said";
// not "The Ministry of Sport advised the lab"), the latest one; empty when none.
std::string BodySaying(const std::vector<Word>& w, size_t b, size_t e) {
  bool in_quote = false;
  std::string found;
  for (size_t v = b + 1; v < e; ++v) {
    if (w[v].type == WordType::kOpenQuote) in_quote = true;
    if (w[v].type == WordType::kCloseQuote) in_quote = false;
    const std::string_view x = w[v].lower;
    const bool says = x == "said" || x == "says" || x == "say" || x == "added" || x == "adds" || x == "stated" ||
                      x == "noted" || x == "notes";
    if (in_quote || !says) continue;
    const size_t last = v >= b + 2 && IsTagAdverb(w[v - 1].lower) ? v - 2 : v - 1;
    auto n = NameEndingAt(w, b, last);
    if (!n || n->last != last || EndsPossessive(w[n->last])) continue;
    if (n->org) {
      found = n->name;
    } else if (n->first >= b + 2 && w[n->first - 1].lower == "and") {
      // ("the Organisation for Economic Cooperation and Development said":
      // one body's name with "and" inside.)
      if (auto body = NameEndingAt(w, b, n->first - 2); body && body->org && body->last == n->first - 2) {
        found = Phrase(w, body->first, n->last);
      }
    }
  }
  return found;
}

// "The OECD said growth would slow. ... Exports will fall, it said.": the
// body that last spoke, searched back from offset `o` of paragraph `pi`
// through the article; empty when none.
std::string LatestSpeakingBody(const std::vector<Paragraph>& paragraphs, size_t pi, size_t o) {
  size_t budget = kLookBackWords;
  for (size_t back = 0; back <= pi && budget > 0; ++back) {
    const std::vector<Word>& w = paragraphs[pi - back].words;
    const size_t end = back == 0 ? std::min(o, w.size()) : w.size();
    const size_t begin = end > budget ? end - budget : 0;
    budget -= end - begin;
    if (std::string found = BodySaying(w, begin, end); !found.empty()) return found;
  }
  return "";
}

// The body that speaks in the article's first sentence ("French industry is
// failing ..., the Organisation for Economic Cooperation and Development
// said."): whose report a wire story is about. Empty when none.
std::string BodySayingInLead(const std::vector<Paragraph>& paragraphs) {
  // (Past a headline on a line of its own: the first two paragraphs.)
  size_t seen = 0;
  for (const Paragraph& p : paragraphs) {
    if (p.sentence_starts.empty()) continue;
    size_t b, e;
    SentenceRange(p, 0, &b, &e);
    e = std::min(e, b + kLeadWords);
    if (std::string found = BodySaying(p.words, b, e); !found.empty()) return found;
    if (++seen == 2) break;
  }
  return "";
}

// "it said", "it also said" at words[k], before `end`.
bool ItVerbAt(const std::vector<Word>& w, size_t k, size_t end) {
  return w[k].lower == "it" && k + 1 < end &&
         (IsVerb(w[k + 1]) || (k + 2 < end && w[k + 1].lower == "also" && IsVerb(w[k + 2])));
}

// "It says “...”", "“...,” it said": a body spoken of as "it" is the one
// the sentence before opens with (in the paragraph, else the previous one's
// last sentence).
std::string ItSpeaker(const std::vector<Paragraph>& paragraphs, size_t pi, size_t s_open, size_t sb, size_t o,
                      size_t c, size_t ce) {
  const std::vector<Word>& w = paragraphs[pi].words;
  bool tagged = sb < o && ItVerbAt(w, sb, o);
  for (size_t k = c + 1; !tagged && k + 2 < ce && k < c + 4; ++k) tagged = w[k - 1].text == "," && ItVerbAt(w, k, ce);
  return tagged ? OrgOpeningBefore(paragraphs, pi, s_open, /*speaking=*/false) : "";
}

// Whether "it" and a verb of saying tag the quote [o, c] of the sentence
// opening at `sb`: "“...,” it said" right after it, or "It said orders ...
// “...”" opening the sentence.
bool ItTags(const std::vector<Word>& w, size_t sb, size_t o, size_t c, size_t ce) {
  if (sb + 1 < o && w[sb].lower == "it" && IsVerb(w[sb + 1]) && (w[sb + 1].classes & kAddresseeVerbClass) == 0) {
    return true;
  }
  const bool comma_inside = c > o + 1 && (w[c - 1].text == "," || w[c - 1].text == "?" || w[c - 1].text == "!");
  size_t k = c + 1;
  if (k < ce && w[k].text == ",") {
    ++k;
  } else if (!comma_inside) {
    return false;
  }
  return k < ce && ItVerbAt(w, k, ce);
}

// "NATO's chief says all units are “safe and secure” ... Jens Stoltenberg,
// the NATO secretary-general, said": a sentence whose subject is a role
// ("The Turkish Cypriot leader says", "A lawyer for the Turkish government
// says") and whose next sentence opens with a person the article has not
// named before: that person, named after the role, as news agencies write.
// Words [sb, o) precede the quote in its sentence; `c` is its closing mark.
std::string NamedAfterRole(const std::vector<Paragraph>& paragraphs, size_t pi, size_t sb, size_t o, size_t c,
                           const std::vector<PersonMention>& people) {
  const Paragraph& p = paragraphs[pi];
  const std::vector<Word>& w = p.words;
  // The role opens the sentence and a verb of saying follows it, no name between.
  size_t verb = sb;
  while (verb < o && !IsVerb(w[verb])) ++verb;
  if (verb == o || verb > sb + 7) return "";
  bool role = false;
  for (size_t k = sb; k < verb; ++k) {
    if (w[k].type != WordType::kWord) return "";
    if (w[k].capitalized && k > sb && !EndsPossessive(w[k]) && (w[k].classes & kNationalityClass) == 0) {
      if (auto n = NameStartingAt(w, k, verb); n && n->first == k && !n->org) return "";
    }
    role = role || (!w[k].capitalized && (w[k].classes & kRoleClass) != 0);
  }
  if (!role) return "";
  // The next sentence, in this paragraph or opening the next one.
  const Paragraph* next = &p;
  size_t s = SentenceOf(p, std::min(c, w.size() - 1)) + 1;
  if (s >= p.sentence_starts.size()) {
    if (pi + 1 >= paragraphs.size() || paragraphs[pi + 1].sentence_starts.empty()) return "";
    next = &paragraphs[pi + 1];
    s = 0;
  }
  size_t nb, ne;
  SentenceRange(*next, s, &nb, &ne);
  const std::vector<Word>& x = next->words;
  auto n = NameStartingAt(x, nb, ne);
  if (!n || n->first != nb || n->org || n->name.find(' ') == std::string::npos || n->last + 1 >= ne) return "";
  const Word& after = x[n->last + 1];
  if (after.text != "," && !IsVerb(after) && !(n->last + 2 < ne && IsVerb(x[n->last + 2]))) return "";
  for (const PersonMention& m : people) {
    if (m.offset < w[o].begin && m.name == n->name) return "";  // named before: the role may be someone else's
  }
  return n->name;
}

}  // namespace

std::vector<Quote> FindQuotes(int article, const Article& a, const std::vector<Paragraph>& paragraphs,
                              const std::vector<PersonMention>& people) {
  std::vector<Quote> out;
  std::vector<size_t> waiting;   // open-ended quotes with no speaker yet: the next paragraph may name one
  std::string last_speaker;      // of the previous paragraph's last quote
  bool last_open_ended = false;  // that quote ran to its paragraph's end
  const Paragraph* reported = nullptr;  // the previous paragraph, when it quoted no one
  std::unordered_set<std::string_view> person_names;  // filled when first needed
  for (size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const Paragraph& p = paragraphs[pi];
    const std::vector<Word>& w = p.words;
    std::string paragraph_speaker;
    size_t speaker_sentence = 0;        // sentence where paragraph_speaker's quote ended
    std::vector<size_t> quote_sentence;  // per quote of this paragraph, its sentence
    bool open_ended = false;
    size_t paragraph_first = out.size();
    bool paragraph_has_own_words = false;
    for (size_t o = 0; o < w.size(); ++o) {
      if (w[o].type != WordType::kOpenQuote) {
        if (IsWordType(w[o])) paragraph_has_own_words = true;
        continue;
      }
      size_t c = o + 1;
      bool cut = false;  // another quote of the same kind opens first: this one was never closed
      while (c < w.size() && !(w[c].type == WordType::kCloseQuote && w[c].single_mark == w[o].single_mark)) {
        if (w[c].type == WordType::kOpenQuote && w[c].single_mark == w[o].single_mark) {
          cut = true;
          break;
        }
        ++c;
      }
      open_ended = c == w.size() || cut;
      size_t content = 0;
      for (size_t k = o + 1; k < c; ++k) content += IsWordType(w[k]) ? 1 : 0;
      if (content == 0 || (w[o].single_mark && open_ended)) {
        o = c;
        continue;
      }
      Quote q;
      q.article = article;
      q.text = {w[o].end, open_ended ? w[c - 1].end : w[c].begin};
      q.marked = {w[o].begin, open_ended ? w[c - 1].end : w[c].end};
      // A title ("Zero Dark Thirty", "The Cavern"): every word capitalised.
      bool title_case = true;
      bool capital = false, number = false;  // ("50-50" is no title: a number, no capitalised word)
      for (size_t k = o + 1; k < c && title_case; ++k) {
        if (w[k].type == WordType::kWord && !w[k].capitalized && !((w[k].classes & kStopwordClass) != 0)) title_case = false;
        capital = capital || (w[k].type == WordType::kWord && w[k].capitalized);
        number = number || w[k].type == WordType::kNumber;
      }
      if (number && !capital) title_case = false;
      q.raw = a.ToRaw(q.text);
      q.words = CollapseWhitespace(std::string_view(a.text).substr(q.text.begin, q.text.size()));
      const size_t s_open = SentenceOf(p, o);
      size_t sb, se, cb, ce;
      SentenceRange(p, s_open, &sb, &se);
      SentenceRange(p, SentenceOf(p, std::min(c, w.size() - 1)), &cb, &ce);
      // (A "sentence" of thousands of words, a text with no full stops, is
      // read as far as a sentence reaches around the quote: each quote's
      // reading stays bounded.)
      sb = std::max(sb, o > kSentenceReach ? o - kSentenceReach : size_t{0});
      cb = std::max(cb, o > kSentenceReach ? o - kSentenceReach : size_t{0});
      se = std::min(se, c + kSentenceReach);
      ce = std::min(ce, c + kSentenceReach);
      // Partial: inside the writer's own sentence, not introduced by "said:".
      q.partial = o > sb && w[o - 1].text != ":" && w[o - 1].text != "," && !IsVerb(w[o - 1]);
      const bool says_before = SaysIn(w, sb, o);  // a verb of saying before the quote, in its sentence
      std::string resolved;
      // After the quote: ", he said." / ", said Delattre." / ", Malahifji ... told Reuters."
      // Not for a quote its own tag introduces ("Democrats shouted, “You
      // resign!” Livingston continued, “...”": the tag after is the next one's).
      // Nor for a quote that ends its sentence after a verb of saying in it
      // ("... and said the Democrats had won “because they had a clear
      // message.” Republicans agreed.": the next sentence is the writer's).
      const bool ends_reported = c < w.size() && c > o + 1 && w[c - 1].text == "." &&
                                 std::any_of(w.begin() + sb, w.begin() + o, [](const Word& x) { return IsVerb(x); });
      // ("greeted with shouts of “We love you,” Clinton told donors": a crowd's.)
      const bool crowd = o >= sb + 2 && w[o - 1].lower == "of" &&
                         (w[o - 2].lower == "shouts" || w[o - 2].lower == "chants" || w[o - 2].lower == "cries" ||
                          w[o - 2].lower == "cheers" || w[o - 2].lower == "screams");
      const bool introduced = (o >= sb + 2 && (w[o - 1].text == "," || w[o - 1].text == ":") && IsVerb(w[o - 2])) ||
                              ends_reported || crowd;
      if (!open_ended && !introduced) {
        size_t after_end = ce;
        for (size_t k = c + 1; k < ce; ++k) {
          if (w[k].type == WordType::kOpenQuote) {
            after_end = k;
            break;
          }
        }
        after_end = std::min(after_end, c + 1 + kAttributionReach);
        // '... “strongly condemns” both Friday's bombings and ... expressed':
        // the writer's sentence goes on after the quote (no comma closes it),
        // so a tag comes only after a comma (“...” that the hostages would be
        // rescued, she told ITV).
        size_t tag_begin = c + 1;
        // (But "“We are most defined by who we hate” said Rep. Mark Souder": a
        // verb of saying right after the mark opens a tag, its comma left out.)
        // ("“We've had counsel working ... systems” Redstone told Reuters": nor
        // a name or "he" and its verb after a quote that opens the sentence.)
        const bool named_tag = o == sb && c + 2 < ce && [&] {
          if (IsPronoun(w[c + 1].lower) && w[c + 1].lower != "it") return IsVerb(w[c + 2]);
          auto n = NameStartingAt(w, c + 1, ce);
          return n && n->first == c + 1 && !n->org && n->last + 1 < ce && IsVerb(w[n->last + 1]);
        }();
        const bool goes_on = c + 1 < ce && w[c + 1].type == WordType::kWord && c > o + 1 && IsWordType(w[c - 1]) &&
                             !(IsVerb(w[c + 1]) && (w[c + 1].classes & kAddresseeVerbClass) == 0) && !named_tag;
        if (goes_on) {
          tag_begin = after_end;
          for (size_t k = c + 1; k < after_end; ++k) {
            if (w[k].text == ",") {
              tag_begin = k + 1;
              break;
            }
          }
        }
        q.speaker_as_written = AfterQuoteSpeaker(w, tag_begin, after_end, w[o].begin, people, &resolved);
        // ("the “fourth best speech” after Bill Clinton's, ... and Joe Biden's,
        // writes Yuval Levin at the National Review.": a tag that ends the
        // sentence, verb first, names the writer, not a name listed before it.)
        if (goes_on) {
          if (const size_t t = FinalTag(w, c + 1, ce); t != ce && IsVerb(w[t + 1]) && !IsRelayVerb(w[t + 1].lower)) {
            q.speaker_as_written = AfterQuoteSpeaker(w, t + 1, ce, w[o].begin, people, &resolved);
          }
        }
        // ("with Mashable calling her efforts “inspired,” and UNICEF Australia
        // tweeting: “...”": a verb whose colon introduces the next quote tags
        // that one, not this; "“...,” he said, “...”" tags both halves.)
        size_t tag_verb = tag_begin;  // the tag's first verb of saying, or after_end
        while (tag_verb < after_end && !IsVerb(w[tag_verb])) ++tag_verb;
        if (!q.speaker_as_written.empty() && tag_verb < after_end && tag_verb + 2 < w.size() &&
            w[tag_verb + 1].text == ":" && w[tag_verb + 2].type == WordType::kOpenQuote) {
          q.speaker_as_written.clear();
          resolved.clear();
        }
        // ("as TMZ puts it—“...”", "in the words of X, “...”": whose words
        // they are, named right before the quote, over any tag.)
        if (auto source = SourceRightBefore(w, sb, o)) q.speaker_as_written = resolved = *source;
        // A verb of saying before the quote tags it over the tag after it
        // when that tag's first verb relays ("The man ... says the “...,” the
        // AP reports": the outlet relays what the sentence has him say) or
        // takes a clause of its own ("while he claims that ... is “dangerous
        // to them,” Facebook rep Melanie Ensign says it all boils down to ...").
        if (!q.speaker_as_written.empty() && says_before && tag_verb < after_end) {
          const std::string_view next =
              tag_verb + 1 < after_end ? std::string_view(w[tag_verb + 1].lower) : std::string_view();
          if (IsRelayVerb(w[tag_verb].lower) || next == "it" || next == "that" || IsPronoun(next) ||
              StartsReportedClause(next)) {
            q.speaker_as_written.clear();
            resolved.clear();
          }
        }
        // ("possibly “a sensitive, covered facility” outside the CIA campus in
        // Langley, Va., King wrote.": a later comma opens the tag that ends
        // the sentence.)
        for (size_t k = tag_begin; goes_on && q.speaker_as_written.empty() && k + 2 < after_end; ++k) {
          if (w[k].text != ",") continue;
          size_t v = k + 1;
          if (IsPronoun(w[v].lower)) {
            ++v;
          } else if (auto n = NameStartingAt(w, k + 1, after_end); n && n->first == k + 1 && !n->org) {
            v = n->last + 1;
          } else {
            continue;
          }
          if (v + 1 < w.size() && IsVerb(w[v]) && (w[v + 1].text == "." || v + 1 == ce)) {
            q.speaker_as_written = AfterQuoteSpeaker(w, k + 1, after_end, w[o].begin, people, &resolved);
          }
        }
        // “He's got nothing to lose” by taking the blame ..., said X: a quote
        // opening its sentence, which ends in the speech tag.
        for (size_t k = c + 1; q.speaker_as_written.empty() && o == sb && k + 2 < after_end; ++k) {
          if (w[k].text == "," && IsVerb(w[k + 1])) {
            q.speaker_as_written = SubjectAround(w, k + 1, after_end, k + 1, w[o].begin, people, &resolved);
          }
        }
        // “... believe it!” Luke told the Daily News: the quote ended its
        // sentence, the speech tag opens the next one.
        const size_t s_close = SentenceOf(p, c);
        // (Not after "Netanyahu said: “...” Hamas denies ...": a colon introduced it.)
        const bool introduced = o > sb && w[o - 1].text == ":";
        if (q.speaker_as_written.empty() && !introduced && after_end <= c + 2 &&
            s_close + 1 < p.sentence_starts.size()) {
          size_t nb, ne;
          SentenceRange(p, s_close + 1, &nb, &ne);
          // Only "Luke told ..." or "he said": a name or pronoun, then the verb.
          bool tag = false;
          if (nb + 1 < ne && IsPronoun(w[nb].lower) && IsVerb(w[nb + 1])) tag = true;
          // ("ABC News' Diane Sawyer asked Obama": past the owner, in runs of its own.)
          for (size_t k = nb, runs = 0; k < ne && runs < 3 && !tag; ++runs) {
            auto n = NameStartingAt(w, k, ne);
            // (An acronym before it stands apart: "ABC" of "ABC News'".)
            const bool acronym = runs == 0 && w[k].text.size() > 1 &&
                                 std::all_of(w[k].text.begin(), w[k].text.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
            if (!n || n->first > k + (acronym ? 1 : 0) || n->last + 1 >= ne) break;
            if (IsVerb(w[n->last + 1])) {
              tag = runs == 0 || !n->org;
              break;
            }
            if (!w[n->last + 1].capitalized && !EndsPossessive(w[n->last])) break;
            k = n->last + 1;
          }
          if (tag) q.speaker_as_written = AfterQuoteSpeaker(w, nb, std::min(ne, nb + kAttributionReach), w[o].begin,
                                                            people, &resolved);
        }
      }
      // "Obama “laid out no ... agenda,” and his attack ... was the speech's
      // “sole coherent message,” he writes.": a tag ending the sentence is
      // every earlier quote's there that has none of its own.
      // (A partial quote; not one that is a sentence of its own, "“... can't be right.”",
      // nor one a verb before it tags: "Police described it as “suspicious,”
      // and ..., Schroepfer said.")
      const bool ends_own_sentence = c > o + 1 && (w[c - 1].text == "." || w[c - 1].text == "?" || w[c - 1].text == "!");
      if (q.speaker_as_written.empty() && q.partial && !open_ended && !ends_own_sentence && !says_before) {
        if (const size_t t = FinalTag(w, c + 1, ce); t != ce) {
          q.speaker_as_written = AfterQuoteSpeaker(w, t + 1, ce, w[o].begin, people, &resolved);
          // (But "he" that would stand for someone the sentence names before
          // the quote, its subject: whom the tag means is not clear.)
          if (q.speaker_as_written == "he" || q.speaker_as_written == "she") {
            for (const PersonMention& m : people) {
              if (m.offset >= w[o].begin) break;
              if (m.offset >= w[sb].begin && m.name == resolved) {
                q.speaker_as_written.clear();
                resolved.clear();
                break;
              }
            }
          }
        }
      }
      // '..., “strongly condemns” both ..., according to a White House statement.'
      if (q.speaker_as_written.empty() && !open_ended) {
        for (size_t k = c + 1; k + 2 < ce; ++k) {
          if (w[k].type == WordType::kOpenQuote) break;  // another quote's
          if (w[k].lower != "according" || w[k + 1].lower != "to") continue;
          // ("“...,” organizers said, according to CNN": the outlet relays
          // whom the tag right before it names, here no one by name.)
          size_t verb = c + 1;
          while (verb < k && !(IsVerb(w[verb]) && !IsRelayVerb(w[verb].lower))) ++verb;
          if (verb + 3 < k || w[k - 1].text != ",") verb = k;
          if (verb == k) {
            q.speaker_as_written = SpeakerIn(w, k, ce, w[o].begin, people, &resolved);
          } else {
            size_t f = c + 1;
            while (f < verb && w[f].type == WordType::kPunct) ++f;
            if (f < verb) q.speaker_as_written = Phrase(w, f, verb - 1);
          }
          break;
        }
      }
      // "the Palestinian Cabinet has criticized what it calls “...”": the body
      // the clause names before "what it calls" (or "termed", "described as").
      if (q.speaker_as_written.empty() && o >= sb + 4) {
        size_t what = o - 3;
        if (w[o - 1].lower == "as" && o >= sb + 5) --what;
        const std::string_view verb = w[what + 2].lower;
        auto calling = [](std::string_view x) {
          return x == "calls" || x == "called" || x == "terms" || x == "termed" || x == "describes" || x == "described";
        };
        const bool calls = calling(verb);
        // ("Thrillist documents the reaction to the spruce, which it calls a
        // “...”": the body that opens the sentence.)
        const size_t which = (w[o - 1].lower == "a" || w[o - 1].lower == "an") && o >= sb + 5 ? what - 1 : what;
        if (w[which].lower == "which" && w[which + 1].lower == "it" && calling(w[which + 2].lower) && which > sb &&
            w[which - 1].text == ",") {
          if (auto n = NameStartingAt(w, sb, what); n && n->first == sb && !EndsPossessive(w[n->last])) {
            q.speaker_as_written = resolved = n->name;
          }
        }
        if (w[what].lower == "what" && w[what + 1].lower == "it" && calls) {
          for (size_t k = what; k > sb && what - k < 10; --k) {
            auto n = NameEndingAt(w, sb, k - 1);
            if (!n) continue;
            if (n->org || n->first == sb || (n->first > sb && w[n->first - 1].lower == "the")) {
              q.speaker_as_written = resolved = n->name;
            }
            break;
          }
        }
      }
      // Before it: "Delattre warned:" / "Hollande said that ... “held hostage”".
      if (q.speaker_as_written.empty()) {
        size_t before_begin = sb;
        for (size_t k = o; k > sb; --k) {
          if (w[k - 1].type == WordType::kCloseQuote) {
            before_begin = k;
            break;
          }
        }
        if (o > before_begin + kAttributionReach) before_begin = o - kAttributionReach;
        // "Israeli government spokesman Mark Regev: “...”": a name and a colon, as in captions and transcripts.
        // ("Naftali Bennett wrote on Facebook:": the verb's subject speaks.)
        auto verb_before = [&] {
          for (size_t k = before_begin; k < o; ++k) {
            if (IsVerb(w[k])) return true;
          }
          return false;
        };
        const Word& opener = w[before_begin];
        const bool pronoun_opens = opener.lower == "he" || opener.lower == "she";
        if (o >= before_begin + 2 && w[o - 1].text == ":" && !verb_before() && pronoun_opens) {
          // "He began by praising Livingston: “...”": the clause's subject, not its object.
          q.speaker_as_written = std::string(opener.text);
          resolved = ResolvePronoun(people, opener.begin, opener.lower);
        } else if (o >= before_begin + 2 && w[o - 1].text == ":" && !verb_before()) {
          // "TRUMP: “...”", "COMMERCE DEPARTMENT: “...”": a speaker label in
          // capitals, as transcripts and fact checks print them; one word
          // only as the surname of someone the story names ("RELATED: “...”"
          // is a link).
          auto label = NameEndingAt(w, before_begin, o - 2);
          const std::string labelled = label && label->capitals && label->first == label->last
                                           ? ResolveShortName(people, TitleCase(label->name), w[o].begin)
                                           : "";
          if (label && label->capitals && label->first == before_begin &&
              (label->first < label->last || labelled.find(' ') != std::string::npos)) {
            q.speaker_as_written = std::string(std::string_view(a.text).substr(w[label->first].begin,
                                                                               w[label->last].end - w[label->first].begin));
            resolved = label->first < label->last ? label->name : labelled;
          } else if (label && !label->org &&
                     // (After descriptions, not a clause: "Media caption Israeli government
                     // spokesman Mark Regev:", not "that's how he approached Mt. Gox:".)
                     // ("Some highlights, from the Times: Romney: “...”": after a heading's colon.)
                     std::none_of(w.begin() + [&] {
                       size_t from = before_begin;
                       for (size_t j = before_begin; j < label->first; ++j) {
                         if (w[j].text == ":") from = j + 1;
                       }
                       return from;
                     }(), w.begin() + label->first, [](const Word& x) {
                       return x.type == WordType::kWord && !x.capitalized && (x.classes & kStopwordClass) != 0;
                     })) {
            q.speaker_as_written = label->name;
            resolved = label->name;
            // ("Nate Anderson, Ars Technica: “...”": the person, then where
            // they write.)
            if (label->first > before_begin + 1 && w[label->first - 1].text == ",") {
              if (auto person = NameEndingAt(w, before_begin, label->first - 2);
                  person && !person->org && person->first < person->last &&
                  (person->first == before_begin || w[person->first - 1].text == ":" ||
                   w[person->first - 1].type == WordType::kCloseQuote)) {
                q.speaker_as_written = person->name;
                resolved = person->name;
              }
            }
          } else if (auto subject = NameStartingAt(w, before_begin, o - 1);
                     subject && !subject->org && !w[subject->last].lower.ends_with("'s") &&
                     // ("WHITE HOUSE SPOKESWOMAN SARAH SANDERS, on ...:": her office opens the run.)
                     (subject->first == before_begin ||
                      (subject->capitals && std::all_of(w.begin() + before_begin, w.begin() + subject->first,
                                                        [](const Word& x) { return x.capitalized; })))) {
            // "Gulen sharply rejected any responsibility: “...”": the clause's
            // subject, if a person ("Try this:" is not).
            const std::string full = subject->name.find(' ') == std::string::npos
                                         ? ResolveShortName(people, subject->name, w[o].begin)
                                         : subject->name;
            if (full.find(' ') != std::string::npos) {
              q.speaker_as_written = subject->name;
              resolved = full;
            }
          }
        }
        if (q.speaker_as_written.empty()) {
          if (auto quoted = QuotedSpeaker(w, before_begin, o, w[o].begin, people, &resolved)) q.speaker_as_written = *quoted;
        }
        // The verb nearest the quote speaks for it.
        for (size_t k = o; k > before_begin && q.speaker_as_written.empty(); --k) {
          // "As he put it, “...”": "put it" says.
          if (k >= before_begin + 2 && w[k - 1].lower == "it" && (w[k - 2].lower == "put" || w[k - 2].lower == "puts")) {
            --k;
            q.speaker_as_written = SubjectAround(w, before_begin, o, k - 1, w[o].begin, people, &resolved);
            break;
          }
          if (!IsVerb(w[k - 1])) continue;
          // ("many critics are calling it": a progressive, no participle.)
          const bool gerund = w[k - 1].lower.ends_with("ing") && !(k >= before_begin + 2 && IsPresentOrPastBe(w[k - 2].lower));
          // "The New York Times reports he's been trying ... and asking, “...”":
          // the outlet relays; the clause after it has its own subject.
          const Word* relayed = nullptr;
          for (size_t j = before_begin + 1; gerund && j + 1 < k - 1 && !relayed; ++j) {
            if (!IsRelayVerb(w[j].lower) || !w[j - 1].capitalized) continue;
            const size_t s = w[j + 1].lower == "that" ? j + 2 : j + 1;
            if (s < k - 1 && (w[s].lower == "he" || w[s].lower == "she" || w[s].lower == "he's" || w[s].lower == "she's")) {
              relayed = &w[s];
            }
          }
          // ("with Mashable calling her efforts “inspired”": the name "with"
          // opens does what the gerund says.)
          if (gerund && k >= before_begin + 3) {
            if (auto n = NameEndingAt(w, before_begin, k - 2); n && n->last == k - 2 && n->first > before_begin &&
                                                               w[n->first - 1].lower == "with") {
              q.speaker_as_written = resolved = n->name;
              break;
            }
          }
          if (relayed) {
            q.speaker_as_written = std::string(relayed->text);
            resolved = ResolvePronoun(people, relayed->begin, relayed->lower.starts_with("he") ? "he" : "she");
            break;
          }
          if (gerund) {
            // "Obama, following Romney at the podium, began by asking": the
            // clause's subject, named first, does what the gerund says.
            // "Yeltsin sent a telegram to X, chairman of Y, promising that": a
            // participle set off by a comma belongs to the clause's subject when
            // the nearest person is the object of a preposition ("to X"); not in
            // "with ... president, Nikola Poplasen, saying" or "overheard X, ..., describing".
            auto subject = NameStartingAt(w, before_begin, k - 1);
            const bool comma_participle = k >= 2 && w[k - 2].text == "," && NearestIsObject(w, before_begin, k - 2);
            // ("Rep. Gerald Kleczka of Wisconsin began the Democrats' arguments
            // by saying": titles may open the clause, and "by" ties the gerund
            // to its subject.)
            const bool opens = subject && OnlyTitles(w, before_begin, subject->first);
            // The clause's subject after an opening phrase ("On other matters,
            // Clinton declined ..., saying"; "Before leaving Washington, he drew
            // ..., saying"): a name or he/she right after the phrase's comma.
            std::optional<NameRun> after_phrase;
            const Word* pronoun = nullptr;
            size_t role_after_phrase = 0;  // or a role word after "the" there
            for (size_t j = before_begin + 1; j + 1 < k && !after_phrase && !pronoun; ++j) {
              if (w[j - 1].text != ",") continue;
              if (w[j].lower == "he" || w[j].lower == "she") {
                pronoun = &w[j];
              } else if (auto n = NameStartingAt(w, j, k - 1); n && !n->org && OnlyTitles(w, j, n->first)) {
                after_phrase = n;
              } else if (w[j].lower == "the" && j + 2 < k && w[j + 1].type == WordType::kWord && !w[j + 1].capitalized &&
                         (w[j + 1].classes & (kRoleClass | kTitleClass)) != 0 && w[j + 2].type == WordType::kWord &&
                         !w[j + 2].capitalized && w[j + 2].lower != "and" && w[j + 2].lower != "or") {
                // ("In an interview with X, the president ..., saying"; not "the
                // president and party chief, Jiang Zemin, ...": named after.)
                role_after_phrase = j + 1;
              }
              break;  // only the first comma closes the opening phrase
            }
            const bool set_off = k >= 2 && w[k - 2].text == ",";
            const bool by = k >= 2 && w[k - 2].lower == "by";
            // ("New York Police Commissioner James O'Neill told a news
            // conference that investigators had not yet interviewed Rahami,
            // adding, “...”": the one who told adds.)
            // (Only "adding", "noting": "Hodler said he overheard Spyros
            // Metaxa, ..., describing" is Metaxa's.)
            // ("New York Police Commissioner": descriptions may stand before it.)
            const bool described_opening =
                subject && std::all_of(w.begin() + before_begin, w.begin() + subject->first, [](const Word& x) {
                  return x.type == WordType::kWord && (x.capitalized || (x.classes & (kTitleClass | kRoleClass)) != 0);
                });
            const bool subject_speaks = subject && set_off && subject->last + 1 < k - 1 && IsVerb(w[subject->last + 1]) &&
                                        (w[k - 1].lower == "adding" || w[k - 1].lower == "noting") &&
                                        !subject->org && described_opening;
            // ("But in a statement ..., Kartman backtracked, saying": the
            // subject after the opening phrase, before its own verb.)
            const bool phrase_subject_acts = after_phrase && after_phrase->last + 1 < k - 2 &&
                                             w[after_phrase->last + 1].type == WordType::kWord &&
                                             !w[after_phrase->last + 1].capitalized &&
                                             (w[after_phrase->last + 1].classes & kStopwordClass) == 0 &&
                                             w[k - 2].text == "," && k - 3 == after_phrase->last + 1;
            if (subject_speaks ||
                (subject && opens && !subject->org && subject->last + 1 < k - 1 &&
                 (w[subject->last + 1].text == "," || comma_participle || by))) {
              q.speaker_as_written = subject->name;
            } else if (after_phrase && set_off && (comma_participle || phrase_subject_acts)) {
              q.speaker_as_written = after_phrase->name;
            } else if (pronoun && set_off) {
              q.speaker_as_written = std::string(pronoun->text);
              resolved = ResolvePronoun(people, pronoun->begin, pronoun->lower);
              break;
            } else if (role_after_phrase && set_off) {
              const std::string_view role = w[role_after_phrase].lower;
              std::string holder = ResolveRole(people, w[o].begin, role);
              if (holder.empty() && Lexicon::Get().IsLeaderTitle(role)) holder = ResolveRole(people, w[o].begin, "leader");
              q.speaker_as_written = Phrase(w, role_after_phrase - 1, role_after_phrase);
              resolved = holder;
              break;
            } else {
              // "... -- the Prime Minister spoke again ..., saying, “...”": a
              // capitalised role that is the clause's subject, resolved to
              // whoever holds it, before any name nearer the participle.
              for (size_t j = before_begin; set_off && j + 2 < k - 1; ++j) {
                if (w[j].lower != "the" || !w[j + 1].capitalized || (w[j + 1].classes & kTitleClass) == 0) continue;
                size_t m = j + 1;
                while (m + 1 < k - 1 && w[m + 1].capitalized && (w[m + 1].classes & kTitleClass) != 0) ++m;
                const Word& verb = w[m + 1];
                if (verb.type != WordType::kWord || verb.capitalized || (verb.classes & kStopwordClass) != 0) continue;
                std::string holder = ResolveRole(people, w[o].begin, w[m].lower);
                if (holder.empty() && Lexicon::Get().IsLeaderTitle(w[m].lower)) holder = ResolveRole(people, w[o].begin, "leader");
                if (holder.empty()) continue;
                q.speaker_as_written = Phrase(w, j, m);
                resolved = holder;
                break;
              }
              if (q.speaker_as_written.empty()) {
                q.speaker_as_written = NearestPersonBefore(w, before_begin, k - 1, people, w[o].begin);
              } else {
                break;
              }
            }
            resolved = q.speaker_as_written;
          } else if (k >= before_begin + 5 && (w[k - 2].lower == "and" || w[k - 2].lower == "but") &&
                     w[k - 3].text == "," && IsVerb(w[k - 4]) && (w[k - 5].lower == "he" || w[k - 5].lower == "she")) {
            // "Doctors in North Korea say ..., he said, but added, “...”": the
            // one who said adds.
            q.speaker_as_written = std::string(w[k - 5].text);
            resolved = ResolvePronoun(people, w[k - 5].begin, w[k - 5].lower);
          } else if (auto subject = k >= 2 && w[k - 2].lower == "and" ? ClauseSubject(w, sb, k - 2) : std::nullopt) {
            // "President Clinton called it an “astonishing” triumph ... and
            // said ... “...”": a verb joined by "and" shares the sentence's
            // subject, named first.
            const NameRun person = PersonBeforeOf(w, sb, *subject);
            q.speaker_as_written = person.name;
            resolved = person.name;
          } else {
            q.speaker_as_written = SubjectAround(w, before_begin, o, k - 1, w[o].begin, people, &resolved);
          }
          break;
        }
        if (q.speaker_as_written.empty()) {
          q.speaker_as_written = SpeakerIn(w, before_begin, o, w[o].begin, people, &resolved);
        }
      }
      // "..., says analyst Paul Dergarabedian. “It may not be...”": a quote
      // opening a sentence speaks for the previous sentence's speaker.
      if (q.speaker_as_written.empty() && o == sb && s_open > 0) {
        size_t pb, pe;
        SentenceRange(p, s_open - 1, &pb, &pe);
        bool quoted = false;
        for (size_t k = pb; k < pe; ++k) quoted = quoted || w[k].type == WordType::kOpenQuote;
        if (!quoted) q.speaker_as_written = SpeakerIn(w, pb, pe, w[o].begin, people, &resolved);
        // "Patrick Ewing did not want to sound like a striking longshoreman.
        // “I'm not going to try and put it in dollars and cents.”": a
        // sentence that is all quote, with no tag, after one about a person
        // is that person's.
        // (Not when that sentence names its own source: "She owns a few cats,
        // according to a person familiar with her house.")
        const bool all_quote = std::none_of(w.begin() + std::min(c + 1, ce), w.begin() + ce, IsWordType);
        bool sourced = false;
        for (size_t k = pb; k + 1 < pe; ++k) sourced = sourced || (w[k].lower == "according" && w[k + 1].lower == "to");
        if (q.speaker_as_written.empty() && !quoted && !open_ended && all_quote && !sourced) {
          size_t k = pb;
          if (k + 1 < pe && (w[k].lower == "and" || w[k].lower == "but")) ++k;
          if (w[k].lower == "he" || w[k].lower == "she") {
            q.speaker_as_written = std::string(w[k].text);
            resolved = ResolvePronoun(people, w[k].begin, w[k].lower);
          } else {
            for (const PersonMention& m : people) {
              if (m.offset > w[k].begin) break;
              if (m.offset == w[k].begin && m.subject) {
                q.speaker_as_written = m.name;
                resolved = m.name;
              }
            }
          }
        }
      }
      // (The crowd's: no one's words to share with the quote after it.)
      if (crowd && q.speaker_as_written.empty()) {
        q.speaker_as_written = std::string(w[o - 2].text);
        resolved.clear();
      }
      // "is, in the words of Stuart Stevens, a Republican consultant, “a
      // double bank-shot”": whose words they are.
      for (size_t k = sb; q.speaker_as_written.empty() && k + 4 < o; ++k) {
        if (w[k].lower != "in" || w[k + 1].lower != "the" || w[k + 2].lower != "words" || w[k + 3].lower != "of") continue;
        if (auto n = NameStartingAt(w, k + 4, o); n && OnlyTitles(w, k + 4, n->first)) {
          q.speaker_as_written = n->name;
          resolved = n->name;
        }
      }
      // "For union leader Felicio, the proposed swap “is a clear sign of
      // ...”": the person the sentence opens with, in their view.
      if (q.speaker_as_written.empty() && o > sb + 2 && w[sb].lower == "for") {
        size_t k = sb + 1;  // past describing words ("union leader")
        while (k < o && w[k].type == WordType::kWord && !w[k].capitalized &&
               (w[k].classes & (kTitleClass | kRoleClass | kOrgClass | kNationalityClass)) != 0) {
          ++k;
        }
        if (auto n = NameStartingAt(w, k, o); n && !n->org && n->last + 1 < o && w[n->last + 1].text == "," &&
                                               OnlyTitles(w, k, n->first)) {
          q.speaker_as_written = n->name;
          resolved = n->name;
        }
      }
      // “We are deeply disappointed ...,” the statement said: the words of
      // whoever the text said issued it.
      std::string_view doc;
      if (q.speaker_as_written.empty()) doc = DocumentTag(w, c + 1, std::min(ce, c + 6));
      if (q.speaker_as_written.empty() && doc.empty()) doc = DocumentTag(w, o > sb + 5 ? o - 5 : sb, o);
      // ("The report says police will now conduct a “detailed search”": its sentence opens with the tag.)
      if (q.speaker_as_written.empty() && doc.empty() && o > sb + 3) doc = DocumentTag(w, sb, std::min(o, sb + 6));
      if (!doc.empty()) {
        // ("..., concluded the report, by the U.S.-China Commission": named in the tag.)
        std::optional<std::string> named;
        for (size_t k = c + 1; k < std::min(ce, c + 6) && !named; ++k) {
          if (w[k].lower == doc) named = NameAfterDocument(w, k, ce);
        }
        q.speaker_as_written = resolved =
            named ? *named : DocumentIssuer(paragraphs, pi, o, doc);
        // ("Anadolu Agency says all soldiers ... The report says police will
        // now conduct a “detailed search”": the report of the body that just spoke.)
        if (resolved.empty()) {
          q.speaker_as_written = resolved =
              OrgOpeningBefore(paragraphs, pi, s_open, /*speaking=*/true);
        }
        // ("..., the Organisation for Economic Cooperation and Development
        // said. ... The report said the French economy was “...”": the report
        // of the body the lead has speaking, when no other is named with it.)
        if (resolved.empty() && doc == "report") q.speaker_as_written = resolved = BodySayingInLead(paragraphs);
      }
      if (q.speaker_as_written.empty()) {
        q.speaker_as_written = resolved =
            ItSpeaker(paragraphs, pi, s_open, sb, o, c, ce);
      }
      // “...,” the party said in a statement: the party the text named.
      if (q.speaker_as_written.empty()) {
        std::string_view body = BodyTag(w, c + 1, std::min(ce, c + 6));
        if (body.empty()) body = BodyTag(w, o > sb + 8 ? o - 8 : sb, o);
        // ("The company said lower corporate tax rates and the restructuring
        // “are expected to ...”": the tag opening the sentence.)
        // (Three words or more: "the company said the offer was a “fair
        // price”" quotes a term.)
        if (body.empty() && o > sb + 8 && content >= kMinUnattributedWords) body = BodyTag(w, sb, sb + 4);
        if (!body.empty()) {
          q.speaker_as_written = resolved = BodyNamed(paragraphs, pi, o, body);
          // "Hamas has made no such claim. Still, ..., the group warned that
          // ...": a group named by no name of its own is the body the sentence
          // before opens with.
          if (resolved.empty() && (body == "group" || body == "organization" || body == "organisation")) {
            q.speaker_as_written = resolved = OrgOpeningBefore(paragraphs, pi, s_open, /*speaking=*/false);
          }
          if (resolved.empty() && body == "company") q.speaker_as_written = resolved = CompanyOfLead(paragraphs, pi, o);
        }
      }
      if (!resolved.empty() && resolved.find(' ') == std::string::npos) {
        resolved = ResolveShortName(people, resolved, w[o].begin);
      }
      // (A role the next sentence names: before the role's earlier holders.)
      if (o > sb && !open_ended) {
        if (std::string named = NamedAfterRole(paragraphs, pi, sb, o, c, people);
            !named.empty()) {
          resolved = named;
          if (q.speaker_as_written.empty()) q.speaker_as_written = named;
        }
      }
      // "Refugees", "Serbs", "Pakistanis", "Yugoslav" (a word for people, a
      // nationality or its plural) name a group, not a speaker.
      if (!resolved.empty() && resolved.find(' ') == std::string::npos) {
        const Lexicon& lex = Lexicon::Get();
        const std::string lower = AsciiLowercase(resolved);
        const bool plural = lower.size() > 3 && lower.back() == 's';
        if (lex.IsPeople(lower) || lex.IsNationality(lower) ||
            (plural && lex.IsNationality(std::string_view(lower).substr(0, lower.size() - 1))) ||
            // ("..., Assistant State's Attorney said": a title with no name.)
            lex.IsRole(lower) ||
            (plural && !lower.ends_with("'s") && !lex.IsOrgWord(lower) && OnlyOpensSentences(paragraphs, resolved))) {
          resolved.clear();
        }
      }
      q.speaker = resolved;
      // The quote right after another (same or next sentence) with no
      // speech tag of its own continues that speaker.
      // ("..., said Dick Mabry. He stopped to rub his eyes. “...”": past a
      // sentence whose "he" or "she" opening it is that speaker.)
      auto pronoun_between = [&] {
        if (s_open != speaker_sentence + 2 || o != sb) return false;
        size_t pb, pe;
        SentenceRange(p, speaker_sentence + 1, &pb, &pe);
        for (size_t k = pb; k < pe; ++k) {
          if (w[k].type == WordType::kOpenQuote) return false;
        }
        return (w[pb].lower == "he" || w[pb].lower == "she") &&
               ResolvePronoun(people, w[pb].begin, w[pb].lower) == paragraph_speaker;
      };
      // (Not in a sentence about someone else: "Ernest Lewis, whose overalls
      // bore a “Big E” patch".)
      auto about_another = [&] {
        if (s_open == speaker_sentence || o == sb) return false;
        const auto n = NameStartingAt(w, sb, o);
        // ("Although Saramago discounts ... “magical realism”": past a conjunction.)
        const bool opens = n && (n->first == sb || (n->first == sb + 1 && (w[sb].classes & kStopwordClass) != 0 &&
                                                    w[sb].type == WordType::kWord));
        return opens && !n->org && n->name != paragraph_speaker &&
               ResolveShortName(people, n->name, w[sb].begin) != paragraph_speaker;
      };
      if (q.speaker_as_written.empty() && !paragraph_speaker.empty() &&
          ((s_open <= speaker_sentence + 1 && !about_another()) || pronoun_between())) {
        q.speaker = paragraph_speaker;
      }
      // ("The OECD said ... “...,” it said" paragraphs later: the body that
      // spoke last, when nothing nearer names one.)
      // ("It said orders ... “continue to run at a strong pace.”", "... by
      // “significant” gains ..., it said.": "it" written as the speaker, the
      // same.)
      const bool it_tag = (q.speaker_as_written.empty() && ItTags(w, sb, o, c, ce)) ||
                          AsciiLowercase(q.speaker_as_written) == "it";
      if (q.speaker.empty() && !open_ended && it_tag && content >= kMinUnattributedWords) {
        if (std::string body = LatestSpeakingBody(paragraphs, pi, o); !body.empty()) {
          q.speaker = q.speaker_as_written = body;
        }
      }
      // "the event's original name, “Truckers to Shut Down America”", "a
      // film titled “The Cavern”": a name, whoever the sentence quotes.
      bool named = false;
      for (size_t k = o, steps = 0; title_case && k > sb && steps < 3 && !named; --k, ++steps) {
        const Word& before = w[k - 1];
        // ("Prince's “The Holy River”": a work's title after its owner.)
        named = (before.classes & kNamingClass) != 0 || (steps == 0 && EndsPossessive(before) && before.capitalized);
        if (before.text != "," && before.text != ":" && before.lower != "as" && before.lower != "the" &&
            before.lower != "a") {
          break;
        }
      }
      // ("“Badly,” the president said", "“Uh-huh,” Nancy replies": one word
      // ending in a mark of speech, with a tag that names its speaker, is speech.)
      // (Opening its sentence: "the author of “Titan,” a biography" names a work.)
      const bool spoken_word = content == 1 && o == sb && c > o + 1 && !q.speaker.empty() && !q.speaker_as_written.empty() &&
                               (w[c - 1].text == "," || w[c - 1].text == "!" || w[c - 1].text == "?");
      // ("Harold Bloom ... praised “Blood Meridian” and “American Pastoral”":
      // words in title case inside a sentence name a work, a show or a
      // slogan, whoever the sentence is about.)
      // (Two capitalised words at least: "Hodler said, “Certainly not.”" speaks.)
      int capitals = 0;
      for (size_t k = o + 1; k < c; ++k) capitals += w[k].type == WordType::kWord && w[k].capitalized;
      const bool work = title_case && capitals >= 2 && o > sb;
      // ("a shareholder rights plan, or “poison pill,”", "certificates, or
      // “certs,”": another name for the thing just named, no one's words.)
      const bool alias = content <= 2 && o >= sb + 2 && w[o - 1].lower == "or" && w[o - 2].text == ",";
      if ((q.speaker_as_written.empty() && q.speaker.empty() && (content < kMinUnattributedWords || title_case)) ||
          (content == 1 && title_case && !spoken_word) || work || named || alias) {  // "Cigaweed": a name
        // (Whom the sentence quotes still speaks for its other quotes: "Scott
        // called for a “See Something, Say Something” hotline, funding “...”".)
        if (work && !q.speaker.empty()) {
          paragraph_speaker = q.speaker;
          speaker_sentence = SentenceOf(p, std::min(c, w.size() - 1));
        }
        o = cut ? c - 1 : c;
        continue;
      }
      if (!q.speaker.empty()) {
        paragraph_speaker = q.speaker;
        speaker_sentence = SentenceOf(p, std::min(c, w.size() - 1));
      } else if (!q.speaker_as_written.empty()) {
        // ("“...,” organizers said, according to CNN. “...”": someone unnamed
        // speaks now, and the quote after goes on in their voice, not the
        // paragraph's earlier speaker's.)
        paragraph_speaker.clear();
        speaker_sentence = SentenceOf(p, std::min(c, w.size() - 1));
      }
      quote_sentence.push_back(s_open);
      out.push_back(std::move(q));
      o = cut ? c - 1 : c;
    }
    // A quote with no speech tag just before one that has a speaker: one voice.
    // (Not across the writer's words: "The cards' inscriptions were brief _
    // “We miss you” _ and the people reading them had few words. “I just
    // wanted ...,” said Caroline Ericsson.")
    // (Words between with a verb of saying are a speech tag, not the writer's.)
    auto writer_between = [&](const Quote& x, const Quote& y) {
      int words = 0;
      for (const Word& word : w) {
        if (word.begin < x.marked.end || word.end > y.marked.begin || word.type != WordType::kWord) continue;
        if (IsVerb(word)) return false;
        ++words;
      }
      return words >= 3;
    };
    for (size_t k = out.size(); k-- > paragraph_first;) {
      if (!out[k].speaker.empty() || !out[k].speaker_as_written.empty() || k + 1 >= out.size()) continue;
      const size_t next = k + 1 - paragraph_first;
      if (!out[k + 1].speaker.empty() && quote_sentence[next] <= quote_sentence[k - paragraph_first] + 1 &&
          !writer_between(out[k], out[k + 1])) {
        out[k].speaker = out[k + 1].speaker;
      }
    }
    // A quote running on from the previous paragraph shares its speaker.
    if (!waiting.empty() && out.size() > paragraph_first && w[0].type == WordType::kOpenQuote) {
      const std::string& next_speaker = out[paragraph_first].speaker;
      if (!next_speaker.empty()) {
        for (size_t k : waiting) out[k].speaker = next_speaker;
        waiting.clear();
      }
    }
    if (open_ended && out.size() > paragraph_first && out.back().speaker.empty() &&
        out.back().speaker_as_written.empty()) {
      waiting.push_back(out.size() - 1);
      if (!w.empty()) {
        // (A quote paragraph after the previous paragraph's quote goes on
        // in that voice until a later paragraph names another: “...” Obama
        // said. / “... / “...”.)
        const bool running = !paragraph_has_own_words && !last_speaker.empty();
        if (running) {
          for (size_t k = paragraph_first; k < out.size(); ++k) {
            if (out[k].speaker.empty() && out[k].speaker_as_written.empty()) out[k].speaker = last_speaker;
          }
        } else {
          last_speaker.clear();
        }
        last_open_ended = true;
        reported = nullptr;
        continue;
      }
    }
    if (!open_ended) waiting.clear();
    // News convention: a paragraph that is nothing but a quote continues the
    // previous paragraph's speaker; a quote running over paragraphs has one.
    // A paragraph of reported speech ("Scott said he disagrees with ...") or
    // one ending in a colon ("Koerber wasn't pleased:") hands its speaker on
    // the same way; it is read only when a quote paragraph needs it.
    if (paragraph_speaker.empty() && out.size() > paragraph_first && (!paragraph_has_own_words || last_open_ended)) {
      if (last_speaker.empty() && reported != nullptr) {
        if (person_names.empty()) {
          for (const PersonMention& m : people) person_names.insert(m.name);
        }
        last_speaker = ReportedSpeaker(*reported, people, person_names);
      }
      if (!last_speaker.empty()) {
        for (size_t k = paragraph_first; k < out.size(); ++k) {
          if (out[k].speaker.empty() && out[k].speaker_as_written.empty()) out[k].speaker = last_speaker;
        }
        paragraph_speaker = last_speaker;
      }
    }
    if (out.size() > paragraph_first) {
      last_speaker = paragraph_speaker;
      last_open_ended = open_ended;
      reported = nullptr;
    } else {
      last_speaker.clear();
      last_open_ended = false;
      reported = &p;
    }
  }
  return out;
}

}  // namespace storyline
