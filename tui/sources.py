"""Where articles come from: a text, Markdown or HTML file, a web address, or
standard input; and saving what was read so it can be opened again offline.

`load` picks the reader from the input. The HTML and web machinery is imported
only when an input needs it, so opening text files starts as fast as before.
"""
from __future__ import annotations

import io
import re
import sys
from pathlib import Path, PurePath

from .model import Document
from .reading import InputError, clean, decode, parse_document, read_file

STDIN = "-"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
MAX_STDIN_BYTES = 50 * 1024 * 1024

_URL = re.compile(r"https?://", re.I)
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_MARKDOWN_HINT = re.compile(
    r"\A---[ \t]*\n"  # front matter
    r"|^#{1,6}[ \t]+\S"  # an ATX heading
    r"|\[[^\]\n]+\]\([^)\s]+\)"  # an inline link
    r"|(\*\*|__)\S[^\n]*?\S\1",  # strong emphasis
    re.M,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


def is_url(spec: str) -> bool:
    return bool(_URL.match(spec))


def looks_like_html(text: str) -> bool:
    """A web page by its start: a doctype or an <html> element."""
    return bool(_HTML_START.match(text[:4096]))


def looks_like_markdown(text: str) -> bool:
    """Text with the marks of Markdown: front matter, # headings, [links](…), **strong**."""
    return bool(_MARKDOWN_HINT.search(text[:65536]))


def _from_text(text: str, name: str, kind: str | None = None, url: str | None = None) -> Document:
    """A document of clean text of a known or guessed kind ("html", "markdown", "text")."""
    kind = kind or ("html" if looks_like_html(text) else "text")
    if kind == "html":
        from .html_text import document_from_html

        return document_from_html(text, name, url=url)
    if kind == "markdown":
        from .markdown_text import document_from_markdown

        return document_from_markdown(text, name)
    return parse_document(text, name)


def _web_text(body: bytes, charset: str | None, name: str) -> str:
    """A page's bytes as clean text: the declared charset, else a <meta> one, else the guess of `decode`."""
    meta = _META_CHARSET.search(body[:4096])
    for declared in (charset, meta and meta.group(1).decode("ascii")):
        if declared:
            try:
                return clean(body.decode(declared))
            except (LookupError, UnicodeDecodeError):
                continue
    return clean(decode(body, name))


def load_url(url: str, *, timeout: float = 10.0) -> Document:
    from .fetch import HTML_TYPES, fetch

    page = fetch(url, timeout=timeout)
    text = _web_text(page.body, page.charset, url)
    if not text.strip():
        raise InputError(f"{url}: the page is empty")
    if page.content_type in HTML_TYPES or not page.content_type and looks_like_html(text):
        return _from_text(text, url, "html", url=page.url)
    return _from_text(text, url, "markdown" if looks_like_markdown(text) else "text")


def read_stdin(stream: io.BufferedIOBase | None = None) -> str:
    """Standard input as clean text (read as bytes, decoded like a file)."""
    stream = stream or sys.stdin.buffer
    data = stream.read(MAX_STDIN_BYTES + 1)
    if len(data) > MAX_STDIN_BYTES:
        raise InputError(f"standard input: too large (the limit is {MAX_STDIN_BYTES // 2**20} MB)")
    text = clean(decode(data, "standard input"))
    if not text.strip():
        raise InputError("standard input: nothing was given")
    if not re.search(r"\w", text):
        raise InputError("standard input: no sentence found in the text")
    return text


def load(spec: str, *, timeout: float = 10.0) -> Document:
    """The article named by `spec`: ``-`` for standard input, an http(s) address,
    or a file (HTML by its suffix or its start, Markdown by its suffix, else text).
    Problems are an InputError of one line naming the input."""
    if spec == STDIN:
        text = read_stdin()
        kind = "html" if looks_like_html(text) else "markdown" if looks_like_markdown(text) else "text"
        return _from_text(text, spec, kind)
    if is_url(spec):
        return load_url(spec, timeout=timeout)
    text = read_file(spec)
    suffix = PurePath(spec).suffix.lower()
    if suffix in HTML_SUFFIXES and "<" in text or looks_like_html(text):
        return _from_text(text, spec, "html")
    return _from_text(text, spec, "markdown" if suffix in MARKDOWN_SUFFIXES else "text")


# --- saving ----------------------------------------------------------------------

def slug(text: str, limit: int = 80) -> str:
    """A file-name-safe form of `text`: lower-case words joined by hyphens."""
    words = re.findall(r"\w+", text.casefold())
    out = "-".join(words)[:limit].rstrip("-")
    return out or "article"


def saved_name(document: Document) -> str:
    """``outlet-title.md``, else a name from the input's own name."""
    if document.title:
        return slug(" ".join(x for x in (document.source, document.title) if x)) + ".md"
    stem = PurePath(re.sub(r"^https?://", "", document.path, flags=re.I).rstrip("/")).name
    return slug(" ".join(x for x in (document.source, stem if document.path != STDIN else "") if x)) + ".md"


def save(document: Document, folder: str, *, force: bool = False) -> Path:
    """Write `document` as Markdown with its metadata in front matter, in
    `folder`; `load` reads it back with the same body and metadata. An existing
    file is replaced only with `force`."""
    from .markdown_text import markdown_of

    directory = Path(folder)
    target = directory / saved_name(document)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with open(target, "w" if force else "x", encoding="utf-8") as f:
            f.write(markdown_of(document, origin=None if document.path == STDIN else document.path))
    except FileExistsError:
        raise InputError(f"{target}: already exists (use --force to replace it)") from None
    except OSError as e:
        raise InputError(f"{target}: cannot write ({e.strerror or e})") from None
    return target
