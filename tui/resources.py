"""Files that ship with the package: the sample pair and the stylesheet.

In a wheel they sit inside the package (``tui/samples``, ``tui/styles``); in a
source checkout they are the top-level ``samples/`` and ``styles/`` folders.
"""
from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent
SAMPLE_PAIR = ("cnn-blinken-lavrov.txt", "bbc-blinken-lavrov.txt")


def resource_dir(name: str) -> Path:
    inside = _HERE / name
    return inside if inside.is_dir() else _HERE.parent / name


def sample_paths() -> tuple[str, str]:
    folder = resource_dir("samples")
    return str(folder / SAMPLE_PAIR[0]), str(folder / SAMPLE_PAIR[1])


def stylesheet() -> Path:
    return resource_dir("styles") / "newsreader.tcss"
