#!/usr/bin/env python3
"""The next documents to annotate for a held-out facts set.

Documents of DUC 2004 and Multi-News dev stories that no gold set in this
folder touches (with --any-story: documents no gold set annotates, in any
story), holding 8-20 pairs of quotation marks (--min-quotes, --max-quotes: other bounds) and 5 or more numbers,
in a fixed order (SHA-1 of "corpus/story#document"), so that the choice is
made before anyone reads them. Prints corpus, story, document, quote pairs,
numbers and length, one a line; and, for a document that shares 40% or more of
its sentences (40 characters or longer, whitespace collapsed) with a document a
gold set annotates, "copy_of=corpus/story#document share=..." (such near-copies
of wire copy are passed over: their misses were fixed with the earlier set).
With --summaries it lists the stories' summaries instead: the Multi-News
editor-written ones (corpus multinews_summaries, document 0 the story's
summary) and the four DUC 2004 assessors' ones (corpus duc2004_summaries,
documents 0-3), whatever their stories' documents, with the same bounds
(--min-numbers: fewest numbers, default 5). With --reuters-weka it lists the
Reuters-21578 articles of Debian's weka package (corpus reuters_weka,
scripts/reuters_corpus.sh), near-copies of any annotated document, those of
corpus reuters too, marked the same way.

  tests/facts_gold/next_documents.py [--shared ../shared] [--count 12] [--any-story] [--min-quotes 8] [--max-quotes 20]
                                     [--summaries] [--min-numbers 5] [--reuters-weka] [--external build/external]
"""
import argparse
import glob
import hashlib
import json
import os
import re

COPY_SHARE = 0.4


def sentences(text):
    flat = re.sub(r"\s+", " ", text)
    return {s.strip() for s in re.split(r"(?<=[.!?])\s+", flat) if len(s.strip()) > 40}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(here, "..", "..", "..", "shared"))
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--any-story", action="store_true", help="also documents of stories a gold set touches")
    parser.add_argument("--min-quotes", type=int, default=8, help="fewest pairs of quotation marks (default 8)")
    parser.add_argument("--max-quotes", type=int, default=20, help="most pairs of quotation marks (default 20)")
    parser.add_argument("--min-numbers", type=int, default=5, help="fewest numbers (default 5)")
    parser.add_argument("--summaries", action="store_true", help="the Multi-News summaries, not the documents")
    parser.add_argument("--reuters-weka", action="store_true", help="the Reuters articles of Debian's weka package")
    parser.add_argument("--external", default=os.path.join(here, "..", "..", "build", "external"))
    args = parser.parse_args()
    touched, annotated = set(), set()
    for path in glob.glob(os.path.join(here, "*.jsonl")):
        with open(path, encoding="utf-8") as gold:
            for line in gold:
                story = json.loads(line)
                touched.add((story["corpus"], story["story"]))
                annotated.update((story["corpus"], story["story"], d) for d in story["documents"])
    found = []
    texts = {}
    sets = (("duc2004", "duc2004.jsonl", "documents"), ("multinews", "multinews_dev100.jsonl", "documents"))
    if args.summaries:
        sets += (("multinews_summaries", "multinews_dev100.jsonl", "summaries"),
                 ("duc2004_summaries", "duc2004.jsonl", "summaries"))
    if args.reuters_weka:  # (corpus reuters is read for its annotated documents only)
        sets = (("reuters", "reuters.jsonl", "documents"), ("reuters_weka", "reuters_weka.jsonl", "documents"))
    for corpus, name, field in sets:
        folder = args.external if corpus.startswith("reuters") else os.path.join(args.shared, "eval")
        with open(os.path.join(folder, name), encoding="utf-8") as stories:
            for line in stories:
                story = json.loads(line)
                for i, text in enumerate(story[field]):
                    texts[(corpus, story["id"], i)] = text
                if args.summaries != (field == "summaries"):
                    continue
                if (corpus, story["id"]) in touched and not args.any_story and not args.summaries:
                    continue
                if corpus == "reuters":
                    continue
                for i, text in enumerate(story[field]):
                    if (corpus, story["id"], i) in annotated:
                        continue
                    quotes = len(re.findall(r"“|``", text)) + len(re.findall(r'"', text)) // 2
                    numbers = len(re.findall(r"\b\d[\d,.]*\b", text))
                    if args.min_quotes <= quotes <= args.max_quotes and numbers >= args.min_numbers:
                        key = hashlib.sha1(f"{corpus}/{story['id']}#{i}".encode()).hexdigest()
                        found.append((key, corpus, story["id"], i, quotes, numbers, len(text.encode())))
    annotated_sentences = {key: sentences(texts[key]) for key in annotated if key in texts}
    for _, corpus, story, i, quotes, numbers, size in sorted(found)[: args.count]:
        line = f"{corpus} {story} {i} quotes={quotes} numbers={numbers} bytes={size}"
        own = sentences(texts[(corpus, story, i)])
        if own:
            share, other = max((len(own & theirs) / len(own), key) for key, theirs in annotated_sentences.items())
            if share >= COPY_SHARE:
                line += f" copy_of={other[0]}/{other[1]}#{other[2]} share={share:.2f}"
        print(line)


if __name__ == "__main__":
    main()
