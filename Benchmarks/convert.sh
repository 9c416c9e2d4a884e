#!/usr/bin/env bash
# Conversion speed: `convert tei` on a generated ~50 MB transcript, next to `xmllint --noout` (libxml2's
# own parser) reading the TEI it wrote. Prints wall time, MB/s and peak memory of each, and the ratio.
#
# usage: Benchmarks/convert.sh [MEGABYTES]   (default 50; needs python3, xmllint, /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product convert >/dev/null
convert=$(swift build -c release --show-bin-path)/convert
python3 Benchmarks/make-transcript.py "$megabytes" >"$work/talk.txt"

measure() { # prints "seconds peak-kB" of the command, its output discarded
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null
    cat "$work/time"
}

input_mb=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1]) / 1e6)" "$work/talk.txt")
read -r convert_s convert_kb < <(measure "$convert" tei "$work/talk.txt" -o "$work/talk.xml")
output_mb=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1]) / 1e6)" "$work/talk.xml")
read -r xmllint_s xmllint_kb < <(measure xmllint --noout "$work/talk.xml")

python3 - "$input_mb" "$output_mb" "$convert_s" "$convert_kb" "$xmllint_s" "$xmllint_kb" <<'PY'
import sys
inp, out, cs, ckb, xs, xkb = map(float, sys.argv[1:])
print(f"input transcript: {inp:.1f} MB; TEI written: {out:.1f} MB")
print(f"convert tei      : {cs:6.2f} s  {inp / cs:6.1f} MB/s of input   peak {ckb / 1024:7.1f} MB")
print(f"xmllint --noout  : {xs:6.2f} s  {out / xs:6.1f} MB/s of TEI     peak {xkb / 1024:7.1f} MB")
print(f"ratio convert/xmllint wall time: {cs / xs:.2f}")
PY
