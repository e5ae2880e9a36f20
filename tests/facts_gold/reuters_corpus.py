#!/usr/bin/env python3
"""Writes the Reuters-21578 articles Debian ships as corpus files for facts-eval.

Debian's r-cran-tm package carries 70 Reuters-21578 newswire articles of 1987
(texts/crude: 20 on oil prices, texts/acq: 50 on acquisitions), one XML file
each; they become OUT_DIR/reuters.jsonl, one story per article:

  {"id": "crude/reut-00001", "title": "...", "documents": ["<the BODY text>"]}

the document being the BODY element's text with the XML entities decoded.
Debian's weka package carries 2,158 more of the collection, as ARFF strings
(examples/ReutersCorn-train.arff, 1,554, and ReutersCorn-test.arff, 604; the
Grain files hold the same texts under other labels); they become
OUT_DIR/reuters_weka.jsonl, ids "train-0001" ... and "test-0001" ... in file
order, each document the string with its ARFF escapes undone (title and body
as weka joined them; Reuters' own "&lt;" left as written). A gold set's offsets
are the documents' UTF-8 bytes. scripts/reuters_corpus.sh fetches both
packages (without installing R or Java) and runs this.

  tests/facts_gold/reuters_corpus.py TM_TEXTS_DIR WEKA_EXAMPLES_DIR OUT_DIR
"""
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

ARFF_ROW = re.compile(r"'((?:[^'\\]|\\.)*)',\S+$")
ARFF_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}


def arff_strings(path):
    """The first (string) attribute of every data row of an ARFF file."""
    rows, data = [], False
    with open(path, encoding="latin-1") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not data:
                data = line.strip().lower() == "@data"
                continue
            if not line.strip():
                continue
            m = ARFF_ROW.match(line)
            if not m:
                raise SystemExit(f"{path}:{lineno}: not a quoted string and a label")
            rows.append(re.sub(r"\\(.)", lambda e: ARFF_ESCAPES.get(e.group(1), e.group(1)), m.group(1)))
    return rows


def write(path, stories):
    with open(path + ".tmp", "w", encoding="utf-8") as out:
        for story in stories:
            out.write(json.dumps(story, ensure_ascii=False) + "\n")
    os.replace(path + ".tmp", path)
    print(f"{path}: {len(stories)} articles", file=sys.stderr)


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__.strip().splitlines()[-1].strip())
    texts, weka, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    stories = []
    for topic in ("crude", "acq"):
        files = sorted(glob.glob(os.path.join(texts, topic, "reut-*.xml")))
        if not files:
            raise SystemExit(f"{texts}/{topic}: no reut-*.xml files")
        for path in files:
            try:
                root = ET.parse(path).getroot()
            except ET.ParseError as e:
                raise SystemExit(f"{path}: {e}")
            body = root.find("TEXT/BODY")
            title = root.find("TEXT/TITLE")
            name = os.path.splitext(os.path.basename(path))[0]
            stories.append({"id": f"{topic}/{name}",
                            "title": title.text if title is not None and title.text else "",
                            "documents": [body.text if body is not None and body.text else ""]})
    write(os.path.join(out_dir, "reuters.jsonl"), stories)
    stories = []
    for part in ("train", "test"):
        for n, text in enumerate(arff_strings(os.path.join(weka, f"ReutersCorn-{part}.arff")), 1):
            stories.append({"id": f"{part}-{n:04d}", "documents": [text]})
    write(os.path.join(out_dir, "reuters_weka.jsonl"), stories)


if __name__ == "__main__":
    main()
