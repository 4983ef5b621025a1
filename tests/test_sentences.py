"""Sentence segmentation: news phenomena, the English Golden Rules, and
properties that hold for any text (verbatim pieces, nothing lost, linear time)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui import split_sentences
from tui.sentences import sentences_of

GOLDEN = json.loads((Path(__file__).parent / "data" / "golden_rules_en.json").read_text(encoding="utf-8"))


def normalised(pieces: list[str]) -> list[str]:
    return [" ".join(p.split()) for p in pieces]


def assert_verbatim_cover(text: str, pieces: list[str]) -> None:
    """Pieces are stripped, non-empty substrings of text, in order, holding
    every non-space character of it."""
    at = 0
    for piece in pieces:
        assert piece and piece == piece.strip()
        found = text.find(piece, at)
        assert found >= 0, (piece, text)
        at = found + len(piece)
    assert "".join("".join(p.split()) for p in pieces) == "".join(text.split())


# --- the English Golden Rules ---------------------------------------------------


def test_golden_rules_data_keeps_its_credit():
    assert "pySBD" in GOLDEN["about"] and "MIT" in GOLDEN["about"]
    assert len(GOLDEN["cases"]) == 48


@pytest.mark.parametrize("case", GOLDEN["cases"], ids=lambda c: f"rule{c['n']:02d}")
def test_golden_rule(case):
    got = split_sentences(case["text"])
    assert normalised(got) == normalised(case["sentences"]), case["rule"]
    assert_verbatim_cover(case["text"], got)


# --- news phenomena ---------------------------------------------------------------

PHENOMENA = {
    "titles": (
        "Gov. Maria Ortiz met Sen. Tom Hale, Rep. Ann Cole and Gen. Ray Dunn. Mrs. Hale stayed home.",
        ["Gov. Maria Ortiz met Sen. Tom Hale, Rep. Ann Cole and Gen. Ray Dunn.", "Mrs. Hale stayed home."],
    ),
    "doctor and saint": (
        "Dr. Priya Nair grew up in St. Louis. She now works in Oslo.",
        ["Dr. Priya Nair grew up in St. Louis.", "She now works in Oslo."],
    ),
    "months and numbers": (
        "The ruling came on Jan. 14 and the appeal on Dec. 2. It was case No. 47 of the year.",
        ["The ruling came on Jan. 14 and the appeal on Dec. 2.", "It was case No. 47 of the year."],
    ),
    "company suffix mid-sentence": (
        "Acme Corp. said profits rose. Orbit Inc. and Hale & Co. disagreed.",
        ["Acme Corp. said profits rose.", "Orbit Inc. and Hale & Co. disagreed."],
    ),
    "company suffix at the end": (
        "The contract went to Delta Freight Inc. It starts in spring.",
        ["The contract went to Delta Freight Inc.", "It starts in spring."],
    ),
    "junior": (
        "The speech was given by Luis Vega Jr. in a packed hall. He spoke for an hour.",
        ["The speech was given by Luis Vega Jr. in a packed hall.", "He spoke for an hour."],
    ),
    "vs etc eg ie": (
        "Fans of Rivera vs. Okafor, e.g. the younger ones, i.e. most of them, bought shirts, hats, etc. The store sold out.",
        ["Fans of Rivera vs. Okafor, e.g. the younger ones, i.e. most of them, bought shirts, hats, etc.", "The store sold out."],
    ),
    "initials": (
        "Harry S. Truman admired W.E.B. Du Bois and J.R.R. Tolkien. Few knew it.",
        ["Harry S. Truman admired W.E.B. Du Bois and J.R.R. Tolkien.", "Few knew it."],
    ),
    "US mid-sentence": (
        "The U.S. Treasury and the U.N. Security Council acted. The U.K. government did not.",
        ["The U.S. Treasury and the U.N. Security Council acted.", "The U.K. government did not."],
    ),
    "US at a sentence end": (
        "The envoy flew back to the U.S. She landed at dawn. Talks at the U.N. The agenda was short.",
        ["The envoy flew back to the U.S.", "She landed at dawn.", "Talks at the U.N.", "The agenda was short."],
    ),
    "decimals and money": (
        "Exports fell 3.2% to $1.5 billion. Imports rose 0.7 percent.",
        ["Exports fell 3.2% to $1.5 billion.", "Imports rose 0.7 percent."],
    ),
    "clock times": (
        "By 6 a.m. Tuesday the roads were closed. Rescuers left at 11 p.m. The search resumes today.",
        ["By 6 a.m. Tuesday the roads were closed.", "Rescuers left at 11 p.m.", "The search resumes today."],
    ),
    "fronted clock time": (
        "At 7 a.m. Mayor Diaz opened the bridge. Crowds cheered.",
        ["At 7 a.m. Mayor Diaz opened the bridge.", "Crowds cheered."],
    ),
    "ellipses": (
        "The minister paused... Then she resumed. He said it was ... fine.",
        ["The minister paused...", "Then she resumed.", "He said it was ... fine."],
    ),
    "email and url": (
        "Send tips to desk@news.example.org. The archive is at https://news.example.org/2024/a.b.html. It is free.",
        ["Send tips to desk@news.example.org.", "The archive is at https://news.example.org/2024/a.b.html.", "It is free."],
    ),
    "question and exclamation": (
        "Was it legal? Nobody knew! The court will decide.",
        ["Was it legal?", "Nobody knew!", "The court will decide."],
    ),
}


@pytest.mark.parametrize("text, expected", PHENOMENA.values(), ids=PHENOMENA.keys())
def test_news_phenomena(text, expected):
    got = split_sentences(text)
    assert got == expected
    assert_verbatim_cover(text, got)


QUOTATIONS = {
    "sentence ends inside the quotation": (
        "The coach told the players to “Stay calm. Trust the plan.” They won by two goals.",
        ["The coach told the players to “Stay calm.", "Trust the plan.”", "They won by two goals."],
    ),
    "comma quote then the speaker": (
        "“We will rebuild the school,” she said. “It will take a year.”",
        ["“We will rebuild the school,” she said.", "“It will take a year.”"],
    ),
    "closing quote stays with its sentence": (
        "The judge called the delay “unacceptable.” The hearing was moved.",
        ["The judge called the delay “unacceptable.”", "The hearing was moved."],
    ),
    "question in quotes then a named speaker": (
        "“Who pays for this?” Senator Alvarez asked. “Not the farmers!” Okafor replied.",
        ["“Who pays for this?” Senator Alvarez asked.", "“Not the farmers!” Okafor replied."],
    ),
    "period in quotes then a named speaker": (
        "“The count is over.” Mayor Ruiz said. “The count is over.” Mayor Ruiz said the results come Friday.",
        ["“The count is over.” Mayor Ruiz said.", "“The count is over.”", "Mayor Ruiz said the results come Friday."],
    ),
    "apostrophes and single quotes": (
        "The farmers’ union, which vowed it would ‘never give in,’ signed. Members weren’t told.",
        ["The farmers’ union, which vowed it would ‘never give in,’ signed.", "Members weren’t told."],
    ),
    "brackets inside quotes": (
        "“The panel [on water rights] met twice,” the aide (Ms. Tran) said. “It will meet again.”",
        ["“The panel [on water rights] met twice,” the aide (Ms. Tran) said.", "“It will meet again.”"],
    ),
    "straight quotes": (
        'He wrote "This is final." The board agreed. She said "No." then left.',
        ['He wrote "This is final."', "The board agreed.", 'She said "No." then left.'],
    ),
    "quotation that never closes": (
        "The mayor said “we are ready. Schools reopen Monday. Buses run as usual. Parents welcomed the news.",
        ["The mayor said “we are ready.", "Schools reopen Monday.", "Buses run as usual.", "Parents welcomed the news."],
    ),
    "closing quote without an opening one": (
        "Prices will fall,” the minister said. Analysts doubted it. Markets were calm.",
        ["Prices will fall,” the minister said.", "Analysts doubted it.", "Markets were calm."],
    ),
}


@pytest.mark.parametrize("text, expected", QUOTATIONS.values(), ids=QUOTATIONS.keys())
def test_quotations(text, expected):
    got = split_sentences(text)
    assert got == expected
    assert_verbatim_cover(text, got)


LAYOUT = {
    "heading line": (
        "Storm Update\nThe river rose overnight. Roads were closed.",
        ["Storm Update", "The river rose overnight.", "Roads were closed."],
    ),
    "bullets": (
        "What we know:\n• Three bridges closed\n• Schools shut\n\nMore news follows.",
        ["What we know:", "• Three bridges closed", "• Schools shut", "More news follows."],
    ),
    "dash bullets": (
        "- Fares rise in May\n- Night buses return",
        ["- Fares rise in May", "- Night buses return"],
    ),
    "numbered lines": (
        "1. Register online\n2) Bring an ID\n3. Vote",
        ["1. Register online", "2) Bring an ID", "3. Vote"],
    ),
    "numbered items on one line": (
        "1. Cut taxes 2. Build homes 3. Hire nurses",
        ["1. Cut taxes", "2. Build homes", "3. Hire nurses"],
    ),
    "lettered items on one line": (
        "a. The north b. The south",
        ["a. The north", "b. The south"],
    ),
    "paragraph break without final punctuation": (
        "Read more\n\nThe council met on Friday.",
        ["Read more", "The council met on Friday."],
    ),
    "wrapped line is not a heading": (
        "The council voted on Friday to close the old\nlibrary on Elm Street. Residents protested.",
        ["The council voted on Friday to close the old\nlibrary on Elm Street.", "Residents protested."],
    ),
    "wrapped line ending on a capital": (
        "Delegates from Brazil and South Africa met German Chancellor\nAnna Weber on Monday. They agreed.",
        ["Delegates from Brazil and South Africa met German Chancellor\nAnna Weber on Monday.", "They agreed."],
    ),
    "title then paragraph": (
        "Floods Hit The Valley\nRain fell for three days. Farms were flooded.",
        ["Floods Hit The Valley", "Rain fell for three days.", "Farms were flooded."],
    ),
}


@pytest.mark.parametrize("text, expected", LAYOUT.values(), ids=LAYOUT.keys())
def test_headings_and_lists(text, expected):
    got = split_sentences(text)
    assert got == expected
    assert_verbatim_cover(text, got)


def test_numbers_in_prose_do_not_make_a_list():
    text = "Round 1 went to Kim and round 2. Then 3. Officials argued 4. was void."
    assert split_sentences(text) == ["Round 1 went to Kim and round 2.", "Then 3.", "Officials argued 4. was void."]


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []


def test_sentences_of_numbers_sentences_across_paragraphs():
    paras = ["The strike ended. Trains ran again.", "“Finally,” a commuter said."]
    sents = sentences_of(paras)
    assert [(s.id, s.paragraph, s.text) for s in sents] == [
        (0, 0, "The strike ended."),
        (1, 0, "Trains ran again."),
        (2, 1, "“Finally,” a commuter said."),
    ]


# --- properties -------------------------------------------------------------------

NEWS_TOKENS = st.sampled_from(
    [
        "Mr.", "Dr.", "U.S.", "U.S.A.", "a.m.", "p.m.", "e.g.", "Inc.", "Jr.", "No.", "J.", "K.", "I.",
        "...", ". . .", ". . . .", "…", "?!", "!", "?", ".", ",", ";", ":",
        "“", "”", "‘", "’", '"', "'", "(", ")", "[", "]", "[...]", "«", "»",
        "•", "-", "1.", "2.", "1)", "a.", "b.", "2.)", "⁃",
        "The", "the", "She", "said", "Smith", "$1.5", "3.2%", "x@y.com", "http://a.b/c.d",
        " ", " ", "  ", "\n", "\n\n", "\t", "\x00", "\x1b", "\u2028", "\u00a0",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_unicode_text_is_covered_verbatim(text):
    assert_verbatim_cover(text, split_sentences(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(NEWS_TOKENS, max_size=60).map(" ".join))
def test_news_like_token_soup_is_covered_verbatim(text):
    assert_verbatim_cover(text, split_sentences(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(NEWS_TOKENS, max_size=80).map("".join))
def test_glued_tokens_are_covered_verbatim(text):
    assert_verbatim_cover(text, split_sentences(text))


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["a", "word ", "“", "(", ".", ". ", "!)", "• ", "1. ", "U.S. ", "\n", "Mr. "]),
       st.integers(min_value=1, max_value=3000))
def test_long_runs_are_covered_verbatim(unit, count):
    text = unit * count
    assert_verbatim_cover(text, split_sentences(text))


def test_adversarial_runs_are_covered_verbatim():
    """Long runs of dots, spaced dots, closers or bullets (their timing is in
    benchmarks/splitting.py)."""
    n = 200_000
    texts = [
        "." * n + "x",
        ". " * n + "x",
        "!" + ")" * n + "x",
        "a" * n,
        "• a " * (n // 4),
        "Head line\n" * (n // 10),
        "at 5 a.m. Mr. " * (n // 14),
        "1. a " + " ".join(f"{i}. b" for i in range(2, 1000)) * 20,
    ]
    for text in texts:
        assert_verbatim_cover(text, split_sentences(text))
