#!/usr/bin/env bash
# Time and memory of `storyline summarize` on texts built to make rules read
# the same words again and again: a tag in every sentence of one paragraph,
# a name run repeated across "and", a text in capitals, one "sentence" of
# quotes with no full stop, and plain sentences for scale. Each should take
# time in proportion to its size. Prints seconds (median of RUNS) and peak RSS
# per input; the inputs are generated in a temporary folder, never kept.
#   bench/hostile.sh                      (RUNS=3, N=20000 repetitions)
#   RUNS=1 N=200000 bench/hostile.sh      (6 to 14 MB, under the 16 MiB article limit)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
exec python3 - "${RUNS:-3}" "${N:-20000}" <<'PY'
import os, resource, statistics, subprocess, sys, tempfile, time

runs, n = int(sys.argv[1]), int(sys.argv[2])
inputs = {
    "report": "".join('"Prices rose a lot," the report said. ' for _ in range(n)),
    "company": "".join('"Prices rose a lot," the company said. ' for _ in range(n)),
    "it": "".join('"Prices rose a lot," it said. ' for _ in range(n)),
    "he": "John Smith said so. " + "".join('"Prices rose a lot," he said. ' for _ in range(n)),
    "and": " ".join("Acme Corp and" for _ in range(5 * n)) + ' said. "We rose by much," the company said.',
    "capitals": " ".join("WORD" + chr(65 + i % 26) for i in range(10 * n)) + " said.",
    "nostop": "The OECD said " + "".join('prices rose and "Prices rose a lot" the report said and ' for _ in range(n)) + ".",
    # (For scale: as many plain sentences, no quotes.)
    "plain": "".join("The bridge over the river was closed on Monday after the storm. " for _ in range(n)),
}
print(f"{'input':<10} {'bytes':>10} {'median s':>9} {'peak RSS MB':>12}")
with tempfile.TemporaryDirectory() as d:
    for name, text in inputs.items():
        path = os.path.join(d, name + ".txt")
        with open(path, "w") as f:
            f.write("Headline\n\n" + text + "\n")
        times, rss = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            pid = os.fork()
            if pid == 0:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 1)
                os.execv("build/storyline", ["build/storyline", "summarize", path])
            _, status, usage = os.wait4(pid, 0)
            times.append(time.perf_counter() - start)
            if status != 0:
                sys.exit(f"{name}: storyline exited with status {status}")
            rss = max(rss, usage.ru_maxrss)
        print(f"{name:<10} {os.path.getsize(path):>10} {statistics.median(times):>9.2f} {rss / 1024:>12.1f}")
PY
