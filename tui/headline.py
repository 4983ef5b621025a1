"""The title of an article read from markup, kept apart from its body."""
from __future__ import annotations

import re

from .model import Document


def same_text(a: str | None, b: str | None) -> bool:
    """Equal once case, spacing and punctuation are set aside."""
    norm = lambda s: re.sub(r"\W+", " ", s or "").strip().casefold()
    return bool(a and b) and norm(a) == norm(b)


def settle_title(doc: Document, title: str | None) -> Document:
    """Give `doc` the title its markup declares. A title that the plain-text
    heuristics of `parse_document` found instead is the first body paragraph,
    unless it is the declared title repeated; no body paragraph repeats the title."""
    if title:
        if doc.title and not same_text(doc.title, title):
            doc.paragraphs.insert(0, doc.title)
        doc.title = title
    doc.paragraphs = [p for p in doc.paragraphs if not same_text(p, doc.title)]
    return doc
