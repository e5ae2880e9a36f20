#include "facts/lexicon.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "base/embedded_data.h"
#include "base/rule_lines.h"
#include "text/rules.h"

namespace storyline {

namespace {

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    const size_t j = s.find(' ', i);
    const size_t end = j == std::string_view::npos ? s.size() : j;
    if (end > i) out.emplace_back(s.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<Lexicon>> Lexicon::Parse(std::string_view contents) {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  // Gathered here, asked through the tables built from them at the end.
  WordMap<double> numbers;
  WordMap<std::string> kinds;
  WordMap<uint32_t> classes;
  STORYLINE_RETURN_IF_ERROR(ForEachRuleLine("facts_lexicon.txt", contents, [&](const auto& f) {
    const std::string kind(f[0]);
    if (f.size() < 2 || f[1].empty()) return Status::InvalidArgument("expected 'kind<TAB>entry'");
    const std::string entry(f[1]);
    auto value = [&]() -> Result<double> {
      if (f.size() != 3) return Status::InvalidArgument("expected 'kind<TAB>entry<TAB>value'");
      char* end = nullptr;
      const std::string v(f[2]);
      const double d = std::strtod(v.c_str(), &end);
      if (end == v.c_str() || *end) return Status::InvalidArgument("bad value '" + v + "'");
      return d;
    };
    if (kind == "speech_verb") {
      lex->speech_verbs_.insert(entry);
    } else if (kind == "addressee_verb") {
      lex->addressee_verbs_.insert(entry);
    } else if (kind == "title") {
      lex->titles_.insert(entry);
    } else if (kind == "role") {
      lex->roles_.insert(entry);
    } else if (kind == "org_word") {
      lex->org_words_.insert(entry);
    } else if (kind == "not_count") {
      lex->not_count_.insert(entry);
    } else if (kind == "report_verb") {
      lex->report_verbs_.insert(entry);
    } else if (kind == "place_word") {
      lex->place_words_.insert(entry);
    } else if (kind == "nationality") {
      lex->nationalities_.insert(entry);
    } else if (kind == "people") {
      lex->people_.insert(entry);
    } else if (kind == "female") {
      classes[entry] |= kFemaleClass;
    } else if (kind == "male") {
      classes[entry] |= kMaleClass;
    } else if (kind == "naming_word") {
      classes[entry] |= kNamingClass;
    } else if (kind == "place_prefix") {
      classes[entry] |= kPlacePrefixClass;
    } else if (kind == "leader_title") {
      lex->leader_titles_.insert(entry);
    } else if (kind == "abbreviates") {
      if (f.size() != 3) return Status::InvalidArgument("expected 'abbreviates<TAB>short<TAB>word'");
      lex->abbreviations_.insert(entry + "\t" + std::string(f[2]));
    } else if (kind == "currency") {
      lex->currencies_.insert(entry);
    } else if (kind == "funds") {
      lex->funds_.insert(entry);
    } else if (kind == "legal_form") {
      lex->legal_forms_.insert(entry);
    } else if (kind == "text_part") {
      lex->text_parts_.insert(entry);
    } else if (kind == "number") {
      STORYLINE_ASSIGN_OR_RETURN(double v, value());
      numbers[entry] = v;
    } else if (kind == "vague") {
      STORYLINE_ASSIGN_OR_RETURN(double v, value());
      lex->vague_.emplace_back(SplitWords(entry), v);
    } else if (kind == "qualifier") {
      lex->qualifiers_.push_back(SplitWords(entry));
    } else if (kind == "kind") {
      if (f.size() != 3) return Status::InvalidArgument("expected 'kind<TAB>word<TAB>kind'");
      kinds[entry] = std::string(f[2]);
    } else {
      return Status::InvalidArgument("unknown kind '" + kind + "'");
    }
    return Status::Ok();
  }));
  auto mark = [&](const WordSet& set, uint32_t bit) {
    for (const std::string& w : set) classes[w] |= bit;
  };
  mark(lex->speech_verbs_, kSpeechVerbClass);
  mark(lex->addressee_verbs_, kAddresseeVerbClass);
  mark(lex->titles_, kTitleClass);
  mark(lex->roles_, kRoleClass);
  mark(lex->org_words_, kOrgClass);
  mark(lex->not_count_, kNotCountClass);
  mark(lex->report_verbs_, kReportVerbClass);
  mark(lex->people_, kPeopleClass);
  mark(lex->nationalities_, kNationalityClass);
  mark(lex->place_words_, kPlaceWordClass);
  mark(lex->text_parts_, kTextPartClass);
  for (const char* w : {"al", "bin", "ibn", "abu", "de", "del", "da", "dos", "das", "di", "du", "wa", "van", "von", "der",
                        "la", "le", "of", "for", "the"}) {
    classes[w] |= kConnectorClass;
  }
  for (const char* w : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                        "february", "march", "april", "may", "june", "july", "august", "september", "october",
                        "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec"}) {
    classes[w] |= kCalendarClass;
  }
  Rules::Get().ForEachStopwordAndStarter([&](const std::string& w, bool stopword) {
    classes[w] |= stopword ? kStopwordClass : kStarterClass;
  });
  for (const auto& [word, v] : numbers) lex->number_starts_.insert(word);
  for (const auto& [words, v] : lex->vague_) lex->number_starts_.insert(words.front());
  for (const char* w : {"a", "an"}) lex->number_starts_.insert(w);
  for (const std::string& w : lex->number_starts_) classes[w] |= kNumberStartClass;
  auto longer = [](const auto& a, const auto& b) { return a.size() > b.size(); };
  std::stable_sort(lex->vague_.begin(), lex->vague_.end(),
                   [&](const auto& a, const auto& b) { return longer(a.first, b.first); });
  std::stable_sort(lex->qualifiers_.begin(), lex->qualifiers_.end(), longer);
  lex->class_table_.Build(classes);
  lex->kind_table_.Build(kinds);
  lex->number_table_.Build(numbers);
  return lex;
}

const Lexicon& Lexicon::Get() {
  static const Lexicon* lexicon = [] {
    auto data = data::Find("facts_lexicon.txt");
    if (!data) {
      std::fprintf(stderr, "storyline: data/facts_lexicon.txt was not compiled in\n");
      std::abort();
    }
    auto lex = Parse(*data);
    if (!lex.ok()) {
      std::fprintf(stderr, "storyline: %s\n", lex.status().message().c_str());
      std::abort();
    }
    return std::move(lex).value().release();
  }();
  return *lexicon;
}

double Lexicon::NumberWord(std::string_view w) const {
  const double* v = number_table_.Find(w);
  return v ? *v : 0;
}

std::string_view Lexicon::Kind(std::string_view w) const {
  const std::string* k = kind_table_.Find(w);
  return k ? std::string_view(*k) : std::string_view();
}

}  // namespace storyline
