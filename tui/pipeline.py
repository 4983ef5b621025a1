"""From two documents to a Comparison: the whole analysis in one call."""
from __future__ import annotations

from .alignment import align
from .attribution import attribute
from .model import Article, Comparison, Document
from .reading import InputError, load_document
from .sentences import sentences_of


def analyse(document: Document) -> Article:
    sentences = sentences_of(document.paragraphs)
    if not sentences:
        raise InputError(f"{document.path}: no sentence found in the text")
    return Article(document=document, sentences=sentences, attributions=attribute(sentences))


def compare_documents(left: Document, right: Document) -> Comparison:
    a, b = analyse(left), analyse(right)
    body = lambda article: [s for s in article.sentences if s.kind == "body"]
    return Comparison(left=a, right=b, links=align(body(a), body(b)))


def compare_files(left: str, right: str) -> Comparison:
    return compare_documents(load_document(left), load_document(right))

