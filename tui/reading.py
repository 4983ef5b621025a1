"""Reading an article file: bytes to clean text, metadata apart from the body.

The text of a file is untrusted: terminal control sequences and other control
characters are removed here, once, so nothing downstream can pass them on.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path, PurePath

from .model import Document

MAX_BYTES = 50 * 1024 * 1024
"""Files above this size are refused with a clear error (see README)."""


class InputError(Exception):
    """A problem with the user's input, told in one line."""


# --- bytes to text -----------------------------------------------------------

_ANSI = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC … BEL / ST (clipboard writes, titles)
    r"|\x1b[P^_][^\x1b]*(?:\x1b\\)?"  # DCS, PM, APC strings
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI (colours, cursor moves)
    r"|\x1b[ -/]*[0-~]?"  # other escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters but newline and tab."""
    if "\x1b" in text or "\x9b" in text:
        text = _ANSI.sub("", text)
    return _CONTROL.sub("", text)


def decode(data: bytes, name: str = "input") -> str:
    """Decode article bytes: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252/latin-1.

    Raises InputError for binary data.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16").lstrip("\ufeff")
        except UnicodeDecodeError:
            raise InputError(f"{name}: not valid UTF-16 text") from None
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    sample = text[:65536]
    if sample:
        odd = sum(1 for c in sample if (c < " " and c not in "\n\r\t\f\x1b") or "\x7f" <= c <= "\x9f")
        if odd / len(sample) > 0.05:
            raise InputError(f"{name}: looks like a binary file, not text")
    return text


def clean(text: str) -> str:
    """Normalise line ends and Unicode (NFC), drop control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return unicodedata.normalize("NFC", strip_controls(text))


def read_file(path: str) -> str:
    """The clean text of an article file, or InputError saying what is wrong."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{path}: is a directory, not an article file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: too large ({size / 2**20:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    text = clean(decode(data, path))
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    if not re.search(r"\w", text):
        raise InputError(f"{path}: no sentence found in the text")
    return text


# --- text to document --------------------------------------------------------

_MONTHS = "january february march april may june july august september october november december".split()
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?"
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_US_DATE = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
_UK_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\s+(\d{{4}})\b", re.I)

_METADATA_LINE = re.compile(
    rf"""^\s*(?:
        date\s+\d{{4}}-\d{{2}}-\d{{2}}
      | \d{{4}}-\d{{2}}-\d{{2}}(?:[T\s]\d{{2}}:\d{{2}}\S*)?\s*$
      | (?:published|updated|posted|last\s+updated|first\s+published|modified)\b
      | (?:written\s+)?by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,3}}(?:[,;]|\s+and\b|\s+in\b|\s*$)
      | {_DAY}\s+{_MONTH}\s+\d{{1,2}}
      | {_DAY}\s+\d{{1,2}}\s+{_MONTH}\s+\d{{4}}
      | {_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b(?=[^.!?]{{0,80}}$)
      | \d{{1,2}}\s+{_MONTH}\s+\d{{4}}\b(?=[^.!?]{{0,80}}$)
      | \d+\s+min(?:ute)?s?\s+read\s*$
    )""",
    re.I | re.X,
)
_CAPTION = re.compile(
    r"^\s*(?:(?:image|photo|picture|video|media)\s*(?:source|caption|credit)s?\b"
    r"|(?:caption|credit|photograph|photo|image)\s*:"
    r"|(?:getty|afp|reuters|ap)\s+images?\s*$)",
    re.I,
)
_BYLINE = re.compile(r"\b(?:written\s+)?by\s+([A-Z][^\n]*?)\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:[ ,]+[\w.'’-]+){0,5}\s*)?\(([A-Z][A-Za-z&. ]{0,20}[A-Za-z])\)\s*[—–-]+\s+(?=\S)"
)
"""A wire dateline before the first sentence: ``LONDON (Reuters) -``, ``Washington (CNN) —``."""
_ROLE_BYLINE = re.compile(
    r"^(?:By\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},?(?:\s+[\w-]+){0,3}\s+"
    r"(?i:correspondent|editor|reporter|writer|journalist|columnist|staff|contributor)\s*$"
)
"""A byline with a role and no "by": ``Jane Roe Environment correspondent``."""
_CREDIT_END = re.compile(
    r"(?:\b(?:Photograph|Photo|Image|Illustration)\s*:\s*[^.!?]{1,60}"
    r"|\s[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}/[A-Z][\w&. -]{1,30})$"
)
"""A photo credit closing a caption: ``… on Wednesday. Ana Lima/Reuters``, ``Photograph: X/PA``."""
_FOOTER = re.compile(r"^\((?:additional\s+)?(?:reporting|writing|editing|compiled|research)\b[^()]*\)$", re.I)
"""An agency footer: ``(Reporting by …; Editing by …)``."""
_LEAD_LINES = 8
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_BULLET_LINE = re.compile(r"^\s*(?:[•◦▪▫‣⁃∙●○■□►▸➢➤]|[*\-–][ \t])")
"""A line that starts a list item: it starts a paragraph of its own."""


def _iso(text: str) -> str | None:
    if m := _ISO_DATE.search(text):
        return m.group(0)
    for pattern, order in ((_US_DATE, "mdy"), (_UK_DATE, "dmy")):
        if m := pattern.search(text):
            parts = dict(zip(order, m.groups()))
            month = next((i for i, name in enumerate(_MONTHS, 1) if name.startswith(parts["m"].lower().rstrip(".")[:3])), None)
            if month:
                return f"{int(parts['y']):04d}-{month:02d}-{int(parts['d']):02d}"
    return None


def _is_metadata(line: str) -> bool:
    return len(line) < 300 and bool(_METADATA_LINE.match(line) or _ROLE_BYLINE.match(line))


def _is_caption(line: str) -> bool:
    return len(line) < 400 and bool(_CAPTION.match(line) or _CREDIT_END.search(line))


def _looks_like_title(para: str, rest: list[str]) -> bool:
    return (
        "\n" not in para.strip()
        and len(para) <= 200
        and not _SENTENCE_END.search(para)
        and bool(rest)
    )


def source_from_name(path: str) -> str | None:
    """An outlet guessed from a file name such as ``cnn-story.txt`` or ``guardian_2023.html``."""
    stem = PurePath(path).stem
    tokens = re.split(r"[-_. ]+", stem)
    if len(tokens) < 2 or not re.fullmatch(r"[A-Za-z]{2,12}", tokens[0]):
        return None
    word = tokens[0]
    return word.upper() if len(word) <= 4 else word.capitalize()


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs: blocks between blank lines; inside a block, a line that ends
    a sentence or is a heading also ends its paragraph (text saved with one
    paragraph per line)."""
    out: list[str] = []
    for block in _BLANK_LINE.split(text):
        if "\n" not in block:
            if block.strip():
                out.append(block.strip())
            continue
        from .sentences import is_heading  # only multi-line blocks need the sentence rules

        current: list[str] = []
        start = 0
        for line in block.split("\n"):
            end = start + len(line)
            if line.strip():
                if current and _BULLET_LINE.match(line):
                    out.append(" ".join(current))
                    current = []
                current.append(line.strip())
                if _SENTENCE_END.search(line) or is_heading(block, start, end):
                    out.append(" ".join(current))
                    current = []
            start = end + 1
        if current:
            out.append(" ".join(current))
    return out


def parse_document(text: str, path: str) -> Document:
    """Split clean article text into metadata (title, dateline, byline,
    captions) and body paragraphs."""
    paras = paragraphs_of(text)
    doc = Document(path=path, paragraphs=[], source=source_from_name(path))
    meta: list[str] = []
    body: list[str] = []
    for i, para in enumerate(paras):
        lead = i < _LEAD_LINES and not body
        if _is_caption(para):
            doc.captions.append(para)
        elif _FOOTER.match(para):
            doc.notes.append(para)
        elif lead and _is_metadata(para):
            meta.append(para)
        elif lead and doc.title is None and not meta and _looks_like_title(para, paras[i + 1 :]):
            doc.title = para.lstrip("# ").strip()
        else:
            body.append(para)
    for line in meta:
        doc.date = doc.date or _iso(line)
        if doc.byline is None and (m := _BYLINE.search(line) or _ROLE_BYLINE.match(line)):
            doc.byline = m.group(1) if m.re is _BYLINE else m.group(0).removeprefix("By ")
    if body and (m := _DATELINE.match(body[0])):
        doc.dateline = m.group(0).strip()
        doc.source = m.group(1)
        body[0] = body[0][m.end() :]
    doc.paragraphs = body
    return doc


def load_document(path: str) -> Document:
    return parse_document(read_file(path), path)
