"""Cross-article alignment: which left sentence reports what a right sentence does.

Each sentence becomes a bag of stemmed content words weighted by IDF over the
sentences of both articles, so a name every sentence repeats weighs little and
a rare name, number or wording weighs much.  Word trigrams the two articles
share, above all inside quotation marks (the same quoted words), add evidence
of their own.  Pairs are scored only where they share terms (see
`term_pairs`), so the work follows what the articles have in common and stays
bounded on very large inputs.  A global step then keeps, among pairs above a
threshold, those close to the best pair of both their sentences (or clearly
above the threshold and close to the best of one): one sentence may link to
several, and the stories may be told in any order.  The threshold rises
slowly for texts far longer than any article, where chance overlaps abound.
"""
from __future__ import annotations

import math

import numpy as np

from .model import Link, Sentence
from .term_pairs import TermRows, shared_blocks
from .terms import TokenTable, token_table

THRESHOLD = 0.2
"""Least score of a link between articles (longer texts need more, see `threshold`)."""

NEAR_BEST = 0.6
"""A pair is kept when its score is at least this share of the best score of its left sentence and of its
right sentence: each sentence keeps its best counterpart and those nearly as good."""

CLEAR_MARGIN = 0.1
"""How far above the threshold a pair near the best of only one of its sentences must score: a sentence
reporting two facts keeps the weaker one when that pair is clearly above the threshold."""

LONG_ARTICLE = 150
"""Sentences a side up to which the threshold stays THRESHOLD: any news article, however long."""

SIZE_STEP = 0.08
"""How much the threshold rises for each tenfold growth of the sentences a side beyond LONG_ARTICLE.

The more sentences each one is compared with, the higher the best score that
chance alone gives it; without this a sentence told in one text only would
find some counterpart in a long enough other text."""

LENGTH_EXPONENT = 0.3
"""Shared word weight is divided by min(a, b) ** (1 - e) * max(a, b) ** e of the two sentences' weights:
0.5 is the cosine; less lets a short sentence that a long one contains score high."""

ONE_KEY_VOCABULARY = 2**20
"""Largest vocabulary whose word trigrams are numbered by one 64-bit key."""

BACKGROUND = 20
"""Sentences of other news assumed to hold none of the words, added to the IDF's count: on short articles
a word shared by the only sentences there are is still no common word."""

PHRASE_WEIGHT = 0.5
"""How much one shared trigram quoted in both sentences (and rare) counts towards a link."""

PHRASE_KIND = {"both": 1.0, "one": 0.5, "neither": 0.5}
"""Trigram weight by where it is quoted: the same quoted words, a quotation reported, common wording."""


def align(left: list[Sentence], right: list[Sentence]) -> list[Link]:
    """Links between left and right sentences that report the same fact or quoted words, surest first."""
    if not left or not right:
        return []
    vocabulary: dict[str, int] = {}
    lt = token_table((s.text for s in left), vocabulary)
    rt = token_table((s.text for s in right), vocabulary)
    i, j, score = pair_scores(lt, rt, floor=threshold(len(left), len(right)))
    keep = select(i, j, score, len(left), len(right))
    i, j, score = i[keep], j[keep], score[keep]
    order = np.lexsort((j, i, -score))
    return [Link(left[a].id, right[b].id, round(c, 3))
            for a, b, c in zip(i[order].tolist(), j[order].tolist(), score[order].tolist())]


def pair_scores(lt: TokenTable, rt: TokenTable, floor: float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs scoring at least `floor` (and above 0), as (left indices, right indices, scores in 0..1).

    The score joins the shared word weight (IDF squared, normalised by the
    two sentences' weights, see LENGTH_EXPONENT) with the shared trigrams:
    `1 - (1 - words)(1 - wording)`.  A pair needs a shared content word that
    is not a name, or shared quoted words: a name alone is no fact.  A pair
    resting on one such word weighs it less the more sentences of each
    article hold it (see `_word_rows`): a topic word both stories repeat
    links sentences that report different facts about the topic.
    """
    n, m = lt.sentences, rt.sentences
    (lw, rw), (l_mass, r_mass) = _word_rows(lt, rt)
    phrases = _phrase_rows(lt, rt)
    found = []
    for block in shared_blocks([(lw, rw), phrases], n, m):
        facts = block.sums[:, 1]
        shared = np.where(facts < 2, block.sums[:, 2], block.sums[:, 0])
        wording_weight = block.sums[:, 3] + block.sums[:, 4]
        a, b = l_mass[block.left], r_mass[block.right]
        scale = np.minimum(a, b) ** (1 - LENGTH_EXPONENT) * np.maximum(a, b) ** LENGTH_EXPONENT
        words = np.clip(shared / np.where(scale > 0, scale, 1.0), 0.0, 1.0)
        wording = 1.0 - np.exp(-PHRASE_WEIGHT * wording_weight)
        score = np.clip(1.0 - (1.0 - words) * (1.0 - wording), 0.0, 1.0)
        score[(facts < 1) & (wording_weight < PHRASE_KIND["both"])] = 0.0
        keep = (score >= floor) & (score > 0)
        found.append((block.left[keep], block.right[keep], score[keep]))
    if not found:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0)
    return tuple(np.concatenate(parts) for parts in zip(*found))


def threshold(n: int, m: int) -> float:
    """Least score of a link between texts of n and m sentences: THRESHOLD, raised for very long texts."""
    side = math.sqrt(n * m)
    return THRESHOLD + SIZE_STEP * max(0.0, math.log10(side / LONG_ARTICLE)) if side else THRESHOLD


def select(i: np.ndarray, j: np.ndarray, score: np.ndarray, n: int, m: int) -> np.ndarray:
    """Mask of the pairs kept as links: above the threshold and near the best pair of both their sentences.

    This is competitive linking with a margin: a sentence that fits another
    one much better than it fits this one is not linked to it, while a
    sentence retold by two (or summing up two) keeps both links.  A clear
    pair (CLEAR_MARGIN above the threshold) need only be near the best of
    one of its sentences: a long sentence whose main fact another sentence
    retells may still be the best counterpart of one retelling its second.
    """
    row_best = np.zeros(n)
    col_best = np.zeros(m)
    np.maximum.at(row_best, i, score)
    np.maximum.at(col_best, j, score)
    least = threshold(n, m)
    near_left, near_right = score >= NEAR_BEST * row_best[i], score >= NEAR_BEST * col_best[j]
    return ((score >= least) & near_left & near_right) | ((score >= least + CLEAR_MARGIN) & (near_left | near_right))


def _word_rows(lt: TokenTable, rt: TokenTable) -> tuple[tuple[TermRows, TermRows], tuple[np.ndarray, np.ndarray]]:
    """IDF rows of both articles in three channels, and each sentence's weight.

    A term is a name when more sentences write it with a capital inside the
    sentence than in lower case (a capital at the start of a sentence or
    quotation says nothing).  Channel products sum to the shared weight (IDF
    squared), the number of shared words that are not names, and the shared
    weight with each word that is not a name divided by the square root of
    the number of sentences holding it in each article.
    """
    v = int(max(lt.terms.max(initial=-1), rt.terms.max(initial=-1))) + 1
    sides = []
    for table in (lt, rt):
        keep = table.content
        lower = ~(table.capitalised | table.initial)
        sides.append(_distinct(table.rows[keep], table.terms[keep], v, np.column_stack([table.capitalised, lower])[keep]))
    all_terms = np.concatenate([terms for _, terms, _ in sides])
    flags = np.concatenate([f for _, _, f in sides])
    df = np.bincount(all_terms, minlength=v)
    capitalised = np.bincount(all_terms, weights=flags[:, 0], minlength=v)
    lower = np.bincount(all_terms, weights=flags[:, 1], minlength=v)
    is_name = capitalised > lower
    idf = np.log((lt.sentences + rt.sentences + BACKGROUND) / (df + 1))
    rows_out, masses = [], []
    for (rows, terms, _), count in zip(sides, (lt.sentences, rt.sentences)):
        w = idf[terms]
        spread = np.where(is_name[terms], w, w / np.sqrt(np.bincount(terms, minlength=v)[terms]))
        masses.append(np.bincount(rows, weights=w * w, minlength=count))
        rows_out.append(TermRows(rows, terms, np.column_stack([w, (~is_name[terms]).astype(float), spread])))
    return (rows_out[0], rows_out[1]), (masses[0], masses[1])


def _phrase_rows(lt: TokenTable, rt: TokenTable) -> tuple[TermRows, TermRows]:
    """Trigram rows of both articles whose channel products sum to the pair's weighted shared trigrams.

    A trigram counts when it holds a content word other than a name (a name
    with its article is no shared wording).  Each shared trigram adds its
    rarity (1 for one found once in each article, less for common ones) times
    PHRASE_KIND of where it is quoted: the left rows carry (quoted, not
    quoted) × rarity and the right rows the matching kind weights.
    """
    (lrows, lkeys, lquoted), (rrows, rkeys, rquoted) = _trigrams(lt, rt)
    shared = np.intersect1d(_sorted_distinct(lkeys), _sorted_distinct(rkeys), assume_unique=True)
    v = shared.size
    sides = []
    for rows, keys, quoted in ((lrows, lkeys, lquoted), (rrows, rkeys, rquoted)):
        at = np.minimum(np.searchsorted(shared, keys), max(v - 1, 0))
        found = shared[at] == keys if v else np.zeros(keys.size, dtype=bool)
        sides.append(_distinct(rows[found], at[found], v, quoted[found, None]))
    n_all = lt.sentences + rt.sentences + 1
    df = np.bincount(np.concatenate([terms for _, terms, _ in sides]), minlength=v)
    rarity = np.log(n_all / np.maximum(df, 1)) / max(float(np.log(n_all / 2)), 1e-9)
    (lr, ltm, lq), (rr, rtm, rq) = sides
    lq, rq, w = lq[:, 0].astype(float), rq[:, 0].astype(float), rarity[ltm]
    both, one, neither = PHRASE_KIND["both"], PHRASE_KIND["one"], PHRASE_KIND["neither"]
    left = TermRows(lr, ltm, np.column_stack([lq * w, (1 - lq) * w]))
    right = TermRows(rr, rtm, np.column_stack([rq * both + (1 - rq) * one, rq * one + (1 - rq) * neither]))
    return left, right


def _trigrams(lt: TokenTable, rt: TokenTable) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Per article: sentence, key and quoted flag (all three words quoted) of each trigram holding a plain word.

    Equal keys mean equal trigrams, in both articles.
    """
    starts = []
    for table in (lt, rt):
        rows = table.rows
        k = np.arange(max(table.terms.size - 2, 0))
        plain = table.content & ~table.capitalised
        ok = (rows[k] == rows[k + 2]) & (plain[k] | plain[k + 1] | plain[k + 2])
        starts.append((k[ok], rows[k[ok]], table))
    words = [[t.terms[k + d] for k, _, t in starts] for d in range(3)]
    v = int(max(lt.terms.max(initial=-1), rt.terms.max(initial=-1))) + 1
    if v <= ONE_KEY_VOCABULARY:
        keys = [(a.astype(np.int64) * v + b) * v + c for a, b, c in zip(*words)]
    else:  # a vocabulary too large for one 64-bit key: number the pairs first
        cut = words[0][0].size
        first = _ids(np.concatenate(words[0]), np.concatenate(words[1]))
        joint = _ids(first, np.concatenate(words[2]))
        keys = [joint[:cut], joint[cut:]]
    return [(rows, key, t.quoted[k] & t.quoted[k + 1] & t.quoted[k + 2]) for (k, rows, t), key in zip(starts, keys)]


def _sorted_distinct(keys: np.ndarray) -> np.ndarray:
    """The distinct keys in order (by sorting alone: `np.unique` would import numpy.ma on its first call)."""
    keys = np.sort(keys)
    return keys[np.concatenate([[True], keys[1:] != keys[:-1]])] if keys.size else keys


def _ids(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Dense ids of the distinct (a, b) pairs of non-negative integers."""
    if a.size == 0:
        return np.zeros(0, dtype=np.int64)
    keys = a.astype(np.int64) * (int(b.max()) + 1) + b
    return np.unique(keys, return_inverse=True)[1].ravel()


def _distinct(rows: np.ndarray, terms: np.ndarray, v: int, flags: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct (sentence, term) entries ordered by sentence; each flag column set when any occurrence had it."""
    keys, where = np.unique(rows.astype(np.int64) * max(v, 1) + terms, return_inverse=True)
    where = where.ravel()
    flagged = np.column_stack([np.bincount(where, weights=flags[:, c], minlength=keys.size) > 0
                               for c in range(flags.shape[1])])
    return keys // max(v, 1), keys % max(v, 1), flagged.reshape(keys.size, flags.shape[1])
