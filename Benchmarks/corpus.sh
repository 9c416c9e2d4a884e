#!/usr/bin/env bash
# Corpus benchmark: a generated corpus of transcripts (Benchmarks/make-corpus.py) converted with
# `convert tei DIR` at --jobs 1 and --jobs 2, then the TEI validated with `convert validate` at --jobs 1
# and --jobs 2 against our bundled schema (tei-convert.rng) and the official tei_all, next to xmllint
# (one process), jing (one JVM) and python lxml (one process, the schema compiled once) on the same files.
# Every command runs once, under `timeout` (TIMEOUT seconds, default 600), and is measured with
# /usr/bin/time. Prints one row per command (wall s, CPU s = user + sys, peak RSS MB, outcome), then the
# scaling of --jobs 2 over --jobs 1 and each peer's wall time over ours (--jobs 2).
#
# usage: [FILES=1000] [MB=100] [SKIP_PEERS=1] [TIMEOUT=600] Benchmarks/corpus.sh
#   needs: python3, /usr/bin/time, coreutils timeout; peers: xmllint (apt-get install -y libxml2-utils),
#   jing (apt-get install -y jing), lxml (pip install lxml); a missing peer is skipped with a message.
#   Disk: the corpus and two TEI copies of it in a temporary folder (set TMPDIR to place it).
#   libxml2 (xmllint, lxml) compiles tei_all whole, which takes tens of seconds before the first file.
set -euo pipefail
cd "$(dirname "$0")/.."
files=${FILES:-1000}
megabytes=${MB:-100}
limit=${TIMEOUT:-600}
own_schema=Sources/TEI/Schemas/tei-convert.rng
tei_all=../shared/corpora/schemas/tei_all-4.12.0.rng
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product convert >/dev/null
convert=$(swift build -c release --show-bin-path)/convert
for schema in "$own_schema" "$tei_all"; do
    [ -f "$schema" ] || { echo "corpus.sh: schema not found: $schema" >&2; exit 2; }
done

# run KEY LABEL COMMAND...: runs COMMAND under timeout and /usr/bin/time, its output in $work/KEY.log, and
# appends "KEY<TAB>LABEL<TAB>exit status<TAB>wall user sys peak-kB" to $work/rows.
run() {
    local key=$1 label=$2 status=0
    shift 2
    echo "running: $label" >&2
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" timeout -k 10 "$limit" "$@" >"$work/$key.log" 2>&1 || status=$?
    printf '%s\t%s\t%s\t%s\n' "$key" "$label" "$status" "$(tail -n 1 "$work/time")" >>"$work/rows"
}
: >"$work/rows"

run generate "generate corpus: make-corpus.py $files files, $megabytes MB" \
    python3 Benchmarks/make-corpus.py "$work/txt" "$files" "$megabytes"

for jobs in 1 2; do
    rm -rf "$work/tei$jobs"
    run "tei$jobs" "convert tei --jobs $jobs" "$convert" tei "$work/txt" -o "$work/tei$jobs" --jobs "$jobs" --quiet
done
if diff -rq "$work/tei1" "$work/tei2" >/dev/null 2>&1; then same=yes; else same=NO; fi

# Everything is validated on the --jobs 2 output; the peers get the same files, sorted.
tei=$work/tei2
if [ -d "$tei" ]; then find "$tei" -name '*.xml' -print0 | sort -z >"$work/xml-files"; else : >"$work/xml-files"; fi
mapfile -d '' -t xml <"$work/xml-files"
if [ "${#xml[@]}" -eq 0 ]; then
    echo "corpus.sh: convert tei wrote no TEI; see its output:" >&2
    cat "$work/tei2.log" >&2
    exit 2
fi
# One process for all files if the argument list fits (well under ARG_MAX), through xargs otherwise (then
# maybe several processes, and a timed-out row misses the CPU and memory of the xargs children it killed).
peer() { # peer KEY LABEL COMMAND...: runs COMMAND with all TEI files as trailing arguments
    local key=$1 label=$2
    shift 2
    if [ "$(wc -c <"$work/xml-files")" -lt $(($(getconf ARG_MAX) / 4)) ]; then
        run "$key" "$label" "$@" "${xml[@]}"
    else
        run "$key" "$label (xargs, maybe several processes)" xargs -0 -a "$work/xml-files" "$@"
    fi
}

cat >"$work/lxml-validate.py" <<'PY'
# usage: lxml-validate.py SCHEMA.rng FILE-LIST (NUL-separated): compiles the schema once, validates every
# file against it, prints "N valid, M invalid" and nothing per file; exit 0 all valid, 1 some invalid,
# 2 the schema does not compile.
import sys
from lxml import etree
try:
    schema = etree.RelaxNG(etree.parse(sys.argv[1]))
except (etree.RelaxNGParseError, etree.XMLSyntaxError) as error:
    print(f"schema does not compile: {error}")
    sys.exit(2)
valid = invalid = 0
for path in open(sys.argv[2], "rb").read().split(b"\0"):
    if not path:
        continue
    try:
        ok = schema.validate(etree.parse(path.decode()))
    except (etree.XMLSyntaxError, OSError):
        ok = False
    valid, invalid = (valid + 1, invalid) if ok else (valid, invalid + 1)
print(f"{valid} valid, {invalid} invalid")
sys.exit(0 if invalid == 0 else 1)
PY

peers=()
if [ "${SKIP_PEERS:-0}" = 1 ]; then
    echo "SKIP_PEERS=1: xmllint, jing and lxml not run" >&2
else
    if command -v xmllint >/dev/null; then peers+=(xmllint); else echo "skipping xmllint: not installed (apt-get install -y libxml2-utils)" >&2; fi
    if command -v jing >/dev/null; then peers+=(jing); else echo "skipping jing: not installed (apt-get install -y jing)" >&2; fi
    if python3 -c 'import lxml' 2>/dev/null; then peers+=(lxml); else echo "skipping lxml: python3 cannot import lxml (pip install lxml)" >&2; fi
fi

for which in own all; do
    if [ "$which" = own ]; then schema=$own_schema; name=tei-convert.rng; else schema=$tei_all; name=tei_all; fi
    for jobs in 1 2; do
        run "validate$jobs-$which" "convert validate --jobs $jobs, $name" \
            "$convert" validate "$tei" --schema "$schema" --jobs "$jobs" --checks none --quiet
    done
    for tool in "${peers[@]}"; do
        case $tool in
        xmllint) peer "xmllint-$which" "xmllint --relaxng, $name" xmllint --noout --relaxng "$schema" ;;
        jing) peer "jing-$which" "jing, $name" jing "$schema" ;;
        lxml) run "lxml-$which" "lxml, one compiled schema, $name" python3 "$work/lxml-validate.py" "$schema" "$work/xml-files" ;;
        esac
    done
done

python3 - "$work" "$limit" "$same" <<'PY'
import os, re, sys
work, limit, same = sys.argv[1], sys.argv[2], sys.argv[3]
rows = {}
for line in open(os.path.join(work, "rows")):
    key, label, status, measured = line.rstrip("\n").split("\t")
    wall, user, system, kb = map(float, measured.split())
    rows[key] = dict(label=label, status=int(status), wall=wall, cpu=user + system, mb=kb / 1024)

def tree(folder, suffix):
    found = [os.path.join(d, n) for d, _, names in os.walk(os.path.join(work, folder)) for n in names if n.endswith(suffix)]
    return len(found), sum(os.path.getsize(f) for f in found) / 1e6

txt_count, txt_mb = tree("txt", ".txt")
xml_count, xml_mb = tree("tei2", ".xml")

def outcome(key, row):
    """What the run came to, and whether it finished (so that its time means something)."""
    status, log = row["status"], open(os.path.join(work, key + ".log"), errors="replace").read()
    if status in (124, 137):
        return f"timed out after {limit} s", False
    if key == "generate":
        return (f"{txt_count} files, {txt_mb:.1f} MB", True) if status == 0 else (f"exit {status}", False)
    if key.startswith("tei"):
        count, mb = tree(key, ".xml")
        text = f"{count} of {txt_count} converted, {mb:.1f} MB"
        return (text, True) if status == 0 else (f"exit {status}; {text}", False)
    tool = key.split("-")[0]
    if tool == "xmllint":
        invalid = log.count(" fails to validate")
        if status not in (0, 3, 123) or log.count(" validates") + invalid != xml_count:  # 123: from xargs
            return f"exit {status}: {log.strip().splitlines()[-1][:60] if log.strip() else ''}", False
    elif tool == "lxml":
        found = re.search(r"(\d+) valid, (\d+) invalid", log)
        if status not in (0, 1) or not found:
            return f"exit {status}: {log.strip()[:60]}", False
        invalid = int(found.group(2))
    else:  # convert validate and jing: one "FILE:LINE[:COL]: error: ..." line per finding
        if status not in (0, 1) and not (tool == "jing" and status == 123):  # 123: from xargs
            return f"exit {status}: {log.strip().splitlines()[0][:60] if log.strip() else ''}", False
        invalid = len({m.group(1) for m in re.finditer(r"^(.+?):\d+(?::\d+)?: error: ", log, re.M)})
        if status != 0 and invalid == 0:
            return f"some invalid (exit {status}), no findings printed", True
    return (f"{xml_count} valid" if invalid == 0 else f"{xml_count - invalid} valid, {invalid} invalid"), True

print(f"corpus: {txt_count} transcripts, {txt_mb:.1f} MB -> {xml_count} TEI files, {xml_mb:.1f} MB;"
      f" --jobs 1 and --jobs 2 output identical: {same}")
print()
width = max(len(row["label"]) for row in rows.values())
print(f"{'command':<{width}} {'wall s':>8} {'CPU s':>8} {'peak MB':>8}  outcome")
finished = {}
for key, row in rows.items():
    text, finished[key] = outcome(key, row)
    print(f"{row['label']:<{width}} {row['wall']:8.2f} {row['cpu']:8.2f} {row['mb']:8.1f}  {text}")

def ratio(slow, fast, field="wall"):
    if not (finished.get(slow) and finished.get(fast)):
        return "n/a"
    if rows[fast][field] == 0:
        return "inf"
    return f"{rows[slow][field] / rows[fast][field]:.2f}"

print()
print("scaling, --jobs 1 wall / --jobs 2 wall (2.00 is perfect on 2 cores):")
print(f"  convert tei                         {ratio('tei1', 'tei2')}")
print(f"  convert validate, tei-convert.rng   {ratio('validate1-own', 'validate2-own')}")
print(f"  convert validate, tei_all           {ratio('validate1-all', 'validate2-all')}")
peers = [tool for tool in ("xmllint", "jing", "lxml") if f"{tool}-own" in rows or f"{tool}-all" in rows]
if peers:
    print()
    print("peer / ours (convert validate --jobs 2); above 1 means ours is faster:")
    print(f"  {'':<10} {'tei-convert.rng wall':>21} {'(CPU)':>7} {'tei_all wall':>13} {'(CPU)':>7}")
    for tool in peers:
        own = (ratio(f"{tool}-own", "validate2-own"), ratio(f"{tool}-own", "validate2-own", "cpu"))
        tei_all = (ratio(f"{tool}-all", "validate2-all"), ratio(f"{tool}-all", "validate2-all", "cpu"))
        print(f"  {tool:<10} {own[0]:>21} {own[1]:>7} {tei_all[0]:>13} {tei_all[1]:>7}")
PY
