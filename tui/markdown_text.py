"""Markdown to a Document, and a Document back to Markdown.

Headings, emphasis, link targets, images, code fences and tables are not
sentence text: a link keeps its words, emphasis its letters. Front matter
(``---`` … ``---`` with ``key: value`` lines) gives the metadata; else the
first ``#`` heading is the title. Blank lines and list items bound paragraphs.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .headline import settle_title
from .model import Document
from .reading import parse_document

TITLE_KEYS = ("title", "headline")
SOURCE_KEYS = ("source", "site", "site_name", "sitename", "publisher", "outlet", "publication")
BYLINE_KEYS = ("byline", "author", "authors")
DATE_KEYS = ("date", "published", "pubdate", "date_published", "created")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")
_LIST_VALUE = re.compile(r"^[ \t]+-[ \t]+(.*)$")
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?!\d)")

_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^[ \t]{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_QUOTE_MARK = re.compile(r"^[ \t]{0,3}>[ \t]?")
_LIST_MARK = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_REFERENCE = re.compile(r"^[ \t]{0,3}\[([^\]]+)\]:[ \t]*\S+.*$")
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)

_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_PROTECT_BASE = 0xE000  # private-use characters stand for escaped ones while inlines are read
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_INLINE_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[([^\]]*)\]")
_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>", re.I)
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_EM_STAR = re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*", re.S)
_EM_UNDERSCORE = re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)", re.S)
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~", re.S)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,31});")


@dataclass
class _Blocks:
    """What the block pass finds: paragraphs (raw inline text) and headings."""

    paragraphs: list[str] = field(default_factory=list)
    headings: list[tuple[int, str]] = field(default_factory=list)
    references: set[str] = field(default_factory=set)
    current: list[str] = field(default_factory=list)

    def close(self) -> None:
        if self.current:
            self.paragraphs.append(" ".join(self.current))
            self.current = []


# --- front matter ----------------------------------------------------------------

def _scalar(value: str) -> str:
    value = value.strip()
    if value.startswith('"'):
        try:
            value = json.loads(value)
        except ValueError:
            value = value.strip('"')
    elif value.startswith("'") and value.endswith("'") and len(value) > 1:
        value = value[1:-1].replace("''", "'")
    value = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", str(value))  # wiki links: [[Name]]
    return value.strip()


def front_matter(text: str) -> tuple[dict[str, str | list[str]], str]:
    """The ``key: value`` front matter (keys lower-cased) and the text after it."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    fields: dict[str, str | list[str]] = {}
    key = None
    for line in m.group(1).split("\n"):
        if (kv := _KEY_VALUE.match(line)) is not None:
            key = kv.group(1).lower()
            raw = kv.group(2).strip()
            if raw.startswith("[") and raw.endswith("]") and not raw.startswith("[["):
                fields[key] = [_scalar(v) for v in raw[1:-1].split(",") if v.strip()]
            else:
                fields[key] = _scalar(raw) if raw else []
        elif key and (item := _LIST_VALUE.match(line)) is not None:
            values = fields.get(key)
            fields[key] = (values if isinstance(values, list) else []) + [_scalar(item.group(1))]
    return fields, text[m.end():]


def _field(fields: dict[str, str | list[str]], keys: tuple[str, ...]) -> str | None:
    """The first of `keys` given a value; a list as "A, B and C"."""
    for key in keys:
        value = fields.get(key)
        if isinstance(value, list):
            names = [v for v in value if v]
            value = " and ".join(names) if len(names) < 3 else ", ".join(names[:-1]) + " and " + names[-1]
        if value:
            return value
    return None


def _outlet(value: str | None) -> str | None:
    """An outlet name; a URL stands for its host."""
    if value and re.match(r"https?://", value, re.I):
        host = urlsplit(value).hostname
        return host.removeprefix("www.") if host else None
    return value


# --- blocks ----------------------------------------------------------------------

def _blocks(text: str) -> _Blocks:
    found = _Blocks()
    fence = None
    for raw in _HTML_COMMENT.sub("", text).split("\n"):
        if fence:
            if raw.strip().startswith(fence):
                fence = None
            continue
        if m := _FENCE.match(raw):
            found.close()
            fence = m.group(1)
            continue
        line = raw
        while _QUOTE_MARK.match(line):
            line = _QUOTE_MARK.sub("", line, count=1)
        if not line.strip():
            found.close()
        elif (m := _SETEXT.match(line)) and found.current and raw == line:
            found.headings.append((1 if m.group(1)[0] == "=" else 2, " ".join(found.current)))
            found.current = []
        elif _RULE.match(line) or _TABLE_ROW.match(line):
            found.close()
        elif m := _ATX.match(line):
            found.close()
            found.headings.append((len(m.group(1)), m.group(2) or ""))
        elif m := _REFERENCE.match(line):
            found.references.add(m.group(1).casefold())
        elif m := _LIST_MARK.match(line):
            found.close()
            found.current.append(line[m.end():].strip())
        else:
            found.current.append(line.strip().removesuffix("\\").strip())
    found.close()
    return found


# --- inlines ---------------------------------------------------------------------

def _protect(text: str) -> str:
    return _ESCAPED.sub(lambda m: chr(_PROTECT_BASE + ord(m.group(1))), text)


def _restore(text: str) -> str:
    return re.sub(r"[\ue000-\ue07f]", lambda m: chr(ord(m.group(0)) - _PROTECT_BASE), text)


def plain_inline(text: str, references: set[str] = frozenset()) -> str:
    """One paragraph's Markdown as the words a reader sees."""
    import html

    text = _protect(text)
    text = _CODE_SPAN.sub(lambda m: _protect(m.group(2).strip()), text)
    text = _IMAGE.sub("", text)
    text = _INLINE_LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = re.sub(r"\[([^\]]+)\]", lambda m: m.group(1) if m.group(1).casefold() in references else m.group(0), text)
    text = _FOOTNOTE.sub("", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    for pattern in (_STRONG, _STRIKE, _EM_STAR, _EM_UNDERSCORE):
        text = pattern.sub(lambda m: m.group(m.lastindex), text)
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    return " ".join(_restore(text).split())


# --- documents -------------------------------------------------------------------

def document_from_markdown(text: str, path: str) -> Document:
    """The article of a Markdown text: body paragraphs apart from the metadata."""
    fields, body = front_matter(text)
    blocks = _blocks(body)
    paragraphs = [p for p in (plain_inline(b, blocks.references) for b in blocks.paragraphs) if p]
    top = [plain_inline(h) for level, h in blocks.headings if level == 1]
    title = _field(fields, TITLE_KEYS) or (top[0] if top else None)
    doc = settle_title(parse_document("\n\n".join(paragraphs), path), title)
    doc.source = _outlet(_field(fields, SOURCE_KEYS)) or doc.source
    doc.byline = _field(fields, BYLINE_KEYS) or doc.byline
    if (date := _field(fields, DATE_KEYS)) and (m := _ISO_DAY.match(date)):
        doc.date = m.group(1)
    captions = fields.get("captions")
    if isinstance(captions, list):
        doc.captions = captions + [c for c in doc.captions if c not in captions]
    return doc


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#~|!&])")
_LINE_START = re.compile(r"^([-+=]|\d+(?=[.)]))")


def escape(text: str) -> str:
    """Text that reads back verbatim through `plain_inline` and the block pass."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    if m := _LINE_START.match(text):  # a list marker or a setext underline
        text = text[: m.end()] + "\\" + text[m.end():] if m.group(1)[0].isdigit() else "\\" + text
    return text


def markdown_of(document: Document, origin: str | None = None) -> str:
    """A Document as Markdown with front matter: read back by
    `document_from_markdown` with the same paragraphs and metadata."""
    meta = {"title": document.title, "source": document.source, "date": document.date,
            "byline": document.byline, "origin": origin}
    lines = ["---"]
    lines += [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items() if value]
    if document.captions:
        lines.append("captions:")
        lines += [f"  - {json.dumps(c, ensure_ascii=False)}" for c in document.captions]
    lines += ["---", ""]
    for paragraph in document.paragraphs:
        lines += [escape(" ".join(paragraph.split())), ""]
    return "\n".join(lines)
