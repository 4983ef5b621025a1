"""Where each block of a pane starts, in lines, measured lazily.

A pane shows blocks (sentences, or paragraphs before the analysis) wrapped to
its width. Counting the lines of every block of a long article takes a while,
so blocks are measured in order and only as far as needed: the lines on
screen, a sentence to reveal, and the rest a slice at a time between key
presses. Until every block is measured the total height is an estimate from
the characters left. Kept free of Textual, like the wrapping it relies on.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from .wrapping import wrap_spans

STEP = 256  # blocks measured at a time when looking for a line


@dataclass
class BlockLayout:
    """Line counts of `texts` at one width; `paragraphs[i]` is block i's paragraph.

    A blank line comes before every block that starts a new paragraph (but
    the first). `chars` (all texts' length, for the estimate) is optional.
    """

    texts: Sequence[str]
    paragraphs: Sequence[int]
    width: int
    chars: int = 0
    starts: list[int] = field(default_factory=lambda: [0])
    """Line where each measured block starts, then where the last one ends."""
    gaps: bytearray = field(default_factory=bytearray)
    """1 where a measured block starts with a paragraph's blank line."""
    measured_chars: int = 0

    @property
    def measured(self) -> int:
        """How many blocks, from the first, have been measured."""
        return len(self.starts) - 1

    @property
    def complete(self) -> bool:
        return self.measured >= len(self.texts)

    @property
    def height(self) -> int:
        """Total lines: exact once complete, else the measured ones and a generous
        estimate of the rest (words wrap before the edge, and a paragraph's blank
        line), so that the measured lines rarely outgrow it."""
        left = len(self.texts) - self.measured
        if not left:
            return self.starts[-1]
        return self.starts[-1] + 2 * left + 4 * max(0, self.chars - self.measured_chars) // (3 * max(1, self.width))

    def measure(self, upto: int) -> None:
        """Measure the blocks before `upto` not measured yet."""
        texts, paragraphs, width = self.texts, self.paragraphs, self.width
        starts, gaps = self.starts, self.gaps
        first = self.measured
        line = starts[-1]
        chars = 0
        for i in range(first, min(upto, len(texts))):
            gap = 1 if i and paragraphs[i] != paragraphs[i - 1] else 0
            text = texts[i]
            chars += len(text)
            line += gap + len(wrap_spans(text, width))
            gaps.append(gap)
            starts.append(line)
        self.measured_chars += chars

    def block_at(self, line: int) -> int | None:
        """The block drawn on `line`, None past the end."""
        while line >= self.starts[-1] and not self.complete:
            self.measure(self.measured + STEP)
        if not 0 <= line < self.starts[-1]:
            return None
        return bisect_right(self.starts, line) - 1

    def block_lines(self, index: int) -> tuple[int, int]:
        """First line and line count of block `index`'s text (its blank line excluded)."""
        self.measure(index + 1)
        start, end = self.starts[index], self.starts[index + 1]
        gap = self.gaps[index]
        return start + gap, end - start - gap
