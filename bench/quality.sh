#!/usr/bin/env bash
# Summary quality of every selection method on both evaluation sets, and the
# ablation of the default engine's parts, as Markdown tables (the ones in
# docs/benchmarks.md). Data is read from ../shared, never copied. The ablation
# fetches the optional background word list (scripts/background.sh, npm).
#
#   bench/quality.sh              # methods and ablation
#   bench/quality.sh methods      # only the methods table
#   bench/quality.sh ablation     # only the ablation table
#   bench/quality.sh fade         # the fade scale swept, on both sets and on
#                                 # DUC 2004 cut to 2, 3 and 5 articles a story
#   bench/quality.sh budgets      # with and without the fade at other budgets
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
shared="${STORYLINE_SHARED:-../shared}"
duc="$shared/eval/duc2004.jsonl"
mn="$shared/eval/multinews_dev100.jsonl"
what="${1:-all}"

# eval CORPUS WORDS FIELD ARGS... -> "R-1 | R-2 | R-L | R-SU4 | stories/s" (x100, FIELD = r or f)
score() {
  local corpus=$1 words=$2 field=$3
  shift 3
  build/storyline eval "$corpus" --words "$words" --json "$@" 2>/dev/null | python3 -c '
import json, sys
d = json.load(sys.stdin)
r = d["rouge"]
f = sys.argv[1]
cells = ["%.2f" % (100 * r[m][f]) for m in ("rouge-1", "rouge-2", "rouge-l", "rouge-su4")]
cells.append("%.0f" % (d["stories"] / d["seconds"]))
print(" | ".join(cells))' "$field"
}

# score's R-1 and R-2 cells only.
r2() { score "$@" | cut -d'|' -f1,2; }

if [[ $what == all || $what == methods ]]; then
  echo "| method | DUC R-1 | R-2 | R-L | R-SU4 | stories/s | MN R-1 F | R-2 F | R-L F | R-SU4 F | stories/s |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  for m in $(build/storyline eval --help | sed -n 's/.*--method TEXT:{\([^}]*\)}.*/\1/p' | tr ',' ' '); do
    echo "| $m | $(score "$duc" 100 r --method "$m") | $(score "$mn" 300 f --method "$m") |"
  done
  echo
fi
if [[ $what == all || $what == ablation ]]; then
  echo "| default engine | DUC R-1 | R-2 | R-L | R-SU4 | stories/s | MN R-1 F | R-2 F | R-L F | R-SU4 F | stories/s |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  echo "| all parts | $(score "$duc" 100 r) | $(score "$mn" 300 f) |"
  for part in $(build/storyline eval --help | sed -n 's/.*--without TEXT:{\([^}]*\)}.*/\1/p' | tr ',' ' '); do
    echo "| without $part | $(score "$duc" 100 r --without "$part") | $(score "$mn" 300 f --without "$part") |"
  done
  # Background word statistics are not in the default engine; this row adds them.
  words=$(scripts/background.sh)
  echo "| with background word statistics | $(score "$duc" 100 r --background "$words") |" \
       "$(score "$mn" 300 f --background "$words") |"
fi
if [[ $what == fade ]]; then
  echo "| --fade-sentences | DUC R-1 | R-2 | DUC 2 articles R-1 | R-2 | 3 articles R-1 | R-2 | 5 articles R-1 | R-2 | MN R-1 F | R-2 F |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  for fade in 0 5 10 15 20 30; do
    row="| $fade | $(r2 "$duc" 100 r --fade-sentences "$fade")"
    for k in 2 3 5; do row="$row| $(r2 "$duc" 100 r --fade-sentences "$fade" --articles "$k")"; done
    echo "$row| $(r2 "$mn" 300 f --fade-sentences "$fade")|"
  done
fi
if [[ $what == budgets ]]; then
  # R-1 and R-2 with the fade (default) and without, at budgets the constant was not chosen at.
  echo "| corpus | words | R-1 | R-2 | without fade R-1 | R-2 |"
  echo "| --- | --- | --- | --- | --- | --- |"
  for words in 50 200; do
    echo "| DUC 2004 (recall) | $words | $(r2 "$duc" "$words" r)| $(r2 "$duc" "$words" r --without fade)|"
  done
  for words in 100 200 400; do
    echo "| Multi-News (F) | $words | $(r2 "$mn" "$words" f)| $(r2 "$mn" "$words" f --without fade)|"
  done
fi
