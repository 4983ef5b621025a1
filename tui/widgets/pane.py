"""The sentence pane: one Line-API scroll view that draws only the visible rows.

Each sentence starts on its own line, wrapped to the pane's width; a blank
line separates paragraphs. Sentences are wrapped on demand (and cached), and
only their line counts are computed for the whole article, so an article of
any length stays fast. A two-cell gutter carries the marks: the selected
sentence, its counterparts, and sentences the other article does not report.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass, field
from itertools import accumulate

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.events import Click, Resize
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .wrapping import display_text, wrap_spans

GUTTER = 2
_SPAN_CACHE_SIZE = 4096


@dataclass(frozen=True)
class PaneContent:
    """What a pane shows: display-safe texts and what marks each one gets.

    `selectable` is false while only raw paragraphs are shown (before the
    analysis has found the sentences).
    """

    texts: list[str]
    paragraphs: list[int]
    quotes: frozenset[int] = frozenset()
    unmatched: frozenset[int] = frozenset()
    selectable: bool = True

    def __len__(self) -> int:
        return len(self.texts)

    @classmethod
    def from_paragraphs(cls, paragraphs: list[str]) -> PaneContent:
        """The raw body, one block per paragraph, shown until sentences are known."""
        return cls([display_text(p) for p in paragraphs], list(range(len(paragraphs))), selectable=False)

    @classmethod
    def from_sentences(cls, sentences, quotes=(), unmatched=()) -> PaneContent:
        """Sentences (`tui.model.Sentence`) with the ids to mark as quotations and as unmatched."""
        return cls(
            [display_text(s.text) for s in sentences],
            [s.paragraph for s in sentences],
            frozenset(quotes),
            frozenset(unmatched),
        )


@dataclass
class _Layout:
    """Where each block starts, in pane lines, at one width."""

    width: int = 0
    starts: list[int] = field(default_factory=lambda: [0])
    gaps: bytearray = field(default_factory=bytearray)

    @property
    def height(self) -> int:
        return self.starts[-1]


class SentencePane(ScrollView, can_focus=True, inherit_bindings=False):
    """Sentences of one article; the app decides what is selected and marked."""

    BINDINGS = [
        Binding("tab,shift+tab", "app.switch_pane", "pane", tooltip="Switch to the other article"),
    ]

    COMPONENT_CLASSES = {
        "sentence-pane--cursor",
        "sentence-pane--cursor-mark",
        "sentence-pane--counterpart",
        "sentence-pane--counterpart-mark",
        "sentence-pane--unmatched",
        "sentence-pane--unmatched-mark",
        "sentence-pane--quote",
    }

    DEFAULT_CSS = """
    SentencePane {
        overflow-x: hidden;
        overflow-y: scroll;
    }
    """

    class Clicked(Message):
        """A sentence was clicked."""

        def __init__(self, pane: SentencePane, index: int) -> None:
            super().__init__()
            self.pane = pane
            self.index = index

        @property
        def control(self) -> SentencePane:
            return self.pane

    def __init__(self, side: str, content: PaneContent, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.side = side
        self.content = content
        self.cursor: int | None = None
        self.active = False
        self.marked: tuple[int, ...] = ()
        self._layout = _Layout()
        self._spans: OrderedDict[int, list[tuple[int, int]]] = OrderedDict()
        self._styles: dict[tuple[str, ...], Style] = {}

    # --- content and layout ------------------------------------------------------

    def set_content(self, content: PaneContent, cursor: int | None = None) -> None:
        """Show new content; the cursor goes to `cursor` (or nowhere)."""
        self.content = content
        self.cursor = cursor if content.selectable and content.texts else None
        self.marked = ()
        self._layout = _Layout()
        self._relayout()
        if self.cursor is not None:
            self.scroll_to_sentence(self.cursor)

    def _text_width(self) -> int:
        return max(1, self.scrollable_content_region.width - GUTTER)

    def _relayout(self) -> None:
        """Count each block's lines at the current width (wrapping nothing else)."""
        width = self._text_width()
        if self.scrollable_content_region.width <= 0:
            return
        paragraphs = self.content.paragraphs
        gaps = bytearray(len(paragraphs))
        for i in range(1, len(paragraphs)):
            if paragraphs[i] != paragraphs[i - 1]:
                gaps[i] = 1
        heights = [len(wrap_spans(t, width)) + g for t, g in zip(self.content.texts, gaps)]
        self._layout = _Layout(width, [0, *accumulate(heights)], gaps)
        self._spans.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self._layout.height)
        self.refresh()

    def on_resize(self, event: Resize) -> None:
        if self._text_width() != self._layout.width:
            self._relayout()
            target = self.marked[0] if self.marked and not self.active else self.cursor
            if target is not None:
                self.call_after_refresh(self.scroll_to_sentence, target, True)

    def _spans_of(self, index: int) -> list[tuple[int, int]]:
        spans = self._spans.get(index)
        if spans is None:
            spans = wrap_spans(self.content.texts[index], self._layout.width)
            self._spans[index] = spans
            if len(self._spans) > _SPAN_CACHE_SIZE:
                self._spans.popitem(last=False)
        return spans

    # --- geometry ----------------------------------------------------------------

    def sentence_at_line(self, line: int) -> int | None:
        """The block drawn on pane line `line` (counted from the top of the article)."""
        if not self.content.texts or not 0 <= line < self._layout.height:
            return None
        return bisect_right(self._layout.starts, line) - 1

    def sentence_lines(self, index: int) -> tuple[int, int]:
        """First line and line count of a block's text (its paragraph gap excluded);
        (0, 0) until the pane has a size."""
        if index + 1 >= len(self._layout.starts):
            return 0, 0
        start, end = self._layout.starts[index], self._layout.starts[index + 1]
        gap = self._layout.gaps[index]
        return start + gap, end - start - gap

    def is_sentence_visible(self, index: int) -> bool:
        """Is the whole block on screen (or, if taller than the pane, its first line)?"""
        first, count = self.sentence_lines(index)
        top, height = round(self.scroll_offset.y), self.scrollable_content_region.height
        last = first + min(count, height) - 1
        return top <= first and last < top + height

    def scroll_to_sentence(self, index: int, center: bool = False) -> None:
        """Bring a block into view: centred if asked, else with a little context."""
        self.scroll_to_sentences([index], center)

    def scroll_to_sentences(self, indexes: list[int], center: bool = True) -> None:
        """Bring blocks into view, the first at least; nothing moves if all are visible."""
        if not indexes or self._layout.width == 0:
            return
        if all(self.is_sentence_visible(i) for i in indexes):
            return
        first, count = self.sentence_lines(indexes[0])
        last_first, last_count = self.sentence_lines(indexes[-1])
        end = last_first + last_count
        if end - first > self.scrollable_content_region.height:
            end = first + count
        region = Region(0, first, 1, max(1, end - first))
        spacing = None if center else Spacing(1, 0, 1, 0)
        self.scroll_to_region(region, spacing=spacing, center=center, animate=False, immediate=True, x_axis=False)

    # --- state changes: repaint only what changed ----------------------------------

    def _refresh_sentences(self, indexes) -> None:
        for index in indexes:
            if index is not None and 0 <= index < len(self.content.texts):
                first, count = self.sentence_lines(index)
                self.refresh_lines(first, count)

    def move_cursor(self, index: int, center: bool = False) -> None:
        """Select block `index` and scroll it into view."""
        old, self.cursor = self.cursor, index
        self._refresh_sentences((old, index))
        self.scroll_to_sentence(index, center)

    def set_active(self, active: bool) -> None:
        """The active pane shows its cursor; the other one shows counterparts."""
        if active != self.active:
            self.active = active
            self._refresh_sentences((self.cursor,))

    def set_marked(self, indexes: tuple[int, ...], scroll: bool = True) -> None:
        """Mark counterparts of the other pane's selection, and bring them into view."""
        old, self.marked = self.marked, tuple(indexes)
        self._refresh_sentences((*old, *self.marked))
        if scroll and self.marked:
            self.scroll_to_sentences(list(self.marked), center=True)

    # --- drawing -------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()

    def _style(self, *names: str) -> Style:
        style = self._styles.get(names)
        if style is None:
            style = self.rich_style
            for name in names:
                style += self.get_component_rich_style(f"sentence-pane--{name}")
            self._styles[names] = style
        return style

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = round(self.scroll_offset.y) + y
        index = self.sentence_at_line(line)
        if index is None or self._layout.width == 0:
            return Strip.blank(width, self._style())
        local = line - self._layout.starts[index]
        if self._layout.gaps[index]:
            if local == 0:
                return Strip.blank(width, self._style())
            local -= 1
        spans = self._spans_of(index)
        start, end = spans[local]
        text = self.content.texts[index][start:end]

        kind: tuple[str, ...] = ()
        if index in self.content.quotes:
            kind += ("quote",)
        if index in self.content.unmatched:
            kind += ("unmatched",)
        mark, mark_style = "  ", self._style()
        if self.active and index == self.cursor:
            kind, mark, mark_style = (*kind, "cursor"), "▌ ", self._style("cursor-mark")
        elif index in self.marked:
            kind, mark, mark_style = (*kind, "counterpart"), "▌ ", self._style("counterpart-mark")
        elif local == 0 and index in self.content.unmatched:
            mark, mark_style = "• ", self._style("unmatched-mark")
        text_style = self._style(*kind)
        strip = Strip([Segment(mark, mark_style), Segment(text, text_style)])
        return strip.extend_cell_length(width, text_style)

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or not self.content.selectable:
            return
        index = self.sentence_at_line(round(self.scroll_offset.y) + offset.y)
        if index is not None:
            event.stop()
            self.post_message(self.Clicked(self, index))
