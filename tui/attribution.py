"""Quote attribution: who said what, to whom."""
from __future__ import annotations

from .model import Attribution, Sentence


def attribute(sentences: list[Sentence]) -> list[Attribution]:
    return []
