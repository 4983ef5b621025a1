"""The analysis's data: what the reading, splitting, alignment and attribution
steps produce, and what the interface and the exports consume.

Nothing here imports Textual.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePath

QUOTE_CHARS = "\"“”«»„‟"


def other_side(side: str) -> str:
    """The other article's side: "left" ↔ "right"."""
    return "right" if side == "left" else "left"


@dataclass(frozen=True)
class Sentence:
    """One body sentence: verbatim text of the article, in reading order."""

    id: int
    paragraph: int
    text: str
    kind: str = "body"
    """"body", or "heading" for a sub-heading inside the article (shown, never linked)."""

    @property
    def has_quote(self) -> bool:
        return any(c in self.text for c in QUOTE_CHARS)


@dataclass(frozen=True)
class Attribution:
    """One speech event: who said `quote` (verbatim) to whom.

    `sentences` are the ids the quote spans; `speaker` is the resolved person
    or body ("Antony Blinken"), `speaker_mention` how the text names them at
    the cue ("he", "the minister"); `addressee` is None unless the text names one.
    """

    sentences: tuple[int, ...]
    quote: str
    speaker: str | None
    speaker_mention: str | None
    addressee: str | None
    cue: str | None
    direct: bool


@dataclass(frozen=True)
class Link:
    """A left sentence and a right sentence that report the same thing."""

    left: int
    right: int
    score: float


@dataclass
class Document:
    """A read article: metadata apart from the body paragraphs."""

    path: str
    paragraphs: list[str]
    title: str | None = None
    source: str | None = None
    date: str | None = None
    byline: str | None = None
    captions: list[str] = field(default_factory=list)
    dateline: str | None = None
    notes: list[str] = field(default_factory=list)
    """Lines that are neither body nor caption: agency footers such as "(Reporting by …)"."""


@dataclass
class Article:
    """A document with its sentences and speech events."""

    document: Document
    sentences: list[Sentence]
    attributions: list[Attribution]

    @property
    def label(self) -> str:
        """Short name for headers and quotes: the outlet, else the file name."""
        return self.document.source or PurePath(self.document.path).name or "article"

    def attributions_of(self, sentence_id: int) -> list[Attribution]:
        """The speech events that cover one sentence, in the order found."""
        return self.speech_index.get(sentence_id, [])

    @cached_property
    def speech_index(self) -> dict[int, list[Attribution]]:
        """Sentence id → the speech events covering it (built once, on first use)."""
        index: dict[int, list[Attribution]] = {}
        for attribution in self.attributions:
            for sid in attribution.sentences:
                index.setdefault(sid, []).append(attribution)
        return index


@dataclass
class Comparison:
    """Two articles and the links between their sentences."""

    left: Article
    right: Article
    links: list[Link]

    def __post_init__(self) -> None:
        self._by = {"left": {}, "right": {}}
        for link in sorted(self.links, key=lambda l: -l.score):
            self._by["left"].setdefault(link.left, []).append(link)
            self._by["right"].setdefault(link.right, []).append(link)

    def side(self, name: str) -> Article:
        return self.left if name == "left" else self.right

    def counterparts(self, side: str, sentence_id: int) -> list[Link]:
        """Links of one sentence, surest first."""
        return self._by[side].get(sentence_id, [])

    def counterpart_ids(self, side: str, sentence_id: int) -> list[int]:
        return [getattr(l, other_side(side)) for l in self.counterparts(side, sentence_id)]

    def unmatched(self, side: str) -> list[int]:
        linked = self._by[side]
        return [s.id for s in self.side(side).sentences if s.id not in linked and s.kind == "body"]
