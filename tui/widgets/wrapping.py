"""Display-safe text and greedy word wrapping, measured in terminal cells.

Kept free of Textual so it is cheap to import and easy to test: the pane
wraps one sentence at a time, on demand, with these functions.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from rich.cells import cell_len, get_character_cell_size

# C0 and C1 controls, DEL, and the bidirectional overrides that can reorder
# what a reader sees ("trojan source").
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+")


def display_text(text: str) -> str:
    """Text safe to draw: controls removed, runs of whitespace made one space."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(_UNSAFE.sub(" ", text).split())


class DisplayTexts(Sequence[str]):
    """Texts made display-safe one by one as they are read, not all up front."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts

    def __len__(self) -> int:
        return len(self._texts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [display_text(t) for t in self._texts[index]]
        return display_text(self._texts[index])


def wrap_spans(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of `text` (already made display-safe) into lines of at
    most `width` cells; returns (start, end) offsets into `text` per line.

    Breaks at spaces; a word longer than a line is broken inside.
    """
    width = max(1, width)
    n = len(text)
    if n <= width and (text.isascii() or cell_len(text) <= width):
        return [(0, n)]
    if text.isascii() or cell_len(text) == n:
        return _wrap_narrow(text, width)
    return _wrap_cells(text, width)


def _wrap_narrow(text: str, width: int) -> list[tuple[int, int]]:
    """Wrap text whose every character is one cell wide (the common case)."""
    n = len(text)
    spans = []
    start = 0
    while n - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        if cut <= start:
            spans.append((start, start + width))
            start += width
        else:
            spans.append((start, cut))
            start = cut + 1
        while start < n and text[start] == " ":
            start += 1
    if start < n or not spans:
        spans.append((start, n))
    return spans


def _wrap_cells(text: str, width: int) -> list[tuple[int, int]]:
    """Wrap text with wide (e.g. CJK) or zero-width characters, cell by cell."""
    spans = []
    start = 0
    used = 0
    last_space = -1
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        size = get_character_cell_size(ch)
        if ch == " ":
            last_space = i
        if used + size > width and i > start:
            if last_space > start:
                spans.append((start, last_space))
                i = last_space + 1
            else:
                spans.append((start, i))
            start = i
            used = 0
            last_space = -1
            continue
        used += size
        i += 1
    if start < n or not spans:
        spans.append((start, n))
    return spans
