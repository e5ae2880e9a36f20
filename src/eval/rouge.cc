// ROUGE-1.5.5 reproduced. The Perl routine each function mirrors is named in
// its comment so the two can be read side by side.
#include "storyline/rouge.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace storyline::rouge {

namespace {

// sprintf("%7.5f", x) read back as a number: ROUGE keeps every per-story
// figure as that string.
double Round5(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%7.5f", x);
  return std::strtod(buf, nullptr);
}

bool IsPerlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Perl's split(/\s+/, $s): a leading empty field when $s starts with white
// space, trailing empty fields dropped.
std::vector<std::string> PerlSplitWs(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  const size_t n = s.size();
  std::string cur;
  while (i < n) {
    if (IsPerlSpace(s[i])) {
      out.push_back(cur);
      cur.clear();
      while (i < n && IsPerlSpace(s[i])) ++i;
    } else {
      cur.push_back(s[i++]);
    }
  }
  out.push_back(cur);
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

std::string Join(const std::vector<std::string>& v, size_t count) {
  std::string out;
  for (size_t i = 0; i < count && i < v.size(); ++i) {
    if (i) out += ' ';
    out += v[i];
  }
  return out;
}

// The SPL reader: non-empty lines (after removing one trailing "\n"),
// lowercased in ASCII only.
std::vector<std::string> ReadSpl(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(start, nl - start);
    start = nl + 1;
    if (line.empty()) continue;
    for (char& c : line) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

// s/-/ - /g; s/[^A-Za-z0-9\-]/ /g; then trim and squeeze white space.
std::string CleanText(const std::string& s) {
  std::string spaced;
  spaced.reserve(s.size() + 8);
  for (char c : s) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c == '-') {
      spaced += " - ";
    } else {
      spaced += keep ? c : ' ';
    }
  }
  std::string out;
  out.reserve(spaced.size());
  for (char c : spaced) {
    if (c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// readText: the whole summary as one string, cut at the word or byte limit.
// Returns false where ROUGE leaves the text undefined (nothing read).
bool ReadText(const std::string& raw, const Options& o, std::string* text) {
  std::vector<std::string> snts = ReadSpl(raw);
  std::string tmp;
  if (o.word_limit == 0 && o.byte_limit == 0) {
    for (size_t i = 0; i < snts.size(); ++i) {
      if (i) tmp += ' ';
      tmp += snts[i];
    }
    *text = CleanText(tmp);
    return true;  // join() of an empty list is still defined
  }
  size_t len = 0;
  if (o.word_limit != 0) {
    const size_t limit = static_cast<size_t>(o.word_limit);
    for (const std::string& s : snts) {
      std::vector<std::string> tokens = PerlSplitWs(s);
      if (len + tokens.size() < limit) {
        tmp += (len != 0 ? " " : "") + s;
        len += tokens.size();
      } else {
        if (len > 0) tmp += ' ';
        tmp += Join(tokens, limit - len);
        break;
      }
    }
  } else {
    const size_t limit = static_cast<size_t>(o.byte_limit);
    for (const std::string& s : snts) {
      if (len + s.size() < limit) {
        tmp += (len != 0 ? " " : "") + s;
        len += s.size();
      } else {
        if (len > 0) tmp += ' ';
        tmp += s.substr(0, limit - len);
        break;
      }
    }
  }
  if (tmp.empty()) return false;
  *text = CleanText(tmp);
  return true;
}

// readText_LCS: the same cut, sentence by sentence.
std::vector<std::string> ReadTextLcs(const std::string& raw, const Options& o) {
  std::vector<std::string> snts = ReadSpl(raw);
  std::vector<std::string> out;
  if (o.word_limit == 0 && o.byte_limit == 0) {
    out = snts;
  } else if (o.word_limit != 0) {
    const size_t limit = static_cast<size_t>(o.word_limit);
    size_t len = 0;
    for (const std::string& s : snts) {
      std::vector<std::string> tokens = PerlSplitWs(s);
      if (len + tokens.size() < limit) {
        len += tokens.size();
        out.push_back(s);
      } else {
        out.push_back(Join(tokens, limit - len));
        break;
      }
    }
  } else {
    // ROUGE-1.5.5 never advances its byte count here; kept as it is.
    const size_t limit = static_cast<size_t>(o.byte_limit);
    for (const std::string& s : snts) {
      if (s.size() < limit) {
        out.push_back(s);
      } else {
        out.push_back(s.substr(0, limit));
        break;
      }
    }
  }
  for (std::string& s : out) s = CleanText(s);
  return out;
}

}  // namespace

struct Scorer::Impl {
  Resources res;
  Options opt;

  // tokenizeText / createNGram's token filter: drop stopwords under -s, keep
  // tokens starting with [a-z0-9$], stem those longer than 3 bytes.
  std::vector<std::string> Tokens(const std::string& text) const {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < text.size()) {
      size_t j = text.find(' ', i);
      if (j == std::string::npos) j = text.size();
      std::string tok = text.substr(i, j - i);
      i = j + 1;
      if (tok.empty()) continue;
      if (opt.remove_stopwords && res.stopwords.count(tok)) continue;
      const char c = tok[0];
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$')) continue;
      if (opt.stem && tok.size() > 3) {
        auto it = res.exceptions.find(tok);
        tok = it != res.exceptions.end() ? it->second : RougePorterStem(tok);
      }
      out.push_back(std::move(tok));
    }
    return out;
  }

  using Grams = std::unordered_map<std::string, int>;

  // createNGram; returns the gram count (ROUGE's "_cn_").
  int NGrams(const std::vector<std::string>& t, int n, Grams* g) const {
    int count = 0;
    for (size_t i = 0; i + n <= t.size(); ++i) {
      std::string gram = t[i];
      for (int k = 1; k < n; ++k) gram += ' ' + t[i + k];
      ++(*g)[gram];
      ++count;
    }
    return count;
  }

  // createSkipBigram. Note the loop stops before the last token, so with -u
  // the last unigram is never counted, as in ROUGE-1.5.5.
  int SkipBigrams(const std::vector<std::string>& t, Grams* g) const {
    int count = 0;
    if (t.empty()) return 0;
    const size_t last = t.size() - 1;
    for (size_t i = 0; i < last; ++i) {
      if (opt.skip_unigrams) {
        ++(*g)[t[i]];
        ++count;
      }
      for (size_t j = i + 1; j <= last && (opt.skip_distance < 0 || j <= i + opt.skip_distance + 1); ++j) {
        ++(*g)[t[i] + ' ' + t[j]];
        ++count;
      }
    }
    return count;
  }

  static int Hits(const Grams& model, const Grams& peer) {
    int hit = 0;
    for (const auto& [gram, m] : model) {
      auto it = peer.find(gram);
      if (it != peer.end()) hit += std::min(it->second, m);
    }
    return hit;
  }

  // The tail shared by computeNGramScore / computeSkipBigramScore /
  // computeLCSScore: R, P and F, each rounded as ROUGE rounds them.
  Prf Finish(double total_hit, double total_count, double total_count_p) const {
    Prf s;
    s.r = Round5(total_count != 0 ? total_hit / total_count : 0);
    s.p = Round5(total_count_p != 0 ? total_hit / total_count_p : 0);
    const double denom = (1 - opt.alpha) * s.p + opt.alpha * s.r;
    s.f = Round5(denom > 0 ? (s.p * s.r) / denom : 0);
    return s;
  }

  // Combines per-model (hit, model count, peer count) by -f A or B.
  struct Tally {
    double hit = 0, count = 0, count_p = 0, best = -1;
    void Add(const Options& o, double h, double c, double cp, double score) {
      if (o.score_mode == 'B') {
        if (score > best) {
          best = score;
          hit = h;
          count = c;
          count_p = cp;
        }
      } else {
        hit += h;
        count += c;
        count_p += cp;
      }
    }
  };

  Prf GramScore(const std::string& peer, const std::vector<std::string>& models, bool skip, int n) const {
    std::string text;
    Grams pg;
    int pc = 0;
    if (ReadText(peer, opt, &text)) {
      auto t = Tokens(text);
      pc = skip ? SkipBigrams(t, &pg) : NGrams(t, n, &pg);
    }
    Tally tally;
    for (const std::string& m : models) {
      Grams mg;
      int mc = 0;
      if (ReadText(m, opt, &text)) {
        auto t = Tokens(text);
        mc = skip ? SkipBigrams(t, &mg) : NGrams(t, n, &mg);
      }
      const int hit = Hits(mg, pg);
      const double score = mc != 0 ? Round5(static_cast<double>(hit) / mc) : 0;
      tally.Add(opt, hit, mc, pc, score);
    }
    return Finish(tally.hit, tally.count, tally.count_p);
  }

  // lcs_inner + markLCS: marks the model tokens on ROUGE's LCS path.
  static void MarkLcs(const std::vector<std::string>& model, const std::vector<std::string>& peer,
                      std::vector<char>* hit_mask) {
    const size_t m = model.size(), n = peer.size();
    if (m == 0) return;
    std::vector<int> c((m + 1) * (n + 1), 0);
    std::vector<char> b((m + 1) * (n + 1), 0);  // 'd' diagonal, 'u' up, 'l' left
    auto at = [n](size_t i, size_t j) { return i * (n + 1) + j; };
    for (size_t i = 1; i <= m; ++i) {
      for (size_t j = 1; j <= n; ++j) {
        if (model[i - 1] == peer[j - 1]) {
          c[at(i, j)] = c[at(i - 1, j - 1)] + 1;
          b[at(i, j)] = 'd';
        } else if (c[at(i - 1, j)] >= c[at(i, j - 1)]) {
          c[at(i, j)] = c[at(i - 1, j)];
          b[at(i, j)] = 'u';
        } else {
          c[at(i, j)] = c[at(i, j - 1)];
          b[at(i, j)] = 'l';
        }
      }
    }
    size_t i = m, j = n;
    while (i != 0 && j != 0) {
      const char d = b[at(i, j)];
      if (d == 'd') {
        --i;
        --j;
        (*hit_mask)[i] = 1;
      } else if (d == 'u') {
        --i;
      } else {
        --j;
      }
    }
  }

  Prf LcsScore(const std::string& peer, const std::vector<std::string>& models) const {
    std::vector<std::vector<std::string>> peer_units;
    for (const std::string& s : ReadTextLcs(peer, opt)) peer_units.push_back(Tokens(s));
    Grams peer_1g;
    int peer_count = 0;
    std::string text;
    if (ReadText(peer, opt, &text)) peer_count = NGrams(Tokens(text), 1, &peer_1g);

    Tally tally;
    for (const std::string& m : models) {
      Grams peer_left = peer_1g;
      std::vector<std::vector<std::string>> model_units;
      for (const std::string& s : ReadTextLcs(m, opt)) model_units.push_back(Tokens(s));
      Grams model_left;
      if (ReadText(m, opt, &text)) NGrams(Tokens(text), 1, &model_left);

      int hit = 0, base = 0;
      for (const auto& unit : model_units) {
        std::vector<char> mask(unit.size(), 0);
        base += static_cast<int>(unit.size());
        for (const auto& p : peer_units) MarkLcs(unit, p, &mask);
        for (size_t k = 0; k < unit.size(); ++k) {
          if (!mask[k]) continue;
          auto mi = model_left.find(unit[k]);
          auto pi = peer_left.find(unit[k]);
          if (mi != model_left.end() && pi != peer_left.end() && mi->second > 0 && pi->second > 0) {
            ++hit;
            --mi->second;
            --pi->second;
          }
        }
      }
      const double score = base > 0 ? static_cast<double>(hit) / base : 0;
      tally.Add(opt, hit, base, peer_count, score);
    }
    return Finish(tally.hit, tally.count, tally.count_p);
  }
};

Scorer::Scorer(Resources resources, Options options)
    : impl_(std::make_unique<Impl>(Impl{std::move(resources), options})) {}
Scorer::~Scorer() = default;
Scorer::Scorer(Scorer&&) noexcept = default;
Scorer& Scorer::operator=(Scorer&&) noexcept = default;

const Options& Scorer::options() const { return impl_->opt; }

std::vector<std::string> Scorer::MetricNames() const {
  std::vector<std::string> names;
  for (int n = 1; n <= impl_->opt.max_ngram; ++n) names.push_back("ROUGE-" + std::to_string(n));
  if (impl_->opt.lcs) names.push_back("ROUGE-L");
  if (impl_->opt.skip_bigram) {
    const Options& o = impl_->opt;
    const std::string d = o.skip_distance < 0 ? "*" : std::to_string(o.skip_distance);
    names.push_back((o.skip_unigrams ? "ROUGE-SU" : "ROUGE-S") + d);
  }
  return names;
}

StoryScores Scorer::Score(const std::string& peer, const std::vector<std::string>& models) const {
  StoryScores out;
  const Options& o = impl_->opt;
  for (int n = 1; n <= o.max_ngram; ++n) out["ROUGE-" + std::to_string(n)] = impl_->GramScore(peer, models, false, n);
  if (o.lcs) out["ROUGE-L"] = impl_->LcsScore(peer, models);
  if (o.skip_bigram) out[MetricNames().back()] = impl_->GramScore(peer, models, true, 0);
  return out;
}

Average Aggregate(const std::vector<std::pair<std::string, Prf>>& per_story, const Options& options) {
  // computeAverages + bootstrapResampling.
  std::vector<std::pair<std::string, Prf>> inst = per_story;
  std::sort(inst.begin(), inst.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  const size_t n = inst.size();
  Average avg;
  if (n == 0) return avg;
  for (const auto& [id, s] : inst) {
    avg.plain_r += s.r;
    avg.plain_p += s.p;
    avg.plain_f += s.f;
  }
  avg.plain_r /= n;
  avg.plain_p /= n;
  avg.plain_f /= n;

  const int r = std::max(1, options.resamples);
  std::vector<double> rs(r), ps(r), fs(r);
  for (int i = 0; i < r; ++i) {
    // Perl's srand($i); rand() is drand48() after srand48($i).
    unsigned short state[3] = {0x330E, static_cast<unsigned short>(i & 0xFFFF),
                               static_cast<unsigned short>((static_cast<unsigned>(i) >> 16) & 0xFFFF)};
    double sr = 0, sp = 0, sf = 0;
    for (size_t k = 0; k < n; ++k) {
      const size_t idx = static_cast<size_t>(erand48(state) * static_cast<double>(n));
      sr += inst[idx].second.r;
      sp += inst[idx].second.p;
      sf += inst[idx].second.f;
    }
    rs[i] = sr / n;
    ps[i] = sp / n;
    fs[i] = sf / n;
  }
  const double delta = r * ((100 - options.confidence) / 2.0) / 100.0;
  const int ci_ua = static_cast<int>(r - delta - 1);
  const int ci_la = static_cast<int>(delta);
  const double ci_ratio = r - delta - 1 - ci_ua;
  auto summarize = [&](std::vector<double>& v, double* mean, Interval* ci) {
    std::sort(v.begin(), v.end());
    double sum = 0;
    for (double x : v) sum += x;
    *mean = Round5(sum / v.size());
    auto at = [&](int k) { return v[std::clamp(k, 0, r - 1)]; };
    ci->low = Round5(at(ci_la) + (at(ci_la + 1) - at(ci_la)) * ci_ratio);
    ci->high = Round5(at(ci_ua) + (at(ci_ua + 1) - at(ci_ua)) * ci_ratio);
  };
  summarize(rs, &avg.mean.r, &avg.r);
  summarize(ps, &avg.mean.p, &avg.p);
  summarize(fs, &avg.mean.f, &avg.f);
  return avg;
}

Result<Resources> Resources::Load(const std::string& dir) {
  Resources res;
  const std::string wn = dir + "/wordnet_key_value.txt";
  std::ifstream in(wn);
  if (!in) return Status::NotFound(wn + ": cannot open the WordNet exception list ROUGE needs (set --rouge-data)");
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const size_t bar = line.find('|');
    if (bar == std::string::npos) {
      return Status::InvalidArgument(wn + ":" + std::to_string(lineno) + ": expected 'inflected|base'");
    }
    res.exceptions[line.substr(0, bar)] = line.substr(bar + 1);
  }
  const std::string sw = dir + "/smart_common_words.txt";
  std::ifstream sin(sw);
  if (!sin) return Status::NotFound(sw + ": cannot open the stopword list ROUGE needs (set --rouge-data)");
  while (std::getline(sin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    res.stopwords.insert(line);
  }
  return res;
}

}  // namespace storyline::rouge
