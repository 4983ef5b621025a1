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
    NEEDS_OBJECT_LINK, NEEDS_THAT, NEGATORS, OBJECT_CONTENT, OBJECT_LINKS, OBJECT_PRONOUNS, PASSIVE, PRESS_EVENTS, PRONOUNS,
    REFUSING, SPEECH_NOUNS, SPEECH_VERBS, GROUP_PRONOUNS, TO_ADDRESSEE, UPPER, alternation,
)
from .mentions import Mention, pronoun
from .quotes import FILLER

_VERB_SET = frozenset(SPEECH_VERBS) | {"according", "According"}


_WORD_CHAR_EXTRA = "’'-"


@dataclass(slots=True)
class _Hit:
    """A speech verb (or "according to") found in a sentence."""

    start: int
    end: int
    verb: str
    according: bool = False


def _verb_hits(masked: str, present: set[str]) -> list[_Hit]:
    """Where the speech verbs a sentence holds stand as whole words, in reading order."""
    hits: list[_Hit] = []
    for word in present:
        according = word in ("according", "According")
        needle = word + " to" if according else word
        i = masked.find(needle)
        while i >= 0:
            j = i + len(needle)
            before = masked[i - 1] if i else " "
            after = masked[j] if j < len(masked) else " "
            if not (before.isalnum() or before in _WORD_CHAR_EXTRA or before == "_"
                    or after.isalnum() or after in _WORD_CHAR_EXTRA or after == "_"):
                hits.append(_Hit(i, j, "according to" if according else word, according))
            i = masked.find(needle, j)
    hits.sort(key=lambda h: h.start)
    return hits


# A sentence that names the speaker of the quotation before it.
_WORDS_OF = re.compile(
    r"\s*(?:Those|These|That|This|Such)\s+(?:were|are|was|is|had\s+been|has\s+been)\s+(?:the\s+)?"
    r"(?:\w+\s+)?(?P<noun>words|message|verdict|warning|plea|view)\s+(?:of|from)\s+"
)
_SPEECH_NOUN_WORDS = frozenset(("words", "message", "verdict", "warning", "plea", "view"))
_LAST_WORD = re.compile(r"([\w’'.\-]+)\s*$")
_WORD = re.compile(r"\s*([\w$€£¥’'.\-]+)")
_CLOSERS = "”\"»’"
_BOUNDARY = re.compile(
    r"\s+[—–]\s|\s-\s|;|:\s|,\s+(?:but|while|although|though|whereas|as|who|which)\b"
    r"|,\s+(?!including\b)\w+ing\b|,\s+according\b|,\s+(?:he|she|they|it)\s+(?:said|added)\b"
    r"|,?\s+and\s+(?:also\s+)?(?:" + alternation(v for v in SPEECH_VERBS if not v.endswith("ing")) + r")\b"
    # "Doe, who has denied taking it, said …": the aside ends where the main verb comes
    r"|,\s+(?:said|told|added|says|tells|adds)\b"
)
_THAT = re.compile(r"\bthat\s+")
# "that" opening a relative clause: a verb follows at once
# ", who …, " / ", whose …, ": a relative aside about the subject of a reported clause.
_WHO_ASIDE = re.compile(r",\s+(?:who|whose)\b")
_RELATIVE_THAT = re.compile(r"(?:[a-z]+ed|is|was|are|were|has|had|have|will|would|can|could|may|might)\b")
_AFTER_RIGHT_NP = re.compile(r"\s*(?:$|[,.;:!?]|\s(?:in|at|on|during|to|told|after|before|when|who|adding|as)\b)")
_EVENT = re.compile(
    r"\b(?:[Aa]t|[Dd]uring|[Ii]n|[Aa]fter)\s+(?:a|an|the|his|her|their|its|Thursday’s|today’s)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?P<event>" + "|".join(PRESS_EVENTS) + r")\b"
)
_WITH = re.compile(
    r"\b(?:[Ii]n|[Dd]uring)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+)?(?:interview|conversation|call|letter|note|message|speech|address|meeting|statement)\s+(?:with|to)\s+"
)
# "Speaking to reporters in Rome, she said …", "…, she said, speaking to reporters": a phrase of
# its own ("the envoy was talking to Kyiv" tells of another act).
_SPEAKING_TO = re.compile(r"(?:^|(?<=,\s))(?:[Ss]peaking|[Tt]alking|[Ww]riting)\s+(?:to|with)\s+")
_BEFORE = re.compile(r"\b(?:before|addressing)\s+(?=the\s+[A-Z])")
_INFINITIVE_END = re.compile(r"\bto\s+[a-z]+\s+$")  # "to testify before", "to appear before"
# "said to the court", "apologised on Tuesday to the families"
_TO = re.compile(
    r"\s+(?:(?:on|last|this|earlier|later)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|week|month|year|yesterday|today|tonight|again|publicly|personally)\s+)?to\s+"
)
_INVERTED_APPOSITION = re.compile(r",\s+((?:the|a|an|who)\s[^,;:·]*)")
_CAP = rf"[{UPPER}][\w’'.\-]*"
_ENDS_WITH_DETERMINER = re.compile(r"(?<![\w’'\-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Tt]his)$")
_DETERMINER_START = re.compile(r"(?:[Tt]he|[Aa]n?)\s")
# "The jury heard last week from …", "the inquiry has heard evidence from …"
_HEARD_FROM = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?heard\s+(?:[\w’'\-]+\s+){0,3}?from\s+")
_AND_END = re.compile(r"(?:^|[\s,])and$")
_APPROXIMATE = frozenset("about over nearly almost around some".split())
_NUMBER = re.compile(r"\s+[\d$€£¥]")
_JUDGED = frozenset("the this that these those his her its their our".split())
_ADJECTIVE_ENDINGS = ("ate", "ous", "ble", "ful", "less", "ive", "al", "ic", "ent", "ant", "ary", "ory", "ish")
_SOURCE = re.compile(
    r"\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?P<np>[\w’'\-]+(?:\s+(?!(?:released|published|issued|on|in|at|last|this|which|that|who)\b)[\w’'\-]+){0,6})"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:released|published|issued|on|in|at|last|this|which|that|who)\b)"
)
_DENY = frozenset("denied denies deny denying".split())
# Words after which a pronoun is a subject, not an object ("and she said", "as he told").
_BEFORE_SUBJECT = frozenset("and but so then as when while because though although that later also yet or this".split())
_PREPOSITIONS = frozenset("with to for about of on by from against at into over under without".split())
_RELATIVE = re.compile(r"\s+(?:that|which|who)\s+[^,;:·“”\"]{1,50}$")
_SPEAKER_TAIL = re.compile(
    rf"(?:\s+\([^()·]{{1,40}}\)|\s+(?:of|from|at)\s+(?:the\s+)?{_CAP}(?:\s+(?:(?:of|for|and)\s+)?{_CAP}){{0,4}})$"
)
# "A council official who was not authorised to speak said": a relative clause after the speaker.
_WHO_CLAUSE = re.compile(r"\s+(?:who|that)\s+[^,;:·“”\"]{1,60}$")
# Words that may open a long aside between a speaker and the verb ("Jane Doe, a chemist at … who …, said").
_CLAUSE_OPENERS = frozenset("who whose which a an the".split())
# Lower-case words that cannot qualify a speaker noun ("…, and officials said").
_NOT_QUALIFIERS = ADDRESSEE_STOP | DETERMINERS | frozenset("but or so yet however also then not".split())
_LEADING_NP = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)?\s*[\w’'\-]+(?:\s+[\w’'\-]+){0,3}\s*")
_NAMED = ("person", "name", "body")
_PARTY = re.compile(rf"[DRI]-{_CAP}")
MAX_APPOSITION_WORDS = 14
MAX_CLAUSE_WORDS = 30


@dataclass
class Cue:
    """One speech verb with its speaker mention(s), addressee and reported content.

    Spans are offsets in the sentence text. `participial` cues (", adding …"),
    `coordinated` ones ("… and said") and `labelling` cues ("describing it as “…”") take their speaker from the
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
    coordinated: bool = False
    labelling: bool = False
    addressee: Mention | None = None
    content: tuple[int, int] | None = None
    zone: tuple[int, int] = (0, 0)
    apposition: str = ""
    # "Those were the words of Jane Doe": the cue names who spoke the quotation just before it.
    looks_back: bool = False

    @property
    def base(self) -> str:
        return SPEECH_VERBS.get(self.verb, "according")

    @property
    def borrows(self) -> bool:
        """Does the cue take its speaker from the clause before (", adding", "and said")?"""
        return self.participial or self.coordinated


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
        if FILLER in token or low in ADDRESSEE_STOP or low in OBJECT_LINKS or not bare or low in PRONOUNS or low in ("i", "we", "you"):
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
        head = _head_noun_after(masked, chain)
        if head is not None:
            return head, head.end
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


def _head_noun_after(masked: str, chain: Mention) -> Mention | None:
    """"told a London jury on Tuesday": a name after a determiner qualifies the noun that follows it."""
    if chain.kind == "pronoun" or not _DETERMINER_START.match(chain.text):
        return None
    w = _WORD.match(masked, chain.end)
    if w is None or w.start(1) != chain.end + 1:
        return None
    noun = w.group(1).rstrip(".,")
    low = noun.lower()
    if (not noun.isalpha() or not noun.islower() or low in ADDRESSEE_STOP or low in OBJECT_LINKS
            or low in DETERMINERS or low in PRONOUNS or low in SPEECH_VERBS):
        return None
    end = w.start(1) + len(noun)
    if not _AFTER_RIGHT_NP.match(masked, end):
        return None
    text = masked[chain.start:end]
    return Mention(text, chain.start, end, "phrase", _drop_determiner(text), head=low)


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


def _content(masked: str, start: int, limit: int, infinitive: bool = False, need_that: bool = False,
             objects: bool = False) -> tuple[int, int] | None:
    """The reported clause from `start`: up to a clause boundary or the sentence end.

    After an addressee, an infinitive is what was asked ("urged Kyiv to talk").
    A comma right after the cue ("…, the ministry said, downplaying it") opens
    an aside, not what was said. Verbs that `need_that` report only a "that"
    clause or quoted words, unless they take `objects` ("announced €5m in aid").
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
    elif first in _APPROXIMATE and _NUMBER.match(masked, m.end()):
        pass  # "said about 1,200 people had …"
    elif need_that and FILLER not in masked[start:limit] and (not objects or first in ADDRESSEE_STOP):
        return None
    elif first in ADDRESSEE_STOP and not (infinitive and first == "to"):
        that = _THAT.search(masked, start, min(limit, start + 80))
        if that is None or _BOUNDARY.search(masked, start, that.start()) or _RELATIVE_THAT.match(masked, that.end()):
            # no "that" clause here ("said Monday, though experts warned that …",
            # "apologised for a fault that grounded flights")
            return None
        start = that.end()
    b = _BOUNDARY.search(masked, start, limit)
    if b is not None and _WHO_ASIDE.match(masked, b.start()) and len(masked[start:b.start()].split()) <= 3:
        # "says Maisie, who missed a dose, is recovering": the aside sits inside the clause
        close = masked.find(", ", b.end(), limit)
        if close > 0 and len(masked[close + 2:limit].split()) >= 2:
            b = _BOUNDARY.search(masked, close + 2, limit)
    end = b.start() if b else limit
    while end > start and masked[end - 1] in " .,!?":
        end -= 1
    if len(masked[start:end].split()) < 2 and FILLER not in masked[start:end]:
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
    if first in _APPROXIMATE and _NUMBER.match(clause, len(first)):
        return start, len(head)  # "About 900 people were hurt, officials said"
    if _opens_phrase(first):
        # "After a day of silence, the probe called home, officials said": the clause after the opening phrase
        comma = clause.find(", ")
        rest = clause[comma + 2:].split() if comma > 0 else []
        if len(rest) < 3 or _opens_phrase(rest[0].lower()):
            return None  # an opening phrase, not a reported clause
        return start + comma + 2, len(head)
    return start, len(head)


def _opens_phrase(word: str) -> bool:
    """Does the word open an adverbial phrase rather than a clause ("in", "after", "speaking")?"""
    return word in ADDRESSEE_STOP or word.endswith("ing") or word in ("in", "on", "at", "after", "asked")


# "the director of communications for Dunmore County, who …": a name governed by a preposition.
_PREPOSITION_END = re.compile(r"\b(?:of|for|at|in|from|with)\s+(?:the\s+)?$")


def _apposition_head(masked: str, inner: Mention, by_end: dict[int, Mention]) -> Mention | None:
    """"Jane Doe, the head of the Acme Trust, who …": the person the description is set beside."""
    comma = masked.rfind(",", 0, inner.start)
    if comma <= 0 or len(masked[comma + 1:inner.start].split()) > 10 or FILLER in masked[comma:inner.start]:
        return None
    head = by_end.get(len(masked[:comma].rstrip()))
    return head if head is not None and head.kind == "person" else None


def _speaker_left(masked: str, pos: int, by_end: dict[int, Mention]) -> tuple[list[Mention], str, int]:
    """The speaker mention ending at `pos`, an apposition, and where the speaker's words start.

    Between the speaker and the verb there may be an acronym in brackets or a
    place ("Jane Doe of Ohio"), and up to three asides set off by commas
    ("Sen. Jane Doe, D-Ohio, who chairs the panel, said").
    """
    m = _LAST_WORD.search(masked, max(0, pos - 40), pos)
    if m is not None:
        word = m.group(1)
        if word.lower() in PRONOUNS or word.lower() in GROUP_PRONOUNS:
            before = _LAST_WORD.search(masked, max(0, m.start(1) - 40), m.start(1))
            if before is None or not _object_position(before.group(1)):
                return [pronoun(word, m.start(1))], "", m.start(1)
            relative = _RELATIVE.search(masked, max(0, m.start(1) - 60), m.start(1))
            found = by_end.get(relative.start()) if relative else None
            if found is not None:  # "the company that makes it said"
                return [found], "", found.start
            return [], "", pos
        if word == "who":
            head = masked[:m.start(1)].rstrip()
            if head.endswith(","):
                found = by_end.get(len(head) - 1)
                if found is not None and _PREPOSITION_END.search(masked, 0, found.start):
                    found = _apposition_head(masked, found, by_end) or found
                if found is not None:
                    return _coordinated(masked, found, by_end), "", found.start
    stripped = masked[:pos].rstrip()
    found = by_end.get(len(stripped))
    if found is None:
        stripped = _skip_tail(masked, stripped)
        found = by_end.get(len(stripped))
    if found is None:
        relative = _WHO_CLAUSE.search(stripped)
        found = by_end.get(relative.start()) if relative else None
        if found is not None and found.kind == "pronoun":
            found = None
    if found is not None:
        speakers = _coordinated(masked, found, by_end)
        return speakers, "", speakers[0].start
    end = len(stripped) - 1
    for _ in range(3):
        if masked[end:end + 1] != ",":
            break
        comma = masked.rfind(",", 0, end)
        if comma <= 0:
            break
        aside = masked[comma + 1:end]
        if FILLER in aside or len(aside.split()) > _aside_limit(aside):
            break
        before = masked[:comma].rstrip()
        found = by_end.get(len(before)) or by_end.get(len(_skip_tail(masked, before)))
        if found is not None and _PARTY.fullmatch(found.text):
            found = None  # "Sen. Jane Doe, D-Ohio, said": the party and state, not a speaker
        named = by_end.get(end)
        apposed = named is not None and named.start == end - len(aside.strip()) and named.kind in _NAMED
        if found is not None:
            if found.kind in ("description", "body") and apposed and end == len(stripped) - 1:
                return [named], masked[found.start:comma], found.start  # "The firm's chief, Jane Doe, said"
            speakers = _coordinated(masked, found, by_end)
            return speakers, masked[comma + 1:len(stripped) - 1].strip(), speakers[0].start
        if apposed and end == len(stripped) - 1 and _LEADING_NP.fullmatch(masked, 0, comma):
            return [named], masked[:comma].strip(), 0  # "The drug's maker, Acme Labs, said"
        end = comma
    return [], "", pos


def _aside_limit(aside: str) -> int:
    """How many words an aside set off by commas may have: more for a relative clause or an apposition."""
    words = aside.split()
    return MAX_CLAUSE_WORDS if words and words[0].lower() in _CLAUSE_OPENERS else MAX_APPOSITION_WORDS


def _before_qualifiers(masked: str, start: int) -> int:
    """Where a speaker starts with the plain nouns that qualify it ("…, mission officials said").

    Up to two lower-case words right before the mention, when a comma or the
    sentence start comes before them.
    """
    pos = start
    for _ in range(2):
        m = _LAST_WORD.search(masked, max(0, pos - 30), pos)
        if m is None or not m.group(1).isalpha() or not m.group(1).islower() or m.group(1) in _NOT_QUALIFIERS:
            break
        pos = m.start(1)
        if masked[:pos].rstrip().endswith(","):
            return pos
    return start


def _object_position(previous: str) -> bool:
    """Does a pronoun after this word stand as an object ("makes it", "with them")?"""
    if not previous.isalpha() or not previous.islower() or previous in _BEFORE_SUBJECT:
        return False
    return previous in _PREPOSITIONS or previous.endswith(("s", "ed"))


def _skip_tail(masked: str, head: str) -> str:
    """The text before a speaker's bracketed acronym or home place ("Jane Doe (R-Ohio)", "of Ohio")."""
    tail = _SPEAKER_TAIL.search(head)
    return head[:tail.start()] if tail else head


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
    present = _VERB_SET.intersection(words)
    back = _WORDS_OF.match(masked) if _SPEECH_NOUN_WORDS & words else None
    if not present and back is None:
        return []
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    if back is not None:
        named = _speaker_right(masked, back.end(), by_start)
        if named:
            return [Cue(back.group("noun"), back.start("noun"), back.end(), speakers=named,
                        zone=(0, named[-1].end), looks_back=True)]
    limit = len(masked)
    cues: list[Cue] = []
    denied: list[int] = []
    for v in _verb_hits(masked, present):
        if v.according:
            cue = _according(masked, v, by_start, limit)
            if cue is not None:
                cues.append(cue)
            continue
        verb = v.verb
        base = SPEECH_VERBS[verb]
        end = v.end
        labelling = base in LABELLING_VERBS
        if base == "call":
            particle = _WORD.match(masked, end)
            if particle is None or particle.group(1) not in CALL_PARTICLES:
                labelling = True  # "called the plan “reckless”"
            elif particle.group(1) == "for":
                end = particle.end()
        head = masked[:v.start].rstrip()
        owner = by_end.get(len(head))
        if owner is not None and owner.possessive or _ENDS_WITH_DETERMINER.search(head):
            if owner is not None and owner.possessive and verb in SPEECH_NOUNS:
                cues.append(_noun_cue(masked, v, owner, limit))  # "the charity’s warning that …"
            continue  # a noun: "his remarks", "the warning"
        participle = verb.endswith("ing")
        pos, negated, usable = _left_scan(masked, v.start, participle)
        if negated:
            denied.append(v.start)
        if not usable:
            continue
        cue = Cue(verb, v.start, end, negated=negated, labelling=labelling)
        region = v.start
        if participle:
            cue.participial = True
        else:
            cue.speakers, cue.apposition, region = _speaker_left(masked, pos, by_end)
            if not cue.speakers:
                head = masked[:pos].rstrip()
                if _AND_END.search(head):
                    cue.coordinated = True  # "… apologised and said"
                    _complete(cue, masked, end, region, by_start, limit)
                    cues.append(cue)
                    continue
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
    _heard_from(cues, masked, by_end)
    _in_denied_clause(cues, masked, denied)
    _place_events(cues, masked, by_start)
    return cues


def _heard_from(cues: list[Cue], masked: str, by_end: dict[int, Mention]) -> None:
    """"The court heard from Jane Doe, who testified that …": whoever heard is addressed."""
    if " heard " not in masked:
        return
    for cue in cues:
        if cue.addressee is not None or not cue.speakers or cue.borrows:
            continue
        heard = None
        for heard in _HEARD_FROM.finditer(masked, 0, cue.speakers[0].start):
            pass
        if heard is None or heard.end() + 80 < cue.speakers[0].start:
            continue
        listener = by_end.get(heard.start())
        if listener is not None and listener.kind in ("description", "body", "name"):
            cue.addressee = listener


def _in_denied_clause(cues: list[Cue], masked: str, denied: list[int]) -> None:
    """"Doe did not comment on posts describing it as …": a participle hanging on a
    noun inside a denied speech act (no comma before it) is no speech event either.

    `denied` holds where the sentence's negated speech verbs start."""
    for cue in cues:
        if (cue.participial and any(d < cue.start for d in denied)
                and not masked[:cue.start].rstrip().endswith(",")):
            cue.negated = True


def _noun_cue(masked: str, v: _Hit, owner: Mention, limit: int) -> Cue:
    """A speech noun with its owner as speaker: "the union’s claim that …"."""
    cue = Cue(v.verb, v.start, v.end, speakers=[owner], zone=(owner.start, v.end))
    if masked.startswith(" that ", v.end):
        cue.content = _content(masked, v.end, limit)
    return cue


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
        elif outer.base == "according" and not c.borrows:
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
    elif base in TO_ADDRESSEE:
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
                                                         base in NEEDS_THAT, base in OBJECT_CONTENT)
        if cue.content is None and not cue.borrows:
            cue.content = _content_before(masked, _before_qualifiers(masked, first))
    elif base == "call":
        cue.content = _judgement(masked, after, limit)
        cue.labelling = cue.content is None


def _judgement(masked: str, start: int, limit: int) -> tuple[int, int] | None:
    """"called the plan unworkable", "called Doe a liar": a verdict reported in the writer's words."""
    b = _BOUNDARY.search(masked, start, limit)
    end = b.start() if b else limit
    while end > start and masked[end - 1] in " .,!?":
        end -= 1
    words = masked[start:end].split()
    if not 2 <= len(words) <= 8 or FILLER in masked[start:end]:
        return None
    if words[0].lower() not in _JUDGED and not words[0][0].isupper():
        return None
    if not (words[-1].lower().endswith(_ADJECTIVE_ENDINGS) or any(w in ("a", "an") for w in words[1:-1])):
        return None
    while masked[start] == " ":
        start += 1
    return start, end


def _source(masked: str, start: int) -> list[Mention]:
    """"according to a report by the panel's staff": a source named by a plain noun phrase."""
    m = _SOURCE.match(masked, start)
    if m is None:
        return []
    phrase = m.group("np")
    return [Mention(phrase, m.start("np"), m.end("np"), "description", phrase, head=phrase.split()[0].lower(),
                    definite=False)]


def _according(masked: str, v: _Hit, by_start: dict[int, Mention], limit: int) -> Cue | None:
    speakers = _speaker_right(masked, v.end, by_start) or _source(masked, v.end)
    if not speakers:
        return None
    cue = Cue("according to", v.start, v.end, speakers=speakers, inverted=True)
    last = speakers[-1].end
    cue.zone = (v.start, last)
    comma = masked.find(", ", last)
    if v.start < 3 or masked[:v.start].rstrip().endswith((".", ":")):
        if comma >= 0:
            cue.content = _content(masked, comma + 2, limit)
    else:
        cue.content = _content_before(masked, v.start)
    return cue


def _place_events(cues: list[Cue], masked: str, by_start: dict[int, Mention]) -> None:
    """Press conferences, interviews and bodies addressed: give each to the nearest cue."""
    if not cues:
        return
    found: list[tuple[int, Mention]] = []
    if "conference" in masked or "briefing" in masked:
        for m in _EVENT.finditer(masked):
            ev = m.group("event")
            found.append((m.start(), Mention(ev, m.start("event"), m.end("event"), "phrase", ev)))
    if " with " in masked or " to " in masked:
        for m in _WITH.finditer(masked):
            chain = by_start.get(m.end()) or _object(masked, m.end(), False, by_start)[0]
            if chain is not None:
                found.append((m.start(), chain))
        if "peaking " in masked or "alking " in masked or "riting " in masked:
            for m in _SPEAKING_TO.finditer(masked):
                audience, _ = _object(masked, m.end(), False, by_start)
                if audience is not None:
                    found.append((m.start(), audience))
    if "before " in masked or "addressing " in masked:
        contents = [c.content for c in cues if c.content is not None]
        for m in _BEFORE.finditer(masked):
            if any(a <= m.start() < b for a, b in contents) and _INFINITIVE_END.search(masked, 0, m.start()):
                continue  # "said the executives would testify before the committee": their act, not the speaker's
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
