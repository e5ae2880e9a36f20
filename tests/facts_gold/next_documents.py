#!/usr/bin/env python3
"""The next documents to annotate for a held-out facts set.

Documents of DUC 2004 and Multi-News dev stories that no gold set in this
folder touches (with --any-story: documents no gold set annotates, in any
story), holding 8-20 pairs of quotation marks and 5 or more numbers,
in a fixed order (SHA-1 of "corpus/story#document"), so that the choice is
made before anyone reads them. Prints corpus, story, document, quote pairs,
numbers and length, one a line.

  tests/facts_gold/next_documents.py [--shared ../shared] [--count 12]
"""
import argparse
import glob
import hashlib
import json
import os
import re


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(here, "..", "..", "..", "shared"))
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--any-story", action="store_true", help="also documents of stories a gold set touches")
    args = parser.parse_args()
    touched, annotated = set(), set()
    for path in glob.glob(os.path.join(here, "*.jsonl")):
        with open(path, encoding="utf-8") as gold:
            for line in gold:
                story = json.loads(line)
                touched.add((story["corpus"], story["story"]))
                annotated.update((story["corpus"], story["story"], d) for d in story["documents"])
    found = []
    for corpus, name in (("duc2004", "duc2004.jsonl"), ("multinews", "multinews_dev100.jsonl")):
        with open(os.path.join(args.shared, "eval", name), encoding="utf-8") as stories:
            for line in stories:
                story = json.loads(line)
                if (corpus, story["id"]) in touched and not args.any_story:
                    continue
                for i, text in enumerate(story["documents"]):
                    if (corpus, story["id"], i) in annotated:
                        continue
                    quotes = len(re.findall(r"“|``", text)) + len(re.findall(r'"', text)) // 2
                    numbers = len(re.findall(r"\b\d[\d,.]*\b", text))
                    if 8 <= quotes <= 20 and numbers >= 5:
                        key = hashlib.sha1(f"{corpus}/{story['id']}#{i}".encode()).hexdigest()
                        found.append((key, corpus, story["id"], i, quotes, numbers, len(text.encode())))
    for _, corpus, story, i, quotes, numbers, size in sorted(found)[: args.count]:
        print(f"{corpus} {story} {i} quotes={quotes} numbers={numbers} bytes={size}")


if __name__ == "__main__":
    main()
