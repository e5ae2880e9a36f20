#!/usr/bin/env python3
"""Writes the Reuters-21578 articles Debian ships as one corpus file for facts-eval.

Debian's r-cran-tm package carries 70 Reuters-21578 newswire articles of 1987
(texts/crude: 20 on oil prices, texts/acq: 50 on acquisitions), one XML file
each. This script writes them in the evaluation sets' JSONL form, one story per
article:

  {"id": "crude/reut-00001", "title": "...", "documents": ["<the BODY text>"]}

The document is the BODY element's text with the XML entities decoded; a gold
set's offsets are its UTF-8 bytes. scripts/reuters_corpus.sh fetches the
package (without installing R) and runs this.

  tests/facts_gold/reuters_corpus.py TM_TEXTS_DIR OUT.jsonl
"""
import glob
import json
import os
import sys
import xml.etree.ElementTree as ET


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__.strip().splitlines()[-1].strip())
    texts, out_path = sys.argv[1], sys.argv[2]
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
    with open(out_path, "w", encoding="utf-8") as out:
        for story in stories:
            out.write(json.dumps(story, ensure_ascii=False) + "\n")
    print(f"{out_path}: {len(stories)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
