from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests explore at random while developing; in CI (CI=true) they run a
# fixed set of examples, with no time limit per example, so a run is repeatable.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture
def sample_pair() -> tuple[str, str]:
    from tui.resources import sample_paths

    return sample_paths()


def run_cli(*args: str, cwd: Path | None = None, stdin: str | None = None):
    """Run `python -m tui ARGS` in a subprocess; returns CompletedProcess (text)."""
    import subprocess

    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True, text=True, timeout=120, cwd=cwd or ROOT, input=stdin,
    )
