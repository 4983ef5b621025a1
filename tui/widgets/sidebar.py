"""The attribution sidebar: who said the selected words, to whom, and who is quoted at all."""
from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.events import Resize
from textual.message import Message
from textual.widgets import Static

from .wrapping import display_text

EXCERPT = 70


@dataclass(frozen=True)
class SentenceView:
    """One sentence as the sidebar describes it."""

    label: str
    index: int
    text: str
    attributions: list  # tui.model.Attribution


def _excerpt(text: str, limit: int = EXCERPT) -> str:
    text = display_text(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _speech_lines(view: SentenceView) -> list[Content]:
    if not view.attributions:
        return [Content.assemble(("  no speech reported", "dim"))]
    lines = []
    for a in view.attributions:
        speaker = display_text(a.speaker or "") or "unknown speaker"
        mention = display_text(a.speaker_mention or "")
        written = f" (“{mention}”)" if mention and mention != speaker else ""
        lines.append(Content.assemble("  ", (speaker, "bold"), written))
        lines.append(Content.assemble(("  to: ", "dim"), display_text(a.addressee or "") or "—"))
        cue = display_text(a.cue or "") or "no cue"
        lines.append(Content.assemble("  ", cue, " · ", "direct quote" if a.direct else "reported speech"))
    return lines


def selection_content(selected: SentenceView, counterparts: list[SentenceView]) -> Content:
    """The selected sentence's speech, then each counterpart's, as literal text."""
    lines = [
        Content.assemble((f"{display_text(selected.label)} #{selected.index}", "bold")),
        Content.assemble(("  " + _excerpt(selected.text), "italic")),
        *_speech_lines(selected),
    ]
    if not counterparts:
        lines.append(Content.assemble((f"only in {display_text(selected.label)}", "dim")))
    for view in counterparts:
        lines.append(Content.assemble((f"counterpart · {display_text(view.label)} #{view.index}", "bold")))
        lines.append(Content.assemble(("  " + _excerpt(view.text), "italic")))
        lines.extend(_speech_lines(view))
    return Content("\n").join(lines)


class Sidebar(Vertical):
    """Speech of the selected sentence and its counterparts, and the list of people quoted.

    The list (an `OptionList`) and its title are mounted by `add_people_list`,
    after the first frame; people shown before that wait for them.
    """

    can_focus = False

    class PersonChosen(Message):
        """A person in the list was chosen; the reader jumps to their first quote."""

        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = Content("Who said it")
        self._rows: list[tuple[str, int, int]] | None = None
        self._labels = ("", "")
        self._width = 0

    def compose(self) -> ComposeResult:
        yield Static(Content("Analysing the two articles…"), id="speech")

    async def add_people_list(self) -> None:
        """Mount the selectable list of people, filled if they are known already."""
        from textual.widgets import OptionList

        if not self.query("#people"):
            await self.mount(Static(Content("Who is quoted"), id="people-title"), OptionList(id="people", compact=True))
        self._draw_people()

    def show_status(self, text: str) -> None:
        self.query_one("#speech", Static).update(Content(text))

    def show_selection(self, selected: SentenceView, counterparts: list[SentenceView]) -> None:
        # The speech box has a fixed size: no layout of the screen on each key.
        self.query_one("#speech", Static).update(selection_content(selected, counterparts), layout=False)

    def show_people(self, rows: list[tuple[str, int, int]], left_label: str, right_label: str) -> None:
        """`rows` are (name, count in left, count in right), as `tui.export.quoted_people` gives."""
        self._rows = list(rows)
        self._labels = (left_label, right_label)
        self._draw_people()

    def _table_width(self) -> int:
        """The table's width: the sidebar's, less a column for the list's scroll bar."""
        return max(8, self.content_region.width - 1) if self.content_region.width else 30

    def _draw_people(self) -> None:
        from textual.widgets.option_list import Option

        from .people import PeopleTable

        if self._rows is None or not self.query("#people"):
            return
        self._width = self._table_width()
        table = PeopleTable.of(self._width, *self._labels, self._rows)
        title = Content("\n").join([Content.styled("Who is quoted", "bold"), table.heading(*self._labels)])
        self.query_one("#people-title", Static).update(title)
        people = self.query_one("#people")
        highlighted = people.highlighted
        people.clear_options()
        if self._rows:
            people.add_options([Option(table.row(*row)) for row in self._rows])
            people.highlighted = highlighted
        else:
            people.add_option(Option(Content("nobody is quoted"), disabled=True))

    def on_resize(self, event: Resize) -> None:
        if self._rows is not None and self._table_width() != self._width:
            self._draw_people()

    def on_option_list_option_selected(self, event) -> None:
        """A row of the list was chosen (a `textual.widgets.OptionList.OptionSelected`)."""
        event.stop()
        if self._rows and 0 <= event.option_index < len(self._rows):
            self.post_message(self.PersonChosen(self._rows[event.option_index][0]))
