// libFuzzer target: arbitrary bytes as a JSONL corpus file (ReadCorpus) and
// as a stream for the story clusterer.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "storyline/corpus.h"
#include "storyline/stream.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace storyline;
  static const std::string path = "/tmp/storyline_fuzz_corpus_" + std::to_string(::getpid()) + ".jsonl";
  if (FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(data, 1, size, f);
    std::fclose(f);
  }
  Result<CorpusReport> r = ReadCorpus(path);
  StoryClusterer clusterer;
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (size_t i = 0; i < text.size(); i += 97) clusterer.Add("", text.substr(i, 200));
  if (r.ok()) {
    for (const CorpusStory& s : r->stories) {
      for (const Article& a : s.articles) clusterer.Add(s.id, a.text);
    }
  }
  return 0;
}
