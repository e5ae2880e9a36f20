// Summarizing speed over the evaluation corpora: stories per second, MB of
// article text per second and peak memory, as medians over several runs.
//
//   build/bench/bench_summarize [--runs N] [--words N] [--methods a,b] CORPUS.jsonl...
//
// Parsing the corpus is not timed; summarizing every story (cleaning,
// splitting, dedup, selection) is. Single thread. Every selection method (or
// those named) runs on the same loaded corpus in interleaved rounds, so the
// figures compare side by side; the last line per corpus is the cost of facts
// (default method with facts / without), per round, as a median.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "storyline/corpus.h"
#include "storyline/summary.h"

namespace {

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

long PeakRssKb() {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 7;
  storyline::SummaryOptions options;
  std::vector<std::string> corpora;
  std::vector<std::string> methods = storyline::SelectorNames();
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) {
      runs = std::atoi(argv[++i]);
    } else if (!std::strcmp(argv[i], "--methods") && i + 1 < argc) {
      methods.clear();
      std::string list = argv[++i];
      for (size_t b = 0, e; b <= list.size(); b = e + 1) {
        e = list.find(',', b);
        if (e == std::string::npos) e = list.size();
        if (e > b) methods.push_back(list.substr(b, e - b));
      }
    } else if (!std::strcmp(argv[i], "--words") && i + 1 < argc) {
      options.max_words = std::atoi(argv[++i]);
    } else {
      corpora.push_back(argv[i]);
    }
  }
  if (corpora.empty() || runs < 1) {
    std::fprintf(stderr, "usage: bench_summarize [--runs N] [--words N] [--methods a,b] CORPUS.jsonl...\n");
    return 2;
  }
  std::printf("%-26s %-15s %6s %5s %8s %10s %11s %8s\n", "corpus", "method", "words", "runs", "stories",
              "median s", "stories/s", "MB/s");
  for (const std::string& path : corpora) {
    auto corpus = storyline::ReadCorpus(path);
    if (!corpus.ok()) {
      std::fprintf(stderr, "%s\n", corpus.status().message().c_str());
      return 1;
    }
    size_t bytes = 0;
    for (const auto& s : corpus->stories) {
      for (const auto& a : s.articles) bytes += a.raw.size();
    }
    const std::string name = path.substr(path.find_last_of('/') + 1);
    // Every method summarizing only, then the default with facts (who said
    // what, figures, disagreements) as `storyline summarize` runs it. Rounds
    // are interleaved (each round runs every variant once), so a machine that
    // slows down or speeds up mid-run shifts every variant alike.
    std::vector<std::pair<std::string, bool>> variants;
    for (const std::string& m : methods) variants.emplace_back(m, false);
    variants.emplace_back(methods.front(), true);
    std::vector<std::vector<double>> seconds(variants.size());
    std::vector<double> facts_ratio;  // per round: default with facts / default alone
    for (int r = 0; r < runs; ++r) {
      for (size_t v = 0; v < variants.size(); ++v) {
        options.method = variants[v].first;
        options.facts = variants[v].second;
        const auto t0 = std::chrono::steady_clock::now();
        for (const auto& s : corpus->stories) {
          auto sum = storyline::Summarize(s.articles, options);
          if (!sum.ok() && sum.status().code() == storyline::Status::Code::kInvalidArgument) {
            std::fprintf(stderr, "%s\n", sum.status().message().c_str());
            return 2;
          }
        }
        seconds[v].push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
      }
      facts_ratio.push_back(seconds.back().back() / seconds.front().back());
    }
    for (size_t v = 0; v < variants.size(); ++v) {
      const double med = Median(seconds[v]);
      const std::string label = variants[v].first + (variants[v].second ? "+facts" : "");
      std::printf("%-26s %-15s %6d %5d %8zu %10.4f %11.1f %8.2f\n", name.c_str(), label.c_str(), options.max_words,
                  runs, corpus->stories.size(), med, corpus->stories.size() / med, bytes / 1e6 / med);
    }
    std::printf("%-26s %s+facts / %s: median %.2fx over %d rounds (min %.2fx, max %.2fx)\n", name.c_str(),
                methods.front().c_str(), methods.front().c_str(), Median(facts_ratio), runs,
                *std::min_element(facts_ratio.begin(), facts_ratio.end()),
                *std::max_element(facts_ratio.begin(), facts_ratio.end()));
  }
  std::printf("peak memory: %.1f MB (resident, whole process, corpora loaded)\n", PeakRssKb() / 1024.0);
  return 0;
}
