"""The reader's building blocks without a running app: wrapping, display-safe
text, search, headers, help rows, and what the interface imports at start."""
from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.model import Document, Sentence
from tui.widgets.header import header_content
from tui.widgets.people import PeopleTable, fit
from tui.widgets.pane import PaneContent
from tui.widgets.search import find_text
from tui.widgets.layout import BlockLayout
from tui.widgets.wrapping import DisplayTexts, display_text, wrap_spans

words = st.lists(st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P"]), min_size=1, max_size=30), min_size=1, max_size=40)


@given(words, st.integers(min_value=1, max_value=80))
def test_wrapped_lines_fit_and_keep_every_word(word_list, width):
    text = display_text(" ".join(word_list))
    spans = wrap_spans(text, width)
    lines = [text[a:b] for a, b in spans]
    assert all(cell_len(line) <= max(width, 2) for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())
    assert all(a < b for a, b in spans) and all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))


def test_wrap_breaks_at_spaces_and_inside_overlong_words():
    text = "The harbour reopened on Tuesday after a week"
    assert [text[a:b] for a, b in wrap_spans(text, 12)] == ["The harbour", "reopened on", "Tuesday", "after a week"]
    assert [("x" * 25)[a:b] for a, b in wrap_spans("x" * 25, 10)] == ["x" * 10, "x" * 10, "x" * 5]


def test_wrap_counts_wide_characters_as_two_cells():
    text = "港口周二重新开放了"
    spans = wrap_spans(text, 6)
    assert [text[a:b] for a, b in spans] == ["港口周", "二重新", "开放了"]


def test_display_text_drops_controls_and_bidi_overrides_but_keeps_brackets():
    assert display_text("a\x1b[2J b\x07\tc\u202e d\n e [bold]") == "a [2J b c d e [bold]"
    assert display_text("Plain words stay as they are.") == "Plain words stay as they are."


def test_find_text_is_case_insensitive_starts_at_the_cursor_and_wraps():
    texts = ["Ships left the port.", "The STRIKE began.", "A strike fund opened.", "Talks resume."]
    assert find_text(texts, "strike", 0) == 1
    assert find_text(texts, "strike", 2) == 2
    assert find_text(texts, "ships", 3) == 0
    assert find_text(texts, "  strike   fund ", 0) == 2
    assert find_text(texts, "volcano", 0) is None and find_text(texts, "   ", 0) is None


def test_pane_content_marks_and_paragraphs():
    sentences = [Sentence(0, 0, "One."), Sentence(1, 0, "“Two,” she said."), Sentence(2, 1, "Three\x1b[0m.")]
    content = PaneContent.from_sentences(sentences, quotes=[1], unmatched=[2])
    assert content.texts[2] == "Three [0m." and content.paragraphs == [0, 0, 1]
    assert content.quotes == {1} and content.unmatched == {2} and content.selectable
    raw = PaneContent.from_paragraphs(["First paragraph.", "Second."])
    assert not raw.selectable and raw.paragraphs == [0, 1]


def test_header_shows_metadata_literally():
    doc = Document("a/b/story.txt", [], title="[b]Storm[/b] hits coast", source="Gazette", date="1 June 2024", byline="By Ana Diaz")
    assert header_content(doc).plain == "[b]Storm[/b] hits coast\nGazette · 1 June 2024 · By Ana Diaz"
    bare = header_content(Document("a/b/story.txt", []))
    assert bare.plain == "story.txt\nno outlet or date in the text"


def test_header_without_title_leads_with_the_outlet_then_the_date():
    dated = Document("a/b/story.txt", [], source="Gazette", date="1 June 2024")
    assert header_content(dated).plain == "Gazette\n1 June 2024"
    undated = Document("a/b/story.txt", [], source="Gazette")
    assert header_content(undated).plain == "Gazette\nstory.txt"


def test_starting_the_interface_imports_no_analysis_or_clipboard_library():
    code = (
        "import sys, tui.cli, tui.app;"
        "heavy = [m for m in ('rapidfuzz', 'numpy', 'pyperclip', 'tui.pipeline', 'tui.alignment', 'tui.attribution') if m in sys.modules];"
        "print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


def test_people_table_cuts_long_names_and_right_aligns_counts_under_the_outlets():
    rows = [("Deputy Harbour Commissioner Ilse Varga", 2, 0), ("Ana Diaz", 12, 7)]
    table = PeopleTable.of(30, "Gazette", "Morning Post", rows)
    lines = [table.row(*row).plain for row in rows]
    heading = table.heading("Gazette", "Morning Post").plain
    assert all(len(line) == 30 for line in [*lines, heading])
    assert lines[0].startswith("Deputy Harbou… ") and lines[0].endswith("  2       0")
    assert lines[1].startswith("Ana Diaz ") and lines[1].endswith(" 12       7")
    assert heading.endswith("Gazette Mornin…")
    assert fit("Zoë", 5) == "Zoë  " and fit("長い名前です", 5) == "長い…"


paragraph_ids = st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=30).map(lambda steps: [sum(steps[:i + 1]) for i in range(len(steps))])


@given(words, paragraph_ids, st.integers(min_value=1, max_value=60), st.data())
def test_block_layout_measured_lazily_matches_wrapping_every_block(word_list, paragraphs, width, data):
    texts = [display_text(" ".join(word_list[: 1 + i % len(word_list)])) for i in range(len(paragraphs))]
    layout = BlockLayout(texts, paragraphs, width, sum(map(len, texts)))
    assert layout.height >= 0 and not layout.complete
    probe = data.draw(st.integers(min_value=0, max_value=len(texts) - 1))
    first, count = layout.block_lines(probe)  # measures only as far as that block
    assert layout.measured == probe + 1 and count == len(wrap_spans(texts[probe], width))
    assert layout.block_at(first) == probe and layout.block_at(first + count - 1) == probe
    lines = 0
    for i, text in enumerate(texts):
        lines += (i > 0 and paragraphs[i] != paragraphs[i - 1]) + len(wrap_spans(text, width))
    assert layout.block_at(lines) is None and layout.complete  # past the end: everything is measured
    assert layout.height == lines


def test_block_layout_estimates_the_unmeasured_rest_generously():
    texts = ["word " * 30] * 1000
    layout = BlockLayout(texts, list(range(1000)), 40, sum(map(len, texts)))
    layout.measure(10)
    exact = BlockLayout(texts, list(range(1000)), 40)
    exact.measure(1000)
    assert layout.measured == 10 and exact.height <= layout.height < 2 * exact.height


def test_display_texts_are_made_safe_when_read():
    texts = DisplayTexts(["plain", "bell\x07 and  spaces", "ok"])
    assert len(texts) == 3 and texts[1] == "bell and spaces" and list(texts) == ["plain", "bell and spaces", "ok"]
    assert texts[1:] == ["bell and spaces", "ok"]
