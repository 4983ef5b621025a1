"""Who a mention refers to: a name table plus a bounded window of recent mentions.

Surnames and honorific forms resolve to the fullest name the article gives
("Mr. Doe" -> "Jane Doe"); pronouns to the most recent compatible person,
preferring grammatical subjects; descriptions ("the minister", "the top US
diplomat") to the recent person or body whose titles fit the head noun.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import (
    BODY_ROLES, COMPANY_WORDS, GROUP_PRONOUNS, NAME_PARTICLES, PERSON_ROLES, PLACE_WORDS, ROLE_SYNONYMS, TITLE_WORDS, UNIQUE_INSTITUTION_MODIFIERS, VAGUE_MODIFIERS,
)
from .mentions import Mention

WINDOW = 48
_OBJECT_FORMS = frozenset(("him", "her", "them"))
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f", "it": "n", "they": "p", "them": "p"}
_MAX_TITLES = 8


@dataclass(eq=False)
class Entity:
    """A person or body the article speaks of; `name` is the fullest form seen."""

    name: str
    kind: str
    gender: str = ""
    titles: list[str] = field(default_factory=list)
    head: str = ""
    speaks: bool = False

    _described_as: str = field(default=" ", repr=False)

    def add_title(self, title: str) -> None:
        title = title.lower().strip(" ,")
        if title and title not in self.titles and len(self.titles) < _MAX_TITLES:
            self.titles.append(title)
            self._described_as = " " + " | ".join(self.titles).replace("’s", "").replace("'s", "") + " "

    def has_word(self, word: str) -> bool:
        """Is the word part of a title or the name?"""
        return f" {word} " in self._described_as or word in self.name.lower().split()

    @property
    def corporate(self) -> bool:
        """Is it a body: an organisation, company or institution?"""
        if self.kind == "body":
            return True
        if self.kind == "description":
            return self.head in BODY_ROLES
        return False

    @property
    def personal(self) -> bool:
        """Can "he" or "she" refer to it?"""
        if self.kind == "person":
            return True
        if self.kind == "description":
            return self.head in PERSON_ROLES and self.gender != "p"
        return self.kind == "name" and self.speaks


@lru_cache(maxsize=256)
def _finder(words: tuple[str, ...]) -> re.Pattern:
    """A pattern finding any of the words whole in a title list (" a | b ")."""
    return re.compile("|".join(re.escape(f" {w} ") for w in words))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


class Resolver:
    """Resolves mentions in reading order; keeps memory linear in the text."""

    def __init__(self) -> None:
        self.by_full: dict[str, Entity] = {}
        self.by_last: dict[str, list[Entity]] = {}
        # "Acme" for "Acme Airways": the first word of a body's name
        self.by_short: dict[str, Entity] = {}
        # (sentence, entity, was it a grammatical subject), newest last
        self.recent: deque[tuple[int, Entity, bool]] = deque(maxlen=WINDOW)

    def _note(self, entity: Entity, sentence: int, subject: bool) -> Entity:
        self.recent.append((sentence, entity, subject))
        return entity

    def resolve(self, m: Mention, sentence: int, subject: bool = False, exclude: tuple[Entity | None, ...] = ()) -> Entity | None:
        """The entity a mention refers to, remembered as seen at `sentence`."""
        if m.kind == "pronoun":
            entity = self.pronoun(m.name, sentence, exclude)
        elif m.kind == "description":
            entity = self.description(m, exclude)
        else:
            entity = self.named(m)
        if entity is not None:
            self._note(entity, sentence, subject)
        return entity

    def named(self, m: Mention) -> Entity:
        """A name or body: look it up in the name table, or add it."""
        tokens = m.name.split()
        full, last = m.name.lower(), tokens[-1].lower()
        entity = self.by_full.get(full)
        if entity is None and len(tokens) == 1:
            entity = self.by_short.get(full)
        if entity is None and m.kind != "body":
            same_last = self.by_last.get(last, [])
            if _surname_only(tokens):
                entity = same_last[-1] if same_last else None
            else:
                first = tokens[0][:3].lower()
                for e in reversed(same_last):
                    parts = e.name.split()
                    if len(parts) == 1 or parts[0][:3].lower() == first:
                        entity = e
                        if len(parts) < len(tokens):
                            e.name = m.name
                        break
        if entity is None:
            entity = Entity(m.name, m.kind)
            if m.kind != "body":
                self.by_last.setdefault(last, []).append(entity)
        self.by_full.setdefault(full, entity)
        if m.kind in ("person", "body") and entity.kind == "name":
            entity.kind = m.kind
        if m.kind == "body" and len(tokens) > 1:
            short = tokens[0].lower()
            if tokens[0] not in PLACE_WORDS and tokens[0] not in TITLE_WORDS and short not in self.by_short:
                self.by_short[short] = entity
            if any(t in COMPANY_WORDS for t in tokens):
                entity.add_title("company")
        entity.gender = entity.gender or m.gender
        if m.title:
            entity.add_title(m.title)
        return entity

    def description(self, m: Mention, exclude: tuple[Entity | None, ...] = ()) -> Entity:
        """A role description: an earlier person or body with that role, else a new one."""
        if m.definite:
            found = self.described(m, exclude)
            if found is not None:
                found.add_title(m.name)
                if not found.gender and m.gender in ("m", "f"):
                    found.gender = m.gender
                return found
        entity = Entity(m.name, "description", m.gender, head=_singular(m.head))
        entity.add_title(m.name)
        return entity

    def described(self, m: Mention, exclude: tuple[Entity | None, ...] = ()) -> Entity | None:
        head = _singular(m.head)
        synonyms = ROLE_SYNONYMS.get(head, (head,))
        if head != m.head:
            return None  # a plural description names a group, not one of them
        titled = _finder(synonyms).search
        corporate = head in BODY_ROLES
        wanted = [w for w in m.modifiers if w not in VAGUE_MODIFIERS and w not in synonyms]
        proper = [t.lower() for t in m.name.split()[:-1] if t[:1].isupper()]
        best, best_score = None, -1
        fallback: Entity | None = None
        seen: set[Entity] = set()
        for _, e, _ in reversed(self.recent):
            if e in seen:
                continue
            seen.add(e)
            if e in exclude:
                continue
            if corporate:
                # "the company", "the charity": a body whose name or titles fit
                fits = e.corporate and (e.head in synonyms or titled(e._described_as) is not None
                                        or any(w in synonyms for w in e.name.lower().split()))
            elif e.kind == "description" and e.head == head:
                fits = True
            else:
                fits = titled(e._described_as) is not None and not e.corporate
            if not fits:
                continue
            if any(not e.has_word(w) for w in proper) or any(not e.has_word(w) for w in wanted if w in UNIQUE_INSTITUTION_MODIFIERS):
                continue  # a proper modifier ("Chinese", "State") that does not fit
            if corporate and e.kind == "description" and e.head != head:
                # "a small group" is a poorer match for "the company" than a named body
                fallback = fallback or e
                continue
            score = sum(1 for w in wanted if e.has_word(w))
            if score > best_score:
                best, best_score = e, score
        return best or fallback

    def known(self, name: str) -> Entity | None:
        """The entity a bare name or surname already stands for; nothing is added or noted."""
        tokens = name.split()
        entity = self.by_full.get(name.lower())
        if entity is None and tokens:
            same_last = self.by_last.get(tokens[-1].lower(), [])
            first = tokens[0][:3].lower()
            entity = next((e for e in reversed(same_last)
                           if _surname_only(tokens) or e.name.split()[0][:3].lower() == first), None)
        return entity

    def alias(self, entity: Entity, name: str) -> None:
        """Another name for an entity ("the INGV" after "… Institute … (INGV)").

        It also counts as a word of its titles, so "the INGV spokesman" fits.
        """
        self.by_full.setdefault(name.lower(), entity)
        entity.add_title(name)

    def pronoun(self, word: str, sentence: int, exclude: tuple[Entity | None, ...] = ()) -> Entity | None:
        """Most recent compatible entity, preferring the subject of the latest sentence naming one."""
        gender = _PRONOUN_GENDER.get(word, "p" if word in GROUP_PRONOUNS else None)
        if gender is None:
            return None
        chosen_sentence, fallback = None, None
        for seen_in, e, subject in reversed(self.recent):
            if e in exclude or not _compatible(e, gender):
                continue
            if seen_in == sentence and not subject and word not in _OBJECT_FORMS:
                continue  # "she" is rarely someone else in her own sentence; "her" may be
            if chosen_sentence is not None and seen_in != chosen_sentence:
                break
            chosen_sentence = seen_in
            if subject:
                return self._learn(e, gender)
            fallback = e
        return self._learn(fallback, gender) if fallback is not None else None

    @staticmethod
    def _learn(entity: Entity, gender: str) -> Entity:
        if gender in ("m", "f") and not entity.gender:
            entity.gender = gender
        return entity


def _surname_only(tokens: list[str]) -> bool:
    """Whether a name is a bare surname: one word, or one opening with a particle ("van der Berg")."""
    return len(tokens) == 1 or tokens[0] in NAME_PARTICLES


def _compatible(e: Entity, gender: str) -> bool:
    if gender in ("m", "f"):
        return e.personal and e.gender in ("", gender)
    if gender == "n":
        return e.corporate
    return e.gender == "p"
