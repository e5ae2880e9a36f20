// Summarizing speed over the evaluation corpora: stories per second, MB of
// article text per second and peak memory, as medians over several runs.
//
//   build/bench/bench_summarize [--runs N] [--words N] [--methods a,b] CORPUS.jsonl...
//
// Parsing the corpus is not timed; summarizing every story (cleaning,
// splitting, dedup, selection) is. Single thread. Every selection method (or
// those named) runs on the same loaded corpus, one after the other, so the
// figures compare side by side.
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
    // what, figures, disagreements) as `storyline summarize` runs it.
    std::vector<std::pair<std::string, bool>> runs_of;
    for (const std::string& m : methods) runs_of.emplace_back(m, false);
    runs_of.emplace_back(methods.front(), true);
    for (const auto& [method, facts] : runs_of) {
      options.method = method;
      options.facts = facts;
      std::vector<double> seconds;
      for (int r = 0; r < runs; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        for (const auto& s : corpus->stories) {
          auto sum = storyline::Summarize(s.articles, options);
          if (!sum.ok() && sum.status().code() == storyline::Status::Code::kInvalidArgument) {
            std::fprintf(stderr, "%s\n", sum.status().message().c_str());
            return 2;
          }
        }
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
      }
      const double med = Median(seconds);
      const std::string label = method + (facts ? "+facts" : "");
      std::printf("%-26s %-15s %6d %5d %8zu %10.4f %11.1f %8.2f\n", name.c_str(), label.c_str(), options.max_words,
                  runs, corpus->stories.size(), med, corpus->stories.size() / med, bytes / 1e6 / med);
    }
  }
  std::printf("peak memory: %.1f MB (resident, whole process, corpora loaded)\n", PeakRssKb() / 1024.0);
  return 0;
}
