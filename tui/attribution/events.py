"""From sentences to speech events: quotations, cues and resolved speakers together.

Two passes, both linear. The first reads the sentences in order, finds cues and
resolves every mention (the resolver's memory is a bounded window plus a name
table). The second gives each quotation to the nearest cue of its first or last
sentence; a whole-sentence quotation with no cue continues the speech event
just before it. Labelled interview turns ("Q: …", "Doe: …") are the
interviewer's and the named person's words; sub-headings are never attributed.
Names are turned into strings last, so a speaker first named by surname still
gets the full name the article gives later.
"""
from __future__ import annotations

import gc
import re
from dataclasses import dataclass

from ..model import Attribution, Sentence
from .lexicon import BODY_ROLES
from .cues import Cue, find_cues
from .entities import Entity, Resolver
from .interviews import Turn, find_turns
from .mentions import CHAIN, Mention, find_mentions, parse, pronoun, words_of
from .quotes import Quotation, Segment, find_quotations, mask

# Possessive pronouns and the pronoun that finds their owner ("his office": "he").
_OWNER_PRONOUNS = {"his": "he", "her": "her"}
_SUBJECT_PREFIX = re.compile(r"\s*(?:[^,·“”\"]{0,60},\s*)?(?:(?:But|And|So|Yet|Then|Still|Now|Meanwhile|Instead)\s+)?")
# "…, but Jane Doe was blunter": the opening of a second clause with its own subject.
_CONTRAST_CLAUSE = re.compile(r"[,;]\s+(?:but|while|whereas|although|though)\s+$")
_LEADING_PRONOUN = re.compile(r"\s*(?:(?:But|And|So|Yet|Then|Still|Now|Meanwhile)\s+)?(He|She|he|she)\b")
# "I told the minister …", "he had urged Moscow to …": who a first-hand report addresses.
_TOLD_AT_START = re.compile(
    r"\s*(?:I|We|we|he|she|He|She|they|They)\s+(?:(?:also|have|has|had|just|again|once|repeatedly|then)\s+)*"
    r"(?:told|urged|asked|warned|pressed|reminded|called on)\s+"
)
_BRACKETED = re.compile(r"\s*[\[(]([^\])]{2,60})[\])]")
_OBJECT = re.compile(r"((?:(?:the|a|an|his|her|their|our|my)\s+)?(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+?)(?=\s+(?:that|to|of|about|on|in|at|,|\[|\()|[,.;:]|\s*$)")
MOSTLY_QUOTED = 0.5
# "Officials at the …", "staff from the …": people who speak for the body named next.
_STAFF_OF = re.compile(r"\b(?:[Oo]fficials|[Ss]taff|[Ee]xecutives|[Ss]pokespeople|[Ii]nspectors|[Rr]esearchers|[Ee]xperts)\s+(?:at|of|from)\s+$")
_NAMED = ("person", "name")
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,7})\)")
_APPOSITION_END = (",", ".", "")
# "The Herald spoke to Doe after the hearing": who interviewed whom.
_INTERVIEW = re.compile(r"\s+(?:spoke|talked|speaks|talks)\s+(?:to|with)\s+|\s+interviewed\s+")


@dataclass
class _Speech:
    """A cue with its speaker and addressee resolved."""

    cue: Cue
    sentence: int
    paragraph: int
    speakers: list[Entity | None]
    mention: str
    addressee: Entity | str | None


@dataclass
class _Event:
    """One attribution before names are turned into strings."""

    speech: _Speech
    sentences: tuple[int, ...]
    quote: str
    direct: bool
    addressee: Entity | str | None


def _name(value: Entity | str | None) -> str | None:
    if isinstance(value, Entity):
        return value.name
    return value


def _start(m: Mention) -> int:
    return m.start


def _appositions(masked: str, mentions: list[Mention]) -> dict[int, Mention]:
    """Names and descriptions set off by commas: "Jane Doe, the mayor," and "its head, Jane Doe,".

    Maps the id of the description to the name.
    """
    out: dict[int, Mention] = {}
    for a, b in zip(mentions, mentions[1:]):
        if masked[a.end:b.start] != ", " or masked[b.end:b.end + 1] not in _APPOSITION_END:
            continue
        if a.kind in _NAMED and b.kind == "description" and b.definite and b.gender != "p":
            out[id(b)] = a
        elif a.kind == "description" and a.definite and a.gender != "p" and b.kind in _NAMED:
            out[id(a)] = b
    return out


def _abbreviates(short: str, name: str) -> bool:
    """Is `short` an abbreviation of `name`: all capitals ("NIO"), or the initials in any case ("Cas")?"""
    if short.isupper():
        return True
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return short.lower() == initials.lower()


def _is_subject(masked: str, m: Mention) -> bool:
    """Does the mention open its sentence, or a clause joined by "but", "while" and the like?"""
    if m.possessive:
        return False
    return _SUBJECT_PREFIX.fullmatch(masked, 0, m.start) is not None or \
        _CONTRAST_CLAUSE.search(masked, max(0, m.start - 20), m.start) is not None


class _Reader:
    """First pass: cues and mentions of each sentence, resolved in reading order."""

    def __init__(self, sentences: list[Sentence], quotations: list[Quotation], turns: list[Turn]) -> None:
        self.sentences = sentences
        self.resolver = Resolver()
        self.segments: dict[int, list[tuple[Segment, Quotation]]] = {}
        for q in quotations:
            for g in q.segments:
                self.segments.setdefault(g.sentence, []).append((g, q))
        self.speeches: dict[int, list[_Speech]] = {}
        self.quote_addressee: dict[int, Entity | str] = {}
        self.turns = {t.quotation.segments[0].sentence: t for t in turns if t.quotation.segments}
        # Interview turns taken as speech, and the quotations they replace.
        self.turn_speeches: list[tuple[Quotation, _Speech]] = []
        self.replaced: set[int] = set()
        # Who interviewed whom, the latest last.
        self.interviewers: dict[Entity, Entity] = {}
        self.interview: tuple[Entity, Entity] | None = None

    def read(self) -> None:
        for k, s in enumerate(self.sentences):
            turn = self.turns.get(k)
            if turn is not None:
                self._take_turn(k, s, turn)
            segs = self.segments.get(k, [])
            masked = mask(s.text, [(g.start, g.end) for g, _ in segs])
            words = words_of(masked)
            mentions = find_mentions(masked, words)
            cues = find_cues(masked, mentions, words) if s.kind == "body" else []
            speeches = self._resolve(k, s, masked, mentions, cues)
            if "interviewed " in masked or "spok" in masked or "talk" in masked:
                self._interviews(masked, mentions)
            if speeches:
                self.speeches[k] = speeches
            near = tuple(e for sp in speeches for e in sp.speakers)  # the likely speakers
            for g, q in segs:
                if g is q.segments[0]:
                    found = self._told(s.text[g.start:g.end], k, near)
                    if found is not None:
                        self.quote_addressee[id(q)] = found

    def _take_turn(self, k: int, s: Sentence, turn: Turn) -> None:
        """A labelled question or answer: the interviewer's or the named person's words."""
        if turn.is_question:
            speaker, addressee = self.interview or (None, None)
        else:
            speaker = self.resolver.known(turn.label)
            if speaker is None or not speaker.personal:
                return  # "Update:", "Photo:", or a name the article has not introduced
            named = parse(turn.label, 0)
            if named is not None:
                self.resolver.resolve(named, k, subject=True)
            addressee = self.interviewers.get(speaker)
        q = turn.quotation
        for g in q.segments:
            self.replaced.update(id(other) for _, other in self.segments.get(g.sentence, ()))
            self.segments[g.sentence] = [(g, q)]
        if speaker is not None:
            verb = "asked" if turn.is_question else "answered"
            speech = _Speech(Cue(verb, 0, 0), k, s.paragraph, [speaker], turn.label, addressee)
            self.turn_speeches.append((q, speech))

    def _interviews(self, masked: str, mentions: list[Mention]) -> None:
        """Note "X spoke to Y" and "X interviewed Y": X asks the questions Y answers."""
        by_end = {m.end: m for m in mentions}
        by_start = {m.start: m for m in mentions}
        for m in _INTERVIEW.finditer(masked):
            who, whom = by_end.get(m.start()), by_start.get(m.end())
            if who is None or whom is None or who.kind not in _NAMED + ("body",) or whom.kind not in _NAMED:
                continue
            interviewer, interviewee = self.resolver.named(who), self.resolver.named(whom)
            self.interviewers[interviewee] = interviewer
            self.interview = (interviewer, interviewee)

    def _mention(self, m: Mention, k: int, masked: str, subject: bool, apposed: dict[int, Mention]) -> Entity | None:
        """Resolve a mention; a description set off by commas next to a name is that name."""
        named = apposed.get(id(m)) if apposed else None
        if named is None:
            owned = self._owned_body(m, k)
            if owned is not None:
                return owned
            entity = self.resolver.resolve(m, k, subject=subject)
            acronym = _ACRONYM.match(masked, m.end) if entity is not None else None
            if acronym is not None and _abbreviates(acronym.group(1), entity.name):
                self.resolver.alias(entity, acronym.group(1))  # "… Institute (NIO)"
            return entity
        entity = self.resolver.resolve(named, k, subject=subject)
        entity.add_title(m.name)
        return entity

    def _owned_body(self, m: Mention, k: int) -> Entity | None:
        """"His office said": the office of the person the possessive pronoun refers to."""
        owner_word = _OWNER_PRONOUNS.get(m.text.split()[0].lower()) if m.kind == "description" else None
        if owner_word is None or m.head not in BODY_ROLES:
            return None
        owner = self.resolver.pronoun(owner_word, k)
        if owner is None or not owner.personal:
            return None
        name = f"{owner.name}’s {m.name}"
        return self.resolver.resolve(Mention(name, m.start, m.end, "body", name), k)

    def _resolve(self, k: int, s: Sentence, masked: str, mentions: list[Mention], cues: list[Cue]) -> list[_Speech]:
        resolver = self.resolver
        apposed = _appositions(masked, mentions) if len(mentions) > 1 else {}
        if not cues:
            for m in mentions:
                self._mention(m, k, masked, _is_subject(masked, m), apposed)
            return []
        speaker_of: dict[int, Entity | None] = {}
        addressees = {id(c.addressee) for c in cues if c.addressee is not None}
        speaking = {id(m) for c in cues for m in c.speakers}
        subject: Entity | None = None
        # "Anna Berg, a researcher, said": the aside names no new subject
        asides = [(c.speakers[-1].end, c.start) for c in cues if c.apposition and c.speakers]
        known = {id(m) for m in mentions}
        pending = sorted(mentions + [m for c in cues for m in c.speakers if id(m) not in known], key=_start)
        for m in pending:
            if id(m) in addressees and id(m) not in speaking:
                continue
            if id(m) in speaking:
                entity = self._mention(m, k, masked, True, apposed)
                if entity is not None:
                    entity.speaks = True
                speaker_of[id(m)] = entity
                subject = subject or entity
            elif m.kind != "pronoun":
                is_subject = _is_subject(masked, m) and not any(a <= m.start < b for a, b in asides)
                entity = self._mention(m, k, masked, is_subject, apposed)
                if is_subject and entity is not None and (entity.personal or entity.corporate):
                    subject = subject or entity
        out: list[_Speech] = []
        previous: _Speech | None = None
        for cue in cues:
            if cue.borrows:
                if previous is not None:
                    speakers, mention = previous.speakers, previous.mention
                else:
                    speakers, mention = self._subject(k, masked, subject)
                if not speakers:
                    continue
            else:
                speakers = [speaker_of.get(id(m)) for m in cue.speakers]
                mention = " and ".join(m.text for m in cue.speakers)
                for m, e in zip(cue.speakers, speakers):
                    if e is not None and e.corporate and _STAFF_OF.search(masked, 0, m.start):
                        e.gender = "p"  # "Officials at the Port Authority said …": "they" speak for it

                if cue.apposition and speakers and speakers[-1] is not None and speakers[-1].personal:
                    speakers[-1].add_title(cue.apposition)
            if cue.content is not None and len(speakers) == 1 and speakers[0] is not None and not speakers[0].gender:
                said = s.text[cue.content[0]:cue.content[0] + 4].lower()
                # "Doe said he would …": the speaker is most likely the "he"
                speakers[0].gender = "m" if said.startswith("he ") else "f" if said.startswith("she ") else ""
            speech = _Speech(cue, k, s.paragraph, speakers, mention, self._addressee(cue, k, speakers))
            if cue.borrows and previous is not None and previous.addressee is not None and (
                    cue.addressee is None or cue.addressee.text.lower() == "them"):
                # "told the panel …, adding that …"; "wrote to parents, urging them to …"
                speech.addressee = previous.addressee
            if not cue.borrows:
                previous = speech
            out.append(speech)
        for speech in out:
            if speech.addressee is None and speech.cue.content is not None:
                a, b = speech.cue.content
                found = self._told(s.text[a:b], k, speech.speakers)
                if found is not None:
                    speech.addressee = found
        return out

    def _subject(self, k: int, masked: str, subject: Entity | None) -> tuple[list[Entity | None], str]:
        if subject is not None:
            return [subject], subject.name
        lead = _LEADING_PRONOUN.match(masked)
        if lead is None:
            return [], ""
        entity = self.resolver.resolve(pronoun(lead.group(1), lead.start(1)), k, subject=True)
        return ([entity], lead.group(1)) if entity is not None else ([], "")

    def _addressee(self, cue: Cue, k: int, speakers: list[Entity | None]) -> Entity | str | None:
        m = cue.addressee
        if m is None:
            return None
        exclude = tuple(speakers)
        if m.kind == "phrase":
            return m.name
        if m.kind == "description" and m.definite:
            return self.resolver.description(m, exclude) if self.resolver.described(m, exclude) else m.name
        if m.kind == "description":
            return m.name
        return self.resolver.resolve(m, k, exclude=exclude) or m.name

    def _told(self, text: str, k: int, speakers: list[Entity | None] | tuple = ()) -> Entity | str | None:
        """The person a first-hand report says was told or urged ("I told the minister …")."""
        lead = _TOLD_AT_START.match(text)
        if lead is None:
            return None
        obj = _OBJECT.match(text, lead.end())
        if obj is None:
            return None
        bracket = _BRACKETED.match(text, obj.end())
        exclude = tuple(speakers)
        for phrase, start in ((bracket.group(1), bracket.start(1)) if bracket else (None, 0), (obj.group(1), obj.start(1))):
            if not phrase:
                continue
            chain = CHAIN.fullmatch(phrase)
            parsed = parse(phrase, start) if chain else None
            if parsed is None:
                continue
            if parsed.kind == "description":
                found = self.resolver.described(parsed, exclude) if parsed.definite else None
                return found or parsed.name
            return self.resolver.resolve(parsed, k, exclude=exclude)
        words = obj.group(1).split()
        if words[0].lower() in ("the", "a", "an", "his", "her", "their", "our", "my"):
            words = words[1:]
        return " ".join(words) or None


def _quote_text(sentences: list[Sentence], q: Quotation) -> str:
    first, last = q.segments[0], q.segments[-1]
    if first.sentence == last.sentence:
        return sentences[first.sentence].text[first.start:last.end].strip()
    parts = [sentences[first.sentence].text[first.start:]]
    parts += [sentences[g.sentence].text for g in q.segments[1:-1]]
    parts.append(sentences[last.sentence].text[:last.end])
    return " ".join(parts).strip()


def _nearest(q: Quotation, speeches: dict[int, list[_Speech]]) -> _Speech | None:
    first, last = q.segments[0], q.segments[-1]
    best, best_d = None, None
    for sp in speeches.get(first.sentence, ()):
        if sp.cue.zone[1] <= first.start:
            d = first.start - sp.cue.zone[1]
            if best_d is None or d < best_d:
                best, best_d = sp, d
    for sp in speeches.get(last.sentence, ()):
        if sp.cue.zone[0] >= last.end:
            d = sp.cue.zone[0] - last.end - 3
            if best_d is None or d < best_d:
                best, best_d = sp, d
    return best


def _named_after(q: Quotation, speeches: dict[int, list[_Speech]], sentences: list[Sentence]) -> _Speech | None:
    """The speech of the next sentence when it says whose words the quotation were."""
    last = q.segments[-1]
    if last.end < len(sentences[last.sentence].text.rstrip()) - 1:
        return None  # the quotation does not close its sentence
    return next((sp for sp in speeches.get(last.sentence + 1, ()) if sp.cue.looks_back), None)


def _contents(speeches: dict[int, list[_Speech]],
              segments: dict[int, list[tuple[Segment, Quotation]]]) -> tuple[set[int], dict[int, bool]]:
    """Which reported clauses become events, and which quotations they take in.

    A clause that is mostly one quotation ("said Putin “has shown no
    interest”") leaves the event to the quotation. Otherwise the clause is the
    event, direct when it holds quoted words ("said the plan was “reckless”"),
    and the quotations inside it are not events of their own.
    """
    absorbed: set[int] = set()
    kinds: dict[int, bool] = {}
    for k, group in speeches.items():
        segs = segments.get(k, [])
        for sp in group:
            cue = sp.cue
            if cue.content is None or cue.labelling or cue.negated:
                continue
            a, b = cue.content
            covered = sum(max(0, min(b, g.end) - max(a, g.start)) for g, _ in segs)
            if covered >= MOSTLY_QUOTED * max(1, b - a):
                continue
            inside = [q for g, q in segs if len(q.segments) == 1 and a <= g.start and g.end <= b]
            absorbed.update(id(q) for q in inside)
            kinds[id(sp)] = bool(inside)
    return absorbed, kinds


def attribute(sentences: list[Sentence]) -> list[Attribution]:
    """Speech events of a text: quotations and reported speech with speaker and addressee.

    The analysis makes many small objects and no reference cycles, so the
    cyclic garbage collector is paused while it runs (it would otherwise
    rescan every live object again and again on a long text).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _attribute(sentences)
    finally:
        if collecting:
            gc.enable()


def _attribute(sentences: list[Sentence]) -> list[Attribution]:
    quotations = [q for q in find_quotations(sentences) if sentences[q.segments[0].sentence].kind == "body"]
    reader = _Reader(sentences, quotations, find_turns(sentences))
    reader.read()
    speeches = reader.speeches
    quotations = [q for q in quotations if id(q) not in reader.replaced]

    items: list[tuple[int, int, int, object]] = []
    for q in quotations:
        items.append((q.segments[0].sentence, q.segments[0].start, 0, q))
    for k, group in speeches.items():
        for sp in group:
            items.append((k, sp.cue.start, 1, sp))
    items.sort(key=lambda t: t[:3])

    absorbed, content_kind = _contents(speeches, reader.segments)
    events: list[_Event] = []
    last: _Speech | None = None
    last_sentence = -2
    for k, _, kind, item in items:
        if kind == 0:
            q = item
            if id(q) in absorbed:
                continue
            speech = _nearest(q, speeches) or _named_after(q, speeches, sentences)
            first = q.segments[0].sentence
            if speech is None and q.starts_sentence and last is not None and last_sentence >= first - 1:
                if sentences[first].paragraph - last.paragraph <= 1:
                    speech = last
            if speech is None or speech.cue.negated or not any(speech.speakers):
                continue
            addressee = speech.addressee or reader.quote_addressee.get(id(q))
            ids = tuple(sentences[g.sentence].id for g in q.segments)
            events.append(_Event(speech, ids, _quote_text(sentences, q), True, addressee))
            last, last_sentence = speech, q.segments[-1].sentence
            continue
        speech = item
        cue = speech.cue
        if cue.negated or not any(speech.speakers):
            continue
        direct = content_kind.get(id(speech))
        if direct is not None:
            a, b = cue.content
            quote = sentences[k].text[a:b].strip()
            events.append(_Event(speech, (sentences[k].id,), quote, direct, speech.addressee))
        if any(speech.speakers):
            last, last_sentence = speech, k
    for q, speech in reader.turn_speeches:
        ids = tuple(sentences[g.sentence].id for g in q.segments)
        events.append(_Event(speech, ids, _quote_text(sentences, q), True, speech.addressee))
    events.sort(key=lambda e: (e.sentences[0], not e.direct))
    return [
        Attribution(
            sentences=e.sentences,
            quote=e.quote,
            speaker=" and ".join(_name(s) for s in e.speech.speakers if s is not None) or None,
            speaker_mention=e.speech.mention or None,
            addressee=_name(e.addressee),
            cue=e.speech.cue.verb,
            direct=e.direct,
        )
        for e in events
    ]
