#!/usr/bin/env python3
"""How much of a sentence is summary material, by its position in its article.

For every sentence of every article of a JSONL corpus ({"id", "documents",
"summaries"}), the share of its word pairs (lowercased letters and digits)
that a reference summary holds, averaged over the references; printed as the
mean by sentence position (positions past --last pooled). This is the
evidence behind the lead prior and the fade (docs/benchmarks.md): it reads
the references, so it is analysis, never an input to the engine.

  bench/position_yield.py ../shared/eval/duc2004.jsonl
"""
import argparse
import collections
import json
import re
import statistics


def pairs(text):
    words = re.findall(r"[a-z0-9]+", text.lower())
    return set(zip(words, words[1:]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--last", type=int, default=20, help="positions from this one on are pooled")
    parser.add_argument("--min-words", type=int, default=8, help="shorter sentences are skipped, as the summarizer does")
    args = parser.parse_args()
    by_position = collections.defaultdict(list)
    with open(args.corpus, encoding="utf-8") as corpus:
        for line in corpus:
            story = json.loads(line)
            references = [pairs(r) for r in story["summaries"]]
            for document in story["documents"]:
                sentences = re.split(r"(?<=[.!?])\s+", re.sub(r"\s+", " ", document))
                sentences = [s for s in sentences if len(s.split()) >= args.min_words]
                for position, sentence in enumerate(sentences):
                    p = pairs(sentence)
                    if p:
                        share = statistics.mean(len(p & r) / len(p) for r in references)
                        by_position[min(position, args.last)].append(share)
    print("position  yield  sentences")
    for position in sorted(by_position):
        label = f"{position}+" if position == args.last else str(position)
        print(f"{label:>8}  {statistics.mean(by_position[position]):.3f}  {len(by_position[position]):9d}")


if __name__ == "__main__":
    main()
