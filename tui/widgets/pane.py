"""The sentence pane: one Line-API scroll view that draws only the visible rows.

Each sentence starts on its own line, wrapped to the pane's width; a blank
line separates paragraphs. Sentences are wrapped on demand (and cached), and
their line counts are measured lazily (`BlockLayout`): what the screen shows
at once, the rest a slice at a time between key presses, so an article of
any length opens and scrolls fast. A two-cell gutter carries the marks: the
selected sentence, its counterparts, and sentences the other article does
not report.
"""
from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.content import Content
from textual.events import Click, Resize
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .layout import BlockLayout
from .wrapping import DisplayTexts, display_text, wrap_spans

GUTTER = 2
_SPAN_CACHE_SIZE = 4096
MEASURE_SLICE = 0.005  # seconds of measuring lines at a time,
MEASURE_PAUSE = 0.002  # and the pause after each, so keys are handled in between


@dataclass(frozen=True)
class PaneContent:
    """What a pane shows: display-safe texts and what marks each one gets.

    `selectable` is false while only raw paragraphs are shown (before the
    analysis has found the sentences).
    """

    texts: Sequence[str]
    paragraphs: list[int]
    quotes: frozenset[int] = frozenset()
    unmatched: frozenset[int] = frozenset()
    selectable: bool = True
    chars: int = 0
    """The texts' total length, for estimating the height before measuring it."""

    def __len__(self) -> int:
        return len(self.texts)

    @classmethod
    def from_paragraphs(cls, paragraphs: list[str]) -> PaneContent:
        """The raw body, one block per paragraph, shown until sentences are known.
        Each paragraph is made display-safe when drawn, not all of them up front."""
        return cls(DisplayTexts(paragraphs), list(range(len(paragraphs))), selectable=False, chars=sum(map(len, paragraphs)))

    @classmethod
    def from_sentences(cls, sentences, quotes=(), unmatched=()) -> PaneContent:
        """Sentences (`tui.model.Sentence`) with the ids to mark as quotations and as unmatched."""
        texts = [display_text(s.text) for s in sentences]
        return cls(texts, [s.paragraph for s in sentences], frozenset(quotes), frozenset(unmatched), chars=sum(map(len, texts)))


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
        self._layout: BlockLayout | None = None
        self._revealed_width = 0  # the text width at which the selection was last brought into view
        self._spans: OrderedDict[int, list[tuple[int, int]]] = OrderedDict()
        self._styles: dict[tuple[str, ...], Style] = {}

    # --- content and layout ------------------------------------------------------

    def set_content(self, content: PaneContent, cursor: int | None = None, layout: BlockLayout | None = None) -> None:
        """Show new content; the cursor goes to `cursor` (or nowhere). `layout`,
        content's lines measured beforehand, is kept if made at the current width."""
        self.content = content
        self.cursor = cursor if content.selectable and content.texts else None
        self.marked = ()
        self._layout = None
        if layout is not None and layout.texts is content.texts and layout.width == self.text_width:
            self._layout = layout
            self._spans.clear()
            self._sync_height(layout)
        self._ensure_layout()
        self.refresh()
        if self.cursor is not None:
            self.scroll_to_sentence(self.cursor)

    @property
    def text_width(self) -> int:
        """Cells for the text in a line (0 until the pane has a size)."""
        return max(0, self.scrollable_content_region.width - GUTTER)

    def _ensure_layout(self) -> BlockLayout | None:
        """The layout at the current width, started afresh if the width changed
        (None until the pane has a size). Only what is asked for gets measured
        now; the rest of the sentences a slice at a time."""
        if self.scrollable_content_region.width <= 0:
            return None
        width = max(1, self.text_width)
        layout = self._layout
        if layout is None or layout.width != width:
            layout = self._layout = BlockLayout(self.content.texts, self.content.paragraphs, width, self.content.chars)
            self._spans.clear()
            self.virtual_size = Size(self.scrollable_content_region.width, layout.height)
            if self.content.selectable:  # raw paragraphs are only scrolled through: measured as they show
                self.set_timer(MEASURE_PAUSE, partial(self._measure_slice, layout))
        return layout

    def _measure_slice(self, layout: BlockLayout) -> None:
        """Measure blocks for a moment, then let other work run; the height is
        exact once all are measured."""
        if layout is not self._layout:
            return  # a new width or new content started another layout
        deadline = time.perf_counter() + MEASURE_SLICE
        while not layout.complete and time.perf_counter() < deadline:
            layout.measure(layout.measured + 64)
        if layout.complete:
            self._sync_height(layout)
        else:
            self.set_timer(MEASURE_PAUSE, partial(self._measure_slice, layout))

    def _sync_height(self, layout: BlockLayout) -> None:
        """Make the scrollable height the layout's (exact, or the latest estimate)."""
        if self.virtual_size.height != layout.height:
            self.virtual_size = Size(self.scrollable_content_region.width, layout.height)

    def on_resize(self, event: Resize) -> None:
        layout = self._ensure_layout()
        if layout is not None and layout.width != self._revealed_width:
            self._revealed_width = layout.width
            target = self.marked[0] if self.marked and not self.active else self.cursor
            if target is not None:
                self.call_after_refresh(self.scroll_to_sentence, target, True)

    def render_lines(self, crop: Region) -> list[Strip]:
        layout = self._ensure_layout()  # the first frame is drawn before the pane hears of its size
        strips = super().render_lines(crop)
        if layout is not None:
            self._sync_height_past(layout)
        return strips

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
        layout = self._ensure_layout()
        if layout is None or not self.content.texts:
            return None
        index = layout.block_at(line)
        self._sync_height_past(layout)
        return index

    def sentence_lines(self, index: int) -> tuple[int, int]:
        """First line and line count of a block's text (its paragraph gap excluded);
        (0, 0) until the pane has a size."""
        layout = self._ensure_layout()
        if layout is None or not 0 <= index < len(self.content.texts):
            return 0, 0
        lines = layout.block_lines(index)
        self._sync_height_past(layout)
        return lines

    def _sync_height_past(self, layout: BlockLayout) -> None:
        """Once the measured lines reach past the estimated height, or all are
        measured, the scrollable height follows."""
        if layout.complete or layout.starts[-1] > self.virtual_size.height:
            self._sync_height(layout)

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
        if not indexes or self._ensure_layout() is None:
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

    def set_subtitle(self, text: str) -> None:
        """Show `text` in the bottom border, redrawing that row only.

        Setting `border_subtitle` redraws the whole pane, which a key press
        that moves the cursor cannot afford: the subtitle is stored where that
        setter keeps it, and only the border's row is marked for repainting.
        """
        if text == (self._border_subtitle.plain if self._border_subtitle else ""):
            return
        size, offset = self.outer_size, self.content_offset
        if not size:  # not laid out yet: the whole pane is drawn anyway
            self.border_subtitle = Content(text)
            return
        self._border_subtitle = Content(text)
        self.refresh(Region(-offset.x, size.height - 1 - offset.y, size.width, 1))

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
        layout = self._layout if width > 0 else None
        index = layout.block_at(line) if layout is not None and self.content.texts else None
        if index is None:
            return Strip.blank(width, self._style())
        local = line - layout.starts[index]
        if layout.gaps[index]:
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
