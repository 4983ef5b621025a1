"""Quotations: where quoted words start and end, across sentences and paragraphs.

A quotation is a maximal run of quoted text. It may cover several sentences
and, when a paragraph ends with its quotation still open, the next paragraph
too (news style reopens it with a fresh opening mark). A closing mark with no
opening mark in its paragraph closes a quotation that began at the paragraph's
start. Straight and curly double quotes, guillemets and low-9 quotes are
quotation marks; single curly quotes only when a clear pair encloses words in
one sentence (they double as apostrophes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Sentence

# What closes each opening mark.
_CLOSES = {"“": "”\"", "«": "»", "„": "“”", '"': "\"”", "‹": "›", "‘": "’"}
_MARK = re.compile("[“”\"«»„‹›‘’]")
_SPACE_BEFORE = frozenset(" \t\n([{—–-/")
# A single ‘…’ pair: opening mark at a word start, closing mark not inside a word
# (an apostrophe between letters, as in "couldn’t", is not a closing mark).
_SINGLE_PAIR = re.compile(r"‘(?=\S)(?:[^‘’]|(?<=\w)’(?=\w))*?(?:’(?![\w])|$)")
FILLER = "·"


@dataclass
class Segment:
    """The part of one sentence a quotation covers: text[start:end] is quoted."""

    sentence: int
    start: int
    end: int


@dataclass
class Quotation:
    """One run of quoted words; `segments` in reading order."""

    segments: list[Segment] = field(default_factory=list)
    starts_sentence: bool = False


def _is_open_straight(text: str, i: int) -> bool:
    """A straight double quote opens when it sits at a word start."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in _SPACE_BEFORE or before in "“‘«":
        return True
    return not (after.isspace() or after in ".,;:!?)—–")


def _marks(text: str) -> list[tuple[int, str]]:
    """Quote marks of a sentence, single quotes kept only as clear pairs."""
    singles = set()
    if "‘" in text:
        for m in _SINGLE_PAIR.finditer(text):
            if m.start() == 0 or text[m.start() - 1] in _SPACE_BEFORE or text[m.start() - 1] in "“\"«":
                singles.add(m.start())
                if text[m.end() - 1: m.end()] == "’":
                    singles.add(m.end() - 1)
    return [(m.start(), m.group()) for m in _MARK.finditer(text) if m.group() not in "‘’" or m.start() in singles]


def _opens_paragraph(text: str, opener: str) -> bool:
    """Does the paragraph reopen a quotation left open by the one before?"""
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in "“«„\"‹" + ("‘" if opener == "‘" else "")


def _closer_before_opener(sentences: list[Sentence], opener: str) -> bool:
    """Does this paragraph close a quotation before it opens one?"""
    for s in sentences:
        for i, ch in _marks(s.text):
            if ch in _CLOSES[opener] and not (ch == '"' and _is_open_straight(s.text, i)):
                return True
            if ch in _CLOSES:
                return False
    return False


def _paragraphs(sentences: list[Sentence]) -> list[list[int]]:
    """Indexes of the sentences, grouped by consecutive paragraph number."""
    groups: list[list[int]] = []
    last = object()
    for k, s in enumerate(sentences):
        if s.paragraph != last:
            groups.append([])
            last = s.paragraph
        groups[-1].append(k)
    return groups


def find_quotations(sentences: list[Sentence]) -> list[Quotation]:
    """Every quotation of the text, in reading order."""
    out: list[Quotation] = []
    paragraphs = _paragraphs(sentences)
    current: Quotation | None = None
    opener = ""
    for p, indexes in enumerate(paragraphs):
        seen_mark = False
        skip_first_opener = False
        if current is not None:
            first = sentences[indexes[0]].text
            if _opens_paragraph(first, opener) and first.lstrip()[0] in (opener + "“"):
                skip_first_opener = True
            elif not _closer_before_opener([sentences[k] for k in indexes], opener):
                current = None
        for k in indexes:
            text = sentences[k].text
            start = 0 if current is not None else None
            for i, ch in _marks(text):
                if skip_first_opener:
                    skip_first_opener = False
                    start = i + 1
                    seen_mark = True
                    continue
                if current is None:
                    if (ch == '"' and not _is_open_straight(text, i)) or ch in "”»›’":
                        if not seen_mark and ch != "’":
                            current = _orphan_closer(sentences, indexes, k, i)
                            out.append(current)
                            current = None
                        seen_mark = True
                        continue
                    if ch in _CLOSES:
                        current = Quotation(starts_sentence=not text[:i].strip())
                        out.append(current)
                        opener, start = ch, i + 1
                elif ch in _CLOSES[opener]:
                    current.segments.append(Segment(k, start, i))
                    current, start = None, None
                elif ch in _CLOSES and ch == opener:
                    # An opening mark while open: the previous quotation lost its closer.
                    current.segments.append(Segment(k, start, i))
                    current = Quotation(starts_sentence=not text[:i].strip())
                    out.append(current)
                    start = i + 1
                seen_mark = True
            if current is not None and start is not None:
                current.segments.append(Segment(k, start, len(text)))
    return [q for q in out if q.segments and not _is_nickname(sentences, q)]


# 'Willem “Wim” Bakker': one capitalised word in quotes between a first name and a surname.
_NICKNAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w’'\-]*\s+$")
_NICKNAME_AFTER = re.compile(r"\s+[A-Z]")
_ONE_NAME = re.compile(r"[A-Z][\w’'\-.]*")


def _is_nickname(sentences: list[Sentence], q: Quotation) -> bool:
    """Is the quotation a nickname inside a person's name rather than quoted words?"""
    if len(q.segments) != 1:
        return False
    seg = q.segments[0]
    text = sentences[seg.sentence].text
    return (_ONE_NAME.fullmatch(text[seg.start:seg.end]) is not None
            and _NICKNAME_BEFORE.search(text, 0, max(0, seg.start - 1)) is not None
            and _NICKNAME_AFTER.match(text, seg.end + 1) is not None)


def _orphan_closer(sentences: list[Sentence], indexes: list[int], k: int, i: int) -> Quotation:
    """A quotation from the paragraph start to a closing mark at sentence k, offset i."""
    q = Quotation(starts_sentence=True)
    for j in indexes:
        if j == k:
            q.segments.append(Segment(j, 0, i))
            break
        q.segments.append(Segment(j, 0, len(sentences[j].text)))
    return q


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with quoted words replaced by a filler: narration only, same offsets."""
    if not spans:
        return text
    parts, pos = [], 0
    for a, b in spans:
        parts.append(text[pos:a])
        parts.append(FILLER * (b - a))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)
