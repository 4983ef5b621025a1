"""Time and memory of the analysis: the sample pair, and synthetic pairs of growing size.

    python benchmarks/analysis.py            # sample pair, 1k, 2k and 5k sentences a side
    python benchmarks/analysis.py --huge     # also ~150,000 sentences a side (about 20 MB a pair)
    python benchmarks/analysis.py --sizes 500 3000

Each case runs in a fresh process so that its peak resident memory
(`resource.getrusage` maxrss) is its own; "align +N" is how far alignment
raised that peak above the memory in use when it began.  Figures printed per case: the whole
analysis (splitting and attribution of both sides, then alignment), alignment
alone, links found and the least score of a link (it rises for very long
texts), and, for synthetic pairs, how many of the paraphrased
sentences were linked to their source (recall) and how many links join a
sentence to its source (precision).

A synthetic pair is made of invented words (a vocabulary of a few thousand,
drawn with a Zipf-like law), capitalised names and numbers; the right side
retells part of the left in other words and another order, and adds
sentences of its own.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FUNCTION_WORDS = ("the a of to in and on for with at by from that as has was were is will after before "
                  "over about their his her its this which but not").split()
VOCABULARY_PER_ROOT = 130
"""Invented words per square root of the sentence count (vocabulary grows like Heaps' law: ~4,000 at 1k sentences)."""
NAMES_PER_ROOT = 13
PARAPHRASED = 0.4
SENTENCES_PER_PARAGRAPH = 4


@dataclass
class SyntheticPair:
    """Two synthetic articles as sentences, and which right sentence retells which left one."""

    left: list[str]
    right: list[str]
    source: dict[int, int]

    def paragraphs(self, side: str) -> list[str]:
        sentences = self.left if side == "left" else self.right
        return [" ".join(sentences[k : k + SENTENCES_PER_PARAGRAPH])
                for k in range(0, len(sentences), SENTENCES_PER_PARAGRAPH)]


def _lexicon(rng: random.Random, n: int) -> tuple[list[str], list[str]]:
    syllables = [c + v for c in "bcdfghklmnprstvz" for v in "aeiou"] + ["ar", "en", "ol", "is", "um", "ed"]
    words: set[str] = set()
    while len(words) < VOCABULARY_PER_ROOT * n**0.5:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    names: set[str] = set()
    while len(names) < NAMES_PER_ROOT * n**0.5:
        names.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize())
    return sorted(words), sorted(names)


def _sentence(rng: random.Random, words: list[str], names: list[str], cumulative: list[float]) -> list[str]:
    n = rng.randint(10, 28)
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.35:
            out.append(rng.choice(FUNCTION_WORDS))
        elif r < 0.45:
            out.append(rng.choice(names))
        elif r < 0.48:
            out.append(str(rng.randint(2, 2000)))
        else:
            out.append(rng.choices(words, cum_weights=cumulative)[0])
    if out[0][0].isdigit():
        out.insert(0, "in")
    if rng.random() < 0.2:
        a = rng.randint(1, n // 2)
        out[a] = "“" + out[a]
        out[-1] = out[-1] + ",”"
        out += ["she", "said"]
    return out


def _retell(rng: random.Random, words: list[str], sentence: list[str], cumulative: list[float]) -> list[str]:
    """The same fact in other words: some words dropped or replaced, clauses swapped, suffixes changed."""
    kept = [w for w in sentence if rng.random() > 0.3]
    out = []
    for w in kept:
        r = rng.random()
        if r < 0.15:
            out.append(rng.choices(words, cum_weights=cumulative)[0])
        elif r < 0.25 and w.isalpha() and w.islower():
            out.append(w + rng.choice(["s", "ed", "ing", "ly"]))
        else:
            out.append(w)
    cut = len(out) // 2
    out = out[cut:] + out[:cut] if rng.random() < 0.5 else out
    return ["in", *out] if out and out[0][0].isdigit() else out


def _text(words: list[str]) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:] + "."


def synthetic_pair(n: int, seed: int = 7) -> SyntheticPair:
    """A pair of n sentences a side; the right side retells PARAPHRASED of the left, in another order."""
    rng = random.Random(seed)
    words, names = _lexicon(rng, n)
    cumulative = list(itertools.accumulate(1 / (k + 10) for k in range(len(words))))
    left = [_sentence(rng, words, names, cumulative) for _ in range(n)]
    retold = rng.sample(range(n), int(n * PARAPHRASED))
    right = [(_retell(rng, words, left[k], cumulative), k) for k in retold]
    right += [(_sentence(rng, words, names, cumulative), -1) for _ in range(n - len(right))]
    # another order: blocks of the story move, sentences inside a block stay near each other
    right.sort(key=lambda item: rng.random() * n + (item[1] if item[1] >= 0 else rng.randrange(n)))
    source = {j: k for j, (_, k) in enumerate(right) if k >= 0}
    return SyntheticPair([_text(s) for s in left], [_text(s) for s, _ in right], source)


def run_case(case: str) -> dict:
    """Measure one case in this process: 'sample' or a number of sentences a side."""
    from tui.alignment import align, threshold
    from tui.model import Document
    from tui.pipeline import analyse
    from tui.reading import load_document
    from tui.resources import sample_paths

    pair = None
    if case == "sample":
        left_doc, right_doc = (load_document(str(p)) for p in sample_paths())
        analyse(left_doc), analyse(right_doc)  # warm caches once, as a running app would have
    else:
        pair = synthetic_pair(int(case))
        left_doc = Document(path="left.txt", paragraphs=pair.paragraphs("left"))
        right_doc = Document(path="right.txt", paragraphs=pair.paragraphs("right"))
    size = sum(len(p) for p in left_doc.paragraphs + right_doc.paragraphs)
    t0 = time.perf_counter()
    a, b = analyse(left_doc), analyse(right_doc)
    rss_before = _resident_mb()
    t1 = time.perf_counter()
    links = align(a.sentences, b.sentences)
    t2 = time.perf_counter()
    out = {
        "case": case, "chars": size, "sentences": [len(a.sentences), len(b.sentences)],
        "whole_s": round(t2 - t0, 3), "align_s": round(t2 - t1, 3), "links": len(links),
        "threshold": round(threshold(len(a.sentences), len(b.sentences)), 3),
        "maxrss_mb": round(_peak_mb(), 1), "align_extra_mb": round(_peak_mb() - rss_before, 1),
    }
    if pair is not None:
        out.update(_quality(pair, a.sentences, b.sentences, links))
    return out


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _resident_mb() -> float:
    """Resident memory now (Linux), else the peak so far."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return _peak_mb()
    return pages * resource.getpagesize() / 2**20


def _quality(pair: SyntheticPair, left, right, links) -> dict:
    """Recall and precision of the links against the retold sentences (those the splitter kept whole)."""
    left_at = {text: k for k, text in enumerate(pair.left)}
    right_at = {text: k for k, text in enumerate(pair.right)}
    lk = {s.id: left_at.get(s.text) for s in left}
    rk = {s.id: right_at.get(s.text) for s in right}
    whole_left, whole_right = set(lk.values()), set(rk.values())
    true = {(k, j) for j, k in pair.source.items() if k in whole_left and j in whole_right}
    predicted = {(lk[l.left], rk[l.right]) for l in links}
    hits = len(predicted & true)
    return {"recall": round(hits / len(true), 3) if true else 0.0,
            "precision": round(hits / len(predicted), 3) if predicted else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 2000, 5000], help="sentences a side")
    parser.add_argument("--huge", action="store_true", help="add a pair of 150,000 sentences a side")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case)))
        return
    cases = ["sample", *map(str, args.sizes)] + (["150000"] if args.huge else [])
    for case in cases:
        proc = subprocess.run([sys.executable, __file__, "--case", case], capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"{case}: failed\n{proc.stderr[-2000:]}")
            continue
        r = json.loads(proc.stdout)
        quality = f"  recall {r['recall']:.3f} precision {r['precision']:.3f}" if "recall" in r else ""
        print(f"{r['case']:>7}: {r['sentences'][0]:>7} × {r['sentences'][1]:<7} {r['chars'] / 1e6:6.2f} MB  "
              f"whole {r['whole_s'] * 1000:9.1f} ms  align {r['align_s'] * 1000:9.1f} ms  "
              f"peak {r['maxrss_mb']:7.1f} MB (align +{r['align_extra_mb']:.1f})  links {r['links']} "
              f"(threshold {r['threshold']:.2f}){quality}")


if __name__ == "__main__":
    main()
