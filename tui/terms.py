"""Words of a sentence as comparable terms: tokens, a light suffix stemmer,
content words apart from function words, names, numbers and quoted phrases.

Everything here is language-level (English function words, suffixes, number
words); nothing depends on a particular article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .model import QUOTE_CHARS

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

NUMBER_WORDS = {
    "zero": "0", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30",
    "forty": "40", "fifty": "50", "hundred": "100", "thousand": "1000", "million": "1000000",
    "billion": "1000000000", "dozen": "12",
}

# Longest suffix first; each maps to its replacement.  Applied once, and only
# when at least three letters remain, so short words stay whole.
_SUFFIXES = (
    ("ations", "ate"), ("ation", "ate"), ("ements", ""), ("ement", ""), ("ments", ""), ("ment", ""),
    ("nesses", ""), ("ness", ""), ("ities", ""), ("ity", ""), ("ically", "ic"), ("ians", ""), ("ian", ""), ("ia", ""),
    ("ingly", ""), ("ings", ""), ("ing", ""), ("edly", ""), ("eed", "ee"), ("ied", "y"), ("ies", "y"), ("ed", ""),
    ("ly", ""), ("sses", "ss"), ("es", "e"), ("s", ""),
)
_KEEP_S = ("ss", "us", "is", "os", "as")

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)
_OPEN_QUOTES = set("“«„‟")
_CLOSE_QUOTES = set("”»")
_WORD_OPENERS = set("“\"'‘«([")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix stemmer: `briefly`→`brief`, `urged`→`urg`, `urges`→`urg`, `Russian`→`russia`."""
    w = word.lower()
    if len(w) <= 3 or w.isdigit():
        return w
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(_KEEP_S):
                continue
            w = w[: -len(suffix)] + repl
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    return w


@dataclass
class SentenceTerms:
    """A sentence reduced to what alignment compares.

    `words` are the content terms in reading order (stems, numbers as digits),
    `capitalised` tells for each whether it was written with a capital inside
    the sentence, `phrases` are the word trigrams holding a content word other
    than a name (a name with its article is no shared wording) and
    `quoted` tells for each whether it lies inside quotation marks.
    """

    words: list[str]
    capitalised: list[bool]
    phrases: list[str]
    quoted: list[bool]


def _normal(word: str) -> str:
    """Lower-cased word without possessive ending or digit grouping."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w[:1].isdigit():
        w = w.replace(",", "")
    return w


_TERMS: dict[str, tuple[str, bool]] = {}
"""Term and content flag of each word as written, filled as words are met."""


def _term(word: str) -> tuple[str, bool]:
    """The term of a word as written, and whether it is a content word."""
    found = _TERMS.get(word)
    if found is None:
        w = _normal(word)
        if w in NUMBER_WORDS:
            found = NUMBER_WORDS[w], True
        elif w in STOPWORDS:
            found = w, False
        elif w[:1].isdigit():
            found = w, True
        else:
            found = stem(w), True
        if len(_TERMS) < 500_000:
            _TERMS[word] = found
    return found


def sentence_terms(text: str, n: int = 3) -> SentenceTerms:
    """Content words and word n-grams (trigrams) of one sentence, the n-grams marked when quoted.

    A word is quoted when it lies between an opening and a closing quotation
    mark, after an opening mark never closed (a quotation running on into the
    next sentence), or before a closing mark never opened.
    """
    regions = _quote_regions(text)
    terms: list[str] = []
    plain: list[bool] = []
    inside: list[bool] = []
    words: list[str] = []
    capitalised: list[bool] = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        term, is_content = _term(raw)
        terms.append(term)
        if is_content:
            at = m.start()
            cap = raw[0].isupper() and at > 0 and text[at - 1] not in _WORD_OPENERS
            words.append(term)
            capitalised.append(cap)
            plain.append(not cap)
        else:
            plain.append(False)
        if regions:
            at = m.start()
            inside.append(any(a <= at < b for a, b in regions))
    phrases: list[str] = []
    quoted: list[bool] = []
    for k in range(len(terms) - n + 1):
        if True in plain[k : k + n]:
            phrases.append(" ".join(terms[k : k + n]))
            quoted.append(bool(regions) and False not in inside[k : k + n])
    return SentenceTerms(words, capitalised, phrases, quoted)


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks (curly, straight, guillemets)."""
    if not any(c in text for c in QUOTE_CHARS):
        return []
    regions: list[tuple[int, int]] = []
    start: int | None = None
    first_close: int | None = None
    for k, c in enumerate(text):
        if c == '"':
            if start is None:
                start = k
            else:
                regions.append((start, k))
                start = None
        elif c in _OPEN_QUOTES:
            start = k
        elif c in _CLOSE_QUOTES:
            if start is not None:
                regions.append((start, k))
                start = None
            elif not regions and first_close is None:
                first_close = k
    if first_close is not None:
        regions.insert(0, (0, first_close))
    if start is not None:
        regions.append((start, len(text)))
    return regions
