"""The reader on a 20 MB pair: first paint, analysis time, key latency while it
runs, quit latency and peak memory.

    python benchmarks/huge.py [--megabytes 20]

A synthetic pair (see analysis.py: invented vocabulary, names, numbers, the
right side retelling part of the left) is written to a temporary folder and
opened with `python -m tui` in a pseudo-terminal (120 × 35).
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from analysis import SyntheticPair, synthetic_pair
from startup import Terminal

BYTES_PER_SENTENCE = 120  # about, for the synthetic text


def write_pair(megabytes: float, folder: Path) -> tuple[Path, Path, SyntheticPair]:
    n = int(megabytes * 2**20 / BYTES_PER_SENTENCE)
    pair = synthetic_pair(n)
    paths = folder / "left.txt", folder / "right.txt"
    for path, side in zip(paths, ("left", "right")):
        path.write_text("\n\n".join(pair.paragraphs(side)) + "\n", encoding="utf-8")
    return *paths, pair


def key_latency(terminal: Terminal, key: bytes, rounds: int) -> list[float]:
    """Seconds from each key press to the next output (the repaint it causes)."""
    times = []
    for _ in range(rounds):
        terminal.settle(0.05)
        start = time.perf_counter()
        terminal.send(key)
        while not terminal.read(5.0):
            if time.perf_counter() - start > 5:
                break
        times.append(time.perf_counter() - start)
    return times


def measure(terminal: Terminal, first_words: bytes) -> None:
    paint = terminal.wait_for(first_words, timeout=120)
    print(f"first paint (text visible):        {paint:7.2f} s")
    latencies = key_latency(terminal, b"j", rounds=15)
    print(f"key press to repaint while analysing: median {statistics.median(latencies) * 1000:.0f} ms, "
          f"max {max(latencies) * 1000:.0f} ms")
    done = terminal.wait_for(b" sentences", timeout=600)
    print(f"analysis complete:                 {done:7.2f} s")
    latencies = key_latency(terminal, b"j", rounds=15)
    print(f"key press to repaint afterwards:   median {statistics.median(latencies) * 1000:.0f} ms")
    quit_started = time.perf_counter()
    code = terminal.close()
    print(f"q to exit:                         {time.perf_counter() - quit_started:7.2f} s (exit status {code})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=20.0, help="size of each article (default 20)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        left, right, pair = write_pair(args.megabytes, Path(tmp))
        sizes = [p.stat().st_size / 2**20 for p in (left, right)]
        print(f"pair: {sizes[0]:.1f} MB + {sizes[1]:.1f} MB, {len(pair.left):,} + {len(pair.right):,} sentences "
              f"(made in {time.perf_counter() - started:.1f} s)")
        first_words = " ".join(pair.left[0].split()[:2]).encode()
        terminal = Terminal([sys.executable, "-m", "tui", str(left), str(right)])
        try:
            measure(terminal, first_words)
        finally:
            if terminal.process.poll() is None:
                terminal.process.kill()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory of the reader:         {peak:7.0f} MB")


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
