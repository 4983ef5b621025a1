"""One article's header: its title, outlet, date and byline, shown apart from the body."""
from __future__ import annotations

from pathlib import PurePath

from textual.content import Content
from textual.widgets import Static

from .wrapping import display_text


def header_content(document) -> Content:
    """The metadata found, on two lines: the title (or, without one, the outlet)
    in bold, then the outlet, date and byline not shown yet. The file name
    stands in for what is missing.

    Built as literal text: nothing in the article is read as markup.
    """
    title, source, date, byline = (display_text(x or "") for x in (document.title, document.source, document.date, document.byline))
    name = PurePath(document.path).name or "article"
    first = title or source or name
    rest = [x for x in ((source if title else ""), date, byline) if x]
    if first != name and not rest:
        rest = [name]
    return Content.assemble((first, "bold"), "\n", (" · ".join(rest) or "no outlet or date in the text", "dim"))


class ArticleHeader(Static):
    """Metadata of one article, above its pane."""

    def __init__(self, document, *, id: str | None = None) -> None:
        super().__init__(header_content(document), id=id)
