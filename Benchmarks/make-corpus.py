#!/usr/bin/env python3
"""Writes a deterministic corpus of transcripts for benchmarks: FILES files (default 1000) of about
TOTAL_MB megabytes in all (default 100), in one folder per year (OUTDIR/2019/talk-0001.txt, ...).
Sizes are log-normal (seeded): many of a few tens of kB, some of several hundred kB. Each file has a
front-matter block (title, date, lang) and turns written by make-transcript.py's paragraph generator.

usage: make-corpus.py OUTDIR [FILES] [TOTAL_MB]   (prints "FILES files, MB MB in OUTDIR")
"""
import importlib.util
import os
import random
import sys

_spec = importlib.util.spec_from_file_location(
    "make_transcript", os.path.join(os.path.dirname(os.path.abspath(__file__)), "make-transcript.py"))
transcript = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(transcript)

YEARS = [2019, 2020, 2021, 2022]
TOPICS = ["defense cooperation", "the hospital project", "the 2020 budget", "regional agreements",
          "the party congress", "international integration"]
CREDITS = "Interviewed by Vu Hung-Van Hieu\n\nTranslated by Thu Nguyen\n"


def sizes(rng, files, total):
    """Log-normal sizes scaled to `total` bytes, each kept between mean/20 and mean*8."""
    raw = [rng.lognormvariate(0, 1.0) for _ in range(files)]
    mean = total / files
    scale = total / sum(raw)
    return [int(min(max(r * scale, mean / 20), mean * 8)) for r in raw]


def document(rng, target, title, date):
    """One transcript of about `target` bytes (at least one turn)."""
    head = f"---\ntitle: {title}\ndate: {date}\nlang: en\n---\n\n"
    chunks, written = [head], len(head)
    while written < target or len(chunks) == 1:
        speaker = rng.choice(transcript.SPEAKERS)
        parts = [f"{speaker}: {transcript.paragraph(rng)}"]
        for _ in range(rng.randint(0, 3)):
            if rng.random() < 0.1:
                parts.append(rng.choice(transcript.EXTRAS))
            parts.append(transcript.paragraph(rng))
        chunk = "\n\n".join(parts) + "\n\n"
        chunks.append(chunk)
        written += len(chunk.encode("utf-8"))
    if rng.random() < 0.5:
        chunks.append(CREDITS)
    return "".join(chunks)


def main():
    if not 2 <= len(sys.argv) <= 4:
        sys.exit(__doc__.strip().splitlines()[-1])
    outdir = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    total = int(float(sys.argv[3] if len(sys.argv) > 3 else 100) * 1_000_000)
    rng = random.Random(20191203)
    written = 0
    for index, size in enumerate(sizes(rng, files, total), start=1):
        year = YEARS[(index - 1) * len(YEARS) // files]
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        title = f"Interview {index} on {rng.choice(TOPICS)}"
        text = document(random.Random(index), size, title, date).encode("utf-8")
        folder = os.path.join(outdir, str(year))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"talk-{index:04d}.txt"), "wb") as out:
            out.write(text)
        written += len(text)
    print(f"{files} files, {written / 1e6:.1f} MB in {outdir}")


if __name__ == "__main__":
    main()
