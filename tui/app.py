"""The reader: two articles in linked panes, an attribution sidebar, copy to the clipboard.

The first frame shows the headers, the raw paragraphs and an empty sidebar:
the list of people, the search bar and the footer are mounted just after it, and the analysis
(in a thread worker) starts once they are, so nothing competes with the first
paint. When the analysis is done the panes switch to sentences. The app holds
the `Comparison` and the view state (active side, each pane's cursor) and
decides what the other pane and the sidebar show.
"""
from __future__ import annotations

import gc

# Importing this module imports Textual: thousands of objects that live as long
# as the process. Collecting garbage meanwhile finds none and only slows the
# start, so the collector pauses for the imports (and again until the first
# frame: see `NewsReaderApp.run`).
_COLLECTING = gc.isenabled()
gc.disable()

import os
import sys
import threading
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Container
from textual.content import Content
from textual.events import Resize
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static
from textual.worker import Worker, WorkerState, get_current_worker

from .clipboard import SYSTEM, TERMINAL, copy_to_system
from .model import Attribution, Comparison, Document, other_side
from .resources import stylesheet
from .widgets.header import ArticleHeader
from .widgets.layout import BlockLayout
from .widgets.pane import PaneContent, SentencePane
from .widgets.sidebar import Sidebar
from .widgets.wrapping import display_text

if _COLLECTING:
    gc.enable()

SIDES = ("left", "right")
SIDEBAR_AUTO_WIDTH = 100  # the sidebar opens by itself from this width
SIDEBAR_MIN_WIDTH = 60  # and never shows below this one
MIN_SIZE = (30, 6)  # below this, a message instead of the panes
MAX_COUNTERPARTS_SHOWN = 3
FIRST_FRAME_WAIT = 1.0  # seconds the analysis waits, at most, for the screen to be complete


@dataclass
class SideIndex:
    """What the keys jump between on one side, and speech by sentence."""

    content: PaneContent
    quotes: list[int]
    unmatched: list[int]
    speech: dict[int, list[Attribution]] = field(default_factory=dict)
    layout: BlockLayout | None = None
    """The sentences' lines, all measured at the pane's width when the analysis started."""


@dataclass
class Analysis:
    """A finished comparison with everything the screen needs, built off the UI thread."""

    comparison: Comparison
    sides: dict[str, SideIndex]

    @classmethod
    def of(cls, comparison: Comparison, widths: dict[str, int] | None = None) -> Analysis:
        """Index `comparison`; with the panes' text `widths`, measure every
        sentence's lines too (the pane keeps them if its width has not changed)."""
        sides = {}
        for side in SIDES:
            article = comparison.side(side)
            speech = article.speech_index
            quotes = sorted({s.id for s in article.sentences if s.has_quote} | set(speech))
            unmatched = comparison.unmatched(side)
            content = PaneContent.from_sentences(article.sentences, quotes, unmatched)
            layout = None
            if widths and widths.get(side):
                layout = BlockLayout(content.texts, content.paragraphs, widths[side], content.chars)
                layout.measure(len(content))
            sides[side] = SideIndex(content, quotes, unmatched, speech, layout)
        return cls(comparison, sides)


def run_analysis(
    analyser: Callable[[Document, Document], Comparison],
    left: Document,
    right: Document,
    after: threading.Event | None = None,
    widths: dict[str, int] | None = None,
) -> Analysis:
    """Run the analysis in a daemon thread, so quitting never waits for it.

    Called in a worker thread; waits first for `after` (if given, up to
    FIRST_FRAME_WAIT seconds) so the analysis does not slow the first paint.
    `widths` go to `Analysis.of`.
    Returns early (None) if the worker is cancelled.
    """
    worker = get_current_worker()
    outcome: dict[str, object] = {}
    deadline = time.monotonic() + FIRST_FRAME_WAIT
    while after is not None and not after.is_set() and time.monotonic() < deadline:
        after.wait(0.02)
        if worker.is_cancelled:
            return None  # type: ignore[return-value]

    def target() -> None:
        try:
            outcome["analysis"] = Analysis.of(analyser(left, right), widths)
        except BaseException as error:  # reported to the user, not raised in a dead thread
            outcome["error"] = error

    thread = threading.Thread(target=target, name="newsreader-analysis", daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(0.05)
        if worker.is_cancelled:
            return None  # type: ignore[return-value]
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["analysis"]  # type: ignore[return-value]


def default_analyser(left: Document, right: Document) -> Comparison:
    from .pipeline import compare_documents

    return compare_documents(left, right)


class NewsReaderApp(App[int]):
    """Two articles side by side, sentence by sentence."""

    TITLE = "newsreader"
    AUTO_FOCUS = None  # the active pane takes the focus once the first frame is out
    CSS_PATH = stylesheet()
    HORIZONTAL_BREAKPOINTS = [(0, "-tiny"), (SIDEBAR_MIN_WIDTH, "-narrow"), (SIDEBAR_AUTO_WIDTH, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-flat"), (14, "-short"), (22, "-tall")]

    # The footer shows the keys in this order and cuts what does not fit on the
    # right: the essential ones come first, with short descriptions.
    BINDINGS = [
        Binding("j,down", "next_sentence", "next", tooltip="Next sentence"),
        Binding("k,up", "previous_sentence", "", show=False, tooltip="Previous sentence"),
        Binding("h", "focus_side('left')", "", show=False, tooltip="Left article"),
        Binding("l", "focus_side('right')", "", show=False, tooltip="Right article"),
        Binding("n", "next_unmatched", "only here", tooltip="Next sentence only in this article"),
        Binding("N", "previous_unmatched", "", show=False, tooltip="Previous sentence only in this article"),
        Binding("right_square_bracket", "next_quote", "quote", tooltip="Next quotation"),
        Binding("left_square_bracket", "previous_quote", "", show=False, tooltip="Previous quotation"),
        Binding("g,home", "first_sentence", "", show=False, tooltip="First sentence"),
        Binding("G,end", "last_sentence", "", show=False, tooltip="Last sentence"),
        Binding("pagedown", "page(1)", "", show=False, tooltip="A page down"),
        Binding("pageup", "page(-1)", "", show=False, tooltip="A page up"),
        Binding("slash", "search", "search", tooltip="Search the active article"),
        Binding("c", "copy_selection", "copy", tooltip="Copy the sentence, its counterparts and the speaker"),
        Binding("question_mark", "help", "help", tooltip="All keys"),
        Binding("q", "quit", "quit", tooltip="Quit"),
        Binding("s", "toggle_sidebar", "sidebar", tooltip="Show or hide the attribution sidebar"),
        Binding("p", "people", "", show=False, tooltip="Choose a quoted person (sidebar)"),
        Binding("C", "copy_all_quotes", "copy all", tooltip="Copy every aligned quotation pair as Markdown"),
        Binding("ctrl+c", "quit", "", show=False, priority=True),
    ]

    def __init__(
        self,
        left: Document,
        right: Document,
        *,
        comparison: Comparison | None = None,
        analyser: Callable[[Document, Document], Comparison] | None = None,
    ) -> None:
        """`comparison`, if given, is shown at once; else `analyser` (default: the
        full pipeline) runs in a worker."""
        super().__init__()
        self.documents = {"left": left, "right": right}
        self.analyser = analyser or default_analyser
        self.analysis: Analysis | None = Analysis.of(comparison) if comparison is not None else None
        self.active_side = "left"
        self.sidebar_wanted: bool | None = None  # None: shown when the terminal is wide enough
        self.clipboard_route: str | None = None
        self._started = time.monotonic()
        self._progress_timer = None
        self._panes: dict[str, SentencePane] = {}
        self._collect_after_first_frame = False  # see `run`
        self.screen_complete = threading.Event()
        """Set once the widgets mounted after the first frame are in place."""

    # --- building the screen -----------------------------------------------------

    def compose(self) -> ComposeResult:
        """Only what the first frame shows; the panes come styled as active or not,
        so nothing is restyled before that frame."""
        with Container(id="main"):  # a grid: the two headers, then the two panes; the sidebar docked right
            for side in SIDES:
                yield ArticleHeader(self.documents[side], id=f"{side}-header")
            for side in SIDES:
                active = side == self.active_side
                pane = SentencePane(side, PaneContent.from_paragraphs(self.documents[side].paragraphs), id=side,
                                    classes="-active" if active else None)
                pane.set_active(active)
                self._panes[side] = pane
                yield pane
            yield Sidebar(id="sidebar")

    def on_mount(self) -> None:
        self._fit_to_terminal()
        if self.analysis is not None:
            self._show_analysis(self.analysis)
        else:
            self._show_progress()

    def on_ready(self) -> None:
        """The first frame is out: collect again, focus, complete the screen, then analyse."""
        if self._collect_after_first_frame:
            gc.freeze()
            gc.enable()
        self.active_pane.focus()
        self.call_after_refresh(self._complete_screen)
        if self.analysis is None:
            self._progress_timer = self.set_interval(0.5, self._show_progress)
            self._analyse({side: self.pane(side).text_width for side in SIDES})

    async def _complete_screen(self) -> None:
        """Mount what the first frame does without: the list of people, the search bar, the footer."""
        from textual.widgets import Footer

        from .widgets.search import SearchBar

        try:
            await self.query_one("#sidebar", Sidebar).add_people_list()
            await self.mount(SearchBar(id="search"), Footer(compact=True, show_command_palette=False))
            self.refresh_bindings()  # the footer shows the keys once told they are known
        except Exception:  # the app closed meanwhile
            return
        finally:
            self.screen_complete.set()
        self._fit_to_terminal()
        if self.analysis is not None:
            self._fill_sidebar()
        else:
            self._show_progress()

    def run(self, *args, **kwargs):
        """Run in the terminal, then end the process with the app's return code.

        The collector pauses until the first frame is out (`on_ready`): what is
        created until then lives as long as the app, and scanning it again and
        again would only delay that frame. Then all of it is moved out of the
        collector's reach (`gc.freeze`).

        After a run in the terminal (not headless, nor driven by a pilot), once
        the terminal is restored, the process ends at once (`os._exit`): the
        analysis thread may still be running, and freeing a large comparison
        object by object would keep a quitting reader on screen for seconds.
        Nothing is left to write but the standard streams.
        """
        self._collect_after_first_frame = gc.isenabled()
        gc.disable()
        try:
            result = super().run(*args, **kwargs)
        finally:
            if self._collect_after_first_frame:
                gc.enable()
        if kwargs.get("headless") or kwargs.get("auto_pilot") is not None:
            return result
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # closed, or a broken pipe
                pass
        os._exit(self.return_code or 0)

    def _optional(self, name: str) -> Widget | None:
        """A widget that may be absent (before the screen is complete, or while the app closes)."""
        found = self.query(f"#{name}")
        return found.first() if found else None

    def pane(self, side: str) -> SentencePane:
        return self._panes[side]

    @property
    def active_pane(self) -> SentencePane:
        return self.pane(self.active_side)

    def label(self, side: str) -> str:
        """The outlet (or file name) of one side, display-safe."""
        if self.analysis is not None:
            return display_text(self.analysis.comparison.side(side).label)
        doc = self.documents[side]
        return display_text(doc.source or doc.path.rsplit("/", 1)[-1] or side)

    # --- analysis ------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def _analyse(self, widths: dict[str, int]) -> Analysis:
        return run_analysis(self.analyser, self.documents["left"], self.documents["right"], self.screen_complete, widths)

    def _show_progress(self) -> None:
        seconds = time.monotonic() - self._started
        elapsed = f" {seconds:.0f} s" if seconds >= 1 else ""
        for side in SIDES:
            self.pane(side).border_title = Content(f"{self.label(side)} · analysing…{elapsed}")
        if sidebar := self._optional("sidebar"):
            sidebar.show_status(f"Analysing the two articles…{elapsed}")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "analysis" or event.state not in (WorkerState.SUCCESS, WorkerState.ERROR):
            return
        if self._progress_timer is not None:
            self._progress_timer.stop()
        if event.state == WorkerState.SUCCESS and event.worker.result is not None:
            self._show_analysis(event.worker.result)
        elif event.state == WorkerState.ERROR:
            message = str(event.worker.error) or type(event.worker.error).__name__
            for side in SIDES:
                self.pane(side).border_title = Content(f"{self.label(side)} · analysis failed")
            if sidebar := self._optional("sidebar"):
                sidebar.show_status(f"The analysis failed: {message}")
            self.notify(message, title="Analysis failed", severity="error", markup=False, timeout=10)

    def _show_analysis(self, analysis: Analysis) -> None:
        if self._collect_after_first_frame:
            gc.freeze()  # the comparison lives as long as the app: no collection need scan it again
        self.analysis = analysis
        for side in SIDES:
            index = analysis.sides[side]
            pane = self.pane(side)
            pane.set_content(index.content, 0 if len(index.content) else None, index.layout)
            total, only = len(index.content), len(index.unmatched)
            pane.border_title = Content(f"{self.label(side)} · {total} sentences · {only} only here")
        if self.active_pane.cursor is not None:
            self.select(self.active_side, self.active_pane.cursor)
        self._fill_sidebar()

    def _fill_sidebar(self) -> None:
        """Who is quoted, and the selection's speech, once both sidebar and analysis exist."""
        sidebar = self._optional("sidebar")
        if sidebar is None or self.analysis is None:
            return
        from .export import quoted_people

        sidebar.show_people(quoted_people(self.analysis.comparison), self.label("left"), self.label("right"))
        if (current := self.selection()) is not None:
            side, index = current
            self._describe(side, index, self.analysis.comparison.counterpart_ids(side, index))

    # --- selection -------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        return self.analysis is not None

    def selection(self) -> tuple[str, int] | None:
        """The active side and its selected sentence, once there is one."""
        cursor = self.active_pane.cursor
        return None if cursor is None or not self.ready else (self.active_side, cursor)

    def select(self, side: str, index: int, center: bool = False) -> None:
        """Select sentence `index` of `side`: mark and reveal its counterparts, describe it."""
        assert self.analysis is not None
        if side != self.active_side:
            self._activate_pane(side)
        pane, other = self.pane(side), self.pane(other_side(side))
        pane.set_marked((), scroll=False)
        pane.move_cursor(index, center)
        counterparts = self.analysis.comparison.counterpart_ids(side, index)
        other.set_marked(tuple(sorted(counterparts)))
        pane.set_subtitle(f"{index + 1}/{len(pane.content)}")
        other.set_subtitle(f"↔ {len(counterparts)}" if counterparts else "")
        self._describe(side, index, counterparts)

    def _describe(self, side: str, index: int, counterparts: list[int]) -> None:
        assert self.analysis is not None
        comparison = self.analysis.comparison

        from .widgets.sidebar import SentenceView

        def view(s: str, i: int) -> SentenceView:
            return SentenceView(self.label(s), i, comparison.side(s).sentences[i].text, self.analysis.sides[s].speech.get(i, []))

        others = [view(other_side(side), i) for i in counterparts[:MAX_COUNTERPARTS_SHOWN]]
        if sidebar := self._optional("sidebar"):
            sidebar.show_selection(view(side, index), others)

    def _activate_pane(self, side: str) -> None:
        self.active_side = side
        for s in SIDES:
            pane = self.pane(s)
            pane.set_active(s == side)
            pane.set_class(s == side, "-active")
        search = self._optional("search")
        if search is None or not search.display:
            self.pane(side).focus()

    def _step(self, targets: list[int], forward: bool, what: str) -> None:
        """Select the next (or previous) sentence among `targets` (sorted ids)."""
        current = self.selection()
        if current is None:
            return
        side, cursor = current
        pos = bisect_right(targets, cursor) if forward else bisect_left(targets, cursor) - 1
        if 0 <= pos < len(targets):
            self.select(side, targets[pos], center=True)
        else:
            where = "after" if forward else "before"
            self.notify(f"No {what} {where} this one.", timeout=2, markup=False)

    # --- actions -------------------------------------------------------------------------

    def _move(self, delta: int) -> None:
        current = self.selection()
        if current is None:
            self.active_pane.scroll_relative(y=delta, animate=False)
            return
        side, cursor = current
        last = len(self.active_pane.content) - 1
        self.select(side, min(max(cursor + delta, 0), last))

    def action_next_sentence(self) -> None:
        self._move(1)

    def action_previous_sentence(self) -> None:
        self._move(-1)

    def action_first_sentence(self) -> None:
        self._move(-len(self.active_pane.content))

    def action_last_sentence(self) -> None:
        self._move(len(self.active_pane.content))

    def action_page(self, direction: int) -> None:
        pane = self.active_pane
        current = self.selection()
        if current is None:
            pane.scroll_relative(y=direction * pane.scrollable_content_region.height, animate=False)
            return
        first, _ = pane.sentence_lines(current[1])
        target = pane.sentence_at_line(first + direction * max(1, pane.scrollable_content_region.height - 2))
        if target is None:
            target = 0 if direction < 0 else len(pane.content) - 1
        self.select(current[0], target)

    def action_switch_pane(self) -> None:
        self.action_focus_side(other_side(self.active_side))

    def action_focus_side(self, side: str) -> None:
        """Make `side` active; its cursor moves to the counterpart of the selection, if any."""
        if side == self.active_side:
            self.pane(side).focus()
            return
        current = self.selection()
        target = self.pane(side).cursor
        if current is not None:
            counterparts = self.analysis.comparison.counterpart_ids(*current)
            if counterparts:
                target = counterparts[0]
        self._activate_pane(side)
        if self.ready and target is not None:
            self.select(side, target)

    def action_next_unmatched(self) -> None:
        if self.analysis:
            self._step(self.analysis.sides[self.active_side].unmatched, True, f"sentence only in {self.label(self.active_side)}")

    def action_previous_unmatched(self) -> None:
        if self.analysis:
            self._step(self.analysis.sides[self.active_side].unmatched, False, f"sentence only in {self.label(self.active_side)}")

    def action_next_quote(self) -> None:
        if self.analysis:
            self._step(self.analysis.sides[self.active_side].quotes, True, "quotation")

    def action_previous_quote(self) -> None:
        if self.analysis:
            self._step(self.analysis.sides[self.active_side].quotes, False, "quotation")

    # --- search --------------------------------------------------------------------------

    def action_search(self) -> None:
        search = self._optional("search")
        if not self.ready or search is None:
            self.notify("Search is available once the analysis is done.", timeout=2)
            return
        search.open(f"Search {self.label(self.active_side)} — Enter selects the next match, Esc cancels")

    def on_input_submitted(self, event) -> None:
        """Enter in the search bar (a `textual.widgets.Input.Submitted`)."""
        if event.input.id != "search":
            return
        from .widgets.search import find_text

        event.stop()
        self._close_search()
        phrase = event.value
        current = self.selection()
        if current is None or not phrase.strip():
            return
        side, cursor = current
        found = find_text(self.active_pane.content.texts, phrase, cursor)
        if found is None:
            self.notify(f"No match for “{phrase}” in {self.label(side)}.", severity="warning", markup=False)
        else:
            if found < cursor:
                self.notify("Search wrapped round to the top.", timeout=2)
            self.select(side, found, center=True)

    def on_search_bar_cancelled(self, event) -> None:
        self._close_search()

    def _close_search(self) -> None:
        if search := self._optional("search"):
            search.close()
        self.active_pane.focus()

    # --- copy -------------------------------------------------------------------------------

    def copy_to_clipboard(self, text: str) -> None:
        """The system clipboard if there is one, and the terminal's (OSC 52) in any case."""
        self.clipboard_route = SYSTEM if copy_to_system(text) else TERMINAL
        try:
            super().copy_to_clipboard(text)
        except Exception:  # no terminal to write to
            if self.clipboard_route == TERMINAL:
                self.clipboard_route = None

    def _copy(self, text: str, what: str) -> None:
        self.copy_to_clipboard(text)
        if self.clipboard_route is None:
            self.notify("No clipboard is available here: nothing was copied.", severity="warning", markup=False)
        else:
            self.notify(f"Copied {what} to {self.clipboard_route}.", markup=False, timeout=3)

    def action_copy_selection(self) -> None:
        current = self.selection()
        if current is None:
            return
        from .export import copy_selection

        side, index = current
        count = len(self.analysis.comparison.counterpart_ids(side, index))
        what = f"the sentence and {count} counterpart{'s' * (count != 1)}" if count else "the sentence (no counterpart)"
        self._copy(copy_selection(self.analysis.comparison, side, index), what)

    def action_copy_all_quotes(self) -> None:
        if not self.ready:
            return
        from .export import copy_all_quotes, quotation_pairs

        pairs = len(quotation_pairs(self.analysis.comparison))
        if not pairs:
            self.notify("No aligned quotation to copy.", severity="warning", timeout=3)
            return
        self._copy(copy_all_quotes(self.analysis.comparison), f"{pairs} aligned quotation pair{'s' * (pairs != 1)}")

    # --- sidebar, help, palette ---------------------------------------------------------------

    def _sidebar_shown(self) -> bool:
        width = self.size.width
        if width < SIDEBAR_MIN_WIDTH:
            return False
        return self.sidebar_wanted if self.sidebar_wanted is not None else width >= SIDEBAR_AUTO_WIDTH

    def _update_sidebar(self) -> None:
        if sidebar := self._optional("sidebar"):
            sidebar.display = self._sidebar_shown()

    def on_resize(self, event: Resize) -> None:
        self._fit_to_terminal()

    def _fit_to_terminal(self) -> None:
        """Sidebar or not; a message instead of the panes when the terminal is too small."""
        self._update_sidebar()
        too_small = self.size.width < MIN_SIZE[0] or self.size.height < MIN_SIZE[1]
        message = self._optional("too-small")
        if message is not None:
            message.display = too_small
        elif too_small:
            self.mount(Static(Content(f"Enlarge the terminal to read (at least {MIN_SIZE[0]} × {MIN_SIZE[1]})."), id="too-small"))
        self.query_one("#main").display = not too_small

    def action_toggle_sidebar(self) -> None:
        if self.size.width < SIDEBAR_MIN_WIDTH:
            self.notify(f"The sidebar needs a terminal at least {SIDEBAR_MIN_WIDTH} columns wide.", timeout=3)
            return
        self.sidebar_wanted = not self._sidebar_shown()
        self._update_sidebar()

    def action_people(self) -> None:
        if not self._sidebar_shown():
            self.action_toggle_sidebar()
        if self._sidebar_shown() and self._optional("sidebar"):
            people = self.query_one("#people")
            people.highlighted = 0
            people.focus()

    def on_sidebar_person_chosen(self, event) -> None:
        """Jump to the person's first quote: in the active article, else in the other."""
        if self.analysis is None:
            return
        for side in (self.active_side, other_side(self.active_side)):
            ids = [a.sentences[0] for a in self.analysis.comparison.side(side).attributions if a.speaker == event.name and a.sentences]
            if ids:
                self.select(side, min(ids), center=True)
                self.active_pane.focus()
                return

    def on_sentence_pane_clicked(self, event: SentencePane.Clicked) -> None:
        if self.ready:
            self.select(event.pane.side, event.index)

    def key_bindings(self) -> list[Binding]:
        """Every key of the reader, for the help screen and the palette."""
        return [*self.BINDINGS[:2], *SentencePane.BINDINGS, *self.BINDINGS[2:-1]]

    def action_help(self) -> None:
        from .screens.help import HelpScreen, key_rows

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(key_rows(self, self.key_bindings())))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for binding in self.key_bindings():
            if binding.action in ("quit",):
                continue
            keys = ", ".join(self.get_key_display(Binding(k, binding.action)) for k in binding.key.split(","))
            yield SystemCommand(binding.tooltip, f"Key: {keys}", partial(self.run_action, binding.action))
