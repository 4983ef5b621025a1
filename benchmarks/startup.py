"""Time to first paint: newsreader on the bundled pair vs a bare Textual app painting one line.

Both run in a pseudo-terminal (120 × 35) with the same Python; the clock
stops when the first words of the left article (or the bare app's line)
have been written to the terminal. Prints the medians and their ratio
(goal: at most 1.25). The reader's package is compiled to bytecode first, as
an installed Textual is, so that neither pays for compiling its sources.

    python benchmarks/startup.py [--runs 9]
"""
from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import termios
import time

COLUMNS, LINES = 120, 35
BARE_APP = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("bare textual app ready")

Bare().run()
"""


class Terminal:
    """A program running in a pseudo-terminal, with its output collected."""

    def __init__(self, argv: list[str], columns: int = COLUMNS, lines: int = LINES) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", COLUMNS=str(columns), LINES=str(lines))
        self.started = time.perf_counter()
        self.process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
        os.close(slave)
        self.output = b""

    def read(self, timeout: float) -> bool:
        """Collect output for up to `timeout` seconds; false if nothing came."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 65536)
        except OSError:
            return False
        self.output += chunk
        return bool(chunk)

    def wait_for(self, text: bytes, timeout: float = 30.0) -> float:
        """Seconds since start until `text` appeared in the output."""
        deadline = time.perf_counter() + timeout
        while text not in self.output:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{text!r} not shown within {timeout} s")
            self.read(0.05)
        return time.perf_counter() - self.started

    def settle(self, quiet: float = 0.3) -> None:
        """Read until the program has been silent for `quiet` seconds."""
        while self.read(quiet):
            pass

    def send(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def close(self, timeout: float = 10.0) -> int:
        """Press q and wait for the program to end, reading its output meanwhile
        (a program blocked on a full terminal would never end)."""
        self.send(b"q")
        deadline = time.perf_counter() + timeout
        while self.process.poll() is None and time.perf_counter() < deadline:
            self.read(0.01)
        if self.process.poll() is None:
            self.process.kill()
        code = self.process.wait()
        os.close(self.master)
        return code


def first_words() -> bytes:
    """The first words of the left sample's body, as the reader shows them."""
    from tui.reading import load_document
    from tui.resources import sample_paths

    words = load_document(sample_paths()[0]).paragraphs[0].split()[:3]
    return " ".join(words).encode()


def time_paint(argv: list[str], marker: bytes) -> float:
    terminal = Terminal(argv)
    try:
        return terminal.wait_for(marker)
    finally:
        terminal.settle(0.2)
        terminal.close()


def compile_reader() -> None:
    """Write the bytecode of the reader's package (this environment may forbid
    writing it on import), as an installed package would have it."""
    import compileall

    import tui

    compileall.compile_dir(os.path.dirname(tui.__file__), quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    compile_reader()
    marker = first_words()
    reader, bare = [], []
    time_paint([sys.executable, "-m", "tui"], marker)  # warm the file cache
    for _ in range(args.runs):
        bare.append(time_paint([sys.executable, "-c", BARE_APP], b"bare textual app ready"))
        reader.append(time_paint([sys.executable, "-m", "tui"], marker))
    b, r = statistics.median(bare), statistics.median(reader)
    print(f"bare Textual app, first paint:   {b * 1000:7.1f} ms (median of {args.runs})")
    print(f"newsreader sample pair, text:    {r * 1000:7.1f} ms (median of {args.runs})")
    print(f"ratio: {r / b:.2f} (goal ≤ 1.25)")


if __name__ == "__main__":
    main()
