#include "text/rules.h"

#include <re2/re2.h>

#include <cstdio>
#include <cstdlib>

#include "base/embedded_data.h"
#include "base/rule_lines.h"

namespace storyline {

namespace {

// One case-insensitive RE2 matching any of `res`; null when there are none.
std::unique_ptr<re2::RE2> Alternation(const std::vector<std::unique_ptr<re2::RE2>>& res) {
  if (res.empty()) return nullptr;
  std::string pattern;
  for (const auto& re : res) pattern += (pattern.empty() ? "(?:" : "|(?:") + re->pattern() + ")";
  re2::RE2::Options opt;
  opt.set_case_sensitive(false);
  opt.set_log_errors(false);
  opt.set_max_mem(64 << 20);
  return std::make_unique<re2::RE2>(pattern, opt);
}

}  // namespace

Rules::~Rules() = default;

Result<std::unique_ptr<Rules>> Rules::Parse(std::string_view abbreviations, std::string_view starters,
                                            std::string_view stopwords,
                                            std::string_view boilerplate) {
  std::unique_ptr<Rules> r(new Rules());
  STORYLINE_RETURN_IF_ERROR(ForEachRuleLine("abbreviations.txt", abbreviations, [&](const auto& f) {
    if (f.size() != 2) return Status::InvalidArgument("expected 'abbreviation<TAB>kind'");
    AbbreviationKind k = f[1] == "title" ? AbbreviationKind::kTitle
                         : f[1] == "month" ? AbbreviationKind::kMonth
                         : f[1] == "other" ? AbbreviationKind::kOther
                                           : AbbreviationKind::kNone;
    if (k == AbbreviationKind::kNone) return Status::InvalidArgument("unknown kind '" + std::string(f[1]) + "'");
    r->abbreviations_[std::string(f[0])] = k;
    return Status::Ok();
  }));
  STORYLINE_RETURN_IF_ERROR(ForEachRuleLine("sentence_starters.txt", starters, [&](const auto& f) {
    r->starters_.insert(std::string(f[0]));
    return Status::Ok();
  }));
  STORYLINE_RETURN_IF_ERROR(ForEachRuleLine("stopwords_en.txt", stopwords, [&](const auto& f) {
    r->stopwords_.insert(std::string(f[0]));
    return Status::Ok();
  }));
  STORYLINE_RETURN_IF_ERROR(ForEachRuleLine("boilerplate.txt", boilerplate, [&](const auto& f) {
    if (f.size() != 2) return Status::InvalidArgument("expected 'kind<TAB>pattern'");
    re2::RE2::Options opt;
    opt.set_case_sensitive(f[0] == "prefix");
    opt.set_log_errors(false);
    const std::string pattern(f[1]);
    auto re = std::make_unique<re2::RE2>(pattern, opt);
    if (!re->ok()) return Status::InvalidArgument("bad pattern: " + re->error());
    if (f[0] == "paragraph") {
      r->paragraph_.push_back(std::move(re));
    } else if (f[0] == "end") {
      r->tail_.push_back(std::move(re));
    } else if (f[0] == "prefix") {
      r->prefix_.push_back(std::move(re));
    } else if (f[0] == "sentence") {
      r->sentence_.push_back(std::move(re));
    } else if (f[0] == "aside") {
      r->aside_.push_back(std::move(re));
    } else if (f[0] == "speech_tag") {
      r->speech_tag_.push_back(std::move(re));
    } else if (f[0] == "note") {
      r->note_.push_back(std::move(re));
    } else if (f[0] == "opener") {
      r->opener_.push_back(std::move(re));
    } else if (f[0] == "furniture") {
      r->furniture_.push_back(std::move(re));
    } else {
      return Status::InvalidArgument("unknown kind '" + std::string(f[0]) + "'");
    }
    return Status::Ok();
  }));
  r->paragraph_any_ = Alternation(r->paragraph_);
  r->tail_any_ = Alternation(r->tail_);
  r->sentence_any_ = Alternation(r->sentence_);
  r->furniture_any_ = Alternation(r->furniture_);
  for (const auto* re : {r->paragraph_any_.get(), r->tail_any_.get(), r->sentence_any_.get(), r->furniture_any_.get()}) {
    if (re && !re->ok()) return Status::InvalidArgument("boilerplate.txt: patterns do not combine: " + re->error());
  }
  return r;
}

const Rules& Rules::Get() {
  static const Rules* rules = [] {
    auto file = [](const char* name) {
      auto d = data::Find(name);
      if (!d) {
        std::fprintf(stderr, "storyline: rule file data/%s was not compiled in\n", name);
        std::abort();
      }
      return *d;
    };
    auto r = Parse(file("abbreviations.txt"), file("sentence_starters.txt"), file("stopwords_en.txt"),
                   file("boilerplate.txt"));
    if (!r.ok()) {
      std::fprintf(stderr, "storyline: %s\n", r.status().message().c_str());
      std::abort();
    }
    return std::move(r).value().release();
  }();
  return *rules;
}

AbbreviationKind Rules::Abbreviation(std::string_view lower_word) const {
  auto it = abbreviations_.find(lower_word);
  return it == abbreviations_.end() ? AbbreviationKind::kNone : it->second;
}

bool Rules::IsBoilerplateParagraph(std::string_view p) const {
  return paragraph_any_ && re2::RE2::FullMatch(p, *paragraph_any_);
}
bool Rules::StartsTail(std::string_view p) const { return tail_any_ && re2::RE2::FullMatch(p, *tail_any_); }

size_t Rules::PrefixLength(std::string_view p) const {
  for (const auto& re : prefix_) {
    re2::StringPiece input(p.data(), p.size());
    re2::StringPiece match;
    if (re->Match(input, 0, input.size(), re2::RE2::ANCHOR_START, &match, 1)) return match.size();
  }
  return 0;
}

bool Rules::IsBoilerplateSentence(std::string_view s) const {
  return sentence_any_ && re2::RE2::PartialMatch(s, *sentence_any_);
}

bool Rules::IsFactsFurniture(std::string_view s) const {
  // (One pass of one automaton: this runs for every sentence facts read.)
  return furniture_any_ && re2::RE2::FullMatch(s, *furniture_any_);
}

bool Rules::IsBoilerplateForEllipsisOnly(std::string_view s) const {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  if (s.ends_with("...") || s.ends_with("\xE2\x80\xA6")) {
    s.remove_suffix(3);
    return !IsBoilerplateSentence(s);
  }
  return false;
}

bool Rules::IsEditorsNote(std::string_view s) const {
  for (const auto& re : note_) {
    if (re2::RE2::PartialMatch(s, *re)) return true;
  }
  return false;
}

bool Rules::LeansOnContext(std::string_view s) const {
  const re2::StringPiece input(s.data(), s.size());
  for (const auto& re : opener_) {
    if (re->Match(input, 0, input.size(), re2::RE2::ANCHOR_START, nullptr, 0)) return true;
  }
  return false;
}

std::string Rules::TrimSentence(std::string_view sentence) const {
  std::string s(sentence);
  for (const auto& re : aside_) re2::RE2::GlobalReplace(&s, *re, "");
  const bool quotes = s.find('"') != std::string::npos || s.find("\xE2\x80\x9C") != std::string::npos ||
                      s.find("\xE2\x80\x9D") != std::string::npos;
  if (!quotes) {
    for (const auto& re : speech_tag_) {
      if (re2::RE2::Replace(&s, *re, ".")) break;
    }
  }
  return s;
}

}  // namespace storyline
