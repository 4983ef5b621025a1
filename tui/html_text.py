"""A web page to a Document: the article body and its metadata, by trafilatura.

trafilatura finds the main text of a page (leaving out navigation, comments,
share widgets and "related stories") and reads the title, author, date and
site name from the page's metadata. It is imported here, on first use, so that
opening plain-text files never pays for it.
"""
from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

from .headline import same_text, settle_title
from .model import Document
from .reading import InputError, clean, parse_document, source_from_name

_BLOCKS = {"p", "item", "quote", "list", "div", "cell", "row"}
_CAPTION_XPATH = "//figcaption | //*[contains(@class, 'caption')][not(ancestor::figcaption)]"
_MAX_CAPTION = 400
_LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")


def _quiet_libraries() -> None:
    """Keep the libraries' warnings off stderr: input problems are told in one line."""
    for name in _LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


def _one_line(text: str) -> str:
    return " ".join(clean(text).split())


def _paragraphs(element) -> list[str]:
    """Body paragraphs in reading order from trafilatura's tree: headings and
    tables left out, each list item its own paragraph."""
    out: list[str] = []
    for child in element:
        if child.tag in ("head", "table", "graphic", "code", "fw"):
            continue
        if child.tag in _BLOCKS and any(c.tag in _BLOCKS for c in child):
            if child.text and child.text.strip():
                out.append(_one_line(child.text))
            out.extend(_paragraphs(child))
        else:
            text = _one_line("".join(child.itertext()))
            if text:
                out.append(text)
        if child.tail and child.tail.strip():
            out.append(_one_line(child.tail))
    return out


def _page_tree(html: str):
    """The parsed page, for what trafilatura does not report; None if unparsable."""
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


def _captions(tree) -> list[str]:
    """Picture captions of the page (figcaption, elements of a *caption* class)."""
    found: list[str] = []
    for node in tree.xpath(_CAPTION_XPATH) if tree is not None else ():
        text = _one_line(node.text_content())
        if text and len(text) <= _MAX_CAPTION and text not in found:
            found.append(text)
    return found


def _outlet_in_title_tag(tree, title: str | None) -> str | None:
    """The outlet that a page's <title> adds after its headline:
    "Headline | Outlet", "Headline - Outlet"."""
    heads = tree.xpath("//head/title") if tree is not None and title else []
    if not heads:
        return None
    full = _one_line(heads[0].text_content())
    m = re.fullmatch(r"(.+?)\s+[|\-–—·:]\s+([^|\-–—·:]{2,60})", full)
    if m and same_text(m.group(1), title):
        return m.group(2).strip()
    return None


def _byline(author: str | None) -> str | None:
    """trafilatura's "A; B; C" as "A, B and C"."""
    if not author:
        return None
    names = [n.strip() for n in author.split(";") if n.strip()]
    if len(names) < 2:
        return _one_line(author)
    return _one_line(", ".join(names[:-1]) + " and " + names[-1])


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _extract(html: str, url: str | None):
    import trafilatura

    _quiet_libraries()
    common = dict(url=url, with_metadata=True, include_comments=False, include_tables=False,
                  include_images=False, include_formatting=False, include_links=False)
    try:
        result = trafilatura.bare_extraction(html, **common)
        if result is None or not (result.text or "").strip():
            result = trafilatura.bare_extraction(html, favor_recall=True, **common)
    except Exception as e:  # the library's parser failing on a broken page
        raise InputError(f"cannot read the page ({type(e).__name__})") from None
    return result


def document_from_html(html: str, path: str, url: str | None = None) -> Document:
    """The article of a web page: body paragraphs apart from title, outlet,
    byline, date and captions. `path` names the input; `url` is where the page
    came from, if it came from the web."""
    result = _extract(html, url)
    if result is None or not (result.text or "").strip():
        raise InputError(f"{path}: no article text found in the page")
    title = _one_line(result.title) if result.title else None
    tree = _page_tree(html)
    captions = _captions(tree)
    paragraphs = [p for p in _paragraphs(result.body) if p not in captions]
    doc = settle_title(parse_document("\n\n".join(paragraphs), path), title)
    if not doc.paragraphs:
        raise InputError(f"{path}: no article text found in the page")
    dateline_outlet = doc.source if doc.source != source_from_name(path) else None
    fallback = _host(url) if url else source_from_name(path)
    sitename = _one_line(result.sitename) if result.sitename else None
    doc.source = sitename or _outlet_in_title_tag(tree, title) or dateline_outlet or fallback
    doc.byline = _byline(result.author) or doc.byline
    doc.date = result.date or doc.date
    doc.captions = captions + [c for c in doc.captions if c not in captions]
    return doc
