#!/usr/bin/env bash
# Peak memory and time of a release build on the big hostile inputs (the tests use smaller sizes):
# the billion-laughs and quadratic entity bombs and 100,000-deep nesting through `convert validate` and
# `convert text`, a 100 MB single-line transcript and a million tiny turns through `convert tei` (and
# back through `convert text`).
#
#   scripts/hostile-measure.sh            # build (release) and print one line per run
#   KEEP=1 scripts/hostile-measure.sh     # keep the generated files (their folder is printed)
#
# Needs python3 and GNU time (/usr/bin/time). Limits the issue sets: entity bomb and deep nesting under
# 100 MB peak and 2 s.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build -c release --product convert >/dev/null
convert="$(swift build -c release --show-bin-path)/convert"
work="$(mktemp -d -t hostile-measure.XXXXXX)"
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; else echo "files in $work"; fi

python3 scripts/hostile-corpus.py "$work" --big

measure() {
    local label="$1"; shift
    local report="$work/time.txt"
    set +e
    /usr/bin/time -v "$@" >/dev/null 2>"$report"
    local status=$?
    set -e
    local peak wall
    peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$report")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$report")
    printf '%-44s exit %d  peak %7s MB  wall %s\n' "$label" "$status" "$peak" "$wall"
}

measure "validate laughs.xml (billion laughs)" "$convert" validate "$work/laughs.xml"
measure "text laughs.xml" "$convert" text "$work/laughs.xml"
measure "validate quadratic.xml" "$convert" validate "$work/quadratic.xml"
measure "text quadratic.xml" "$convert" text "$work/quadratic.xml"
measure "validate deep.xml (100,000 deep)" "$convert" validate "$work/deep.xml"
measure "text deep.xml" "$convert" text "$work/deep.xml"
measure "tei line-100mb.txt" "$convert" tei "$work/line-100mb.txt" -o "$work/line-100mb.xml"
measure "text line-100mb.xml" "$convert" text "$work/line-100mb.xml" -o "$work/line-100mb.back"
cmp -s "$work/line-100mb.txt" "$work/line-100mb.back" || echo "  line-100mb: the round trip differs"
measure "tei turns-1m.txt" "$convert" tei "$work/turns-1m.txt" -o "$work/turns-1m.xml"
measure "text turns-1m.xml" "$convert" text "$work/turns-1m.xml" -o "$work/turns-1m.back"
cmp -s "$work/turns-1m.txt" "$work/turns-1m.back" || echo "  turns-1m: the round trip differs"
measure "validate turns-1m.xml" "$convert" validate "$work/turns-1m.xml"
