"""Words of sentences as comparable terms: tokens, a light suffix stemmer,
content words apart from function words, names, numbers and quoted words.

Function words include titles (`minister`) and the words that only say that
something was said (`told`, `statement`).  Amounts, measures and times become
one term however written (see `quantities`); irregular verbs and news
near-synonyms share a term (see `word_forms`).  Everything here is
language-level (English function words, suffixes, number words); nothing
depends on a particular article.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .model import QUOTE_CHARS
from .quantities import CURRENCIES, QUANTITY, quantity_terms
from .word_forms import IRREGULAR, NEAR_SYNONYMS

STOPWORDS = frozenset(
    """
    a about above across after afterwards again against all almost along already also although always am among an and
    another any anyone anything are around as at be became because become been before being below beside besides between
    both but by can cannot could did do does doing done down during each either else even ever every for from further
    had has have having he her hers herself him himself his how however i if in into is it its itself just least less
    let like made make many may me might mine more most much must my myself neither no nor not now of off often on once
    one only onto or other others otherwise our ours ourselves out over own per perhaps quite rather same she should
    since so some still such than that the their theirs them themselves then there thereby therefore these they this
    those though through thus to too toward towards under until up upon us very via was we were what whatever when
    whenever where whereas whether which while who whom whose why will with within without would yet you your yours
    yourself yourselves
    s t d ll m re ve n't nt
    mr mrs ms dr prof sir madam
    say says said saying
    """.split()
)

TITLES = frozenset(
    """
    president vice prime minister secretary governor mayor chancellor senator congressman congresswoman
    spokesman spokeswoman spokesperson chairman chairwoman ambassador envoy king queen prince princess pope
    colonel captain judge sheriff chief director commissioner official aide
    """.split()
)
"""Titles and offices (any form: `ministers`): they name a person, they report no fact, so they count as function words."""

REPORTING = frozenset(
    """
    tell told telling comment commented commenting comments respond responded responding response reply replied
    add added adding stated stating statement speak speaking spoke spoken talk talked talking remark remarked
    interview interviews ask asked asking according reporter reporters
    """.split()
)
"""Words that say that something was said, not what: two articles share them whatever they report, so they count as
function words."""

NUMBER_WORDS = {
    "zero": "0", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30",
    "forty": "40", "fifty": "50", "hundred": "100", "thousand": "1000", "million": "1000000",
    "billion": "1000000000", "dozen": "12",
}

# Longest suffix first; each maps to its replacement.  Applied once, and only
# when at least three letters remain (four before `ment`: `comment`, `payment`
# stay whole), so short words stay whole.
_SUFFIXES = (
    ("ations", "ate"), ("ation", "ate"), ("ements", ""), ("ement", ""), ("ments", ""), ("ment", ""),
    ("nesses", ""), ("ness", ""), ("ities", ""), ("ity", ""), ("ically", "ic"), ("ians", ""), ("ian", ""), ("ia", ""),
    ("ingly", ""), ("ings", ""), ("ing", ""), ("edly", ""), ("eed", "ee"), ("ied", "y"), ("ies", "y"), ("ed", ""),
    ("ly", ""), ("sses", "ss"), ("es", "e"), ("s", ""),
)
_KEEP_S = ("ss", "us", "is", "os", "as")

_TOKEN = re.compile(r"(?P<word>[^\W\d_][^\W_]*(?:['’][^\W_]+)*)|(?=[\d£$€¥])(?:" + QUANTITY.pattern + ")")
"""A quantity (a number with its currency, scale and unit: `£40m`, see `quantities`), or a word, which may hold
digits (`G7`)."""
_OPEN_QUOTES = set("“«„‟")
_QUOTE_MARK = re.compile("[" + re.escape(QUOTE_CHARS) + "]")
_WORD_OPENERS = set("“\"'‘«([")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix stemmer: `briefly`→`brief`, `urged`→`urg`, `urges`→`urg`, `Russian`→`russia`."""
    w = word.lower()
    if len(w) <= 3 or w.isdigit():
        return w
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= (4 if "ment" in suffix else 3):
            if suffix == "s" and w.endswith(_KEEP_S):
                continue
            w = w[: -len(suffix)] + repl
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    return w


_TITLE_STEMS = frozenset(stem(t) for t in TITLES)
_SYNONYM_STEMS = {stem(word): stem(head) for word, head in NEAR_SYNONYMS.items()}


def _normal(word: str) -> str:
    """Lower-cased word without possessive ending or accents (`Žilina` = `Zilina`)."""
    w = word.lower().replace("’", "'")
    if not w.isascii():
        w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    return w[:-2] if w.endswith("'s") else w


_TERMS: dict[str, tuple[tuple[str, bool], ...]] = {}
"""Terms, with their content flag, of each token as written, filled as tokens are met."""


def _terms(token: re.Match) -> tuple[tuple[str, bool], ...]:
    """The terms of a token (a word gives one, a quantity one or two), each with whether it is a content word."""
    raw = token.group()
    found = _TERMS.get(raw)
    if found is None:
        found = ((_word_term(raw),) if token.group("word") is not None
                 else tuple((term, True) for term in quantity_terms(token)))
        if len(_TERMS) < 500_000:
            _TERMS[raw] = found
    return found


def _word_term(word: str) -> tuple[str, bool]:
    """The term of a word as written, and whether it is a content word.

    Irregular verbs are taken back to the verb and near-synonyms to the head
    of their group (see `word_forms`), so `wrote` and `letter` are one term.
    """
    w = _normal(word)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w], True
    if w in STOPWORDS or w in REPORTING or stem(w) in _TITLE_STEMS:
        return w, False
    if w in CURRENCIES:
        return CURRENCIES[w], True
    term = stem(IRREGULAR.get(w, w))
    return _SYNONYM_STEMS.get(term, term), True


@dataclass(frozen=True)
class TokenTable:
    """The words of an article's sentences, flattened: entry k is one word.

    `terms` are ids in a vocabulary shared by the articles compared (stems,
    numbers as digits, function words as written); `content` marks content
    words, `capitalised` words written with a capital inside their sentence,
    `initial` words whose capital says nothing (first of a sentence or of a
    quotation), `quoted` words inside quotation marks.  The words of sentence k are
    entries `starts[k]` to `starts[k + 1]`.
    """

    terms: np.ndarray
    content: np.ndarray
    capitalised: np.ndarray
    initial: np.ndarray
    quoted: np.ndarray
    starts: np.ndarray

    @property
    def sentences(self) -> int:
        return self.starts.size - 1

    @property
    def rows(self) -> np.ndarray:
        """The sentence of each word."""
        return np.repeat(np.arange(self.sentences, dtype=np.int32), np.diff(self.starts))


def token_table(texts: Iterable[str], vocabulary: dict[str, int]) -> TokenTable:
    """Tokenise sentences into a TokenTable, adding new terms to `vocabulary`.

    A word is quoted when it lies between an opening and a closing quotation
    mark, after an opening mark never closed (a quotation running on into the
    next sentence), or before a closing mark never opened.
    """
    known: dict[str, tuple[tuple[int, bool, bool], ...]] = {}  # token as written -> (term id, content, capital initial)
    terms: list[int] = []
    content: list[bool] = []
    capitalised: list[int] = []
    initial: list[int] = []
    quoted: list[int] = []
    starts = [0]
    for text in texts:
        regions = _quote_regions(text)
        for m in _TOKEN.finditer(text):
            raw = m.group()
            entries = known.get(raw)
            if entries is None:
                entries = known[raw] = tuple((vocabulary.setdefault(term, len(vocabulary)), is_content,
                                              is_content and raw[0].isupper()) for term, is_content in _terms(m))
            for term_id, is_content, capital in entries:
                terms.append(term_id)
                content.append(is_content)
                if capital or regions:
                    at = m.start()
                    if capital:
                        (capitalised if at > 0 and text[at - 1] not in _WORD_OPENERS else initial).append(len(terms) - 1)
                    if regions and any(a <= at < b for a, b in regions):
                        quoted.append(len(terms) - 1)
        starts.append(len(terms))
    size = len(terms)
    return TokenTable(
        terms=np.array(terms, dtype=np.int32), content=np.array(content, dtype=bool),
        capitalised=_marks(capitalised, size), initial=_marks(initial, size), quoted=_marks(quoted, size), starts=np.array(starts, dtype=np.int64),
    )


def _marks(positions: list[int], size: int) -> np.ndarray:
    out = np.zeros(size, dtype=bool)
    out[np.array(positions, dtype=np.int64)] = True
    return out


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks (curly, straight, guillemets)."""
    regions: list[tuple[int, int]] = []
    start: int | None = None
    first_close: int | None = None
    for mark in _QUOTE_MARK.finditer(text):
        k, c = mark.start(), mark.group()
        if c == '"':
            if start is None:
                start = k
            else:
                regions.append((start, k))
                start = None
        elif c in _OPEN_QUOTES:
            start = k
        elif start is not None:
            regions.append((start, k))
            start = None
        elif not regions and first_close is None:
            first_close = k
    if first_close is not None:
        regions.insert(0, (0, first_close))
    if start is not None:
        regions.append((start, len(text)))
    return regions
