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
    BODY_ROLES, BODY_WORDS, DETERMINERS, FEMALE_ROLES, HONORIFICS, MALE_ROLES, NAME_PARTICLES, NOT_NAMES,
    PERSON_ROLES, POST_NOMINALS, PLACE_WORDS, PRONOUNS, ROLE_MODIFIERS, ROLES, TITLE_WORDS, UPPER, alternation,
)


_DET = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)"
_CAP = rf"(?:(?:[{UPPER}]\.){{2,}}|[{UPPER}][\w’'\-]*(?:\.(?=\s+[{UPPER}]))?)"
_ROLE = rf"(?:{alternation(ROLES)})(?![\w’'\-])"
_MOD = rf"(?:{alternation(ROLE_MODIFIERS)})"
UPPER_START = rf"[{UPPER}]"
_PARTICLE_RUN = rf"(?:{alternation(NAME_PARTICLES)})(?: (?:{alternation(NAME_PARTICLES)}))?"
_LINK = rf"(?:\s+(?:of|for|of the|bin|al|{_PARTICLE_RUN})(?=\s+[{UPPER}]))"
# A whole mention, for checking a phrase found elsewhere (inside a quotation).
CHAIN = re.compile(
    rf"(?<![\w’'\-])(?:{_DET}\s+)?(?:(?:{_MOD}|{_CAP}|{_ROLE}){_LINK}?\s+)*(?:{_CAP}|{_ROLE})(?![\w’'\-])"
)
# The words a mention is built from: capitalised words and role nouns, in runs
# joined by spaces or "of"-like links. Scanning for these alone is fast; a run
# is then extended leftwards over modifiers and a determiner.
_CAP_WORD = rf"[{UPPER}][\w’'\-]*(?:\.[{UPPER}][\w’'\-]*)*\.?"
_LINKS = rf"(?: of | for | of the | bin | al | {_PARTICLE_RUN} )"


def _run(anchor: str) -> re.Pattern:
    return re.compile(rf"{anchor}(?:{_LINKS}(?={UPPER_START}){anchor}| {anchor})*")


# A surname may open with its particles: "de Vries", "van der Berg".
_PARTICLE_NAME = rf"(?<![\w’'\-]){_PARTICLE_RUN} {_CAP_WORD}"
_RUN = _run(rf"(?:{_PARTICLE_NAME}|{_CAP_WORD}|(?:{alternation(ROLES)})(?:[’']s)?(?![\w’'\-]))")
_CAPITALISED_RUN = _run(rf"(?:{_PARTICLE_NAME}|{_CAP_WORD})")
_AND_TAIL = re.compile(rf" and {_CAP_WORD}(?: {_CAP_WORD})*(?<!\.)")  # the same, for text without role nouns: much faster
_ROLE_SET = frozenset(ROLES)


def words_of(masked: str) -> set[str]:
    """The words of a sentence, punctuation dropped: for quick membership tests."""
    return set(masked.replace(",", " ").replace(".", " ").replace(":", " ").replace(";", " ").split())
_ABBREVIATION = re.compile(rf"(?:[{UPPER}]\.)+|[{UPPER}][a-z]{{0,3}}\.")
_ACRONYM = re.compile(rf"(?:[{UPPER}]\.){{2,}}")
_DETERMINER_WORDS = frozenset("the a an his her its their The A An His Her Its Their".split())
_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
_INDEFINITE = frozenset(("a", "an"))
_POSSESSIVE_NAME = re.compile(rf"[{UPPER}][\w\-]*[’']s")


@dataclass(slots=True)
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
    possessive = bool(_POSSESSIVE.search(tokens[-1]))
    if possessive:
        tokens[-1] = _POSSESSIVE.sub("", tokens[-1]) or tokens[-1]
    shown = " ".join(tokens)
    definite = det not in _INDEFINITE and (bool(det) or not tokens[-1].endswith("s"))
    of = _of_phrase(tokens)
    if of is not None and tokens[of - 1].islower():
        # "the chief executive of Acme Corp": a role, described by whom it serves
        head = tokens[of - 1].lower()
        return Mention(text, start, start + len(text), "description", shown, head=head,
                       modifiers=tuple(t.lower() for t in tokens[:of - 1]), definite=definite,
                       gender="f" if head in FEMALE_ROLES else "m" if head in MALE_ROLES else "",
                       possessive=possessive)
    if of is not None:
        # "the National Institute of Oceanography and Fisheries": one body
        while len(tokens) > 2 and _POSSESSIVE.search(tokens[0]):
            tokens.pop(0)
        return Mention(text, start, start + len(text), "body", " ".join(tokens), possessive=possessive)
    last = tokens[-1]
    if not last[0].isupper():
        head = last.lower()
        gender = "f" if head in FEMALE_ROLES else "m" if head in MALE_ROLES else ""
        if head.endswith("s") and head[:-1] in ROLES:
            gender = "p"
        return Mention(text, start, start + len(text), "description", shown, head=head,
                       modifiers=tuple(t.lower() for t in tokens[:-1]), gender=gender, definite=definite,
                       possessive=possessive)
    post_nominal = ""
    if len(tokens) > 2 and tokens[-1] in POST_NOMINALS and tokens[-2] not in TITLE_WORDS:
        post_nominal = tokens.pop()  # "Jane Doe MP"
    i = len(tokens)
    while i and (tokens[i - 1][0].isupper() and tokens[i - 1] not in TITLE_WORDS and tokens[i - 1].lower() not in HONORIFICS
                 or tokens[i - 1] in NAME_PARTICLES and i < len(tokens)):
        i -= 1
    names, titles = tokens[i:], tokens[:i]
    if names and all(t in NOT_NAMES or t in NAME_PARTICLES for t in names):
        return None
    gender = next((HONORIFICS[t.lower()] for t in titles if t.lower() in HONORIFICS), "")
    for t in titles:
        low = t.lower()
        gender = gender or ("f" if low in FEMALE_ROLES else "m" if low in MALE_ROLES else "")
    title = " ".join([t for t in titles if t.lower() not in HONORIFICS] + [post_nominal] * bool(post_nominal))
    if not names:
        if any(t in BODY_WORDS for t in titles) or any(t.lower() in BODY_ROLES for t in titles):
            return Mention(text, start, start + len(text), "body", shown, possessive=possessive)
        return Mention(text, start, start + len(text), "description", shown, head=last.lower(),
                       modifiers=tuple(t.lower() for t in tokens[:-1]), gender=gender, definite=definite,
                       possessive=possessive)
    name = " ".join(names)
    if any(t in BODY_WORDS for t in names) or (titles and titles[-1] in BODY_ROLES):
        kind = "body"  # "Acme Holdings", "the watchdog Fairtrade"
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
        if len(names) == 1 and len(name) >= 7 and name.endswith(_GROUP_ENDINGS) and not possessive:
            gender = "p"  # "Republicans", "Socialists": a group
    return Mention(text, start, start + len(text), kind, name, title=title, gender=gender, possessive=possessive)


_OF_LINKS = frozenset(("the", "and", "of"))
_GROUP_ENDINGS = ("ans", "ists", "ats", "ives", "ites")


def _of_phrase(tokens: list[str]) -> int | None:
    """Where "of" links a role or a body word to the name it belongs to.

    "chief executive of Acme Airways" and "Institute of Marine Biology and
    Ecology" qualify, and "for" after a body word ("Office for Budget
    Responsibility"); "Secretary of State Jane Doe" does not (a title, then a name).
    """
    for j in range(len(tokens) - 2, 0, -1):
        if tokens[j] not in ("of", "for"):
            continue
        owner = tokens[j - 1]
        rest = tokens[j + 1:]
        if tokens[j] == "for":
            if owner in BODY_WORDS and all(t[0].isupper() or t in _OF_LINKS for t in rest):
                return j  # "Office for Budget Responsibility"
            continue
        if owner.islower() and owner in ROLES:
            # "secretary of state Jane Doe" is a title before a name
            titled = any(a[0].islower() and a not in _OF_LINKS and b[0].isupper() for a, b in zip(rest, rest[1:]))
            return None if titled else j
        if owner in BODY_WORDS and all(t[0].isupper() or t in _OF_LINKS or t == "for" for t in rest):
            return j
        return None
    return None



def find_mentions(masked: str, words: set[str]) -> list[Mention]:
    """Every mention in a sentence's narration (quoted words already masked).

    `words` is `words_of(masked)`.
    """
    out: list[Mention] = []
    plain = _ROLE_SET.isdisjoint(words) and "’" not in masked and "'" not in masked  # no role, even possessive
    runs = _CAPITALISED_RUN if plain else _RUN
    covered = 0
    for m in runs.finditer(masked):
        a, b = m.span()
        if a < covered or (a and (masked[a - 1].isalnum() or masked[a - 1] in "’'-_")):
            continue  # taken in already, or inside a word ("unofficial", "iPhone")
        if masked[b - 1] == ".":
            last = max(a, masked.rfind(" ", a, b) + 1)
            if b >= len(masked.rstrip()) or not _ABBREVIATION.fullmatch(masked, last, b):
                if not _ACRONYM.fullmatch(masked, last, b):
                    b -= 1
        if masked.startswith(" and ", b) and (" of " in masked[a:b] or " for " in masked[a:b]):
            tail = _AND_TAIL.match(masked, b)
            if tail is not None and _of_phrase(masked[a:tail.end()].split()) is not None:
                b = tail.end()  # "Department of Health and Social Care", "Office for Science and Technology"
        _add(out, masked, a, b)
        covered = b
    return out


def _add(out: list[Mention], masked: str, start: int, end: int) -> None:
    """Extend a run of capitalised words and roles leftwards over modifiers and a determiner."""
    start = _extend_left(masked, start, masked[max(start, masked.rfind(" ", start, end) + 1)].islower())
    while out and start < out[-1].end:
        start = min(start, out.pop().start)  # "the head of Norway's" + "Norway's fisheries agency"
    text = masked[start:end]
    if " of " in text or " for " in text:
        text = _before_place(text)
        end = start + len(text)
    parsed = _parsed(text)
    if parsed is not None:
        out.append(Mention(text, start, end, *parsed))


def _extend_left(masked: str, start: int, description: bool) -> int:
    """Take in modifiers and a determiner before a run ("the top", "a senior").

    A description may also take up to two plain words between its determiner
    (or a possessive name) and its head ("a hospital spokeswoman").
    """
    plain: list[int] = []
    while start >= 2 and masked[start - 1] == " ":
        j = masked.rfind(" ", 0, start - 1) + 1
        word = masked[j:start - 1]
        if word in _DETERMINER_WORDS:
            return j
        if word in ROLE_MODIFIERS and not plain:
            start = j
        elif description and len(plain) < 2 and word.isalpha() and word.islower():
            plain.append(j)
            start = j
        else:
            break
    if not plain:
        return start
    if start >= 2 and masked[start - 1] == " ":
        j = masked.rfind(" ", 0, start - 1) + 1
        if _POSSESSIVE_NAME.fullmatch(masked, j, start - 1):
            return j  # "Norway's fisheries agency": the owner stands for a determiner
    # Without a determiner the plain words are not surely part of the phrase.
    return plain[0] + len(masked[plain[0]:].split(" ", 1)[0]) + 1


def _before_place(text: str) -> str:
    """"Jane Doe of Ohio" names Jane Doe: a link after a name starts a place, not a title.

    Within a body's name every link belongs to the name ("Court of Arbitration for Sport").
    """
    tokens = text.split(" ")
    for i in range(1, len(tokens) - 1):
        if tokens[i] in ("of", "for") and tokens[i - 1][:1].isupper() and tokens[i - 1] not in TITLE_WORDS \
                and tokens[i - 1] not in BODY_WORDS:
            if any(t in BODY_WORDS for t in tokens[:i - 1]):
                return text
            return " ".join(tokens[:i])
    return text


@lru_cache(maxsize=8192)
def _parsed(text: str) -> tuple | None:
    m = parse(text, 0)
    if m is None:
        return None
    return (m.kind, m.name, m.title, m.head, m.modifiers, m.gender, m.definite, m.possessive)
