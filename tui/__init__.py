"""newsreader: read two news stories about one event side by side."""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["split_sentences", "__version__"]


def __getattr__(name: str):
    """`split_sentences` is imported on first use, so starting the reader does not compile the sentence rules."""
    if name == "split_sentences":
        from .sentences import split_sentences

        return split_sentences
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
