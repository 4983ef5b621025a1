"""One article's header: its title, then outlet, date and byline, shown apart from the body."""
from __future__ import annotations

from pathlib import PurePath

from textual.content import Content
from textual.widgets import Static

from .wrapping import display_text


def header_content(document) -> Content:
    """Title (or the file name) on the first line, the other metadata on the second.

    Built as literal text: nothing in the article is read as markup.
    """
    title = display_text(document.title or "") or PurePath(document.path).name or "article"
    meta = " · ".join(display_text(x) for x in (document.source, document.date, document.byline) if x)
    return Content.assemble((title, "bold"), "\n", (meta or "no outlet or date in the text", "dim"))


class ArticleHeader(Static):
    """Metadata of one article, above its pane."""

    def __init__(self, document, *, id: str | None = None) -> None:
        super().__init__(header_content(document), id=id)
