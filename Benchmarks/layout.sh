#!/usr/bin/env bash
# What recognising layouts costs: `convert tei` on a generated transcript (default 50 MB) with the
# `auto` layout (subtitles, plays and printed records' page furniture looked for) next to `--layout
# transcript` (Name: labels only), in one run with hyperfine. The target: auto within 10 % of transcript.
#
# usage: Benchmarks/layout.sh [MEGABYTES]   (needs python3, hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-50}
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product convert >/dev/null
convert=$(swift build -c release --show-bin-path)/convert
python3 Benchmarks/make-transcript.py "$megabytes" >"$work/talk.txt"
echo "input: $(du -h "$work/talk.txt" | cut -f1) transcript"
hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$work/times.json" \
    --command-name "convert tei --layout transcript" "$convert tei --layout transcript $work/talk.txt -o $work/plain.xml" \
    --command-name "convert tei (auto layout)" "$convert tei $work/talk.txt -o $work/auto.xml"
cmp -s "$work/plain.xml" "$work/auto.xml" && echo "outputs: identical" || echo "outputs: differ (the auto layout found something)"
python3 - "$work/times.json" <<'PY'
import json, sys
plain, auto = (r["mean"] for r in json.load(open(sys.argv[1]))["results"])
print(f"layout detection: {plain:.2f} s -> {auto:.2f} s, {100 * (auto / plain - 1):+.1f} % (target: under +10 %)")
PY
