"""The attribution sidebar: who said the selected words, to whom, and who is quoted at all."""
from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

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


def person_prompt(name: str, left: int, right: int) -> Content:
    return Content.assemble(display_text(name), ("  ", ""), (f"{left} │ {right}", "dim"))


class Sidebar(Vertical):
    """Speech of the selected sentence and its counterparts, and the list of people quoted."""

    can_focus = False

    class PersonChosen(Message):
        """A person in the list was chosen; the reader jumps to their first quote."""

        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = Content("Who said it")
        self._people: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static(Content("Analysing the two articles…"), id="speech")
        yield Static(Content("Who is quoted"), id="people-title")
        yield OptionList(id="people")

    def show_status(self, text: str) -> None:
        self.query_one("#speech", Static).update(Content(text))

    def show_selection(self, selected: SentenceView, counterparts: list[SentenceView]) -> None:
        # The speech box has a fixed size: no layout of the screen on each key.
        self.query_one("#speech", Static).update(selection_content(selected, counterparts), layout=False)

    def show_people(self, rows: list[tuple[str, int, int]], left_label: str, right_label: str) -> None:
        """`rows` are (name, count in left, count in right), as `tui.export.quoted_people` gives."""
        self._people = [name for name, _, _ in rows]
        title = Content.assemble(("Who is quoted", "bold"), ("  ", ""), (f"{display_text(left_label)} │ {display_text(right_label)}", "dim"))
        self.query_one("#people-title", Static).update(title)
        people = self.query_one("#people", OptionList)
        people.clear_options()
        if rows:
            people.add_options([Option(person_prompt(*row)) for row in rows])
        else:
            people.add_option(Option(Content("nobody is quoted"), disabled=True))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self._people):
            self.post_message(self.PersonChosen(self._people[event.option_index]))
