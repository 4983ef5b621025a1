"""Sentence segmentation of news text.

A sentence ends at terminal punctuation (``.``, ``!``, ``?``, an ellipsis) and
the closing quotes and brackets that follow it, when the next word starts a
new sentence. The rules below tell such ends from abbreviations, titles,
initials, numbers, clock times and ellipses inside a sentence. Paragraph
breaks, list items, bullets and heading lines end a sentence too.

Every piece returned is a verbatim, stripped substring of the text; together
the pieces hold every non-space character of the text, in order. The text is
scanned with a few compiled patterns and each possible end is judged from a
bounded window around it, so the time taken grows linearly with the text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .model import Sentence

# --- characters ---------------------------------------------------------------

_OPENERS = "\"'“‘«‹„‚([{"
_CLOSERS = "\"'”’»›)]}"
_QUOTE_CLOSERS = frozenset("\"'”’»›")
_OPENING_QUOTES = frozenset("\"'“‘«‹„‚")
_TERMINALS = ".!?…‽"
_QUESTION_OR_EXCLAMATION = frozenset("?!‽")

# --- word lists -----------------------------------------------------------------

_TITLES = frozenset(
    """Mr Mrs Ms Mx Messrs Mmes Dr Drs Prof Profs Gen Gens Lt Lieut Col Maj Capt Cmdr Cdr
    Adm Sgt Cpl Pvt Pfc Spc Brig Gov Govs Sen Sens Rep Reps Pres Supt Insp Det Rev Hon
    Amb Msgr Fr Rt St Ste Mt Ft Atty Asst""".split()
)
"""Abbreviations written before a name: their period never ends a sentence."""

_INNER_ABBREVIATIONS = frozenset("vs v cf viz approx incl esp ca e.g i.e a.k.a eg ie".split())
"""Lower-case abbreviations that introduce what follows (``vs.``, ``e.g.``)."""

_SUFFIXES = frozenset("Inc Corp Co co Ltd Plc LLC LLP Jr Sr Bros Esq".split())
"""Abbreviations written after a name: they end a sentence only before a sentence opener."""

_CLOCK = frozenset(["a.m", "p.m"])
"""Clock-time abbreviations, without their final period."""

_SENTENCE_OPENERS = frozenset(
    """The A An He She It They We I You His Her Its Their Our My Your This That These Those
    There Here Then Now But And Or So Yet If When While Whereas Although Though As After
    Before Since Until Because In On At For From With Without By Of To Into During Despite
    However Meanwhile Still Also Instead Indeed Even Only Just Some Many Most All Both Each
    Every Few No None Not Nor Another Other Such What Which Who Whom Whose Where Why How Is
    Are Was Were Be Been Do Does Did Has Have Had Can Could Would Shall Should Might Must
    Let Yes Please Thus Hence Therefore Later Earlier Finally Today Yesterday Tomorrow
    Asked Among Under Over Once Neither Either Much More""".split()
)
"""Words that often open a sentence and seldom follow an initial or a name abbreviation."""

_CALENDAR = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Jan Feb Mar Apr Jun Jul Aug
    Sep Sept Oct Nov Dec Eastern Pacific Central Mountain GMT UTC""".split()
)
"""Words that continue a clock time (``5 p.m. Sunday``, ``8 p.m. GMT``)."""

_TIME_PHRASE_OPENERS = frozenset(
    """at by around about after before until till since from shortly just sometime early late
    between on starting beginning approximately roughly nearly almost past""".split()
)
"""Words that open a fronted time phrase (``At 5 a.m. Mr. Ortiz opened the bank``)."""

_SAYING_VERBS = "said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies"
"""Verbs that, after ``.”`` and a name, still attribute the quotation (``.” Ortiz said.``)."""

_SPEECH_VERBS = (
    _SAYING_VERBS
    + "|shouted|shouts|insisted|insists|explained|explains|continued|continues|declared|declares"
    "|noted|notes|argued|argues|warned|warns|recalled|recalls|stated|states|tweeted|posted"
    "|responded|responds|answered|answers|claimed|claims|cried|yelled|demanded|wondered|urged"
    "|quipped|joked|conceded|admitted|acknowledged|agreed|remarked|observed|concluded|announced"
)
"""Verbs that, after ``?”`` or ``!”`` and a name, attribute the quotation."""

_CONTINUATION_WORDS = frozenset(
    """the a an and or nor but of to in on at for with by from as that than into onto upon
    about over under after before is are was were be been being has have had its his her
    their our my your this these those which who whom whose whether if""".split()
)
"""Words that cannot end a heading: a line ending with one runs on."""

# --- patterns -------------------------------------------------------------------

_ENDING = re.compile(
    rf"(?P<term>[{_TERMINALS}](?<![{_TERMINALS}]{{2}})(?<![{_TERMINALS}] [{_TERMINALS}])"
    rf"[{_TERMINALS}]*(?:[ ][{_TERMINALS}]+(?=[\s{re.escape(_CLOSERS)}]|$))*)"
    rf"(?P<close>[{re.escape(_CLOSERS)}]*)"
    rf"(?=(?:\s+|$)(?P<open>[{re.escape(_OPENERS)}]*)\s*(?P<word>\S{{0,40}}))"
)
"""Terminal punctuation (spaced ellipses included) and closers, before white
space; the opening marks and the word that follow are looked at, not taken."""
_LETTERS = re.compile(r"[^\W\d_]+")
_MULTI_DOT = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_TIME_ZONE = re.compile(r"[A-Z]{1,4}T")
_SPEAKER = r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?\s+"
_ATTRIBUTION = re.compile(rf"{_SPEAKER}(?:{_SPEECH_VERBS})\b")
"""A speaker and speech verb right after ``?”`` or ``!”`` (``?” Senator Alvarez asked``)."""
_ATTRIBUTION_AFTER_PERIOD = re.compile(
    rf"{_SPEAKER}(?:{_SAYING_VERBS})"
    r"(?:\s*[.,;:]|\s+(?:on|in|at|to|during|after|before|while|when|as|later|earlier)\b)"
)
"""A speaker, a saying verb and the end of the clause right after ``.”`` (``.” Ortiz said.``)."""

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_BULLET_CHARS = "•◦▪▫‣⁃∙●○■□►▸➢➤"
_MARKER = re.compile(
    rf"(?P<bullet>[{_BULLET_CHARS}]|[*\-–](?=[ \t]))?[ \t]*"
    r"(?P<enum>\(?(?:(?P<num>\d{1,3})|(?P<let>[A-Za-z]))(?P<sep>\.\)|[.)])(?=\s|$))?"
)
"""A list marker at the start of a line: a bullet, an enumerator (``1.``, ``2)``, ``a.``), or both."""

_MARKED_LINE = re.compile(
    rf"\n[^\S\n]*(?=[{_BULLET_CHARS}]|[*\-–][ \t]|\(?(?:\d{{1,3}}|[A-Za-z])(?:\.\)|[.)])(?=\s|$))"
)
"""A line break before a line that begins with a list marker (offsets one past the break)."""
_ENDERS = frozenset(_TERMINALS + _CLOSERS)
_UNFINISHED_LINE = re.compile(rf"\n(?:(?<=[^\s{_TERMINALS}{re.escape(_CLOSERS)}]\n)|(?<=[^\S\n]\n))")
"""A line break after a line that may lack final punctuation (trailing blanks are checked apart)."""
_ENUMERATOR = re.compile(r"(?<!\S)\(?(?:(?P<num>\d{1,3})|(?P<let>[A-Za-z]))(?P<sep>\.\)|[.)])(?=\s|$)")
_LINE_END_SENTENCE = re.compile(rf"[{_TERMINALS}][{re.escape(_CLOSERS)}]*$")
_LINE_RUNS_ON = re.compile(r"[,;:\-–—/&+]$")


# --- data -----------------------------------------------------------------------


@dataclass(slots=True)
class _Ending:
    """Terminal punctuation that may end a sentence, with what surrounds it."""

    start: int
    """Offset of the first punctuation character."""
    end: int
    """Offset just after the punctuation and its closing quotes or brackets."""
    term: str
    """The punctuation: ``.``, ``?!``, ``...``, ``. . . .``."""
    closers: str
    """Closing quotes and brackets right after the punctuation."""
    before: str
    """The word the punctuation is attached to, without opening marks; "" when detached."""
    opening: str
    """Opening quotes or brackets before the next word."""
    word: str
    """The next word (up to 40 characters); it does not start in lower case."""
    next_at: int
    """Offset of the next word's opening marks."""


@dataclass
class _Layout:
    """What the lines of a text say about sentence ends."""

    cuts: list[int]
    """Offsets where a sentence must end: paragraph breaks, list items, headings."""
    marker_dots: set[int]
    """Offsets of periods that belong to list enumerators (``1.``) and end nothing."""


# --- public API -------------------------------------------------------------------


def split_sentences(text: str) -> list[str]:
    """Split text into sentences: verbatim stripped substrings, in order, that
    together hold every non-space character of the text."""
    if not text or text.isspace():
        return []
    layout = _layout(text)
    cuts = sorted(set(layout.cuts))
    found: list[int] = []
    last = 0
    for ending in _endings(text, layout.marker_dots):
        prior = bisect_right(cuts, ending.start)
        start = max(last, cuts[prior - 1] if prior else 0)
        cut = _sentence_end(ending, text, start)
        if cut is not None:
            found.append(cut)
            last = cut
    return _pieces(text, sorted(set(cuts).union(found)))


_LEADING_BULLET = re.compile(rf"^[{_BULLET_CHARS}*\-–][ \t]+")
_HEADING_END = re.compile(rf"[{_TERMINALS}:;,][{re.escape(_CLOSERS)}]*$")


def is_subheading(paragraph: str) -> bool:
    """A paragraph that is a short line without final punctuation: a sub-heading."""
    return len(paragraph.split()) <= 12 and not _HEADING_END.search(paragraph.rstrip())


def sentences_of(paragraphs: list[str]) -> list[Sentence]:
    """Number the sentences of each paragraph in reading order. A list item's
    bullet is not sentence text; a sub-heading is one sentence of kind "heading"."""
    out: list[Sentence] = []
    for p, para in enumerate(paragraphs):
        para = _LEADING_BULLET.sub("", para, count=1)
        if is_subheading(para) and para.strip():
            out.append(Sentence(id=len(out), paragraph=p, text=para.strip(), kind="heading"))
            continue
        for text in split_sentences(para):
            out.append(Sentence(id=len(out), paragraph=p, text=text))
    return out


# --- possible ends --------------------------------------------------------------


def _pieces(text: str, cuts: list[int]) -> list[str]:
    """The stripped, non-empty stretches of text between sorted cut offsets."""
    out = []
    for a, b in zip([0, *cuts], [*cuts, len(text)]):
        piece = text[a:b].strip()
        if piece:
            out.append(piece)
    return out


def _endings(text: str, skip: set[int]):
    """Every run of terminal punctuation followed by white space and a word
    that does not start with a lower-case letter."""
    for m in _ENDING.finditer(text):
        start, end, word = m.start(), m.end(), m.group("word")
        if not word or word[0].islower() or start in skip:
            continue
        head = text[max(0, start - 64) : start]
        before = "" if not head or head[-1].isspace() else head.split()[-1].lstrip(_OPENERS)
        yield _Ending(
            start=start,
            end=end,
            term=m.group("term"),
            closers=m.group("close"),
            before=before,
            opening=m.group("open"),
            word=word,
            next_at=m.start("open"),
        )


def _sentence_end(e: _Ending, text: str, sentence_start: int) -> int | None:
    """Where the sentence ends at this punctuation, or None if it goes on."""
    if not _QUESTION_OR_EXCLAMATION.isdisjoint(e.term):
        if _attribution_follows(e, text, after_period=False):
            return None
        return e.end
    dots = e.term.count(".") + 3 * e.term.count("…")
    if dots >= 3:
        return _ellipsis_end(e, text, dots)
    if e.word[0].isdigit():
        return None
    if _attribution_follows(e, text, after_period=True):
        return None
    return e.end if _period_ends(e, text, sentence_start) else None


def _attribution_follows(e: _Ending, text: str, *, after_period: bool) -> bool:
    """A closing quote followed by ``Name said``: the quotation's sentence goes on."""
    if not _QUOTE_CLOSERS.intersection(e.closers):
        return False
    pattern = _ATTRIBUTION_AFTER_PERIOD if after_period else _ATTRIBUTION
    return pattern.match(text, e.next_at, e.next_at + 200) is not None


def _ellipsis_end(e: _Ending, text: str, dots: int) -> int | None:
    """Ellipses: ``[...]`` omits words; four dots end a sentence; three spaced
    dots stay inside it; ``word. . . . Next`` ends at the word's own period."""
    if e.start and text[e.start - 1] in "[(":
        return None
    if dots >= 4:
        if e.before and e.term.startswith(". "):
            return e.start + 1
        return e.end
    if " " in e.term:
        return None
    if _first_word(e.word) == "I":
        return None
    return e.end


def _period_ends(e: _Ending, text: str, sentence_start: int) -> bool:
    """Whether a period after `e.before`, before a capitalised word, ends a sentence."""
    word = e.before.rstrip(".")
    if not word:
        return True
    if word in _TITLES or word.lower() in _INNER_ABBREVIATIONS:
        return False
    if _MULTI_DOT.fullmatch(word):
        if word.lower() in _CLOCK:
            return _clock_time_ends(e, text, sentence_start)
        return _opens_sentence(e)
    if len(word) == 1 and word.isalpha():
        return _opens_sentence(e)
    if word in _SUFFIXES:
        return _opens_sentence(e)
    return True


def _first_word(word: str) -> str:
    """The leading letters of a token: ``It’s`` gives ``It``."""
    m = _LETTERS.match(word)
    return m.group(0) if m else ""


def _opens_sentence(e: _Ending) -> bool:
    """The next word, after an initial or an abbreviation, opens a sentence."""
    return any(c in _OPENING_QUOTES for c in e.opening) or _first_word(e.word) in _SENTENCE_OPENERS


def _clock_time_ends(e: _Ending, text: str, sentence_start: int) -> bool:
    """``He left at 6 p.m. Mr. Smith …`` ends; ``At 5 a.m. Mr. Smith …`` and
    ``at 8 p.m. Sunday`` do not."""
    word = _first_word(e.word)
    if word in _CALENDAR or _TIME_ZONE.fullmatch(word):
        return False
    if e.start - sentence_start > 200:
        return True
    words = text[sentence_start : e.start].split()
    return not (0 < len(words) <= 5 and words[0].strip(_OPENERS).lower() in _TIME_PHRASE_OPENERS)


# --- lines: paragraphs, lists, headings ----------------------------------------------


def _layout(text: str) -> _Layout:
    """Sentence ends that the lines of the text make: paragraph breaks, list
    items (one a line, or several on one line: ``1. … 2. …``) and headings."""
    layout = _Layout(cuts=[], marker_dots=set())
    if "\n" not in text:
        a, b = _strip_span(text, 0, len(text))
        if a < b:
            _list_item(text, a, b, layout)
        return layout
    layout.cuts.extend(m.start() for m in _PARAGRAPH_BREAK.finditer(text))
    # A break put before the text lets the first line match too; each match
    # then starts, in the original text, where its line starts.
    list_ends: set[int] = set()
    for m in _MARKED_LINE.finditer("\n" + text):
        a, b = _strip_span(text, m.start(), _line_end(text, m.start()))
        if a < b and _list_item(text, a, b, layout):
            list_ends.add(b)
            following = _next_line(text, b)
            if following and not following[0].islower() and _may_stand_alone(text[a:b]):
                layout.cuts.append(b)
    for m in _UNFINISHED_LINE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _follows_a_stop(text, line_start, list_ends):
            continue
        a, b = _strip_span(text, line_start, m.start())
        line = text[a:b]
        if line and line[-1] not in _ENDERS and is_heading(text, a, b):
            layout.cuts.extend((a, b))
    return layout


def _follows_a_stop(text: str, line_start: int, list_ends: set[int]) -> bool:
    """The line starting at `line_start` opens the text or a paragraph, or
    follows a line that ends a sentence or is a list item."""
    i = line_start - 2
    while i >= 0 and text[i] != "\n" and text[i].isspace():
        i -= 1
    if i < 0 or text[i] == "\n" or text[i] in _TERMINALS or i + 1 in list_ends:
        return True
    if text[i] in _CLOSERS:
        return bool(_LINE_END_SENTENCE.search(text, text.rfind("\n", 0, i) + 1, i + 1))
    return False


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """The offsets of text[a:b] without its leading and trailing white space."""
    line = text[a:b]
    return a + len(line) - len(line.lstrip()), b - len(line) + len(line.rstrip())


def _line_end(text: str, at: int) -> int:
    """The offset of the line break after `at`, or the end of the text."""
    end = text.find("\n", at)
    return len(text) if end == -1 else end


def _next_line(text: str, at: int) -> str:
    """The line after the one that holds offset `at`, stripped ("" if none)."""
    newline = text.find("\n", at)
    if newline == -1:
        return ""
    return text[newline + 1 : _line_end(text, newline + 1)].strip()


def _is_list_item(line: str) -> bool:
    """The (stripped) line starts with a bullet or an enumerator."""
    m = _MARKER.match(line)
    return bool(m and (m.group("bullet") or m.group("enum")))


def _list_item(text: str, a: int, b: int, layout: _Layout) -> bool:
    """If the line starts with a list marker, record its item ends and return True."""
    m = _MARKER.match(text, a, b)
    if not m or m.end() == a or not (m.group("bullet") or m.group("enum")):
        return False
    layout.cuts.append(a)
    if m.group("enum"):
        layout.marker_dots.add(m.start("sep"))
    bullet = m.group("bullet")
    if bullet and bullet in _BULLET_CHARS:
        _later_bullets(text, m.end(), b, bullet, layout)
    elif not bullet and m.group("enum"):
        _later_enumerators(text, m, b, layout)
    return True


def _later_bullets(text: str, a: int, b: int, bullet: str, layout: _Layout) -> None:
    """``• one • two``: each later bullet on the line starts an item."""
    at = text.find(bullet, a, b)
    while at != -1:
        if text[at - 1].isspace():
            layout.cuts.append(at)
            m = _MARKER.match(text, at, b)
            if m and m.group("enum"):
                layout.marker_dots.add(m.start("sep"))
        at = text.find(bullet, at + 1, b)


def _later_enumerators(text: str, first: re.Match, b: int, layout: _Layout) -> None:
    """``1. one 2. two``: the next numbers or letters in sequence, in the same
    style, start items."""
    expected = _successor(first.group("num"), first.group("let"))
    style = (first.group("enum").startswith("("), first.group("sep"), first.group("num") is not None)
    for m in _ENUMERATOR.finditer(text, first.end(), b):
        value = m.group("num") or m.group("let")
        if (m.group(0).startswith("("), m.group("sep"), m.group("num") is not None) != style:
            continue
        if value != expected:
            continue
        layout.cuts.append(m.start())
        layout.marker_dots.add(m.start("sep"))
        expected = _successor(m.group("num"), m.group("let"))


def _successor(num: str | None, letter: str | None) -> str:
    """The enumerator that follows ``num`` or ``letter`` ("" after z)."""
    if num is not None:
        return str(int(num) + 1)
    return chr(ord(letter) + 1) if letter not in "zZ" else ""


def _may_stand_alone(line: str) -> bool:
    """The line does not run on into the next one (no trailing comma, dash or
    function word)."""
    if _LINE_RUNS_ON.search(line):
        return False
    words = line.split()
    return bool(words) and words[-1].lower() not in _CONTINUATION_WORDS


def is_heading(text: str, a: int, b: int) -> bool:
    """A short line without final punctuation before a line that starts with
    a capital, and clearly shorter than that line or written in title case."""
    line = text[a:b]
    first = line.lstrip(_OPENERS)[:1]
    if len(line) > 100 or not (first.isupper() or first.isdigit()) or not _may_stand_alone(line):
        return False
    words = line.split()
    if len(words) > 12 or _is_list_item(line):
        return False
    following = _next_line(text, b)
    start = following.lstrip(_OPENERS)[:1]
    if not (start.isupper() or start.isdigit() or _is_list_item(following)):
        return False
    long_words = [w for w in words if len(w) > 3]
    title_case = len(words) > 1 and bool(long_words) and all(w[0].isupper() for w in long_words)
    return title_case or len(line) < 0.7 * len(following) or _is_list_item(following)
