#!/usr/bin/env bash
# Writes jing's verdict (valid or invalid) on every XML file of the shared corpora against official TEI
# schemas: the expected lists of Tests/TEITests/RelaxNGReductionTests.swift.
#
#   scripts/jing-verdicts.sh           # rewrites Tests/TEITests/Fixtures/jing-verdicts-*.tsv
#   scripts/jing-verdicts.sh SCHEMA    # prints the verdicts against SCHEMA
#
# Lines are `PATH<TAB>valid|invalid`, PATH relative to ../shared/corpora beside the checkout
# (SHARED=... says where shared/ is otherwise), sorted. jing runs as its jar, without the XInclude
# parsing that Debian's `jing` command turns on, so documents are judged as written (as libxml2 reads
# them). Needs the `jing` package and a Java runtime. Takes about a minute per schema on 2 cores.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
corpora="$(cd "$shared/corpora" 2>/dev/null && pwd)" || { echo "jing-verdicts: no corpora in $shared" >&2; exit 2; }

classpath=""
for jar in jing xercesImpl xml-apis xml-resolver; do
    if [ -f "/usr/share/java/$jar.jar" ]; then classpath="$classpath${classpath:+:}/usr/share/java/$jar.jar"; fi
done
[ -n "$classpath" ] || { echo "jing-verdicts: jing is not installed (apt-get install jing)" >&2; exit 2; }
export classpath corpora

verdict() {
    if java -cp "$classpath" com.thaiopensource.relaxng.util.Driver "$1" "$corpora/$2" >/dev/null 2>&1; then
        printf '%s\tvalid\n' "$2"
    else
        printf '%s\tinvalid\n' "$2"
    fi
}
export -f verdict

# verdicts SCHEMA: one line per corpus file.
verdicts() {
    local schema
    schema="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
    [ -f "$schema" ] || { echo "jing-verdicts: no schema at $1" >&2; return 2; }
    (cd "$corpora" && find tei transcripts -name '*.xml' -print0 | sort -z |
        xargs -0 -n 1 -P "$(nproc)" bash -c 'verdict "$0" "$1"' "$schema" | LC_ALL=C sort)
}

if [ $# -gt 0 ]; then
    verdicts "$1"
    exit
fi
for entry in tei_all-4.12.0.rng:tei_all tei_speech-4.10.0a.rng:tei_speech parla-clarin.rng:parla-clarin tei_lite-4.1.0.rng:tei_lite; do
    fixture="$root/Tests/TEITests/Fixtures/jing-verdicts-${entry##*:}.tsv"
    verdicts "$corpora/schemas/${entry%%:*}" > "$fixture.tmp"
    mv "$fixture.tmp" "$fixture"
    echo "wrote ${fixture#"$root/"}: $(grep -c $'\tvalid$' "$fixture") valid, $(grep -c $'\tinvalid$' "$fixture") invalid" >&2
done
