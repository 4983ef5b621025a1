"""newsreader: read two news stories about one event side by side."""
from .sentences import split_sentences

__version__ = "0.1.0"
__all__ = ["split_sentences", "__version__"]
