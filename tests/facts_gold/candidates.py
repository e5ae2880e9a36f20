#!/usr/bin/env python3
"""Candidate spans of one document, listed mechanically, for annotating by hand.

Text between quotation marks (“ ”, `` '', straight double marks; a quote
that a new opening mark continues in the next paragraph ends there) and digit
strings and number words, each with its byte offsets in the document as read
(the JSON string's UTF-8 bytes) and some context. Decisions are made by
reading each candidate in its context (tests/facts_gold/README.md), not by
running Storyline.

  tests/facts_gold/candidates.py duc2004 d30046t 6 [--shared ../shared]
  tests/facts_gold/candidates.py multinews_summaries multinews_33 0   (the story's first summary)
  tests/facts_gold/candidates.py duc2004_summaries d30001t 2        (the story's third assessor summary)
  tests/facts_gold/candidates.py reuters crude/reut-00002 0        (scripts/reuters_corpus.sh writes the files)
  tests/facts_gold/candidates.py reuters_weka train-0042 0
"""
import argparse
import json
import os
import re

PAIRS = (("“", "”"), ("``", "''"), ('"', '"'))
NUMBER_WORDS = (r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|score|scores|dozen|dozens|hundreds|"
                r"thousands|millions|billions|half|quarter|third|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                r"ninety|hundred|thousand|million|billion|several)\b")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", choices=("duc2004", "multinews", "multinews_summaries", "duc2004_summaries",
                                                  "reuters", "reuters_weka"))
    parser.add_argument("story")
    parser.add_argument("document", type=int)
    parser.add_argument("--shared", default=os.path.join(here, "..", "..", "..", "shared"))
    parser.add_argument("--external", default=os.path.join(here, "..", "..", "build", "external"))
    args = parser.parse_args()
    name = "duc2004.jsonl" if args.corpus.startswith("duc2004") else "multinews_dev100.jsonl"
    path = (os.path.join(args.external, args.corpus + ".jsonl") if args.corpus.startswith("reuters")
            else os.path.join(args.shared, "eval", name))
    field = "summaries" if args.corpus.endswith("_summaries") else "documents"
    text = None
    with open(path, encoding="utf-8") as stories:
        for line in stories:
            story = json.loads(line)
            if story["id"] == args.story:
                text = story[field][args.document]
    if text is None:
        raise SystemExit(f"{args.story}: no such story in {path}")

    def byte(i):
        return len(text[:i].encode())

    def flat(s):
        return " ".join(s.split())

    print("QUOTES")
    i = 0
    while i < len(text):
        span = None
        for opening, closing in PAIRS:
            if text.startswith(opening, i):
                end = text.find(closing, i + len(opening))
                again = text.find(opening, i + len(opening)) if opening != closing else -1
                if 0 < again < end:
                    end = len(text[:again].rstrip())
                if end > 0:
                    span = (i + len(opening), end)
                break
        if span is None:
            i += 1
            continue
        b, e = span
        print(f"Q {byte(b)} {byte(e)} ...{flat(text[max(0, b - 150):b])} <<{flat(text[b:e])}>> {flat(text[e:e + 80])}")
        i = e if text[e].isspace() or text.startswith(("``", "“"), e) else e + 1
    print("NUMBERS")
    for m in re.finditer(r"\$?\d[\d,.]*%?|" + NUMBER_WORDS, text, re.I):
        context = flat(text[max(0, m.start() - 80):m.end() + 60])
        print(f"N {byte(m.start())} {byte(m.end())} {m.group()!r}: {context}")


if __name__ == "__main__":
    main()
