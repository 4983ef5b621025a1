"""Pairs of sentences that share terms, found through an inverted index.

Two articles are given as sparse sentence × term matrices (`TermRows`).  For
every pair of sentences sharing at least one term, the product of their values
is summed over the shared terms, channel by channel: with TF-IDF weights that
sum is the dot product of the two vectors.  Only pairs that share something
are visited, block by block of left sentences so memory stays bounded; when
the co-occurrences would exceed a budget, the commonest terms (those that
say least) are left out of the index.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

PAIR_BUDGET = 40_000_000
"""Most term co-occurrences visited over a whole comparison."""

BLOCK_PAIRS = 500_000
"""Most co-occurrences handled at once."""

BLOCK_CELLS = 1_000_000
"""Most (left, right) cells of a block summed densely."""

DENSE_FILL = 0.125
"""Blocks are summed densely (no sorting) when co-occurrences fill at least this share of all pairs."""


@dataclass(frozen=True)
class TermRows:
    """One article as a sparse matrix: entry k says sentence `rows[k]` holds term `terms[k]`.

    `values[k]` holds one value per channel; entries are ordered by row.
    """

    rows: np.ndarray
    terms: np.ndarray
    values: np.ndarray

    @property
    def channels(self) -> int:
        return self.values.shape[1]


@dataclass(frozen=True)
class PairBlock:
    """Pairs of sentences sharing a term, with the channel sums of every layer side by side."""

    left: np.ndarray
    right: np.ndarray
    sums: np.ndarray


@dataclass(frozen=True)
class _Layer:
    """Left entries kept in the index, with the right postings of their terms."""

    rows: np.ndarray
    terms: np.ndarray
    values: np.ndarray
    reps: np.ndarray
    row_start: np.ndarray
    term_start: np.ndarray
    right_rows: np.ndarray
    right_values: np.ndarray


def shared_blocks(layers: list[tuple[TermRows, TermRows]], n: int, m: int, budget: int = PAIR_BUDGET) -> Iterator[PairBlock]:
    """For each block of left sentences, every pair sharing a term in any layer, with its channel sums.

    Each layer is a (left, right) pair of TermRows over its own vocabulary;
    the channels of all layers are returned side by side in `sums`.
    """
    costs = [_term_costs(left, right) for left, right in layers]
    allowed = _within_budget(costs, budget)
    prepared = [_prepare(left, right, keep, n) for (left, right), keep in zip(layers, allowed)]
    widths = [left.channels for left, _ in layers]
    row_cost = sum(np.bincount(p.rows, weights=p.reps, minlength=n) for p in prepared)
    total = float(np.sum(row_cost))
    if total == 0:
        return
    dense = total >= DENSE_FILL * n * m
    max_rows = max(1, BLOCK_CELLS // m) if dense else n
    ends = np.cumsum(row_cost)
    lo = 0
    while lo < n:
        base = ends[lo - 1] if lo else 0.0
        hi = int(np.searchsorted(ends, base + BLOCK_PAIRS, side="right"))
        hi = min(max(hi, lo + 1), lo + max_rows, n)
        if ends[hi - 1] > base:
            yield _block(prepared, widths, lo, hi, m, dense)
        lo = hi


def _term_costs(left: TermRows, right: TermRows) -> np.ndarray:
    v = int(max(left.terms.max(initial=-1), right.terms.max(initial=-1))) + 1
    return np.bincount(left.terms, minlength=v) * np.bincount(right.terms, minlength=v)


def _within_budget(costs: list[np.ndarray], budget: int) -> list[np.ndarray]:
    """Per layer, the terms kept: all shared ones, or the rarest whose co-occurrences fit the budget."""
    flat = np.concatenate(costs) if costs else np.empty(0, dtype=np.int64)
    keep = flat > 0
    if int(flat.sum()) > budget:
        order = np.argsort(flat, kind="stable")
        fits = np.cumsum(flat[order]) <= budget
        keep = np.zeros(flat.size, dtype=bool)
        keep[order[fits]] = True
        keep &= flat > 0
    return np.split(keep, np.cumsum([c.size for c in costs])[:-1])


def _prepare(left: TermRows, right: TermRows, keep: np.ndarray, n: int) -> _Layer:
    kept = keep[right.terms] if right.terms.size else np.zeros(0, dtype=bool)
    right = TermRows(right.rows[kept], right.terms[kept], right.values[kept])
    order = np.argsort(right.terms, kind="stable")
    df_right = np.bincount(right.terms, minlength=keep.size)
    term_start = np.concatenate([[0], np.cumsum(df_right)[:-1]]).astype(np.int64)
    use = keep[left.terms] if left.terms.size else np.zeros(0, dtype=bool)
    rows, terms = left.rows[use], left.terms[use]
    return _Layer(
        rows=rows, terms=terms, values=left.values[use], reps=df_right[terms],
        row_start=np.searchsorted(rows, np.arange(n + 1)), term_start=term_start,
        right_rows=right.rows[order], right_values=right.values[order],
    )


def _block(layers: list[_Layer], widths: list[int], lo: int, hi: int, m: int, dense: bool) -> PairBlock:
    """Channel sums of every pair with a left sentence in [lo, hi)."""
    parts = []
    for layer in layers:
        a, b = layer.row_start[lo], layer.row_start[hi]
        reps = layer.reps[a:b]
        total = int(reps.sum())
        entry = np.repeat(np.arange(a, b), reps)
        offset = np.arange(total) - np.repeat(np.cumsum(reps) - reps, reps)
        pos = layer.term_start[layer.terms[entry]] + offset
        keys = (layer.rows[entry] - lo) * m + layer.right_rows[pos]
        parts.append((keys, layer.values[entry] * layer.right_values[pos]))
    if dense:
        cells = (hi - lo) * m
        columns = [np.bincount(keys, weights=prod[:, c], minlength=cells)
                   for keys, prod in parts for c in range(prod.shape[1])]
        touched = np.zeros(cells, dtype=bool)
        for keys, _ in parts:
            touched[keys] = True
        keys = np.flatnonzero(touched)
        sums = np.column_stack([column[keys] for column in columns])
    else:
        keys, where = np.unique(np.concatenate([k for k, _ in parts]), return_inverse=True)
        columns, at = [], 0
        for (k, prod), width in zip(parts, widths):
            w = where[at : at + k.size]
            columns += [np.bincount(w, weights=prod[:, c], minlength=keys.size) for c in range(width)]
            at += k.size
        sums = np.column_stack(columns)
    return PairBlock(left=keys // m + lo, right=keys % m, sums=sums)
