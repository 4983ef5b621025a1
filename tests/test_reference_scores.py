"""The analysis against hand-made references: the bundled sample pair (with
the product's thresholds) and the evaluation corpus in tests/corpus."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SAMPLE_GOLD = sorted((ROOT.parent / "shared" / "gold").glob("*.json"))
CORPUS_GOLD = sorted((ROOT / "tests" / "corpus" / "gold").glob("*.json"))

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="the reference scorer is not beside this checkout")


def score(gold: list[Path], **minimum: float) -> subprocess.CompletedProcess:
    limits = [arg for name, value in minimum.items() for arg in (f"--min-{name.replace('_', '-')}", str(value))]
    return subprocess.run(
        [sys.executable, str(SCORER), *map(str, gold), "--cmd", f"{sys.executable} -m tui", "--quiet", *limits],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )


def test_sample_pair_meets_the_product_thresholds():
    r = score(SAMPLE_GOLD, seg_f1=0.98, align_f1=0.85, speaker_acc=0.95, addressee_acc=0.85, attr_precision=0.90)
    assert r.returncode == 0, r.stdout + r.stderr


def test_evaluation_corpus_stays_close_to_the_sample():
    assert CORPUS_GOLD
    r = score(CORPUS_GOLD, seg_f1=0.95, align_f1=0.80, speaker_acc=0.90, addressee_acc=0.90, attr_precision=0.95)
    assert r.returncode == 0, r.stdout + r.stderr
