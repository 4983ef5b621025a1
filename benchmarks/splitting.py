"""Sentence splitting speed: a 20 MB news-like text and long adversarial runs.

    python benchmarks/splitting.py
"""
from __future__ import annotations

import time
from pathlib import Path

from tui.reading import paragraphs_of
from tui.resources import sample_paths
from tui.sentences import sentences_of, split_sentences


def timed(label: str, fn) -> None:
    start = time.perf_counter()
    result = fn()
    print(f"{label:<44} {time.perf_counter() - start:7.3f} s  ({len(result):,} pieces)")


def main() -> None:
    sample = "\n\n".join(Path(p).read_text(encoding="utf-8") for p in sample_paths())
    big = "\n\n".join([sample] * (20 * 2**20 // len(sample.encode())))
    print(f"news-like text: {len(big.encode()) / 2**20:.1f} MB")
    paragraphs = paragraphs_of(big)
    timed("paragraphs of 20 MB", lambda: paragraphs_of(big))
    timed("sentences of 20 MB", lambda: sentences_of(paragraphs))
    n = 200_000
    for label, text in [
        ("200k dots", "." * n + "x"),
        ("200k spaced dots", ". " * n + "x"),
        ("200k closing brackets", "!" + ")" * n + "x"),
        ("200k letters, no punctuation", "a" * n),
        ("50k bullets", "• a " * (n // 4)),
        ("20k heading lines", "Head line\n" * (n // 10)),
        ("14k 'a.m. Mr.'", "at 5 a.m. Mr. " * (n // 14)),
    ]:
        timed(label, lambda text=text: split_sentences(text))


if __name__ == "__main__":
    main()
