"""Sentence segmentation of news text."""
from __future__ import annotations

import re

from .model import Sentence

_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    """Split text into sentences: verbatim substrings, in order."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        piece = text[start : m.start()]
        closers = re.match(r"[\"'”’)]*", text[m.start() :]).group(0)
        piece += closers
        if piece.strip():
            out.append(piece.strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def sentences_of(paragraphs: list[str]) -> list[Sentence]:
    """Number the sentences of each paragraph in reading order."""
    out: list[Sentence] = []
    for p, para in enumerate(paragraphs):
        for text in split_sentences(para):
            out.append(Sentence(id=len(out), paragraph=p, text=text))
    return out
