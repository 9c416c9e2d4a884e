#!/usr/bin/env bash
# Text extraction speed: `convert text` on the largest corpus files, next to `xmllint --noout` (libxml2
# parsing the same file and nothing else), with hyperfine; prints MB/s of each from the mean times.
#
# usage: Benchmarks/text.sh [FILES...]   (default: the five largest XML files in ../shared/corpora)
#   needs: hyperfine, xmllint, python3
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product convert >/dev/null
convert=$(swift build -c release --show-bin-path)/convert
if [ $# -gt 0 ]; then files=("$@"); else
    mapfile -t files < <(find ../shared/corpora -name '*.xml' -printf '%s %p\n' | sort -rn | head -n 5 | cut -d' ' -f2-)
fi
results=$(mktemp)
trap 'rm -f "$results"' EXIT
for file in "${files[@]}"; do
    hyperfine --warmup 2 --runs "${RUNS:-10}" --style none --export-json "$results" \
        --command-name "convert text" "$convert text $file" \
        --command-name "xmllint --noout" "xmllint --noout $file" >/dev/null
    python3 - "$file" "$results" <<'PY'
import json, os, sys
path, results = sys.argv[1], sys.argv[2]
mb = os.path.getsize(path) / 1e6
times = {r["command"]: r["mean"] for r in json.load(open(results))["results"]}
ours, peer = times["convert text"], times["xmllint --noout"]
print(f"{os.path.basename(path)} ({mb:.2f} MB): convert text {ours * 1000:6.1f} ms = {mb / ours:6.1f} MB/s;"
      f" xmllint --noout {peer * 1000:6.1f} ms = {mb / peer:6.1f} MB/s; ratio {ours / peer:.2f}")
PY
done
