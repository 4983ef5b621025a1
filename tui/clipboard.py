"""Putting text on the clipboard: the system clipboard when there is one,
else the terminal's (OSC 52), which also works over SSH and inside tmux."""
from __future__ import annotations

SYSTEM = "the system clipboard"
TERMINAL = "the terminal clipboard (OSC 52)"


def copy_to_system(text: str) -> bool:
    """Copy with pyperclip (imported only now); false where it has no mechanism."""
    try:
        import pyperclip

        pyperclip.copy(text)
    except Exception:  # pyperclip raises its own errors, or OSError from a helper program
        return False
    return True
