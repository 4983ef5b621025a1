"""Cross-article alignment: which left sentence reports what a right sentence does.

Each sentence becomes a bag of stemmed content words weighted by IDF over the
sentences of both articles, so a name every sentence repeats weighs little and
a rare name, number or wording weighs much.  Word trigrams the two articles
share, above all inside quotation marks (the same quoted words), add evidence
of their own.  Pairs are scored only where they share terms (see
`term_pairs`), so the work follows what the articles have in common and stays
bounded on very large inputs.  A global step then keeps, among pairs above a
threshold, those close to the best pair of either of their sentences: one
sentence may link to several, and the stories may be told in any order.
"""
from __future__ import annotations

import numpy as np

from .model import Link, Sentence
from .term_pairs import TermRows, shared_blocks
from .terms import SentenceTerms, sentence_terms

THRESHOLD = 0.3
"""Least score of a link."""

NEAR_BEST = 0.75
"""A pair is kept when its score is at least this share of the best score of its left or right sentence."""

LENGTH_EXPONENT = 0.3
"""Shared word weight is divided by min(a, b) ** (1 - e) * max(a, b) ** e of the two sentences' weights:
0.5 is the cosine; less lets a short sentence that a long one contains score high."""

PHRASE_WEIGHT = 0.5
"""How much one shared trigram quoted in both sentences (and rare) counts towards a link."""

PHRASE_KIND = {"both": 1.0, "one": 0.5, "neither": 0.25}
"""Trigram weight by where it is quoted: the same quoted words, a quotation reported, common wording."""


def align(left: list[Sentence], right: list[Sentence]) -> list[Link]:
    """Links between left and right sentences that report the same fact or quoted words, surest first."""
    if not left or not right:
        return []
    lt = [sentence_terms(s.text) for s in left]
    rt = [sentence_terms(s.text) for s in right]
    i, j, score = pair_scores(lt, rt, floor=THRESHOLD)
    keep = select(i, j, score, len(left), len(right))
    i, j, score = i[keep], j[keep], score[keep]
    order = np.lexsort((j, i, -score))
    return [Link(left[a].id, right[b].id, round(c, 3))
            for a, b, c in zip(i[order].tolist(), j[order].tolist(), score[order].tolist())]


def pair_scores(lt: list[SentenceTerms], rt: list[SentenceTerms], floor: float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs scoring above `floor`, as (left indices, right indices, scores in 0..1).

    The score joins the shared word weight (IDF squared, normalised by the
    two sentences' weights, see LENGTH_EXPONENT) with the shared trigrams:
    `1 - (1 - words)(1 - wording)`.  A pair needs a shared content word that
    is not a name, or shared quoted words: a name alone is no fact.
    """
    n, m = len(lt), len(rt)
    (lw, rw), (l_mass, r_mass) = _word_rows(lt, rt)
    phrases = _phrase_rows(lt, rt)
    found = []
    for block in shared_blocks([(lw, rw), phrases], n, m):
        shared, facts = block.sums[:, 0], block.sums[:, 1]
        wording_weight = block.sums[:, 2] + block.sums[:, 3]
        a, b = l_mass[block.left], r_mass[block.right]
        scale = np.minimum(a, b) ** (1 - LENGTH_EXPONENT) * np.maximum(a, b) ** LENGTH_EXPONENT
        words = np.clip(shared / np.where(scale > 0, scale, 1.0), 0.0, 1.0)
        wording = 1.0 - np.exp(-PHRASE_WEIGHT * wording_weight)
        score = np.clip(1.0 - (1.0 - words) * (1.0 - wording), 0.0, 1.0)
        score[(facts < 1) & (wording_weight < PHRASE_KIND["both"])] = 0.0
        keep = score > floor
        found.append((block.left[keep], block.right[keep], score[keep]))
    if not found:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0)
    return tuple(np.concatenate(parts) for parts in zip(*found))


def select(i: np.ndarray, j: np.ndarray, score: np.ndarray, n: int, m: int) -> np.ndarray:
    """Mask of the pairs kept as links: above the threshold and near the best of their left or right sentence."""
    row_best = np.zeros(n)
    col_best = np.zeros(m)
    np.maximum.at(row_best, i, score)
    np.maximum.at(col_best, j, score)
    near = (score >= NEAR_BEST * row_best[i]) | (score >= NEAR_BEST * col_best[j])
    return (score >= THRESHOLD) & near


def _word_rows(lt: list[SentenceTerms], rt: list[SentenceTerms]) -> tuple[tuple[TermRows, TermRows], tuple[np.ndarray, np.ndarray]]:
    """IDF rows of both articles, with a second channel marking words that are not names, and each sentence's weight.

    A term is a name when most of its occurrences are capitalised inside a
    sentence.  Channel products sum to the shared weight (IDF squared) and the
    number of shared words that are not names.
    """
    vocab: dict[str, int] = {}
    sides = []
    for side in (lt, rt):
        rows, terms, caps = [], [], []
        for r, st in enumerate(side):
            seen: dict[int, bool] = {}
            for w, cap in zip(st.words, st.capitalised):
                t = vocab.setdefault(w, len(vocab))
                seen[t] = seen.get(t, False) or cap
            rows.extend([r] * len(seen))
            terms.extend(seen)
            caps.extend(seen.values())
        sides.append((np.array(rows, dtype=np.int64), np.array(terms, dtype=np.int64), np.array(caps, dtype=bool)))
    v = len(vocab)
    all_terms = np.concatenate([s[1] for s in sides])
    all_caps = np.concatenate([s[2] for s in sides])
    df = np.bincount(all_terms, minlength=v)
    capitalised = np.bincount(all_terms, weights=all_caps, minlength=v)
    is_name = capitalised * 2 > df
    idf = np.log((len(lt) + len(rt) + 1) / np.maximum(df, 1))
    rows_out, masses = [], []
    for (rows, terms, _), count in zip(sides, (len(lt), len(rt))):
        w = idf[terms]
        masses.append(np.bincount(rows, weights=w * w, minlength=count))
        rows_out.append(TermRows(rows, terms, np.column_stack([w, (~is_name[terms]).astype(float)])))
    return (rows_out[0], rows_out[1]), (masses[0], masses[1])


def _phrase_rows(lt: list[SentenceTerms], rt: list[SentenceTerms]) -> tuple[TermRows, TermRows]:
    """Trigram rows of both articles whose channel products sum to the pair's weighted shared trigrams.

    Each shared trigram counts its rarity (1 for a trigram found once in each
    article, less for common ones) times PHRASE_KIND of where it is quoted:
    the left rows carry (quoted, not quoted) × rarity and the right rows the
    matching kind weights.
    """
    vocab: dict[str, int] = {}
    sides = []
    for side in (lt, rt):
        rows, terms, quoted = [], [], []
        for r, st in enumerate(side):
            seen: dict[int, bool] = {}
            for p, q in zip(st.phrases, st.quoted):
                t = vocab.setdefault(p, len(vocab))
                seen[t] = seen.get(t, False) or q
            rows.extend([r] * len(seen))
            terms.extend(seen)
            quoted.extend(seen.values())
        sides.append((np.array(rows, dtype=np.int64), np.array(terms, dtype=np.int64), np.array(quoted, dtype=float)))
    v = len(vocab)
    n_all = len(lt) + len(rt) + 1
    df = np.bincount(np.concatenate([s[1] for s in sides]), minlength=v)
    rarity = np.log(n_all / np.maximum(df, 1)) / max(float(np.log(n_all / 2)), 1e-9)
    (lr, ltm, lq), (rr, rtm, rq) = sides
    w = rarity[ltm]
    both, one, neither = PHRASE_KIND["both"], PHRASE_KIND["one"], PHRASE_KIND["neither"]
    left = TermRows(lr, ltm, np.column_stack([lq * w, (1 - lq) * w]))
    right = TermRows(rr, rtm, np.column_stack([rq * both + (1 - rq) * one, rq * one + (1 - rq) * neither]))
    return left, right
