#include "facts/figures.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <unordered_set>

#include "base/strings.h"
#include "facts/lexicon.h"
#include "facts/names.h"
#include "text/rules.h"

namespace storyline {

namespace {

// How far from a number its kind word may stand, in words.
constexpr size_t kKindReachBefore = 10;
constexpr size_t kKindReachAfter = 12;
// Two figures for the same count disagree when they differ by more than this
// share of the larger, and are near enough (ratio) to be counts of one thing.
constexpr double kMinDifference = 0.1;
constexpr double kMaxRatio = 5.0;

bool IsMonth(std::string_view w) {
  static const WordSet kMonths = {"january", "february", "march", "april", "may", "june", "july", "august",
                                  "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
  if (w.ends_with('.')) w.remove_suffix(1);
  return kMonths.find(w) != kMonths.end();
}

bool IsWeekday(std::string_view w) {
  static const WordSet kDays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                "today", "yesterday", "tonight", "overnight"};
  if (w.ends_with("'s")) w.remove_suffix(2);
  return kDays.find(w) != kDays.end();
}

bool IsDirection(std::string_view w) {
  return w == "east" || w == "eastern" || w == "west" || w == "western" || w == "north" || w == "northern" ||
         w == "south" || w == "southern" || w == "central" || w == "northeastern" || w == "northwestern" ||
         w == "southeastern" || w == "southwestern" || w == "rebel-held" || w == "government-held";
}

bool IsCurrencyWord(std::string_view w) { return Lexicon::Get().IsCurrency(w); }

// A currency written before the amount: "$", "£", "€", "dlrs 10", "USD".
bool IsCurrencySign(const Word& w) {
  return w.text == "$" || w.text == "\xC2\xA3" || w.text == "\xE2\x82\xAC" || w.lower == "dlrs" || w.lower == "usd" ||
         w.lower == "us$";
}

// The word of a share after its number: "percent", or the wire's "pct"
// ("31 pct").
bool IsPercentWord(std::string_view w) { return w == "percent" || w == "pct"; }

double DigitsValue(std::string_view s) {
  std::string t;
  for (char c : s) {
    if (c != ',') t += c;
  }
  return std::strtod(t.c_str(), nullptr);
}

// Splits a hyphenated word ("twenty-one", "quarter-million") into parts.
std::vector<std::string_view> Parts(std::string_view lower) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (b <= lower.size()) {
    size_t e = lower.find('-', b);
    if (e == std::string::npos) e = lower.size();
    out.push_back(lower.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

// Words standing for numbers, composed: "two hundred thousand", "half a
// million", "a quarter-million", "twenty-one".
size_t ParseNumberWords(const std::vector<Word>& w, size_t i, size_t end, double* value) {
  const Lexicon& lex = Lexicon::Get();
  double total = 0, current = 0, fraction = 0;
  bool shared = false;  // the value is a share ("two-thirds")
  size_t k = i;
  size_t used = 0;
  bool any = false;
  // "A score of cargo aircraft": twenty.
  if (k + 2 < end && w[k].lower == "a" && w[k + 1].lower == "score" && w[k + 2].lower == "of") {
    *value = 20;
    return 2;
  }
  while (k < end && w[k].type == WordType::kWord) {
    const std::string_view lw = w[k].lower;
    if ((lw == "a" || lw == "an") && any == false && k + 1 < end) {
      // "a million", "a quarter-million", "a dozen"
      double v = 0;
      for (const std::string_view part : Parts(w[k + 1].lower)) v = std::max(v, lex.NumberWord(part));
      // ("a third of the party": a share before "of".)
      // ("a fourth of voters", but "a fourth straight loss": an ordinal.)
      const bool ordinal_word = w[k + 1].lower.starts_with("third") || w[k + 1].lower.starts_with("fourth") ||
                                w[k + 1].lower.starts_with("fifth") || w[k + 1].lower.starts_with("tenth");
      const bool third_of = ordinal_word && k + 2 < end && w[k + 2].lower == "of";
      if (v >= 12 || ((v == 0.25 || v == 0.5) && !ordinal_word) || third_of) {
        current = 1;
        ++k;
        continue;
      }
      break;
    }
    if (lw == "a" && fraction > 0) {  // "half a million"
      ++k;
      continue;
    }
    // "a hundred and forty-four", "six thousand two hundred and forty-one":
    // "and" joins units to hundreds or thousands, not units to units ("between
    // two and eight thousand" is a range).
    if (lw == "and" && any && k + 1 < end && (current >= 100 || (current == 0 && total > 0))) {
      const double next = lex.NumberWord(Parts(w[k + 1].lower).front());
      if (next > 0 && next < 100) {
        ++k;
        continue;
      }
    }
    bool consumed = false;
    for (const std::string_view part : Parts(lw)) {
      const double v = lex.NumberWord(part);
      if (v <= 0) {
        consumed = false;
        break;
      }
      consumed = true;
      any = true;
      if (v < 1) {
        // "third place" is an ordinal; "a third", "two-thirds" are shares.
        if (part != "half" && part != "quarter" && current == 0 && total == 0 && !(k > i)) {
          consumed = false;
          break;
        }
        // "two-thirds": a numerator before the fraction multiplies it.
        if (current > 0 && total == 0) {
          current *= v;
          shared = true;
        } else {
          fraction = v;
        }
      } else if (part == "dozen") {
        // ("half a dozen": the fraction before it takes a part of it.)
        current = (current == 0 ? (fraction > 0 ? fraction : 1) : current) * 12;
        fraction = 0;
      } else if (v < 100) {
        current += v;
      } else if (v == 100) {
        current = (current == 0 ? 1 : current) * 100;
      } else {
        const double base = fraction > 0 ? fraction * (current == 0 ? 1 : current) : (current == 0 ? 1 : current);
        total += base * v;
        current = 0;
        fraction = 0;
      }
    }
    if (!consumed) break;
    ++k;
    used = k - i;
  }
  if (!any || used == 0) return 0;
  // "two and a half"
  if (k + 2 < end && w[k].lower == "and" && w[k + 1].lower == "a" && w[k + 2].lower == "half") {
    current += 0.5;
    used += 3;
  }
  *value = total + current + (fraction > 0 && current == 0 && total == 0 ? fraction : 0);
  (void)shared;
  return used;
}

// The kind of count word w[k] names ("killed" for "dead"), or empty; but not
// a kind word capitalised inside its sentence, which is part of a name or a
// title ("with the Die Hard actor"), unless the sentence is in title case or
// capitals ("12 Palestinians Killed", "KILLED").
std::string_view KindWord(const std::vector<Word>& w, size_t k, size_t sb) {
  if (w[k].capitalized && k > sb && !w[k - 1].capitalized && !IsAllCaps(w[k].text)) return {};
  return Lexicon::Get().Kind(w[k].lower);
}

bool IsPresentOrPastBe(std::string_view w) { return w == "is" || w == "are" || w == "was" || w == "were"; }

// A verb that gives an amount rather than what happened to it ("has reached
// a million", "included about 20").
bool IsAmountVerb(std::string_view x) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "reached", "reaching", "totaled", "totalled", "totaling", "totalling", "topped", "topping", "exceeded",
      "exceeding", "surpassed", "passed", "included", "including", "numbered", "numbering", "climbed", "jumped",
      "increased", "dropped", "risen", "grown", "estimated", "counted", "recorded", "reported", "confirmed"};
  return kVerbs.count(x) > 0;
}

// A pronoun that opens a clause ("..., it may help").
bool IsClausePronoun(std::string_view x) {
  return x == "it" || x == "he" || x == "she" || x == "they" || x == "we" || x == "i" || x == "you";
}

// "moved" is an evacuation only in the passive ("were moved to safety"), not
// in "everything moved very slowly" or "mules that moved to the beat".
bool ActiveMoved(const std::vector<Word>& w, size_t k, size_t sb) {
  if (w[k].lower != "moved") return false;
  if (k <= sb) return true;
  const std::string_view b = w[k - 1].lower;
  return b != "were" && b != "was" && b != "been" && b != "being" && b != "be" && b != "are" && b != "is" &&
         b != "get" && b != "got";
}

// A kind word used before another noun with an article or possessive before
// it ("the wounded president", "his injured leg"): it describes that noun,
// not what happened to a count.
bool Attributive(const std::vector<Word>& w, size_t k, size_t sb, size_t se) {
  if (k <= sb || k + 1 >= se) return false;
  const std::string_view det = w[k - 1].lower;
  if (det != "the" && det != "a" && det != "an" && det != "his" && det != "her" && det != "their" && det != "its") {
    return false;
  }
  const Word& next = w[k + 1];
  // (Not before a verb: "The injured included about 20", "the dead number 60".)
  const std::string_view n = next.lower;
  if (n.ends_with("ed") || n == "include" || n == "includes" || n == "number" || n == "numbers" || n == "rose" ||
      n == "stood" || n == "stand" || n == "stands") {
    return false;
  }
  return next.type == WordType::kWord && !next.capitalized && (next.classes & kStopwordClass) == 0 &&
         (next.classes & kSpeechVerbClass) == 0 && Lexicon::Get().Kind(next.lower).empty() &&
         (next.classes & kNumberStartClass) == 0;
}

}  // namespace

// The noun of a compound count ("boat" of "a 115-boat fleet", "man" of "the
// usual four-man crew"), or "" when the compound measures ("40-foot",
// "9-year-old", "24-hour", "a 10-point lead").
std::string CompoundCountNoun(std::string_view suffix) {
  const Lexicon& lex = Lexicon::Get();
  if (suffix.size() < 2 || suffix[0] != '-') return "";
  const std::string noun(suffix.substr(1, suffix.find('-', 1) - 1));
  // ("a 630-nautical-mile race": a measure at the compound's end.)
  // (But "$20-a-barrel" is a price.)
  if (const size_t last = suffix.rfind('-'); last > 0 && lex.IsNotCount(suffix.substr(last + 1)) &&
                                             noun != "a" && noun != "an" && noun != "per") {
    return "";
  }
  if (noun.empty() || noun[0] < 'a' || noun[0] > 'z' || lex.IsNotCount(noun) || lex.IsNotCount(noun + "s") ||
      noun.starts_with("year") || noun == "point" || noun == "percent" || noun == "pound" || noun == "ounce" ||
      noun == "caliber" || noun == "calibre" || noun == "gauge" || noun == "stock" ||  // ("S&P 500-stock index")
      noun == "square" || noun == "cubic" || noun == "inch" || noun == "story" || lex.NumberWord(noun) > 0 ||
      noun.starts_with("third") || noun.starts_with("quarter") || noun.starts_with("fifth") || noun == "half") {
    return "";
  }
  return noun;
}

namespace {

// "223-211", "5-7": two numbers of up to three digits joined by a hyphen.
bool DigitsPair(std::string_view t, std::string_view* a, std::string_view* b) {
  const size_t dash = t.find('-');
  if (dash == std::string_view::npos) return false;
  *a = t.substr(0, dash);
  *b = t.substr(dash + 1);
  auto plain = [](std::string_view x) {
    return !x.empty() && x.size() <= 3 && std::all_of(x.begin(), x.end(), [](char ch) { return IsAsciiDigit(ch); });
  };
  return plain(*a) && plain(*b);
}

}  // namespace

size_t ParseNumber(const std::vector<Word>& w, size_t i, size_t end, double* value, bool* vague) {
  const Lexicon& lex = Lexicon::Get();
  *vague = false;
  // "the usual four-man crew", "a three-judge panel": a number word written
  // into a compound counts too ("one-time", "two-thirds", "twenty-five" do not).
  if (w[i].type == WordType::kWord && (w[i].classes & kNumberStartClass) != 0) {
    const std::string_view lw = w[i].lower;
    const size_t h = lw.find('-');
    const double v = h == std::string_view::npos ? 0 : lex.NumberWord(lw.substr(0, h));
    // (Only where the noun counts members or units: "a three-letter word",
    // "four-wheel drive", "a three-part series" describe.)
    const std::string noun = v > 0 ? CompoundCountNoun(lw.substr(h)) : "";
    static const std::unordered_set<std::string_view> kCountedNouns = {
        "man", "member", "person", "judge", "justice", "nation", "country", "state", "page", "seat",
        "boat", "ship", "vessel", "vehicle", "car", "truck", "plane", "aircraft", "officer", "soldier"};
    if (v >= 2 && v < 1000 && v == std::floor(v) && kCountedNouns.count(noun) > 0) {
      *value = v;
      return 1;
    }
  }
  // A word opening with digits: "$600m", "459m euros", "$1.5bn" (money with
  // its scale glued on), or "a 115-boat fleet", "the 54-nation organization"
  // (a count written into a compound; but "a 40-foot vessel", "9-year-old",
  // "24-hour" measure). Anything else so written is no number.
  if (w[i].type == WordType::kWord && IsAsciiDigit(static_cast<unsigned char>(w[i].text[0]))) {
    const std::string_view lw = w[i].lower;
    size_t d = 0;
    while (d < lw.size() && (IsAsciiDigit(static_cast<unsigned char>(lw[d])) || lw[d] == '.' || lw[d] == ',')) ++d;
    const std::string_view number = w[i].text.substr(0, d), suffix = lw.substr(d);
    // ("a $10-million campaign": the scale written into a compound.)
    const double scale = suffix == "m" || suffix == "mn" || suffix == "-million"  ? 1e6
                         : suffix == "bn" || suffix == "b" || suffix == "-billion" ? 1e9
                         : suffix == "tn" || suffix == "-trillion"                 ? 1e12
                                                                                    : 0;
    const bool money = (i > 0 && IsCurrencySign(w[i - 1])) || (i + 1 < end && IsCurrencyWord(w[i + 1].lower));
    if (scale > 0 && money) {
      *value = DigitsValue(number) * scale;
      return 1;
    }
    // "the 63-percent threshold": a share written into a compound ("an
    // 11-point improvement" is one only where FindFigures reads a poll's margin).
    if (suffix == "-percent" || suffix == "-per-cent" || suffix == "-point") {
      *value = DigitsValue(number);
      return 1;
    }
    // ("a 55-to-45 majority": a split, like a score.)
    if (number.find('.') != std::string_view::npos || suffix.starts_with("-to-") || CompoundCountNoun(suffix).empty()) {
      return 0;
    }
    *value = DigitsValue(number);
    return 1;
  }
  if (w[i].type != WordType::kNumber) {
    if (w[i].type != WordType::kWord) return 0;
    if (!(w[i].classes & kNumberStartClass)) return 0;  // set by AppendWords, hyphenated words too
  }
  // Vague amounts, longest first ("tens of thousands" before "thousands").
  for (const auto& [words, v] : lex.Vague()) {
    if (i + words.size() > end) continue;
    bool match = true;
    for (size_t k = 0; k < words.size() && match; ++k) match = w[i + k].lower == words[k];
    if (match) {
      *value = v;
      *vague = true;
      return words.size();
    }
  }
  if (w[i].type == WordType::kNumber) {
    double v = DigitsValue(w[i].text);
    size_t used = 1;
    if (i + 1 < end) {
      // ("2 million-strong": the part before a hyphen.)
      const std::string_view next = w[i + 1].lower;
      const double scale = lex.NumberWord(next.substr(0, next.find('-')));
      if (scale >= 1000) {
        v = std::round(v * scale);  // ("67.1 mln": 67,100,000, not 67,099,999.99...)
        ++used;
      }
    }
    *value = v;
    return used;
  }
  return ParseNumberWords(w, i, end, value);
}

std::vector<Figure> FindFigures(int article, const Article& a, const std::vector<Paragraph>& paragraphs,
                                const std::vector<PersonMention>& people) {
  const Lexicon& lex = Lexicon::Get();
  std::vector<Figure> out;
  // Per figure: its words ran into "and" and another number before any kind
  // word ("All 259 people aboard and 11 people on the ground were killed").
  std::vector<char> joined_to_next;
  for (const Paragraph& p : paragraphs) {
    const std::vector<Word>& w = p.words;
    for (size_t s = 0; s < p.sentence_starts.size(); ++s) {
      size_t sb, se;
      SentenceRange(p, s, &sb, &se);
      // A figure's span in the text, as raw bytes and as written, and its sentence.
      auto place_at = [&](Figure* f, Span text) {
        f->text = text;
        f->raw = a.ToRaw(text);
        f->sentence = {w[sb].begin, w[se - 1].end};
        f->as_written = std::string(std::string_view(a.text).substr(text.begin, text.size()));
      };
      // A record of a log or a table scraped with the page ("22-10-2013 8:12 -
      // UID: 661608 Type: buy Currency: USD BTC: 27.89 Fiat: 5687.54"): four or
      // more labels and a number in every four words is no prose that reports
      // figures; none are read from it.
      {
        size_t labels = 0, digits = 0;
        for (size_t k = sb; k < se; ++k) {
          if (w[k].type == WordType::kNumber) ++digits;
          if (k + 1 < se && w[k].type == WordType::kWord && w[k].capitalized && w[k + 1].text == ":" &&
              w[k + 1].begin == w[k].end) {
            ++labels;
          }
        }
        if (labels >= 4 && digits * 4 >= se - sb) continue;
      }
      // What the sentence's last amount in millions or more was: money, a
      // measure, or neither. "3.1 billion yen ... against a 6.99 billion loss",
      // "2.5 mln bpd from 1.2 mln in the third week": the unit written once.
      enum class Scaled { kNone, kMoney, kMeasure } scaled_unit = Scaled::kNone;
      for (size_t i = sb; i < se; ++i) {
        if (w[i].type != WordType::kNumber && w[i].type != WordType::kWord) continue;
        // A word ParseNumber reads opens with a digit or may start a number
        // ("one", "dozens", "a quarter"): skip the rest before the call.
        if (w[i].type == WordType::kWord && !IsAsciiDigit(static_cast<unsigned char>(w[i].text[0])) &&
            (w[i].classes & kNumberStartClass) == 0) {
          continue;
        }
        double value = 0;
        bool vague = false;
        const size_t used = ParseNumber(w, i, se, &value, &vague);
        if (used == 0 || value <= 0) continue;
        const size_t after = i + used;  // first word after the number
        // (Views, compared with literals by length first: these run for every number.)
        auto low = [&](size_t k) { return w[k].lower.empty() ? w[k].text : std::string_view(w[k].lower); };
        const std::string_view next = after < se ? low(after) : std::string_view();
        const std::string_view prev = i > sb ? low(i - 1) : std::string_view();
        // "537,000: That's the number of Rohingya who have fled": the number
        // stands first, and what it counts comes after "the number of".
        size_t noun_from = after;
        if (next == ":") {
          size_t k = after + 1;
          if (k < se && (w[k].lower == "that's" || w[k].lower == "that\xE2\x80\x99s")) {
            ++k;
          } else if (k + 1 < se && (w[k].lower == "that" || w[k].lower == "this") && w[k + 1].lower == "is") {
            k += 2;
          } else {
            k = se;
          }
          if (k + 2 < se && w[k].lower == "the" && w[k + 1].lower == "number" && w[k + 2].lower == "of") noun_from = k + 3;
        }
        Figure f;
        f.article = article;
        f.value = value;
        f.vague = vague;
        size_t through = 0;  // a share of one percent runs through its "percent" word
        // Not counts: years, dates, times, ages, measures, ordinals, ranks.
        const bool digits = w[i].type == WordType::kNumber;
        // ("executed for treason in 1535": an earlier year after a preposition.)
        const bool year_like = digits && used == 1 && w[i].text.size() == 4 && w[i].text.find(',') == std::string::npos &&
                               ((value >= 1800 && value <= 2100) ||
                                (value >= 1000 && (prev == "in" || prev == "since" || prev == "until" || prev == "from")));
        // "Dec. 17", "No. 2": an abbreviation's dot before the number.
        const std::string_view prev2 = i > sb + 1 && prev == "." ? low(i - 2) : std::string_view();
        // "120-metre", "82-year-old" (but "$18,500-per-screen" is money).
        // ("16- and 17-year-old residents": the first half of a hyphenated pair.)
        const bool hyphen_pair = after + 1 < se && w[after].text == "-" &&
                                 (w[after + 1].lower == "and" || w[after + 1].lower == "or" || w[after + 1].lower == "to");
        const bool hyphen_measure = hyphen_pair || (after + 1 < se && w[after].text == "-" &&
                                    (((w[after + 1].classes & kNotCountClass) != 0) || w[after + 1].lower.starts_with("year") ||
                                     w[after + 1].type == WordType::kNumber));  // or a score, "5-4"
        // "Game 6", "SEAL Team 6 Operator": part of a name.
        // ("Pan Am 103": a capitalised function word inside a longer name counts too.)
        const bool in_name = i > sb && w[i - 1].capitalized && w[i - 1].type == WordType::kWord && digits &&
                             // ("India's 1.3 billion people", "American Express' 1.25 billion dlr net": an owner)
                             !w[i - 1].lower.ends_with("'s") && !w[i - 1].plural_owner &&
                             next != "%" && !IsPercentWord(next) &&
                             !((w[i - 1].classes & kNationalityClass) != 0) && i - 1 != sb &&
                             (!((w[i - 1].classes & kStopwordClass) != 0) ||
                              (i - 2 > sb && w[i - 2].capitalized && w[i - 2].type == WordType::kWord &&
                               (w[i - 2].classes & kStopwordClass) == 0));
        // "a 5-4 decision", "1995-96": a score or a span, one word with a hyphen between digits.
        const bool score = digits && used == 1 && w[i].text.find('-') != std::string_view::npos;
        // "18,000 pounds of marijuana": a weight (but "tens of millions of pounds" stays money).
        // ("a combined mass of 70,000 pounds", "their weight was well over
        // thirty thousand pounds": a weight, after a word of weight.)
        bool weight = next == "pounds" && after + 1 < se && w[after + 1].lower == "of";
        for (size_t k = sb; next == "pounds" && !weight && k < i; ++k) {
          const std::string_view x = w[k].lower;
          weight = x == "mass" || x == "weight" || x == "weigh" || x == "weighs" || x == "weighed" ||
                   x == "weighing" || x == "heavy" || x == "heavier" || x == "load" || x == "loads" ||
                   // ("lost 70 pounds in his cell")
                   ((x == "lost" || x == "lose" || x == "losing" || x == "gained" || x == "gain" || x == "shed") &&
                    k + 3 >= i);
        }
        // "the Five Factor Model", "the Big Ten": a capitalised number word inside a name.
        const bool name_word = !digits && w[i].capitalized && i > sb && after < se && w[after].capitalized &&
                               w[after].type == WordType::kWord;
        // "205 deaths per 100,000 live births", "174 of every 100,000": a rate, not a count.
        bool rate = prev == "per" || prev == "every";
        for (size_t k = after; k < se && k < after + 4 && !rate; ++k) {
          rate = (w[k].lower == "per" || w[k].lower == "every") && k + 1 < se && w[k + 1].type == WordType::kNumber;
        }
        // "between the ages of 6 and 12", "aged 6": ages.
        const std::string_view before_of = prev == "of" && i >= sb + 2 ? std::string_view(w[i - 2].lower) : std::string_view();
        bool age = prev == "aged" || prev == "age" || prev == "ages" || before_of == "age" || before_of == "ages";
        // ("lower the voting age from 18 to 16", "children under 7")
        for (size_t k = i; digits && !age && value <= 120 && k > sb && i - k < 6; --k) {
          age = (w[k - 1].lower == "age" || w[k - 1].lower == "ages") &&
                (prev == "from" || prev == "to" || prev == "under" || prev == "over");
        }
        age = age || (digits && prev == "under" && i >= sb + 2 &&
                      (w[i - 2].lower == "children" || w[i - 2].lower == "kids" || w[i - 2].lower == "age"));
        // ("who was 25 when he was tortured": an age.)
        age = age || (digits && (prev == "was" || prev == "is") && i >= sb + 2 && w[i - 2].lower == "who" &&
                      (next == "when" || next == "," || next == "." || next == "and"));
        // ("... ages of 6 and 12", "most aged 13 to 18": the second one too.)
        if (!age && (prev == "and" || prev == "to")) {
          for (size_t k = i; k > sb + 1 && i - k < 4 && !age; --k) {
            age = w[k - 1].lower == "ages" || (w[k - 1].lower == "aged" && i - k == 2);
          }
        }
        // "a .357 magnum": a calibre, a decimal with no whole part.
        const bool dot_first = digits && i > sb && w[i - 1].text == "." && w[i - 1].end == w[i].begin &&
                               (i - 1 == sb || w[i - 2].type != WordType::kNumber);
        const bool decimal_only = dot_first && !IsCurrencyWord(next);
        if (dot_first && !decimal_only) {  // ".125 dlrs per share": a price below one
          f.value = value = DigitsValue("0." + std::string(w[i].text));
        }
        // "Jasmine Desguia, 34, of San Jose": an age set off after a name.
        const bool age_after_name = digits && prev == "," && i >= sb + 2 && w[i - 2].capitalized &&
                                    w[i - 2].type == WordType::kWord && (next == "," || next == ")" || next == ";");
        // "93 nautical miles", "9.2 million cubic feet": a measure past its modifier.
        const bool modified_measure = after + 1 < se && w[after].type == WordType::kWord && !w[after].capitalized &&
                                      (w[after + 1].classes & kNotCountClass) != 0 &&
                                      (w[after].classes & kStopwordClass) == 0 &&
                                      next != "percentage";  // ("10 percentage points" is a share)
        // "840 Park Ave.", "1794 Silver Bell Circle": an address.
        // ("1794 Silver Bell Circle": a street's word two names on.)
        const bool address = digits && after + 1 < se && w[after].capitalized &&
                             (((w[after].classes | w[after + 1].classes) & kPlaceWordClass) != 0 ||
                              (after + 2 < se && w[after + 1].capitalized &&
                               (w[after + 2].classes & kPlaceWordClass) != 0 && w[after + 2].capitalized));
        // "for 11 straight years", "three consecutive days", "two more weeks": a duration.
        const bool span_of_time = after + 1 < se &&
                                  (next == "straight" || next == "consecutive" || next == "successive" ||
                                   next == "full" || next == "long" || next == "more" || next == "additional" ||
                                   next == "further") &&
                                  (lex.IsNotCount(w[after + 1].lower) || w[after + 1].lower.starts_with("year"));
        // "9/11", "24/7": a date or a slogan.
        const bool slash = (i > sb && w[i - 1].text == "/") || (after < se && w[after].text == "/");
        // "a 223-211 majority", "their 55-45 hold over the Senate", "voted 2-2":
        // a tally of votes or seats, two counts (a "5-4 decision" stays a score).
        // ("passed by a vote of 188-112": the tally after the word for it.)
        const std::string_view tally_word = prev == "of" && i >= sb + 2 ? low(i - 2) : std::string_view();
        if (score && (next == "majority" || next == "hold" || next == "vote" || next == "votes" || next == "margin" ||
                      next == "tally" || next == "split" || prev == "voted" || tally_word == "vote" ||
                      tally_word == "votes" || tally_word == "margin" || tally_word == "tally")) {
          std::string_view a_part, b_part;
          if (DigitsPair(w[i].text, &a_part, &b_part)) {
            for (const auto& [from, part] : {std::pair{size_t{0}, a_part}, std::pair{a_part.size() + 1, b_part}}) {
              if (DigitsValue(part) <= 0) continue;  // ("a unanimous 3-0 vote": no one voted against)
              Figure g;
              g.article = article;
              g.value = DigitsValue(part);
              g.kind = "count";
              if (after < se && w[after].type == WordType::kWord) g.counts = std::string(w[after].text);
              place_at(&g, {w[i].begin + from, w[i].begin + from + part.size()});
              joined_to_next.push_back(false);
              out.push_back(std::move(g));
            }
          }
          i = after - 1;
          continue;
        }
        // "5-7% of the 115 members", "5-7 percent": a range of shares, both ends;
        // "15-18 dlrs a barrel": of amounts.
        const bool money_pair = score && IsCurrencyWord(next);
        if (score && (next == "%" || IsPercentWord(next) || next == "per" || money_pair)) {
          std::string_view a_part, b_part;
          if (DigitsPair(w[i].text, &a_part, &b_part) && DigitsValue(a_part) < DigitsValue(b_part)) {
            for (const auto& [from, part] : {std::pair{size_t{0}, a_part}, std::pair{a_part.size() + 1, b_part}}) {
              Figure g;
              g.article = article;
              g.value = DigitsValue(part);
              g.kind = money_pair ? "money" : "percent";
              g.range = true;
              const size_t end = from == 0 || next != "%" ? w[i].begin + from + part.size() : w[after].end;
              place_at(&g, {w[i].begin + from, end});
              joined_to_next.push_back(false);
              out.push_back(std::move(g));
            }
            i = after - 1;
            continue;
          }
        }
        // "leads by 10 points", "runs 11 points ahead of", "an 11-point
        // improvement": a poll's margin in percentage points, a share (an
        // index that "rose 214.72 points" measures).
        const bool point_compound = w[i].lower.ends_with("-point");
        bool poll_points = false;
        if (next == "points" || next == "point" || point_compound) {
          const size_t k = point_compound ? after : after + 1;  // the word after "points"
          const std::string_view then = k < se ? low(k) : std::string_view();
          poll_points = then == "ahead" || then == "behind" || then == "lead" || then == "margin" ||
                        then == "advantage" || then == "edge" || then == "gap" || then == "improvement" ||
                        then == "deficit";
          for (size_t j = sb; prev == "by" && !poll_points && j + 1 < i; ++j) {
            const std::string_view x = w[j].lower;
            poll_points = x == "leads" || x == "lead" || x == "led" || x == "leading" || x == "trails" ||
                          x == "trail" || x == "trailed" || x == "trailing";
          }
          // ("beat President Obama by eight points in a hypothetical poll
          // match-up": any margin "by N points" in a sentence about a poll.)
          bool poll = false;
          for (size_t j = sb; prev == "by" && !poll_points && !poll && j < se; ++j) poll = w[j].lower.starts_with("poll");
          poll_points = (poll_points && (digits || point_compound) && value == std::floor(value) && value <= 100) ||
                        (poll && value == std::floor(value) && value <= 100);
          if (point_compound && !poll_points) {
            i = after - 1;
            continue;
          }
        }
        // An amount in millions or more ("2.2 mln", "five billion") with no
        // unit of its own after it.
        const std::string_view scale_word = used >= 2 ? std::string_view(w[after - 1].lower) : std::string_view();
        const size_t scale_hyphen = scale_word.find('-');
        const bool scaled = used >= 2 && lex.NumberWord(scale_word.substr(0, scale_hyphen)) >= 1e6;
        const bool unit_left_out = scaled && (after >= se || w[after].type != WordType::kWord ||
                                              (w[after].classes & kStopwordClass) != 0 || lex.IsFunds(next));
        // ("a 4.1 billion-year-old planet", "a 2 million-acre reserve": a
        // measure written into the scale's compound.)
        if (scaled && scale_hyphen != std::string_view::npos &&
            (scale_word.substr(scale_hyphen + 1).starts_with("year") ||
             lex.IsNotCount(scale_word.substr(scale_hyphen + 1)))) {
          i = after - 1;
          continue;
        }
        if (scaled && lex.IsNotCount(next)) scaled_unit = Scaled::kMeasure;
        if (unit_left_out && scaled_unit == Scaled::kMeasure) {
          i = after - 1;
          continue;
        }
        if (poll_points) {
          // a share in points, taken as percent below
        } else if (year_like || score || weight || slash || name_word || rate || age || span_of_time || modified_measure ||
            address || age_after_name || decimal_only || IsMonth(prev) || IsMonth(next) || IsMonth(prev2) || prev2 == "no" ||
            lex.IsNotCount(next) || lex.IsNotCount(std::string_view(next).substr(0, next.find('-'))) ||
            next.starts_with("year") || prev == "number" || prev == "page" || prev == "route" ||
            prev == "article" || prev == "resolution" || prev == "flight" || prev == "chapter" || prev == "top" ||
            prev == "year" || prev == "grade" || prev == "class" || prev == "phase" || prev == "stage" ||
            // ("5:20 p.m.": a time, its colon glued on; "died in clashes: 41
            // police officers" is a list.)
            (digits && noun_from == after &&
             ((next == ":" && after < se && w[after].begin == w[i].end) || (prev == ":" && w[i - 1].end == w[i].begin))) ||
            hyphen_measure || in_name || prev == "#") {
          i = after - 1;
          continue;
        }
        // A share: "15%", "15 percent", "15 per cent", "10 percentage points".
        const bool percent_next =
            poll_points || next == "%" || IsPercentWord(next) || w[i].lower.ends_with("-percent") || w[i].lower.ends_with("-per-cent") || (next == "per" && after + 1 < se && w[after + 1].lower == "cent") ||
            (next == "percentage" && after + 1 < se && w[after + 1].lower.starts_with("point"));
        // "one of the", "one day": the word "one" counts nothing on its own ("one percent" is a share).
        // ("one dlr a barrel", "one to 1.50 dlrs": an amount of money.)
        const bool one_amount = IsCurrencyWord(next) || (next == "to" && after + 2 < se &&
                                                         w[after + 1].type == WordType::kNumber &&
                                                         IsCurrencyWord(w[after + 2].lower));
        if (!digits && !vague && value == 1 && used == 1 && !percent_next && !one_amount) {
          i = after - 1;
          continue;
        }
        // "half the territory", "two-thirds majority": a share; "a quarter
        // percentage point", "a quarter-point": a share of one point; "the
        // third quarter": a period, no figure.
        // ("0.2 percent" is a share as written; "a quarter of a century" a span.)
        const bool century = after + 2 < se && next == "of" && (w[after + 1].lower == "a" || w[after + 1].lower == "an") &&
                             (w[after + 2].lower == "century" || w[after + 2].lower == "hour" ||
                              w[after + 2].lower == "mile" || w[after + 2].lower == "year");
        if (century) {
          i = after - 1;
          continue;
        }
        // "0.523 common share for each": a decimal below one, neither a share
        // nor money, is a ratio, no figure.
        if (digits && value < 1 && !percent_next && !IsCurrencyWord(next) && !(i > sb && IsCurrencySign(w[i - 1]))) {
          i = after - 1;
          continue;
        }
        if (value < 1 && !(digits && (percent_next || IsCurrencyWord(next)))) {
          const bool point = next == "point" || next == "points" ||
                             (next == "percentage" && after + 1 < se && w[after + 1].lower.starts_with("point"));
          // ("the current quarter of seven licensees", "the same quarter": a period.)
          if (!point && (prev == "third" || prev == "second" || prev == "first" || prev == "fourth" || prev == "last" ||
                         prev == "final" || prev == "next" || prev == "this" || prev == "current" ||
                         prev == "previous" || prev == "same" || prev == "latest" || prev == "fiscal" || next == "century" ||
                         next.starts_with("quarter") || next == "ended")) {
            i = after - 1;
            continue;
          }
          f.kind = "percent";
          // "three tenths of 1 percent", "two-tenths of a percent": a share of
          // one percent, through its "percent".
          const bool of_one = next == "of" && after + 2 < se &&
                              (w[after + 1].lower == "a" || w[after + 1].lower == "one" || w[after + 1].text == "1") &&
                              (IsPercentWord(w[after + 2].lower) || w[after + 2].lower == "percentage");
          if (of_one) {
            through = w[after + 2].lower == "percentage" && after + 3 < se ? after + 3 : after + 2;
          } else if (!point) {
            f.value = value = value * 100;
          }
        }
        // Money and shares.
        if (!f.kind.empty()) {
          // a share, set above
        } else if (i > sb && IsCurrencySign(w[i - 1])) {
          f.kind = "money";
        } else if (IsCurrencyWord(next)) {  // ("pounds of" is a weight, skipped above)
          f.kind = "money";
        } else if (percent_next) {
          f.kind = "percent";
        } else if ((next == "to" || next == "-" || (next == "and" && i > sb && prev == "between")) && after + 2 < se &&
                   w[after + 1].type == WordType::kNumber &&
                   (IsPercentWord(w[after + 2].lower) || w[after + 2].text == "%")) {
          f.kind = "percent";  // "15 to 20 percent", "between five and 10 pct"
        }
        // "fixed the exchange rate at 3.8 ringgit to the dollar", "$1.10 per
        // euro": a price of one currency in another, no amount of money.
        if (f.kind == "money") {
          size_t k = IsCurrencyWord(next) ? after + 1 : after;
          if (k < se && (w[k].lower == "to" || w[k].lower == "per" || w[k].lower == "against")) {
            ++k;
            if (k < se && (w[k].lower == "the" || w[k].lower == "a" || w[k].lower == "one" || w[k].lower == "each")) ++k;
            // (Not "$5 to $10", "dlrs 3 million to dlrs 5 million": a sign before the next amount.)
            const bool sign_of_next = k + 1 < se && IsCurrencySign(w[k]) && w[k + 1].type == WordType::kNumber;
            if (k < se && w[k].type == WordType::kWord && IsCurrencyWord(w[k].lower) && !sign_of_next) {
              i = after - 1;
              continue;
            }
          }
        }
        // Qualifier, longest first.
        size_t first = i;
        for (const auto& q : lex.Qualifiers()) {
          if (q.size() > i - sb) continue;
          bool match = true;
          for (size_t k = 0; k < q.size() && match; ++k) match = w[i - q.size() + k].lower == q[k];
          if (match) {
            for (const std::string& qw : q) f.qualifier += (f.qualifier.empty() ? "" : " ") + qw;
            first = i - q.size();
            break;
          }
        }
        // The currency, before ("$", "dlrs") or after ("400 baht") the amount.
        if (f.kind == "money" && first == i && i > sb && IsCurrencySign(w[i - 1])) first = i - 1;
        if (dot_first && first == i) first = i - 1;  // (".125 dlrs": from its dot)
        const size_t last = f.kind == "money" && after < se && IsCurrencyWord(next) ? after : after - 1;
        Span text{w[first].begin, w[through > 0 ? through : last].end};
        if (f.kind == "percent" && next == "%") text.end = w[after].end;
        place_at(&f, text);
        // What is counted: the next word ("civilians"), past "of" and adjectives.
        size_t c = noun_from;
        // "300 or 400 people", "$125 to $225 million": a range's second number
        // carries the counted noun and the multiplier for both.
        // ("between two and eight thousand dollars")
        const bool between = next == "and" && first > sb && w[first - 1].lower == "between";
        if ((next == "to" || next == "or" || next == "-" || between) && after + 1 < se) {
          size_t j = after + 1;
          if (j + 1 < se && (w[j].text == "$" || w[j].text == "\xC2\xA3" || w[j].text == "\xE2\x82\xAC")) ++j;
          double second = 0;
          bool second_vague = false;
          // ("four to seven games": number words too.)
          const bool second_number =
              w[j].type == WordType::kNumber || (w[j].type == WordType::kWord && (w[j].classes & kNumberStartClass) != 0);
          const size_t second_used = second_number ? ParseNumber(w, j, se, &second, &second_vague) : 0;
          if (second_used > 0 && !second_vague) {
            double digits_value = 0;  // the second number without its multiplier
            ParseNumber(w, j, j + 1, &digits_value, &second_vague);
            // ("fifty to ninety thousand dollars": number words too.)
            if (used == 1 && second_used > 1 && digits_value > 0 && second / digits_value >= 1000 && value < 1000) {
              f.value = value = value * (second / digits_value);
            }
            c = j + second_used;
            f.range = true;
          }
        }
        // "was convicted of killing three prisoners", "found guilty of two
        // murders", "cleared of four murders": what one person is charged
        // with, not the toll of the event.
        for (size_t k = first; k > sb && first - k < 6 && !f.charged; --k) {
          const std::string_view x = w[k - 1].lower;
          if (x == "." || x == ";") break;
          if ((x == "of" || x == "with" || x == "to") && k >= sb + 2) {
            const std::string_view v = w[k - 2].lower;
            f.charged = v == "convicted" || v == "guilty" || v == "cleared" || v == "acquitted" || v == "charged" ||
                        v == "accused" || v == "suspected" || v == "admitted" || v == "confessed" || v == "pleaded";
          }
        }
        // The range's second end ("30" of "20 or 30").
        if ((prev == "to" || prev == "or" || prev == "-" || prev == "and") && !out.empty() && out.back().range &&
            out.back().article == article && i >= sb + 2 && w[i - 2].end == out.back().text.end) {
          f.range = true;
        }
        // "the three 1998 winners": past a year that describes them.
        if (c + 1 < se && w[c].type == WordType::kNumber && w[c].text.size() == 4 && w[c + 1].type == WordType::kWord &&
            !w[c + 1].capitalized && (w[c + 1].classes & kStopwordClass) == 0) {
          const double year = DigitsValue(w[c].text);
          if (year >= 1800 && year <= 2100) ++c;
        }
        // "eight or fewer passengers", "20 or so people": past the hedge.
        if (c + 2 < se && w[c].lower == "or" &&
            (w[c + 1].lower == "fewer" || w[c + 1].lower == "more" || w[c + 1].lower == "less" || w[c + 1].lower == "so")) {
          c += 2;
        }
        // "nine people ..., four of whom", "656 zircons ... 79 of them": the
        // sentence's previous figure says what is counted.
        // ("At least 265 people were killed. An official said 161 of them were
        // mostly civilians": the paragraph's previous figure, and from an
        // earlier sentence its kind too; within one sentence the clause after
        // "of whom" says what the part is: "arrested nine people, four of
        // whom were the subject of sealed indictments".)
        std::string partitive, partitive_kind;
        if (c + 1 < se && w[c].lower == "of" &&
            (w[c + 1].lower == "whom" || w[c + 1].lower == "them" || w[c + 1].lower == "those") && !out.empty() &&
            out.back().sentence.begin >= p.span.begin && out.back().article == article && !out.back().counts.empty()) {
          partitive = out.back().counts;
          if (out.back().sentence.begin != w[sb].begin) partitive_kind = out.back().kind;
        }
        if (c < se && w[c].lower == "of") {
          // ("18 of the dead", "161 of them": a part of a whole.)
          auto owner = [](std::string_view x) {
            return x == "its" || x == "their" || x == "his" || x == "her" || x == "our" || x == "my" || x == "your";
          };
          f.part = c + 1 < se && (w[c + 1].lower == "the" || w[c + 1].lower == "them" || w[c + 1].lower == "those" ||
                                  w[c + 1].lower == "whom" || w[c + 1].lower == "these" || owner(w[c + 1].lower));
          ++c;
          // "64 of the 122 parliamentary seats", "four of those censuses",
          // "eight of her girlfriends", "three of his Republican rivals"
          while (c < se && (w[c].lower == "the" || owner(w[c].lower) || w[c].lower == "those" || w[c].lower == "these" ||
                            w[c].type == WordType::kNumber ||
                            (c > 0 && owner(w[c - 1].lower) && w[c].capitalized && c + 1 < se &&
                             w[c + 1].type == WordType::kWord && !w[c + 1].capitalized))) {
            ++c;
          }
        }
        // "the five of us were able to escape": people, counted by their own word.
        const bool of_us = c > noun_from && w[c - 1].lower == "of" && c < se && (w[c].lower == "us" || w[c].lower == "you");
        // ("14 “clean” Russian athletes", "the world's 50 “least powerful”
        // people": past words set in quotation marks; "55,000 “likes”", "his
        // 14 “therapy ducks”": the counted noun inside them.)
        if (c + 2 < se && w[c].type == WordType::kOpenQuote) {
          size_t close = c + 1;
          while (close < se && close < c + 5 && w[close].type == WordType::kWord) ++close;
          const size_t words_end = close;
          if (close + 1 < se && w[close].text == "." && w[close + 1].type == WordType::kCloseQuote) ++close;  // (“likes.”)
          if (words_end > c + 1 && close < se && words_end < c + 5 && w[close].type == WordType::kCloseQuote) {
            c = close + 1 < se && w[close + 1].type == WordType::kWord ? close + 1 : words_end - 1;
          }
        }
        // ("three US researchers", "five U.N. inspectors": an acronym, like a
        // nationality, before a lowercase noun describes what is counted; "4
        // RBI in 29 games" counts the acronym's.)
        auto acronym = [](const Word& x) { return x.text.size() <= 5 && x.text.size() >= 2 && IsAllCaps(x.text); };
        while (c + 1 < se && w[c].type == WordType::kWord && w[c + 1].type == WordType::kWord &&
               ((((w[c].classes & kNationalityClass) != 0 ||
                  (acronym(w[c]) && (w[c + 1].classes & kStopwordClass) == 0)) &&
                 !w[c + 1].capitalized) ||
                w[c].lower == "other" ||
                w[c].lower == "more" || w[c].lower == "additional" || w[c].lower == "new" ||
                w[c].lower == "former" || w[c].lower == "current" ||
                // ("about 1,500 mostly young people")
                (w[c].lower.size() > 4 && w[c].lower.ends_with("ly") && !w[c].capitalized &&
                 (w[c].classes & kStopwordClass) != 0))) {
          ++c;  // "Syrian civilians", "Kurdish fighters", "other Europeans"
          // ("44 current and former Netscape employees")
          if (c + 2 < se && (w[c].lower == "and" || w[c].lower == "or") &&
              (w[c + 1].lower == "former" || w[c + 1].lower == "current")) {
            c += 2;
          }
        }
        // "the two most infamous men": past a superlative.
        if (c + 2 < se && (w[c].lower == "most" || w[c].lower == "least") && w[c + 1].type == WordType::kWord &&
            w[c + 2].type == WordType::kWord && !w[c + 2].capitalized) {
          c += 2;
        }
        if (c < se && w[c].type == WordType::kWord && f.kind != "money" && f.kind != "percent" &&
            !((w[c].classes & kStopwordClass) != 0) && !((w[c].classes & kReportVerbClass) != 0) && !((w[c].classes & kSpeechVerbClass) != 0) &&
            w[c].lower != "out") {
          f.counts = w[c].lower;
        }
        // ("Two sailors died and 15 others were missing": people, not the
        // yachts another source counts as missing.)
        if (f.counts.empty() && c < se && w[c].lower == "others" && f.kind != "money" && f.kind != "percent") {
          f.counts = "others";
        }
        if (!partitive.empty()) f.counts = partitive;
        if (of_us && f.counts.empty()) f.counts = "people";
        // "thousands of pounds of scrap metal": a weight.
        if (f.counts == "pounds" && c + 1 < se && w[c + 1].lower == "of") {
          i = after - 1;
          continue;
        }
        if (IsCurrencyWord(f.counts)) {
          // "tens of millions of dollars" ("thousands of pounds of scrap" was skipped above)
          f.kind = "money";
          f.counts.clear();
        }
        // "650,000 missing Bitcoins", "530,000 of the stolen Mt. Gox Bitcoins",
        // "100,000 more Mt. Gox Bitcoins": the currency the phrase ends in, past
        // what describes it, says what is counted.
        if (f.kind != "money" && f.kind != "percent") {
          for (size_t k = after, steps = 0; k < se && steps < 6; ++k) {
            const Word& x = w[k];
            if (x.text != ".") ++steps;  // ("Mt. Gox": an abbreviation's dot is no word)
            if (x.type == WordType::kWord && IsCurrencyWord(x.lower)) {
              // ("70 pounds he'd lost": a weight is no amount of money.)
              if (x.lower == "pounds" && k == after) break;
              f.kind = "money";
              f.counts.clear();
              break;
            }
            // (Past participles and adjectives only: "11 countries adopting the
            // euro" count countries.)
            const std::string_view l = x.lower;
            const bool participle = (l.ends_with("ed") || l.ends_with("ing") || l.ends_with("en")) &&
                                    (x.classes & (kSpeechVerbClass | kReportVerbClass)) == 0;
            const bool describes = x.type == WordType::kWord &&
                                   (x.capitalized || participle || l == "more" || l == "other" || l == "new" ||
                                    l == "of" || l == "the" || l == "its" || l == "their" || l == "his" || l == "her");
            if (!describes && x.text != ".") break;
          }
        }
        // "billions in aid", "$"-less "5 million in damages": millions or more in funds are money.
        // ("a 6.99 billion loss", "revenues of 5.9 mln", "profits of 1.72 mln"; and
        // after an amount of money in millions or more in the sentence, one
        // with its unit left out.)
        const bool funds_of = first >= sb + 2 && w[first - 1].lower == "of" && lex.IsFunds(w[first - 2].lower);
        if (f.kind.empty() && f.value >= 1e6 &&
            ((after + 1 < se && w[after].lower == "in" && lex.IsFunds(w[after + 1].lower)) ||
             (scaled && lex.IsFunds(next)) || (unit_left_out && (funds_of || scaled_unit == Scaled::kMoney)))) {
          f.kind = "money";
          f.counts.clear();
        }
        // "a country of 60 million", "a pre-conflict population of 20.7 million":
        // its people, whatever the sentence counts around it.
        // ("the city of about 125,000": past the qualifier.)
        if (f.kind.empty() && first >= sb + 2 && w[first - 1].lower == "of" &&
            (w[first - 2].lower == "country" || w[first - 2].lower == "nation" || w[first - 2].lower == "city" ||
             w[first - 2].lower == "town" || w[first - 2].lower == "population")) {
          f.kind = "count";
          if (f.counts.empty()) f.counts = "people";
        }
        // "50,000 out of an estimated quarter-million": the base, a plain count.
        const bool base_total = first >= sb + 2 && w[first - 2].lower == "out" && w[first - 1].lower == "of";
        // Kind: the nearest kind word around the number.
        if (base_total && f.kind.empty()) f.kind = "count";
        // "the bodies of two missing teen-age girls", "the bodies of the bride and
        // four other friends": the dead, whatever follows.
        if (f.kind.empty()) {
          size_t of = first;  // back over "the bride and", to the "of"
          if (first >= sb + 3 && w[first - 1].lower == "and") {
            for (size_t k = first - 1; k > sb && k + 5 > first; --k) {
              if (w[k - 1].lower == "of") {
                of = k;
                break;
              }
              if (w[k - 1].type != WordType::kWord) break;
            }
          }
          if (of >= sb + 2 && w[of - 1].lower == "of" &&
              (w[of - 2].lower == "bodies" || w[of - 2].lower == "corpses" || w[of - 2].lower == "remains")) {
            f.kind = "killed";
          }
        }
        bool joined = false;
        bool kind_after = false;  // the kind came from words after the number
        if (f.kind.empty()) {
          size_t best = SIZE_MAX;
          for (size_t k = noun_from; k < se && k < noun_from + kKindReachAfter; ++k) {
            // Another figure's words; but not a model's number ("the Boeing 747").
            const bool model = k > after && w[k - 1].capitalized && w[k - 1].type == WordType::kWord &&
                               !IsMonth(w[k - 1].lower) && w[k].text.size() != 4;
            // ("At least 83 people, including 24 women and children, were
            // killed": past the part set off after "including".)
            if (k > after && w[k - 1].lower == "including" &&
                (w[k].type == WordType::kNumber || lex.NumberWord(w[k].lower) >= 2)) {
              size_t comma = k;
              while (comma < se && comma < k + 8 && w[comma].text != ",") ++comma;
              if (comma < se && w[comma].text == ",") {
                k = comma;
                continue;
              }
            }
            if (w[k].type == WordType::kNumber && !model) {
              joined = k > after && w[k - 1].lower == "and";
              break;
            }
            // ("on the other three, it may help ease the feeling of being
            // trapped": a comma and a pronoun open another clause.)
            if (k > after && w[k - 1].text == "," && IsClausePronoun(w[k].lower)) break;
            // ("Two crew members are dead, three yachts remain missing", "three
            // citizens, of whom two disappeared": a number word opens another
            // figure's words.)
            if (k > after && lex.NumberWord(w[k].lower) >= 2 &&
                (w[k - 1].text == "," || w[k - 1].lower == "whom" || w[k - 1].lower == "them")) {
              break;
            }
            // ("the two men charged in the killing": what they are charged
            // with tells nothing of what happened to them.)
            // ("a gang of four convicted of a slew of murders": right after it too.)
            if (k >= after && k + 1 < se &&
                (((w[k].lower == "charged" || w[k].lower == "accused" || w[k].lower == "convicted" ||
                   w[k].lower == "suspected" || w[k].lower == "indicted" || w[k].lower == "acquitted") &&
                  (w[k + 1].lower == "in" || w[k + 1].lower == "with" || w[k + 1].lower == "of" ||
                   w[k + 1].lower == "for")) ||
                 // ("Two other men have confessed to killing Muslims")
                 ((w[k].lower == "confessed" || w[k].lower == "admitted" || w[k].lower == "pleaded") &&
                  (w[k + 1].lower == "to" || w[k + 1].lower == "guilty")))) {
              break;
            }
            // ("60 family members of those who perished": the kind of other people.)
            if (k > after + 1 && w[k].lower == "who" && w[k - 1].lower == "those") break;
            std::string_view kind = KindWord(w, k, sb);
            // ("Seven others on board were taken to a hospital": the wounded,
            // where "hospital" alone counts no one.)
            if (kind.empty() && k > after && (w[k].lower == "taken" || w[k].lower == "rushed" || w[k].lower == "flown") &&
                k + 2 < se && w[k + 1].lower == "to") {
              // ("flown to Merimbula Hospital": past the hospital's name.)
              size_t h = (w[k + 2].lower == "a" || w[k + 2].lower == "the") ? k + 3 : k + 2;
              while (h + 1 < se && h < k + 5 && w[h].capitalized && w[h].lower != "hospital") ++h;
              if (h < se && (w[h].lower == "hospital" || w[h].lower == "hospitals")) kind = "wounded";
            }
            // ("the 67 votes needed to remove the wounded president": a kind
            // word describing another noun tells nothing of this count.)
            if (!kind.empty() && (Attributive(w, k, sb, se) || ActiveMoved(w, k, sb))) continue;
            // ("its six hospitals": places counted, not people taken to them.)
            if (k == after && (w[k].lower == "hospitals" || w[k].lower == "hospital")) continue;
            // Nouns ("bodies", "deaths") name the count only right after it
            // ("45 dead"); "officers were searching for the bodies" does not.
            const std::string_view lw = w[k].lower;
            const bool noun = lw == "bodies" || lw == "corpses" || lw == "deaths" || lw == "dead" || lw == "lives" ||
                              lw == "fatalities" || lw == "injuries" || lw == "refugees" || lw == "toll";
            // ("190 people were taken to hospitals with injuries" does, and so
            // does a predicate: "two yacht crew members are dead", "400,000
            // people have become refugees", "162 people who suffered injuries".)
            const std::string_view before_noun = w[k - 1].lower;
            const bool predicate =
                before_noun == "are" || before_noun == "were" || before_noun == "is" || before_noun == "was" ||
                before_noun == "become" || before_noun == "became" || before_noun == "suffered" ||
                before_noun == "sustained" ||
                (k >= 2 && (w[k - 2].lower == "suffered" || w[k - 2].lower == "sustained")) ||
                (before_noun == "their" && k >= 2 && w[k - 2].lower == "to");  // "swept to their deaths"
            if (noun && k > noun_from + 2 && before_noun != "with" && !predicate) continue;
            // "five ISIS suicide bombers killed dozens": the verb's object is
            // the one killed, not the number before it.
            if (!kind.empty() && k + 1 < se && k > after &&
                (w[k + 1].type == WordType::kNumber || (w[k + 1].classes & kNumberStartClass) != 0) &&
                w[k + 1].lower != "a" && w[k + 1].lower != "an") {
              break;
            }
            if (!kind.empty()) {
              f.kind = std::string(kind);
              best = k - after;
              kind_after = true;
              break;
            }
          }
          // Before the number only when nothing else is counted ("put the death
          // toll at 45"), not "jailed ... on 10 charges".
          // (a verb right before it, "arrested 10 members", always counts).
          const bool counts_people = f.counts.empty() || lex.IsPeople(f.counts);
          bool preposition = false;  // between the kind word and the number
          for (size_t k = first; k > sb && first - k < kKindReachBefore; --k) {
            // "Two sailors died and 15 others were missing": a kind after the
            // number is not overruled by one in the clause before.
            // ("Two crew members are dead, three yachts remain missing": nor
            // by one before the comma that opens its clause.)
            if (best != SIZE_MAX && (w[k - 1].lower == "and" || w[k - 1].lower == "but" || w[k - 1].lower == "while" ||
                                     (k == first && w[k - 1].text == ","))) {
              break;
            }
            // "None ... was seriously injured, ..., though only 12 were able
            // to grab life vests": a concession opens another clause.
            const std::string_view before = w[k - 1].lower;
            if (before == "though" || before == "although" || before == "whereas" || before == "because" ||
                w[k - 1].text == ";") {
              break;
            }
            // ("murdered nine Serbs and tortured six", "raping two women": the
            // number is the object of another verb right before it.)
            // (But not a verb of amount, "has reached a million", "the injured
            // included about 20", nor one joined to a kind word, "detained or
            // interrogated at least 29".)
            if (k == first && w[k - 1].type == WordType::kWord && !w[k - 1].capitalized &&
                lex.Kind(w[k - 1].lower).empty() && (w[k - 1].classes & kReportVerbClass) == 0 &&
                w[k - 1].lower.size() > 4 && (w[k - 1].lower.ends_with("ing") || w[k - 1].lower.ends_with("ed")) &&
                !IsAmountVerb(w[k - 1].lower) &&
                !(k >= sb + 3 && (w[k - 2].lower == "or" || w[k - 2].lower == "and") &&
                  !lex.Kind(w[k - 3].lower).empty())) {
              break;
            }
            // ("detained ... lawyers, forcing the two to argue": past "the" too.)
            if (k == first && k >= sb + 2 && w[k - 1].lower == "the" && w[k - 2].type == WordType::kWord &&
                !w[k - 2].capitalized && lex.Kind(w[k - 2].lower).empty() && w[k - 2].lower.size() > 4 &&
                (w[k - 2].lower.ends_with("ing") || w[k - 2].lower.ends_with("ed")) && !IsAmountVerb(w[k - 2].lower) &&
                (w[k - 2].classes & kReportVerbClass) == 0) {
              break;
            }
            // ("Rwandan refugees and two rebellions": a list's earlier item.)
            if (k == first && (w[k - 1].lower == "and" || w[k - 1].lower == "or") && !counts_people && !f.range) break;
            // ("the dead and injured were of 19 nationalities")
            if (k == first && w[k - 1].lower == "of" && k >= sb + 2 && IsPresentOrPastBe(w[k - 2].lower)) break;
            // ("In response to the killing, about 50 candlelight vigils": things
            // counted after a comma are no object of the kind word before it.)
            // ("among refugees, tens of thousands of whom": a partitive's whole
            // stands before the comma.)
            if (k == first && w[k - 1].text == "," && !counts_people && partitive.empty()) {
              break;
            }
            // ("was mourned at his funeral Friday by 1,000 people": the agent of a
            // passive is no one the kind word before it befell; but "the toll
            // rose by 12" is an amount.)
            if (k == first && before == "by" && k >= sb + 2) {
              const std::string_view verb = w[k - 2].lower;
              if (!IsAmountVerb(verb) && verb != "rose" && verb != "fell" && verb != "grew" && verb != "increase" &&
                  verb != "rise" && verb != "up" && verb != "down" && verb != "risen" && verb != "fallen") {
                break;
              }
            }
            // "injured no one, two officials said": the kind word's object is no one.
            if (k < first && (before == "nobody" || (before == "one" && k >= sb + 2 && w[k - 2].lower == "no"))) break;
            if (before == "in" || before == "at" || before == "on" || before == "during") {
              preposition = true;
            }
            std::string_view kind = KindWord(w, k - 1, sb);
            // "fatally shot 17 people", "shot dead"
            if (kind.empty() && w[k - 1].lower == "shot" && k - 1 > sb && w[k - 2].lower == "fatally") kind = "killed";
            if (kind.empty() || Attributive(w, k - 1, sb, se) || ActiveMoved(w, k - 1, sb)) continue;
            // ("61 hospitals and 44 clinics": the kind word is another figure's noun.)
            if (k >= sb + 2 && (w[k - 2].type == WordType::kNumber || lex.NumberWord(w[k - 2].lower) >= 2)) break;
            // "claimed the lives of five", "cost the lives of 300": the dead; but
            // "made a difference in the lives of thousands", "saved the lives
            // of 20" count the living.
            if (w[k - 1].lower == "lives" && k + 1 == first && w[k].lower == "of") {
              size_t v = k - 1;
              if (v > sb && (w[v - 1].lower == "the" || w[v - 1].lower == "their")) --v;
              const std::string_view verb = v > sb ? low(v - 1) : std::string_view();
              const bool taken = verb == "claimed" || verb == "claim" || verb == "claims" || verb == "claiming" ||
                                 verb == "took" || verb == "take" || verb == "takes" || verb == "taken" ||
                                 verb == "taking" || verb == "cost" || verb == "costs" || verb == "costing" ||
                                 verb == "lost" || verb == "ended" || verb == "ending";
              if (!taken) kind = "count";
            }
            // "the injured toll was lowered to 180": the word before "toll" says which.
            if (w[k - 1].lower == "toll" && k - 1 > sb) {
              const std::string_view before = lex.Kind(w[k - 2].lower);
              if (!before.empty()) kind = before;
            }
            // ("five people died in three separate accidents": the accidents
            // did not die.)
            if (first - k < best && (counts_people || (first - k <= 3 && !preposition))) f.kind = std::string(kind);
            break;
          }
        }
        if (f.kind.empty() && partitive_kind != "count") f.kind = partitive_kind;
        // "killed 224 people, including 12 Americans, and injured 5,000": a
        // part set off after "including" takes the kind of its whole.
        // ("the eight arrested Turks include two majors, four captains and two
        // sergeants"; "more than 190 people died in clashes: 41 police
        // officers, two soldiers, ..."; "killed eight people (four of my
        // teammates ...)": the parts after "include" or a colon, the list they
        // open, and a part of the sentence's earlier figure, do too.)
        const bool whole_before = !out.empty() && out.back().article == article &&
                                  out.back().sentence.begin == w[sb].begin && !out.back().kind.empty() &&
                                  out.back().kind != "count" && out.back().kind != "money" &&
                                  out.back().kind != "percent" && f.kind != "money" && f.kind != "percent";
        const bool opens_parts = (prev == "including" && i >= sb + 2 && w[i - 2].text == ",") || prev == "include" ||
                                 prev == "includes" || prev == "included" || prev == ":";
        const bool goes_on_parts = (prev == "," || prev == "and") && !out.empty() && out.back().part;
        const bool owned_part = f.part && f.kind.empty() && i + 2 < se && w[i + 1].lower == "of" &&
                                (w[i + 2].lower == "my" || w[i + 2].lower == "his" || w[i + 2].lower == "her" ||
                                 w[i + 2].lower == "our" || w[i + 2].lower == "their" || w[i + 2].lower == "its");
        if (whole_before && (opens_parts || goes_on_parts || owned_part)) {
          f.kind = out.back().kind;
          f.part = true;
        }
        // ("About 200 North Koreans have defected ..., including 60 so far
        // this year": a part of a plain count, counting what it counts.)
        if (f.kind.empty() && f.counts.empty() && prev == "including" && i >= sb + 2 && w[i - 2].text == "," &&
            !out.empty() && out.back().article == article && out.back().sentence.begin == w[sb].begin &&
            out.back().kind == "count" && !out.back().counts.empty()) {
          f.kind = "count";
          f.counts = out.back().counts;
          f.part = true;
        }
        // "None of the 13 workers aboard was seriously injured": the kind words
        // say what did not happen to those counted.
        if (first >= sb + 2 && (w[first - 1].lower == "of" || (w[first - 1].lower == "the" && first >= sb + 3 &&
                                                                 w[first - 2].lower == "of")) &&
            w[first - (w[first - 1].lower == "of" ? 2 : 3)].lower == "none" && f.kind != "money" && f.kind != "percent") {
          f.kind = "count";
        }
        // "a figure of 20,000", "up from 45": the sentence's previous figure's kind.
        if (f.kind.empty() && !out.empty() && out.back().sentence.begin == w[sb].begin &&
            out.back().article == article && out.back().kind != "count" && out.back().kind != "money" &&
            out.back().kind != "percent") {
          bool linked = false;  // "a figure of", "than", "compared with", "up from"
          for (size_t k = first; k > sb && first - k < 8; --k) {
            const std::string_view lw = w[k - 1].lower;
            linked = linked || lw == "figure" || lw == "estimate" || lw == "toll" || lw == "than" ||
                     lw == "compared" || lw == "from" || lw == "versus" || lw == "vs" ||
                     (lw == "to" && k == first);  // "dropped from 580,000 to 569,000"
            if (w[k - 1].begin < out.back().text.end) break;
          }
          if (linked) f.kind = out.back().kind;
        }
        // "murdered nine Serbs and tortured six": the object of a second verb,
        // with its noun left out, counts what the sentence's previous figure did.
        if (f.kind.empty() && f.counts.empty() && first == i && i > sb && !out.empty() &&
            out.back().article == article && out.back().sentence.begin == w[sb].begin &&
            !out.back().counts.empty() && w[i - 1].type == WordType::kWord && !w[i - 1].capitalized &&
            w[i - 1].lower.ends_with("ed") && (next.empty() || next == "." || next == "," || next == "in" ||
                                               next == "and" || next == "on" || next == "at")) {
          f.kind = "count";
          f.counts = out.back().counts;
        }
        // "About 200 teachers took the course. Hundreds more signed up": more
        // of what the paragraph's previous figure counted.
        if (f.counts.empty() && next == "more" && !out.empty() && out.back().article == article &&
            out.back().sentence.begin >= p.span.begin && !out.back().counts.empty() && !out.back().part) {
          f.counts = out.back().counts;
          if (f.kind.empty()) f.kind = out.back().kind;
        }
        // "A labor union that had contributed millions to Democrats": a sum of
        // millions or more given, raised or spent, with no currency named.
        if (f.kind.empty() && f.counts.empty() && f.value >= 1e6 && first > sb) {
          const std::string_view verb = low(first - 1);
          if (verb == "contributed" || verb == "donated" || verb == "raised" || verb == "spent" || verb == "paid" ||
              verb == "earned" || verb == "owed" || verb == "invested" || verb == "pledged" || verb == "cost" ||
              verb == "costs" || verb == "costing" || verb == "lost" || verb == "borrowed" || verb == "lent") {
            f.kind = "money";
          }
        }
        // "They now number roughly 1.5 million", "his victims certainly number
        // well over 100": what numbers so many is counted ("the number 3" was
        // skipped above; "number one and two" is a rank).
        if (f.kind.empty() && f.counts.empty() && first > sb + 1) {
          size_t k = first - 1;
          if (low(k) == "number" || low(k) == "numbered") {
            size_t subj = k;
            while (subj > sb && (low(subj - 1) == "now" || low(subj - 1) == "certainly" || low(subj - 1) == "still" ||
                                 low(subj - 1) == "probably" || low(subj - 1) == "may" || low(subj - 1) == "could")) {
              --subj;
            }
            // (A noun's kind, if any, is found below as for any figure before
            // its noun: "his victims ... number well over 100".)
            if (subj > sb && (IsClausePronoun(low(subj - 1)) || low(subj - 1) == "they")) f.kind = "count";
          }
        }
        if (f.kind.empty() && f.counts.empty()) {
          // "the crowd estimate was only 3,500", "from 171 to 145": counted,
          // though the noun stands elsewhere.
          // ("decreased 18 percent, to 2,380 from 2,908"; "from 10 seats to
          // more than 40": the word before the qualifier.)
          const std::string_view pre = first > sb ? low(first - 1) : std::string_view();
          // ("roughly 1.5 million a year ..., or 1.4 million, according to":
          // another source's count of the same.)
          bool counted = prev == "from" || (pre == "to" && next == "from") ||
                         ((pre == "to" || pre == "or") && !out.empty() && out.back().sentence.begin == w[sb].begin &&
                          out.back().kind == "count");
          for (size_t k = first; k > sb && first - k <= 4 && !counted; --k) {
            const std::string_view lw = w[k - 1].lower;
            counted = lw == "estimate" || lw == "estimated" || lw == "total" || lw == "tally" || lw == "crowd" ||
                      lw == "turnout" || lw == "figure" || lw == "numbering" || lw == "numbered" || lw == "totaling" ||
                      lw == "totalling" || lw == "capacity" || lw == "attendance" || lw == "maximum" ||
                      lw == "minimum" || lw == "shortfall" || lw == "membership" || lw == "staff" ||
                      lw == "decline" || lw == "force" || lw == "workforce" || lw == "crew" || lw == "team" ||
                      lw == "squad" || lw == "delegation";
          }
          // "all 13 were minors", "Three were chained": people counted as the
          // subject, opening the sentence or after "all".
          // ("The courts ruled the two should be punished": after "the", before
          // an auxiliary.)
          // ("five of the women collapsed, and three were taken out", "the
          // three had made such appeals")
          const bool modal = next == "should" || next == "would" || next == "will" || next == "could" ||
                             next == "must" || next == "had" || next == "have";
          // ("As of Tuesday, 12 had been released": after an opening phrase.)
          const bool after_opening = prev == "," && first > sb + 2 &&
                                     (w[sb].lower == "as" || w[sb].lower == "by" || w[sb].lower == "of" ||
                                      w[sb].lower == "since" || w[sb].lower == "until" || w[sb].lower == "after");
          // "the two were forced", "between the two did not", "forcing the two
          // to argue", "the two of them": people named before, counted by a
          // number word with no noun after it.
          const bool of_them = next == "of" && after + 1 < se && (w[after + 1].lower == "them" || w[after + 1].lower == "us");
          const bool the_number_alone =
              prev == "the" && !digits && !vague &&
              (of_them || next == "were" || next == "are" || next == "was" || next == "did" || next == "do" ||
               next == "to" || next == "," || next == "." || next == ")" || next == "met" || next == "agreed");
          // ("the 25 who didn't", "the eight it was authorized to carry":
          // people or things named before; "mother of five", "the father of
          // three": children.)
          const bool the_ones_who = prev == "the" && !vague && (next == "who" || (!digits && next == "it"));
          const std::string_view parent = first >= sb + 2 && prev == "of" ? std::string_view(w[first - 2].lower)
                                                                           : std::string_view();
          const bool children = parent == "mother" || parent == "father" || parent == "parent" ||
                                parent == "parents" || parent == "grandmother" || parent == "grandfather";
          if (((first == sb || prev == "all" || prev == "only" || prev == "just" || after_opening ||
                (prev == "and" && first > sb + 1 && w[first - 2].text == ",")) &&
               (next == "were" || next == "are" || next == "have" || next == "had" || next == "remain" ||
                next == "remained")) ||
              (prev == "the" && modal) || the_number_alone || the_ones_who || children) {
            f.kind = "count";
          }
          // ("members _ currently numbering 115 _ were": a dash ends it too.)
          // ("an attendance record of 2,555,901 this season")
          if (counted && (next == "to" || pre == "to" || prev == "from" || next.empty() || next == "," || next == "." ||
                          next == "_" || next == ")" || next == ";" || next == "\xE2\x80\x94" || next == "this" ||
                          next == "last" || next == "in" || next == "over" || next == "from")) {
            f.kind = "count";
          }
        }
        // ("Reuters reporting at least 16 have been killed; CNN says 25, AP
        // says 46": another source's figure for the count before it, the
        // counted words left out.)
        const bool after_source_verb = i >= sb + 2 && (w[i - 1].classes & kSpeechVerbClass) != 0 &&
                                       w[i - 2].type == WordType::kWord && w[i - 2].capitalized;
        if (f.kind.empty() && f.counts.empty() && digits && after_source_verb && !out.empty() &&
            out.back().article == article && out.back().sentence.begin == w[sb].begin && !out.back().kind.empty() &&
            out.back().kind != "money" && out.back().kind != "percent" &&
            (next.empty() || next == "," || next == "." || next == ";" || next == "and")) {
          f.kind = out.back().kind;
          f.counts = out.back().counts;
        }
        if (f.kind.empty()) {
          // A bare number with nothing counted is no figure ("one said").
          // Nor is a fractional one ("a high of 9,337.97"): counts are whole.
          if (f.counts.empty() || lex.IsSpeechVerb(f.counts) || lex.IsNotCount(f.counts) ||
              (digits && value != std::floor(value))) {
            i = after - 1;
            continue;
          }
          f.kind = "count";
        }
        // The words read for place, time and reporter: the sentence, but within
        // 100 words of the figure in a "sentence" of more than 200 (a scraped
        // table or data dump, where each figure would read it whole).
        const bool huge = se - sb > 200;
        const size_t rb = huge && i > sb + 100 ? i - 100 : sb;
        const size_t re = huge && after + 100 < se ? after + 100 : se;
        // Place: "in east Aleppo", "in Jub al-Quba".
        for (size_t k = rb; k + 1 < re; ++k) {
          const std::string_view lw = w[k].lower;
          // (Their first letters first: this loop runs over the sentence for every figure.)
          if (lw.empty() || std::string_view("ianof").find(lw[0]) == std::string_view::npos) continue;
          if (lw != "in" && lw != "at" && lw != "near" && lw != "across" && lw != "inside" && lw != "outside" &&
              lw != "from" && lw != "of")
            continue;
          size_t j = k + 1;
          if (j < re && w[j].lower == "the") ++j;
          std::string direction;
          if (j < re && IsDirection(w[j].lower)) direction = w[j++].lower;
          if (j >= re || !w[j].capitalized || (lw == "of" && direction.empty())) continue;
          auto n = NameStartingAt(w, j, re);
          if (!n || n->first != j || n->org || (lw == "of" && direction.empty())) continue;
          std::string place = (direction.empty() ? "" : direction + " ") + n->name;
          if (k > i) {
            f.place = place;  // the first place after the number wins
            break;
          }
          f.place = place;  // else the nearest before it
        }
        // Time: a weekday, "since ...", "over the past ...", "last week".
        for (size_t k = rb; k < re; ++k) {
          const std::string_view lw = w[k].lower;
          // (Days, "today", "yesterday", "overnight", and "since", "over", "during", "last", "this" start so.)
          if (lw.empty() || std::string_view("mtwfsodly").find(lw[0]) == std::string_view::npos) continue;
          if (IsWeekday(lw)) {
            f.time = lw.ends_with("'s") ? lw.substr(0, lw.size() - 2) : lw;
            break;
          }
          if ((lw == "since" || lw == "over" || lw == "during" || lw == "last" || lw == "this") && k + 1 < re &&
              k != first) {
            size_t e = k + 1;
            if (lw == "over" || lw == "during") {
              if (w[e].lower != "the" || e + 1 >= re || (w[e + 1].lower != "past" && w[e + 1].lower != "last")) continue;
            }
            if ((lw == "last" || lw == "this") && w[e].lower != "week" && w[e].lower != "month" &&
                w[e].lower != "year" && w[e].lower != "weekend")
              continue;
            while (e < re && e < k + 5 && (w[e].type == WordType::kWord || w[e].type == WordType::kNumber) &&
                   (e < k + 3 || !((w[e].classes & kStopwordClass) != 0))) {
              ++e;
            }
            for (size_t t = k; t < e; ++t) f.time.append(f.time.empty() ? "" : " ").append(w[t].lower);
            break;
          }
        }
        // Reporter: "CNN says 25", "Reuters reporting at least 16": the source
        // right before the figure; else "given by X" near it; else the
        // sentence's speaker.
        if (first >= sb + 2 && w[first - 1].type == WordType::kWord &&
            (((w[first - 1].classes & kSpeechVerbClass) != 0 && (w[first - 1].classes & kAddresseeVerbClass) == 0) ||
             w[first - 1].lower == "reporting")) {
          if (auto n = NameEndingAt(w, sb, first - 2); n && n->last == first - 2) f.reporter = n->name;
        }
        for (size_t k = after; f.reporter.empty() && k + 1 < se && k < after + 8; ++k) {
          if (w[k].lower == "by" && (w[k - 1].lower == "given" || w[k - 1].lower == "reported" ||
                                     w[k - 1].lower == "provided" || w[k - 1].lower == "released" ||
                                     w[k - 1].lower == "cited" || w[k - 1].lower == "issued")) {
            size_t j = k + 1;
            if (j < se && w[j].lower == "the") ++j;
            if (auto n = NameStartingAt(w, j, se)) f.reporter = n->name;
            break;
          }
        }
        if (f.reporter.empty()) {
          std::string resolved;
          std::string written = SpeakerIn(w, rb, re, w[i].begin, people, &resolved);
          if (written.empty()) {
            // "X put the death toll at 45", "X estimated"
            for (size_t k = rb; k < re; ++k) {
              if (!((w[k].classes & kReportVerbClass) != 0) || k == rb) continue;
              for (size_t j = k; j > rb && written.empty(); --j) {
                if (auto n = NameEndingAt(w, rb, j - 1)) written = resolved = n->name;
              }
              break;
            }
          }
          f.reporter = resolved.empty() ? written : resolved;
        }
        // "The Civil Defence put the toll at 45": a figure whose sentence names
        // no place or time follows the previous sentence's figure of its kind.
        if (f.place.empty() && f.time.empty() && !out.empty() && out.back().article == article &&
            out.back().kind == f.kind && out.back().sentence.end <= f.sentence.begin &&
            out.back().sentence.begin >= p.span.begin) {
          f.place = out.back().place;
          f.time = out.back().time;
        }
        // ("All 259 people aboard ... and 11 people on the ground were killed":
        // the kind of the second holds for the first.)
        if (kind_after && !out.empty() && joined_to_next.back() && out.back().kind == "count" &&
            out.back().sentence.begin == f.sentence.begin && out.back().article == article) {
          out.back().kind = f.kind;
        }
        if (scaled) scaled_unit = f.kind == "money" ? Scaled::kMoney : Scaled::kNone;
        joined_to_next.push_back(joined);
        out.push_back(std::move(f));
        i = through > 0 ? through : after - 1;
      }
    }
  }
  return out;
}

std::vector<Disagreement> FindDisagreements(const std::vector<Figure>& figures) {
  const Lexicon& lex = Lexicon::Get();
  auto counted = [&](const Figure& f) { return lex.IsPeople(f.counts) ? std::string("people") : f.counts; };
  auto place_key = [](const std::string& place) {
    const size_t sp = place.rfind(' ');
    return AsciiLowercase(sp == std::string::npos ? std::string_view(place) : std::string_view(place).substr(sp + 1));
  };
  auto source = [](const Figure& f) {
    if (!f.reporter.empty()) return f.reporter;
    std::string s(1, '#');
    s += std::to_string(f.article);  // the article itself
    return s;
  };
  // Same count: same kind of count, of the same people, and the same place
  // or time span, stated on both sides and not contradicted on the other.
  // A side is a count of what befell people, stated as a figure of its own.
  // ("boasted he had to kill 20 or 30 before his morning coffee": a range or
  // an alternative is a rough figure, not a side; nor what one person is
  // charged with, "convicted of killing three"; nor a part of a whole, "18 of
  // the dead had been identified".)
  auto can_be_side = [](const Figure& f) {
    return f.kind != "count" && f.kind != "money" && f.kind != "percent" && !f.vague && !f.range && !f.charged &&
           !f.part;
  };
  auto same_count = [&](const Figure& a, const Figure& b) {
    if (a.kind != b.kind || !can_be_side(a) || !can_be_side(b)) return false;
    if (!a.counts.empty() && !b.counts.empty() && counted(a) != counted(b)) return false;
    const bool places = !a.place.empty() && !b.place.empty();
    const bool times = !a.time.empty() && !b.time.empty();
    if (places && place_key(a.place) != place_key(b.place)) return false;
    if (times && a.time != b.time) return false;
    // People in general need a shared place or time to be one count; a
    // specific thing counted ("households") in one story is one count.
    const bool specific = !a.counts.empty() && a.counts == b.counts && counted(a) != "people";
    // ("Reuters reporting at least 16 have been killed; CNN says 25": one
    // sentence setting named sources side by side.)
    const bool side_by_side = a.article == b.article && a.sentence.begin == b.sentence.begin && !a.reporter.empty() &&
                              !b.reporter.empty();
    return places || times || specific || side_by_side;
  };
  auto differ = [&](const Figure& a, const Figure& b) {
    const double hi = std::max(a.value, b.value), lo = std::min(a.value, b.value);
    return hi - lo > kMinDifference * hi && hi <= kMaxRatio * lo;
  };
  const size_t n = figures.size();
  std::vector<std::vector<int>> groups;  // every member the same count as every other
  std::vector<char> grouped(n, 0);
  // Only figures that can be a side are paired, and only with figures of their
  // own kind: a page of thousands of plain counts costs one pass, not a pass
  // per pair.
  std::vector<size_t> sides;
  for (size_t i = 0; i < n; ++i) {
    if (can_be_side(figures[i])) sides.push_back(i);
  }
  std::stable_sort(sides.begin(), sides.end(), [&](size_t x, size_t y) { return figures[x].kind < figures[y].kind; });
  for (size_t si = 0; si < sides.size(); ++si) {
    for (size_t sj = si + 1; sj < sides.size() && figures[sides[sj]].kind == figures[sides[si]].kind; ++sj) {
      const size_t i = std::min(sides[si], sides[sj]), j = std::max(sides[si], sides[sj]);
      const Figure& a = figures[i];
      const Figure& b = figures[j];
      if (!same_count(a, b) || source(a) == source(b) || !differ(a, b)) continue;
      bool placed = false;
      for (auto& g : groups) {
        const bool has_i = std::find(g.begin(), g.end(), static_cast<int>(i)) != g.end();
        const bool has_j = std::find(g.begin(), g.end(), static_cast<int>(j)) != g.end();
        if (has_i && has_j) {
          placed = true;
          break;
        }
        const int add = has_i ? static_cast<int>(j) : has_j ? static_cast<int>(i) : -1;
        if (add < 0) continue;
        bool fits = true;
        for (int m : g) fits = fits && (m == add || same_count(figures[m], figures[add]));
        if (fits && !grouped[add]) {
          g.push_back(add);
          grouped[add] = 1;
          placed = true;
          break;
        }
      }
      if (!placed && !grouped[i] && !grouped[j]) {
        groups.push_back({static_cast<int>(i), static_cast<int>(j)});
        grouped[i] = grouped[j] = 1;
      }
    }
  }
  // In the order of the pairs that opened them, as if every pair were visited in turn.
  std::stable_sort(groups.begin(), groups.end(), [](const std::vector<int>& x, const std::vector<int>& y) {
    return std::pair(x[0], x[1]) < std::pair(y[0], y[1]);
  });
  std::vector<Disagreement> out;
  for (auto& members : groups) {
    // Equal figures from other sources back a side; keep them too.
    for (size_t k = 0; k < n; ++k) {
      if (grouped[k]) continue;
      bool fits = true, equal = false;
      for (int m : members) {
        fits = fits && same_count(figures[k], figures[m]);
        equal = equal || figures[k].value == figures[m].value;
      }
      if (fits && equal) {
        members.push_back(static_cast<int>(k));
        grouped[k] = 1;
      }
    }
    std::sort(members.begin(), members.end(), [&](int x, int y) { return figures[x].value < figures[y].value; });
    Disagreement d;
    d.kind = figures[members[0]].kind;
    for (int m : members) {
      if (d.place.empty()) d.place = figures[m].place;
    }
    d.figures = members;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace storyline
