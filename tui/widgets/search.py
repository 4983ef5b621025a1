"""The search bar: find a phrase in the active pane."""
from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """A one-line input docked under the panes; Enter searches, Esc cancels."""

    BINDINGS = [Binding("escape", "cancel", "cancel", tooltip="Close the search bar")]

    class Cancelled(Message):
        """The search was abandoned."""

    def open(self, placeholder: str) -> None:
        """Show the bar, empty, with the cursor in it."""
        self.placeholder = placeholder
        self.value = ""
        self.display = True
        self.focus()

    def close(self) -> None:
        self.display = False

    def action_cancel(self) -> None:
        self.post_message(self.Cancelled())


def find_text(texts: list[str], phrase: str, start: int) -> int | None:
    """Index of the first text containing `phrase` (case-insensitively) at or
    after `start`, wrapping round to the beginning; None if no text has it."""
    needle = " ".join(phrase.split()).casefold()
    if not needle or not texts:
        return None
    n = len(texts)
    start = min(max(start, 0), n - 1)
    for offset in range(n):
        index = (start + offset) % n
        if needle in texts[index].casefold():
            return index
    return None
