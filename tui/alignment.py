"""Cross-article alignment: which left sentence reports what a right sentence does."""
from __future__ import annotations

from .model import Link, Sentence

THRESHOLD = 0.6


def align(left: list[Sentence], right: list[Sentence]) -> list[Link]:
    from rapidfuzz import fuzz, process

    if not left or not right:
        return []
    scores = process.cdist([s.text for s in left], [s.text for s in right], scorer=fuzz.token_set_ratio, workers=-1)
    links = []
    for i, row in enumerate(scores):
        j = int(row.argmax())
        if row[j] / 100 >= THRESHOLD:
            links.append(Link(left[i].id, right[j].id, round(float(row[j]) / 100, 3)))
    return links
