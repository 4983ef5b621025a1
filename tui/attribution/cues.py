"""Speech cues in a sentence's narration: "X said", "said X", "according to X",
"X told Y that …", ", adding …", and what each one reports and to whom.

Everything here reads the masked sentence (quoted words replaced by a filler of
the same length), so words inside a quotation never make a cue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import (
    ADDRESSEE_STOP, ADDRESSING_VERBS, AUXILIARIES, CALL_PARTICLES, DETERMINERS, LABELLING_VERBS,
    NEEDS_OBJECT_LINK, NEEDS_THAT, NEGATORS, OBJECT_LINKS, OBJECT_PRONOUNS, PASSIVE, PRESS_EVENTS, PRONOUNS,
    REFUSING, SPEECH_VERBS, alternation,
)
from .mentions import Mention, pronoun
from .quotes import FILLER

_VERB = re.compile(
    r"(?<![\w’'\-])(?:(?P<acc>[Aa]ccording to)|(?P<verb>"
    + alternation(SPEECH_VERBS)
    + r"))(?![\w’'\-])"
)
_VERB_SET = frozenset(SPEECH_VERBS) | {"according", "According"}
_LAST_WORD = re.compile(r"([\w’'.\-]+)\s*$")
_WORD = re.compile(r"\s*([\w’'.\-]+)")
_CLOSERS = "”\"»’"
_BOUNDARY = re.compile(
    r"\s+[—–]\s|\s-\s|;|:\s|,\s+(?:but|while|although|though|whereas|as|who|which)\b"
    r"|,\s+(?!including\b)\w+ing\b|,\s+according\b|,\s+(?:he|she|they|it)\s+(?:said|added)\b"
)
_THAT = re.compile(r"\bthat\s+")
_AFTER_RIGHT_NP = re.compile(r"\s*(?:$|[,.;:!?]|\s(?:in|at|on|during|to|told|after|before|when|who|adding|as)\b)")
_EVENT = re.compile(
    r"\b(?:at|during|in|after)\s+(?:a|an|the|his|her|their|its|Thursday’s|today’s)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?P<event>" + "|".join(PRESS_EVENTS) + r")\b"
)
_WITH = re.compile(
    r"\b(?:in|during)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+)?(?:interview|conversation|call|letter|message|speech|address|meeting)\s+(?:with|to)\s+"
)
_EVENT_WORDS = ("conference", "briefing", " with ", " to ", "before ", "addressing ")
_BEFORE = re.compile(r"\b(?:before|addressing)\s+(?=the\s+[A-Z])")
_TO = re.compile(r"\s+to\s+")
_INVERTED_APPOSITION = re.compile(r",\s+((?:the|a|an|who)\s[^,;:·]*)")
_DENY = frozenset("denied denies deny denying".split())
MAX_APPOSITION_WORDS = 14


@dataclass
class Cue:
    """One speech verb with its speaker mention(s), addressee and reported content.

    Spans are offsets in the sentence text. `participial` cues (", adding …")
    and `labelling` cues ("describing it as “…”") take their speaker from the
    clause they hang on. `zone` covers the speaker, the verb and the addressee:
    quotations are attached to the cue whose zone is nearest.
    """

    verb: str
    start: int
    end: int
    speakers: list[Mention] = field(default_factory=list)
    inverted: bool = False
    negated: bool = False
    participial: bool = False
    labelling: bool = False
    addressee: Mention | None = None
    content: tuple[int, int] | None = None
    zone: tuple[int, int] = (0, 0)
    apposition: str = ""

    @property
    def base(self) -> str:
        return SPEECH_VERBS.get(self.verb, "according")


def _left_scan(masked: str, pos: int, participle: bool) -> tuple[int, bool, bool]:
    """Walk left over auxiliaries and negations: (position, negated, usable)."""
    negated = False
    for _ in range(8):
        m = _LAST_WORD.search(masked, max(0, pos - 40), pos)
        if m is None:
            break
        w = m.group(1).lower()
        if w in AUXILIARIES:
            pos = m.start(1)
        elif w in NEGATORS or w.endswith(("n’t", "n't")):
            negated, pos = True, m.start(1)
        elif w in PASSIVE:
            return pos, negated, participle
        elif w == "to":
            before = _LAST_WORD.search(masked, max(0, m.start(1) - 40), m.start(1))
            word = before.group(1).lower() if before else ""
            if word in REFUSING:
                negated, pos = True, before.start(1)
            else:
                return pos, negated, False  # "plans to say": not a speech event yet
        elif participle and w in _DENY:
            return pos, True, True
        else:
            break
    return pos, negated, True


def _object(masked: str, pos: int, link_needed: bool, by_start: dict[int, Mention]) -> tuple[Mention | None, int]:
    """The addressee object after an addressing verb and where it ends."""
    m = _WORD.match(masked, pos)
    if m is None:
        return None, pos
    first = m.group(1)
    if first.lower() in OBJECT_PRONOUNS and first.lower() != "it":
        end = m.end(1)
        following = _WORD.match(masked, end)
        alone = following is None or following.group(1).lower() in ADDRESSEE_STOP | OBJECT_LINKS
        if first.lower() != "her" or alone or masked[end:end + 1] in ",.;:":
            if not link_needed or _linked(masked, end):
                return pronoun(first, m.start(1)), end
            return None, pos
    start = m.start(1)
    chain = by_start.get(start)
    words, end, cur, previous = 0, start, start, ""
    while chain is None:
        w = _WORD.match(masked, cur)
        if w is None:
            break
        token = w.group(1)
        bare = token.rstrip(".,")
        low = bare.lower()
        if FILLER in token or low in ADDRESSEE_STOP or not bare or low in PRONOUNS or low in ("i", "we", "you"):
            break
        if words and (low in DETERMINERS or (bare[0].isupper() and previous.islower() and previous not in DETERMINERS)):
            break  # "told reporters Russia would …": a new clause starts
        previous = bare
        words += 1
        end = w.start(1) + len(bare)
        cur = w.end(1)
        if bare != token or words >= 5:
            break
    if chain is not None:
        end = chain.end
    elif words == 0 or (words == 1 and masked[start:end].lower() in DETERMINERS):
        return None, pos
    text = masked[start:end]
    apposed = _apposed_name(masked, end, by_start)
    if apposed is not None:
        return apposed, apposed.end + 1
    if link_needed and not _linked(masked, end):
        return None, pos
    if chain is not None:
        return chain, end
    return Mention(text, start, end, "phrase", _drop_determiner(text)), end


def _apposed_name(masked: str, end: int, by_start: dict[int, Mention]) -> Mention | None:
    """"his counterpart, Jane Doe, to …": the name set off by commas."""
    if masked[end:end + 2] != ", ":
        return None
    chain = by_start.get(end + 2)
    if chain is None or chain.kind not in ("person", "name"):
        return None
    if masked[chain.end:chain.end + 1] == "," and _linked(masked, chain.end + 1):
        return chain
    return None


def _linked(masked: str, end: int) -> bool:
    m = _WORD.match(masked, end)
    return m is not None and m.group(1).lower() in OBJECT_LINKS


def _drop_determiner(text: str) -> str:
    head, _, rest = text.partition(" ")
    return rest if rest and head.lower() in DETERMINERS else text


def _content(masked: str, start: int, limit: int, infinitive: bool = False, need_that: bool = False) -> tuple[int, int] | None:
    """The reported clause from `start`: up to a clause boundary or the sentence end.

    After an addressee, an infinitive is what was asked ("urged Kyiv to talk").
    A comma right after the cue ("…, the ministry said, downplaying it") opens
    an aside, not what was said.
    """
    while start < limit and masked[start] == " ":
        start += 1
    if masked.startswith(",", start):
        return None
    while start < limit and masked[start] in " :":
        start += 1
    m = _WORD.match(masked, start)
    if m is None:
        return None
    first = m.group(1).lower()
    if first == "that":
        start = m.end()
    elif need_that and FILLER not in masked[start:limit]:
        return None
    elif first in ADDRESSEE_STOP and not (infinitive and first == "to"):
        that = _THAT.search(masked, start, min(limit, start + 80))
        if that is None:
            return None
        start = that.end()
    b = _BOUNDARY.search(masked, start, limit)
    end = b.start() if b else limit
    while end > start and masked[end - 1] in " .,!?":
        end -= 1
    if len(masked[start:end].split()) < 2:
        return None
    return start, end


def _content_before(masked: str, end: int) -> tuple[int, int] | None:
    """"The talks failed, the minister said": the clause before the comma."""
    head = masked[:end].rstrip()
    if not head.endswith(","):
        return None
    head = head[:-1]
    cut = max(head.rfind("; "), head.rfind(" — "), head.rfind(": "))
    start = cut + 2 if cut >= 0 else 0
    while start < len(head) and head[start] == " ":
        start += 1
    clause = head[start:]
    if FILLER in clause or any(c in clause for c in "“”\"«»") or len(clause.split()) < 3:
        return None
    first = clause.split()[0].lower()
    if first in ADDRESSEE_STOP or first.endswith("ing") or first in ("in", "on", "at", "after", "asked"):
        return None  # an opening phrase, not a reported clause
    return start, len(head)


def _speaker_left(masked: str, pos: int, by_end: dict[int, Mention]) -> tuple[list[Mention], str, int]:
    """The speaker mention ending at `pos`, an apposition, and where the speaker's words start."""
    m = _LAST_WORD.search(masked, max(0, pos - 40), pos)
    if m is not None:
        word = m.group(1)
        if word.lower() in PRONOUNS:
            return [pronoun(word, m.start(1))], "", m.start(1)
        if word == "who":
            head = masked[:m.start(1)].rstrip()
            if head.endswith(","):
                found = by_end.get(len(head) - 1)
                if found is not None:
                    return _coordinated(masked, found, by_end), "", found.start
    stripped = masked[:pos].rstrip()
    found = by_end.get(len(stripped))
    if found is not None:
        speakers = _coordinated(masked, found, by_end)
        return speakers, "", speakers[0].start
    if stripped.endswith(","):
        inner_end = len(stripped) - 1
        comma = masked.rfind(",", 0, inner_end)
        if comma > 0:
            apposition = masked[comma + 1:inner_end]
            found = by_end.get(len(masked[:comma].rstrip()))
            if found is not None and FILLER not in apposition and len(apposition.split()) <= MAX_APPOSITION_WORDS:
                named = by_end.get(inner_end)
                if found.kind in ("description", "body") and named is not None and named.start == inner_end - len(apposition.strip()) and named.kind in ("person", "name"):
                    return [named], masked[found.start:comma], found.start  # "The firm's chief, Jane Doe, said"
                speakers = _coordinated(masked, found, by_end)
                return speakers, apposition.strip(), speakers[0].start
    return [], "", pos


def _coordinated(masked: str, found: Mention, by_end: dict[int, Mention]) -> list[Mention]:
    head = masked[:found.start].rstrip()
    if head.endswith(" and"):
        other = by_end.get(len(head[:-4].rstrip()))
        if other is not None and other.kind in ("person", "name", "description"):
            return [other, found]
    return [found]


def _speaker_right(masked: str, pos: int, by_start: dict[int, Mention]) -> list[Mention]:
    m = _WORD.match(masked, pos)
    if m is None:
        return []
    start = m.start(1)
    if masked[start:start + 5] == "both ":
        start += 5
    word = m.group(1)
    if word.lower() in ("he", "she", "they"):
        return [pronoun(word, start)]
    found = by_start.get(start)
    if found is None:
        return []
    out = [found]
    rest = masked[found.end:found.end + 5]
    if rest.startswith(" and "):
        other = by_start.get(found.end + 5)
        if other is not None:
            out.append(other)
    return out


def find_cues(masked: str, mentions: list[Mention], words: set[str]) -> list[Cue]:
    """Every speech cue in a masked sentence, in reading order; `words` as `words_of(masked)`."""
    if _VERB_SET.isdisjoint(words):
        return []
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    limit = len(masked)
    cues: list[Cue] = []
    for v in _VERB.finditer(masked):
        if v.group("acc"):
            cue = _according(masked, v, by_start, limit)
            if cue is not None:
                cues.append(cue)
            continue
        verb = v.group("verb")
        base = SPEECH_VERBS[verb]
        end = v.end()
        labelling = base in LABELLING_VERBS
        if base == "call":
            particle = _WORD.match(masked, end)
            if particle is None or particle.group(1) not in CALL_PARTICLES:
                labelling = True  # "called the plan “reckless”"
            elif particle.group(1) == "for":
                end = particle.end()
        participle = verb.endswith("ing")
        pos, negated, usable = _left_scan(masked, v.start(), participle)
        if not usable:
            continue
        cue = Cue(verb, v.start(), end, negated=negated, labelling=labelling)
        region = v.start()
        if participle:
            cue.participial = True
        else:
            cue.speakers, cue.apposition, region = _speaker_left(masked, pos, by_end)
            if not cue.speakers:
                head = masked[:pos].rstrip()
                if head and head[-1] not in _CLOSERS + "," and FILLER not in head[-2:]:
                    continue
                cue.speakers = _speaker_right(masked, end, by_start)
                if not cue.speakers or not _AFTER_RIGHT_NP.match(masked, cue.speakers[-1].end):
                    continue
                cue.inverted = True
                end = cue.speakers[-1].end
        _complete(cue, masked, end, region, by_start, limit)
        cues.append(cue)
    cues = _outermost(cues)
    _place_events(cues, masked, by_start)
    return cues


def _outermost(cues: list[Cue]) -> list[Cue]:
    """Drop cues inside another cue's reported clause ("Doe said she had urged Roe to …").

    Under "according to X, …" the inner cue is the event and the outer one
    keeps only its speaker.
    """
    if len(cues) < 2:
        return cues
    out = []
    for c in cues:
        outer = next((o for o in cues if o is not c and o.content and o.content[0] <= c.start < o.content[1]), None)
        if outer is None:
            out.append(c)
        elif outer.base == "according":
            outer.content = None
            out.append(c)
    return out


def _complete(cue: Cue, masked: str, end: int, region: int, by_start: dict[int, Mention], limit: int) -> None:
    """Addressee, content and zone of a cue whose speaker is known."""
    base = cue.base
    after = end
    if base in ADDRESSING_VERBS and not cue.labelling:
        if base == "call":
            particle = _WORD.match(masked, cue.end)
            after = particle.end() if particle else end
            if particle is not None and particle.group(1) in ("on", "upon"):
                cue.addressee, after = _object(masked, after, True, by_start)
                after = max(after, particle.end())
        else:
            addressee, after_obj = _object(masked, end, base in NEEDS_OBJECT_LINK, by_start)
            if addressee is not None:
                cue.addressee, after = addressee, after_obj
    elif base in ("say", "write", "state"):
        to = _TO.match(masked, end)
        if to is not None:
            chain = by_start.get(to.end())
            if chain is not None:
                cue.addressee, after = chain, chain.end
    first = min([cue.start, region] + [s.start for s in cue.speakers])
    last = max([after] + [s.end for s in cue.speakers])
    cue.zone = (first, last)
    if cue.inverted:
        apposition = _INVERTED_APPOSITION.match(masked, after)
        if apposition is not None:
            cue.apposition = apposition.group(1)
            after = apposition.end()
    if not cue.labelling:
        cue.content = None if cue.inverted else _content(masked, after, limit, cue.addressee is not None,
                                                         base in NEEDS_THAT)
        if cue.content is None:
            cue.content = _content_before(masked, first)


def _according(masked: str, v: re.Match, by_start: dict[int, Mention], limit: int) -> Cue | None:
    speakers = _speaker_right(masked, v.end(), by_start)
    if not speakers:
        return None
    cue = Cue("according to", v.start(), v.end(), speakers=speakers, inverted=True)
    last = speakers[-1].end
    cue.zone = (v.start(), last)
    comma = masked.find(", ", last)
    if v.start() < 3 or masked[:v.start()].rstrip().endswith((".", ":")):
        if comma >= 0:
            cue.content = _content(masked, comma + 2, limit)
    else:
        cue.content = _content_before(masked, v.start())
    return cue


def _place_events(cues: list[Cue], masked: str, by_start: dict[int, Mention]) -> None:
    """Press conferences, interviews and bodies addressed: give each to the nearest cue."""
    if not cues:
        return
    found: list[tuple[int, Mention]] = []
    if not any(w in masked for w in _EVENT_WORDS):
        return
    for m in _EVENT.finditer(masked):
        ev = m.group("event")
        found.append((m.start(), Mention(ev, m.start("event"), m.end("event"), "phrase", ev)))
    for m in _WITH.finditer(masked):
        chain = by_start.get(m.end())
        if chain is not None:
            found.append((m.start(), chain))
    for m in _BEFORE.finditer(masked):
        chain = by_start.get(m.end())
        if chain is not None and chain.kind in ("body", "name") and _AFTER_RIGHT_NP.match(masked, chain.end):
            found.append((m.start(), chain))
    for pos, mention in found:
        live = [c for c in cues if not c.negated]
        if not live:
            return
        cue = min(live, key=lambda c: abs(pos - c.zone[1]) if pos >= c.zone[0] else c.zone[0] - pos)
        if cue.addressee is None:
            cue.addressee = mention
