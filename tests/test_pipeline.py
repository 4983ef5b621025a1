"""The whole analysis on any input: never raises, ids consistent, no Textual import."""
from __future__ import annotations

import subprocess
import sys

from hypothesis import HealthCheck, given, settings, strategies as st

from tui.model import Document
from tui.pipeline import analyse, compare_documents
from tui.reading import InputError, clean, paragraphs_of

news_chars = st.sampled_from(list("abcdefghij ABCDEF  .,;:!?\"'“”‘’«»()[]-—…$%0123456789\n\u00a0\u200b東é"))
texts = st.one_of(st.text(max_size=400), st.text(news_chars, max_size=400))


def _doc(text: str, name: str) -> Document:
    return Document(path=name, paragraphs=paragraphs_of(clean(text)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, texts)
def test_pipeline_never_raises_and_ids_are_consistent(a, b):
    try:
        comp = compare_documents(_doc(a, "a.txt"), _doc(b, "b.txt"))
    except InputError:
        return  # a text with no sentence is refused with a message, not a crash
    for art in (comp.left, comp.right):
        assert [s.id for s in art.sentences] == list(range(len(art.sentences)))
        for att in art.attributions:
            assert att.sentences and all(0 <= i < len(art.sentences) for i in att.sentences)
    for link in comp.links:
        assert 0 <= link.left < len(comp.left.sentences)
        assert 0 <= link.right < len(comp.right.sentences)
        assert 0.0 <= link.score <= 1.0


def test_same_text_twice_links_every_sentence_to_itself():
    doc = _doc(
        "The mayor opened the new bridge on Monday. Thousands of people crossed it on foot.\n\n"
        "“It took ten years,” the mayor said. Traffic will be allowed from June.",
        "same.txt",
    )
    comp = compare_documents(doc, doc)
    n = len(comp.left.sentences)
    assert n >= 3
    for i in range(n):
        assert i in comp.counterpart_ids("left", i)


def test_a_document_without_sentences_is_an_input_error():
    import pytest

    with pytest.raises(InputError, match="no sentence"):
        analyse(Document(path="void.txt", paragraphs=[]))


def test_the_analysis_does_not_import_textual():
    code = (
        "import sys\n"
        "from tui.pipeline import compare_files\n"
        "from tui.export import to_json, to_markdown, to_text\n"
        "from tui.resources import sample_paths\n"
        "c = compare_files(*sample_paths()); to_json(c); to_text(c); to_markdown(c)\n"
        "assert not any(m == 'textual' or m.startswith('textual.') for m in sys.modules), 'textual imported'\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def test_subheadings_are_shown_but_never_linked_or_counted_as_unmatched():
    text = (
        "The orchestra played its last concert on Sunday.\n\n"
        "A farewell tour\n\n"
        "The conductor thanked the audience after the concert."
    )
    doc = _doc(text, "h.txt")
    comp = compare_documents(doc, doc)
    kinds = [s.kind for s in comp.left.sentences]
    assert kinds == ["body", "heading", "body"]
    assert comp.counterpart_ids("left", 1) == [] and 1 not in comp.unmatched("left")
    assert comp.counterpart_ids("left", 0) and comp.counterpart_ids("left", 2)


def test_list_items_are_paragraphs_without_their_bullets():
    text = "What we know so far:\n• The bridge is closed.\n• Ferries run every hour.\n- Buses are free."
    doc = _doc(text, "l.txt")
    comp = compare_documents(doc, doc)
    assert [s.text for s in comp.left.sentences] == [
        "What we know so far:", "The bridge is closed.", "Ferries run every hour.", "Buses are free."]
    assert [s.paragraph for s in comp.left.sentences] == [0, 1, 2, 3]
