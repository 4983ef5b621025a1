"""The help screen: every key of the reader, from the bindings themselves."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


def key_rows(app, bindings: list[Binding]) -> list[tuple[str, str]]:
    """(keys as displayed, what they do) for each binding that has a description."""
    rows = []
    for binding in bindings:
        text = binding.tooltip or binding.description
        if not text:
            continue
        keys = " ".join(app.get_key_display(Binding(key, binding.action)) for key in binding.key.split(","))
        rows.append((keys, text))
    return rows


def help_content(rows: list[tuple[str, str]]) -> Content:
    width = max((len(k) for k, _ in rows), default=0) + 2
    lines = [Content.assemble((keys.ljust(width), "bold"), text) for keys, text in rows]
    lines += [
        Content.assemble(("ctrl+p".ljust(width), "bold"), "Command palette: every action by name"),
        Content.assemble(("esc".ljust(width), "bold"), "Close the search bar or this screen"),
        Content(""),
        Content("Click a sentence to select it; scroll each pane with the mouse."),
        Content("Marks: ▌ selected / counterpart   • only in this article   italic: contains a quotation"),
    ]
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """All keys, over the reader; any of Esc, ? or q closes it."""

    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "close", show=False)]

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }

    #help-box {
        width: 80;
        max-width: 100%;
        height: auto;
        max-height: 90%;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    """

    def __init__(self, rows: list[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "newsreader · keys"
            box.border_subtitle = "Esc closes"
            yield Static(help_content(self.rows), id="help-text")
