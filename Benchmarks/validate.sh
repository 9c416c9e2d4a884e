#!/usr/bin/env bash
# Validation speed against official TEI tei_all: `convert validate` next to jing (the reference RELAX NG
# validator) and xmllint, in one run, with hyperfine. Two cases: one document, and a corpus of 50 files
# (convert with --jobs 2; jing and xmllint validate the same files in one process each).
#
# usage: Benchmarks/validate.sh [SCHEMA.rng] [DOCUMENT.xml]
#   defaults: ../shared/corpora/schemas/tei_all-4.12.0.rng and a GerDraCor play from ../shared/corpora.
#   needs: hyperfine, jing, xmllint (apt-get install -y hyperfine jing libxml2-utils)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/corpora
schema=${1:-$shared/schemas/tei_all-4.12.0.rng}
document=${2:-$shared/tei/gerdracor/tei_gotter-medea.xml}
runs=${RUNS:-5}

swift build -c release --product convert >/dev/null
convert=$(swift build -c release --show-bin-path)/convert
mapfile -t corpus < <(find "$shared/tei" "$shared/transcripts" -name '*.xml' | sort | head -n 50)
echo "schema: $schema"
echo "one document: $document ($(du -h "$document" | cut -f1))"
echo "corpus: ${#corpus[@]} files ($(cat "${corpus[@]}" | wc -c | awk '{printf "%.1f MB", $1 / 1e6}'))"

# Exit codes are not errors here: some corpus files are invalid against tei_all (README of the corpora).
hyperfine --ignore-failure --warmup 1 --runs "$runs" --style basic \
    --command-name "convert validate (1 document)" "$convert validate --checks none --jobs 1 --schema $schema $document" \
    --command-name "jing (1 document)" "jing $schema $document"

hyperfine --ignore-failure --warmup 1 --runs "$runs" --style basic \
    --command-name "convert validate --jobs 2 (${#corpus[@]} files)" "$convert validate --checks none --jobs 2 --schema $schema ${corpus[*]}" \
    --command-name "jing (${#corpus[@]} files)" "jing $schema ${corpus[*]}"

if [ "${WITH_XMLLINT:-0}" = 1 ]; then
    hyperfine --ignore-failure --runs 1 --style basic \
        --command-name "xmllint --relaxng (1 document)" "xmllint --noout --relaxng $schema $document"
fi
