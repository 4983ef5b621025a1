"""Interviews printed as questions and answers.

A paragraph opening with a label ("Q:", "Question:", "Jane Doe:", "Doe:")
starts a turn. The turn covers the words after the label to the end of its
paragraph and, when another labelled paragraph follows soon, the paragraphs up
to it; a sub-heading ends it. Whether a name label names a speaker is decided
while reading: only a person the article has already named can answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Sentence
from .lexicon import UPPER
from .quotes import Quotation, Segment

_LABEL = re.compile(rf"\s*((?:[{UPPER}][\w’'\-]*\s+){{0,2}}[{UPPER}][\w’'\-]*)\s*:\s+(?=\S)")
QUESTION_LABELS = frozenset(("Q", "Question"))
# An answer runs on over unlabelled paragraphs only this far to reach the next label.
MAX_TURN_PARAGRAPHS = 6


@dataclass
class Turn:
    """One labelled turn: `label` as printed ("Q", "Doe"), `quotation` the words after it."""

    label: str
    quotation: Quotation

    @property
    def is_question(self) -> bool:
        return self.label in QUESTION_LABELS


def _paragraphs(sentences: list[Sentence]) -> list[list[int]]:
    groups: list[list[int]] = []
    for k, s in enumerate(sentences):
        if not groups or sentences[groups[-1][0]].paragraph != s.paragraph:
            groups.append([])
        groups[-1].append(k)
    return groups


def find_turns(sentences: list[Sentence]) -> list[Turn]:
    """Every labelled paragraph of the text, with the words its turn covers."""
    paragraphs = _paragraphs(sentences)
    labelled: list[tuple[int, str, int]] = []  # (paragraph index, label, where the words start)
    for p, indexes in enumerate(paragraphs):
        first = sentences[indexes[0]]
        m = _LABEL.match(first.text) if first.kind == "body" else None
        if m is not None:
            labelled.append((p, m.group(1), m.end()))
    turns: list[Turn] = []
    for n, (p, label, offset) in enumerate(labelled):
        following = labelled[n + 1][0] if n + 1 < len(labelled) else p + 1
        last = following if following - p <= MAX_TURN_PARAGRAPHS else p + 1
        q = Quotation(starts_sentence=True)
        for indexes in paragraphs[p:last]:
            if any(sentences[k].kind != "body" for k in indexes):
                break
            for k in indexes:
                q.segments.append(Segment(k, offset if not q.segments else 0, len(sentences[k].text)))
        turns.append(Turn(label, q))
    return turns
