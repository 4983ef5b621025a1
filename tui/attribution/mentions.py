"""Noun phrases that can name a speaker or an addressee.

A mention is a run of capitalised words and role nouns ("US Secretary of State
Jane Doe", "the top US diplomat", "Russian Foreign Ministry spokeswoman Maria
Zakharova"), parsed into its title, its name, or the head noun of a description.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    BODY_ROLES, BODY_WORDS, DETERMINERS, FEMALE_ROLES, HONORIFICS, MALE_ROLES, NOT_NAMES,
    PERSON_ROLES, PLACE_WORDS, PRONOUNS, ROLE_MODIFIERS, ROLES, TITLE_WORDS, UPPER, alternation,
)


_DET = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)"
_CAP = rf"(?:(?:[{UPPER}]\.){{2,}}|[{UPPER}][\w’'\-]*(?:\.(?=\s+[{UPPER}]))?)"
_ROLE = rf"(?:{alternation(ROLES)})(?![\w’'\-])"
_MOD = rf"(?:{alternation(ROLE_MODIFIERS)})"
_LINK = rf"(?:\s+(?:of|for|of the|de|da|del|van|von|bin|al|la|le)(?=\s+[{UPPER}]))"
# A whole mention, for checking a phrase found elsewhere (inside a quotation).
CHAIN = re.compile(
    rf"(?<![\w’'\-])(?:{_DET}\s+)?(?:(?:{_MOD}|{_CAP}|{_ROLE}){_LINK}?\s+)*(?:{_CAP}|{_ROLE})(?![\w’'\-])"
)
# The words a mention is built from: capitalised words and role nouns. Scanning
# for these alone is fast; runs of them are joined and extended leftwards over
# modifiers and a determiner.
_ANCHOR = re.compile(rf"[{UPPER}][\w’'\-]*(?:\.[{UPPER}][\w’'\-]*)*\.?|(?:{alternation(ROLES)})(?![\w’'\-])")
_LINK_GAPS = frozenset(" of | for | of the | de | da | del | van | von | bin | al | la | le ".split("|"))
_ABBREVIATION = re.compile(rf"(?:[{UPPER}]\.)+|[{UPPER}][a-z]{{0,3}}\.")
_DETERMINER_WORDS = frozenset("the a an his her its their The A An His Her Its Their".split())
_WORD_CHARS = re.compile(r"[\w’'\-]")
_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
_INDEFINITE = frozenset(("a", "an"))


@dataclass(frozen=True)
class Mention:
    """How the text names someone at one place.

    `kind` is "person", "body", "name" (a bare name of unknown sort, e.g. a
    place), "description" (a role noun phrase) or "pronoun". `name` is the
    name without title (or the phrase without determiner), `title` the title
    words, `head` the role noun of a description.
    """

    text: str
    start: int
    end: int
    kind: str
    name: str
    title: str = ""
    head: str = ""
    modifiers: tuple[str, ...] = ()
    gender: str = ""
    definite: bool = True
    possessive: bool = False


def pronoun(word: str, start: int) -> Mention:
    return Mention(word, start, start + len(word), "pronoun", word.lower(), gender=PRONOUNS.get(word.lower(), ""))


def parse(text: str, start: int) -> Mention | None:
    """Parse one matched run of words into a mention, or None when it names nobody."""
    tokens = text.split()
    det = ""
    if tokens and tokens[0].lower() in DETERMINERS:
        det = tokens.pop(0).lower()
    while tokens and tokens[0] in NOT_NAMES:
        tokens.pop(0)
    if not tokens:
        return None
    possessive = bool(_POSSESSIVE.search(tokens[-1])) and tokens[-1][0].isupper()
    if possessive:
        tokens[-1] = _POSSESSIVE.sub("", tokens[-1]) or tokens[-1]
    shown = " ".join(tokens)
    definite = det not in _INDEFINITE and (bool(det) or not tokens[-1].endswith("s"))
    last = tokens[-1]
    if not last[0].isupper():
        head = last.lower()
        gender = "f" if head in FEMALE_ROLES else "m" if head in MALE_ROLES else ""
        if head.endswith("s") and head[:-1] in ROLES:
            gender = "p"
        return Mention(text, start, start + len(text), "description", shown, head=head,
                       modifiers=tuple(t.lower() for t in tokens[:-1]), gender=gender, definite=definite,
                       possessive=possessive)
    i = len(tokens)
    while i and tokens[i - 1][0].isupper() and tokens[i - 1] not in TITLE_WORDS and tokens[i - 1].lower() not in HONORIFICS:
        i -= 1
    names, titles = tokens[i:], tokens[:i]
    if names and all(t in NOT_NAMES for t in names):
        return None
    gender = next((HONORIFICS[t.lower()] for t in titles if t.lower() in HONORIFICS), "")
    for t in titles:
        low = t.lower()
        gender = gender or ("f" if low in FEMALE_ROLES else "m" if low in MALE_ROLES else "")
    title = " ".join(t for t in titles if t.lower() not in HONORIFICS)
    if not names:
        if any(t in BODY_WORDS for t in titles) or any(t.lower() in BODY_ROLES for t in titles):
            return Mention(text, start, start + len(text), "body", shown, possessive=possessive)
        return Mention(text, start, start + len(text), "description", shown, head=last.lower(),
                       modifiers=tuple(t.lower() for t in tokens[:-1]), gender=gender, definite=definite,
                       possessive=possessive)
    name = " ".join(names)
    if any(t in BODY_WORDS for t in names):
        kind = "body"
    elif title and (any(t in TITLE_WORDS or t.lower() in PERSON_ROLES for t in titles) or gender):
        kind = "person"
    elif gender:
        kind = "person"
    elif len(names) >= 2 and not any(t in PLACE_WORDS for t in names):
        kind = "person"
    elif len(names) == 1 and len(name) > 1 and name.isupper():
        kind = "body"
    else:
        kind = "name"
    return Mention(text, start, start + len(text), kind, name, title=title, gender=gender, possessive=possessive)


def find_mentions(masked: str) -> list[Mention]:
    """Every mention in a sentence's narration (quoted words already masked)."""
    out: list[Mention] = []
    run_start = run_end = -1
    for m in _ANCHOR.finditer(masked):
        a, b = m.span()
        if a and _WORD_CHARS.match(masked, a - 1):
            continue  # inside a word ("unofficial", "iPhone")
        if masked[b - 1] == "." and not _ABBREVIATION.fullmatch(m.group()):
            b -= 1
        if run_end >= 0 and (a == run_end + 1 and masked[run_end] == " " or
                             masked[run_end:a] in _LINK_GAPS and masked[a].isupper()):
            run_end = b
            continue
        if run_end >= 0:
            _add(out, masked, run_start, run_end)
        run_start, run_end = a, b
    if run_end >= 0:
        _add(out, masked, run_start, run_end)
    return out


def _add(out: list[Mention], masked: str, start: int, end: int) -> None:
    """Extend a run of capitalised words and roles leftwards over modifiers and a determiner."""
    while start >= 2 and masked[start - 1] == " ":
        j = masked.rfind(" ", 0, start - 1) + 1
        word = masked[j:start - 1]
        if word in ROLE_MODIFIERS:
            start = j
            continue
        if word in _DETERMINER_WORDS:
            start = j
        break
    text = masked[start:end]
    parsed = _parsed(text)
    if parsed is not None:
        out.append(Mention(text, start, end, *parsed))


@lru_cache(maxsize=8192)
def _parsed(text: str) -> tuple | None:
    m = parse(text, 0)
    if m is None:
        return None
    return (m.kind, m.name, m.title, m.head, m.modifiers, m.gender, m.definite, m.possessive)
