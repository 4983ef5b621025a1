"""The "Who is quoted" table: one row per person, quote counts per article.

Names are cut with … to fit the width; the two count columns are right-aligned
under the two outlets' names. Pure functions of the rows and the width, so the
sidebar can redraw the table whenever its width changes.
"""
from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from textual.content import Content

from .wrapping import display_text

MIN_COLUMN = 3  # a count column is at least this wide
MAX_COLUMN = 7  # and an outlet's name is cut to this width above it


def fit(text: str, width: int) -> str:
    """`text` in exactly `width` cells: padded with spaces, or cut with an ellipsis."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"


@dataclass(frozen=True)
class PeopleTable:
    """Column widths of the table at one total width."""

    name: int
    count: int

    @classmethod
    def of(cls, width: int, left_label: str, right_label: str, rows: list[tuple[str, int, int]]) -> PeopleTable:
        longest = max((len(str(n)) for _, *counts in rows for n in counts), default=1)
        labels = max(cell_len(display_text(left_label)), cell_len(display_text(right_label)))
        count = max(MIN_COLUMN, longest, min(labels, MAX_COLUMN))
        return cls(max(1, width - 2 * (count + 1)), count)

    def heading(self, left_label: str, right_label: str) -> Content:
        """The column heads: nothing above the names, the outlets above their counts."""
        heads = " ".join(fit(display_text(x), self.count).rstrip().rjust(self.count) for x in (left_label, right_label))
        return Content(" " * (self.name + 1) + heads).stylize("dim", self.name + 1)

    def row(self, name: str, left: int, right: int) -> Content:
        """One person: the name, cut to its column, then the two counts right-aligned."""
        cells = fit(display_text(name), self.name)
        return Content(f"{cells} {left:>{self.count}} {right:>{self.count}}").stylize("dim", len(cells))
