#!/usr/bin/env python3
"""Writes a large, varied, deterministic transcript for benchmarks: labelled turns, continuation
paragraphs, hard-wrapped lines, dates, numbers that are not dates, captions, noises and credits.

usage: make-transcript.py MEGABYTES > transcript.txt
"""
import random
import sys

SPEAKERS = ["Reporter", "Deputy Defense Minister", "Moderator", "Senator Anna Berg", "Q", "Dr. Tran Van Minh"]
SENTENCES = [
    "The 5-year implementation of Resolution 806-NQ/QUTW has led to remarkable changes since 2015.",
    "On 3 December 2019 the delegation arrived, and by December 2020 the hospital was ready.",
    "We have 8 partners and 3 years of work ahead of us, at level 2 and beyond.",
    "In the 1990s the region changed; between 1998 and 2000 we signed 12 agreements.",
    "Could you tell us what the 12th National Party Congress decided?",
    "It cost $2,020 and took 45 minutes, page 2019 of the report says so.",
    "Thanks to this, the country has attracted additional resources from the outside world.",
    "Vietnam’s position and the military’s role have been improved internationally during 2016–2020.",
]
EXTRAS = ["(APPLAUSE)", "[inaudible]", "(LAUGHTER)", "leftcenterrightdel"]


def paragraph(rng):
    words = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 6)))
    if rng.random() < 0.1:
        middle = len(words) // 2
        cut = words.find(" ", middle)
        if cut > 0:
            words = words[:cut] + "\n" + words[cut + 1:]
    return words


def main():
    target = int(float(sys.argv[1]) * 1_000_000)
    rng = random.Random(20191203)
    out = sys.stdout
    written = 0
    chunks = []
    while written < target:
        speaker = rng.choice(SPEAKERS)
        parts = [f"{speaker}: {paragraph(rng)}"]
        for _ in range(rng.randint(0, 3)):
            if rng.random() < 0.1:
                parts.append(rng.choice(EXTRAS))
            parts.append(paragraph(rng))
        chunk = "\n\n".join(parts) + "\n\n"
        chunks.append(chunk)
        written += len(chunk.encode("utf-8"))
        if len(chunks) > 1000:
            out.write("".join(chunks))
            chunks = []
    out.write("".join(chunks))
    out.write("Interviewed by Vu Hung-Van Hieu\n\nTranslated by Thu Nguyen\n")


if __name__ == "__main__":
    main()
