"""Time from a key press (`j`, then `k`, alternately) to the repainted screen, on the sample pair.

The reader runs in a pseudo-terminal (120 × 35); after the analysis is shown,
each key is written to the terminal and the clock stops at the last byte of
the repaint (no more output for 50 ms). Prints the median (goal: < 16 ms,
one frame at 60 Hz).

    python benchmarks/keypress.py [--presses 60]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time

from startup import Terminal

QUIET = 0.05


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=60)
    args = parser.parse_args()
    terminal = Terminal([sys.executable, "-m", "tui"])
    try:
        terminal.wait_for(b"only here", timeout=60)  # the analysis is on screen
        terminal.settle(0.5)
        times = []
        for n in range(args.presses):
            terminal.output = b""
            start = time.perf_counter()
            terminal.send(b"j" if n % 2 == 0 else b"k")
            last = start
            while terminal.read(QUIET):
                last = time.perf_counter()
            if terminal.output:
                times.append(last - start)
    finally:
        terminal.close()
    times.sort()
    print(f"key press to repainted screen: median {statistics.median(times) * 1000:.1f} ms, "
          f"90th percentile {times[int(len(times) * 0.9)] * 1000:.1f} ms over {len(times)} presses (goal < 16 ms)")


if __name__ == "__main__":
    main()
