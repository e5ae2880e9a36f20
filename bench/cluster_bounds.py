#!/usr/bin/env python3
"""What B-cubed F1 the clustering stream allows, whatever the clusterer.

Reads the labelled stream that bench/cluster.sh writes (build/bench/stream.jsonl,
{"id", "label", "text"} a line) and scores clusterings built from the labels
themselves:
  - labels, but articles whose text is identical (after white space) share a
    cluster, as any clusterer that reads only the text must put them;
  - and the DUC 2004 topics below that report one event (no dates in the
    stream to tell them apart) together, as a careful editor would file them;
  - and also the topics that report one running story together.
It reads the labels, so it is analysis of the benchmark, never an input to the
clusterer. Given the stories `storyline cluster` wrote for the stream, it also
scores them against each of those readings of the labels.

  bench/cluster_bounds.py [build/bench/stream.jsonl [build/bench/stream.stories.jsonl]]
"""
import collections
import json
import sys

# DUC 2004 topic pairs whose reference summaries report one event.
SAME_EVENT = [
    ("d30031t", "d30047t"),  # the Zarya module's launch for the space station
    ("d30022t", "d31050t"),  # China signs the rights covenant while detaining dissidents
    ("d30026t", "d31033t"),  # the Microsoft antitrust case
    ("d30005t", "d31038t"),  # the East Africa embassy bombings and the U.S. strikes after them
]
# And pairs that report one running story, event after event, weeks apart.
SAME_RUNNING_STORY = [
    ("d30028t", "d30044t"),  # Turkey, Syria and the PKK's Ocalan
    ("d30008t", "d30011t"),  # Malaysia's Mahathir, capital controls, APEC in Kuala Lumpur
    ("d30024t", "d30046t"),  # Gingrich's fall and Livingston's succession as House speaker
    ("d30037t", "d30040t"),  # Wye River accord: Sharon, the Gaza airport,
    ("d30040t", "d30053t"),  # and Clinton's visit to Israel and Gaza
]


def bcubed(labels, clusters):
    members = collections.defaultdict(list)
    for i, c in enumerate(clusters):
        members[c].append(i)
    size = collections.Counter(labels)
    p = r = 0.0
    for i, c in enumerate(clusters):
        same = sum(1 for j in members[c] if labels[j] == labels[i])
        p += same / len(members[c])
        r += same / size[labels[i]]
    p, r = p / len(labels), r / len(labels)
    return p, r, 2 * p * r / (p + r)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "build/bench/stream.jsonl"
    with open(path, encoding="utf-8") as stream:
        items = [json.loads(line) for line in stream]
    labels = [item["label"] for item in items]

    first_label = {}
    identical = []
    for item in items:
        text = " ".join(item["text"].split())
        identical.append(first_label.setdefault(text, item["label"]))

    def merged(pairs):
        parent = {}

        def root(label):
            while parent.get(label, label) != label:
                label = parent[label]
            return label

        for a, b in pairs:
            parent[root("duc2004.jsonl:" + a)] = root("duc2004.jsonl:" + b)
        return [root(label) for label in identical]

    print(f"articles {len(items)}, labels {len(set(labels))}")
    readings = (("identical texts together", identical),
                ("and the same-event DUC 2004 topics", merged(SAME_EVENT)),
                ("and the same-running-story topics", merged(SAME_EVENT + SAME_RUNNING_STORY)))
    for name, clusters in readings:
        p, r, f = bcubed(labels, clusters)
        print(f"{name:36s} B-cubed precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}")
    if len(sys.argv) > 2:
        with open(sys.argv[2], encoding="utf-8") as placed:
            stories = [json.loads(line)["story"] for line in placed]
        if len(stories) != len(items):
            raise SystemExit(f"{sys.argv[2]}: {len(stories)} stories for {len(items)} articles")
        print("the clustering scored against the labels read so:")
        for name, reading in (("labels", labels),) + readings[1:]:
            p, r, f = bcubed(reading, stories)
            print(f"{name:36s} B-cubed precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}")


if __name__ == "__main__":
    main()
