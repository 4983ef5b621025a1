"""Exports built from a hand-made comparison: copy lines, Markdown escaping, text report."""
from __future__ import annotations

import json

import pytest

from tui.export import copy_all_quotes, copy_selection, md_escape, quoted_people, to_json, to_markdown, to_text
from tui.model import Article, Attribution, Comparison, Document, Link, Sentence


@pytest.fixture
def comparison() -> Comparison:
    left = Article(
        Document(path="l.txt", paragraphs=[], source="Herald", date="2024-05-01"),
        [
            Sentence(0, 0, "The port reopened on Tuesday."),
            Sentence(1, 1, "“We are back in business [bold]today[/bold],” Ana Ruiz said."),
            Sentence(2, 2, "Only the Herald says *this*."),
        ],
        [Attribution((1,), "We are back in business [bold]today[/bold],", "Ana Ruiz", "Ana Ruiz", None, "said", True)],
    )
    right = Article(
        Document(path="r.txt", paragraphs=[], source="Courier"),
        [
            Sentence(0, 0, "Ruiz said the port was back in business."),
            Sentence(1, 0, "The port had been shut for a week."),
        ],
        [Attribution((0,), "the port was back in business", "Ana Ruiz", "Ruiz", None, "said", False)],
    )
    return Comparison(left, right, [Link(0, 1, 0.4), Link(1, 0, 0.8)])


def test_copy_selection_quotes_both_sides_with_speaker_and_outlet(comparison):
    text = copy_selection(comparison, "left", 1)
    assert text.splitlines() == [
        "> “We are back in business [bold]today[/bold],” Ana Ruiz said. — Ana Ruiz (Herald, 2024-05-01)",
        ">",
        "> Ruiz said the port was back in business. — Ana Ruiz (Courier)",
    ]


def test_copy_selection_from_the_right_pane(comparison):
    assert copy_selection(comparison, "right", 1).splitlines()[-1] == "> The port reopened on Tuesday. (Herald, 2024-05-01)"


def test_copy_all_quotes_takes_only_pairs_with_speech(comparison):
    text = copy_all_quotes(comparison)
    assert "back in business [bold]" in text and "The port reopened" not in text


def test_quoted_people_counts_per_article(comparison):
    assert quoted_people(comparison) == [("Ana Ruiz", 1, 1)]


def test_markdown_escapes_article_text(comparison):
    md = to_markdown(comparison)
    assert r"\*this\*" in md and r"\[bold\]" in md
    assert "## Only in Herald (1)" in md and "## Who is quoted" in md


def test_md_escape_neutralises_links_html_and_headings():
    assert md_escape("# [x](http://e.com) <b>") == r"\# \[x\]\(http://e\.com\) \<b\>"


def test_text_report_lists_links_and_unmatched(comparison):
    text = to_text(comparison, width=80)
    assert "L1" in text and "↔ R0" in text and "0.80" in text
    assert "(only in Herald)" in text


def test_json_round_trips_and_keeps_text_verbatim(comparison):
    data = json.loads(json.dumps(to_json(comparison)))
    assert data["left"]["sentences"][1]["text"] == comparison.left.sentences[1].text
    assert data["alignment"] == [{"left": 0, "right": 1, "score": 0.4}, {"left": 1, "right": 0, "score": 0.8}]
    assert data["right"]["attributions"][0]["direct"] is False
