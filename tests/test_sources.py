"""Opening what people have: saved web pages, Markdown, standard input; the
body a reader would take, metadata apart, and saving for offline reading."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from tui.headline import settle_title
from tui.markdown_text import document_from_markdown, escape, front_matter, plain_inline
from tui.model import Document
from tui.reading import InputError
from tui.sentences import sentences_of
from tui.sources import load, looks_like_html, save

FIXTURES = Path(__file__).parent / "fixtures"
MARKUP = set("*_#[]<>|`~")

LEDGER_BODY = [
    "Engineers in Port Alder closed the city's new storm-surge barrier for the first time on Thursday, "
    "hours before a spring tide was due to meet gale-force winds.",
    "The two steel gates, each as tall as a five-storey building, took forty minutes to swing across the mouth of the estuary.",
    '"Tonight the barrier does the job it was built for," the harbour master, Tomas Verhoeven, told reporters on the quayside.',
    '"Nobody in the old town needs to move their car."',
    "The barrier cost 410 million euros and was finished two years late.",
    "Residents of the lower streets, which flooded three times last winter, watched from the sea wall as the gates locked into place.",
    "The city council said the gates would open again at noon on Friday, once the tide had turned.",
]
GAZETTE_BODY = [
    "A fire tore through the east wing of Kelby's covered market late on Friday, destroying at least twelve stalls.",
    "Nobody was hurt, the fire service said, but traders who had stored stock overnight lost everything.",
    '"I have sold cheese here for thirty years and tonight it is all gone," said stallholder Agnes Whitlow.',
    "The cause of the fire is not yet known.",
    "Investigators are due at the site on Saturday morning.",
]


def _sentences(doc: Document) -> list[str]:
    return [s.text for s in sentences_of(doc.paragraphs)]


# --- saved web pages ---------------------------------------------------------------

def test_news_page_gives_the_body_a_reader_would_take():
    doc = load(str(FIXTURES / "ledger-flood-barrier.html"))
    assert _sentences(doc) == LEDGER_BODY
    assert len(doc.paragraphs) == 6  # paragraph boundaries kept
    assert doc.title == "Harbour city closes its new flood barrier for the first time"
    assert (doc.source, doc.byline, doc.date) == ("The Coastal Ledger", "Mira Okafor", "2024-11-07")
    assert doc.captions == ["The barrier's twin steel gates swung shut at dawn on Thursday."]


@pytest.mark.parametrize(
    "not_body",
    ["Sport", "Share on", "Copy link", "Read more", "budget doubled", "Related stories", "Spring tides",
     "Comments", "cellar flooded", "harbourwatcher", "Subscribe today", "Advertisement", "All rights reserved",
     "swung shut at dawn", "Environment correspondent"],
)
def test_page_furniture_is_not_body_text(not_body):
    doc = load(str(FIXTURES / "ledger-flood-barrier.html"))
    assert not any(not_body in p for p in doc.paragraphs)


def test_page_with_metadata_in_json_ld():
    doc = load(str(FIXTURES / "tidewater-barrier.html"))
    assert (doc.title, doc.source, doc.byline, doc.date) == (
        "Port Alder shuts storm gates as spring tide looms", "Tidewater Post", "Jonas Lindqvist", "2024-11-07")
    assert doc.paragraphs[-1] == "The gates are due to reopen on Friday afternoon."
    assert not any("Photo:" in p or "Ferry timetable" in p or "Facebook" in p for p in doc.paragraphs)


def test_page_without_metadata_tags_uses_its_lead_lines_and_title_element():
    doc = load(str(FIXTURES / "gazette-market-fire.html"))
    assert _sentences(doc) == GAZETTE_BODY
    assert doc.title == "Fire destroys stalls at the old covered market"
    assert (doc.source, doc.byline, doc.date) == ("Valley Gazette", "Ruth Abernethy", "2025-03-14")
    assert doc.captions == ["Firefighters at the east entrance of the market on Friday night."]


@pytest.mark.parametrize("name", ["saved-page.txt", "saved page"])
def test_html_is_recognised_by_its_content(tmp_path, name):
    target = tmp_path / name
    shutil.copy(FIXTURES / "gazette-market-fire.html", target)
    assert _sentences(load(str(target))) == GAZETTE_BODY


@pytest.mark.parametrize(
    "start, html",
    [("<!DOCTYPE html>\n<html>", True), ("  <!-- saved -->\n<html lang='en'>", True),
     ("<?xml version='1.0'?><!doctype html>", True), ("The <html> element starts a page.", False)],
)
def test_looks_like_html(start, html):
    assert looks_like_html(start + " ...") is html


def test_a_page_without_an_article_is_a_one_line_error(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(InputError, match=r"empty\.html: no article text found"):
        load(str(page))
    r = run_cli("align", str(page), str(FIXTURES / "tidewater-barrier.html"))
    assert r.returncode == 2 and r.stderr == f"newsreader: {page}: no article text found in the page\n"


def test_text_saved_with_an_html_suffix_is_read_as_text(tmp_path):
    page = tmp_path / "note.html"
    page.write_text("The ferry left at noon. It was full.")
    assert load(str(page)).paragraphs == ["The ferry left at noon. It was full."]


def test_the_repeated_title_is_not_a_body_paragraph():
    doc = settle_title(Document("x", ["Ferries cancelled as storm nears", "All ferries were cancelled on Monday."]),
                       "Ferries cancelled as storm nears")
    assert doc.paragraphs == ["All ferries were cancelled on Monday."]
    doc = Document("x", ["All ferries were cancelled on Monday."], title="Ferry services")
    assert settle_title(doc, "Ferries cancelled as storm nears").paragraphs == ["Ferry services", "All ferries were cancelled on Monday."]


# --- Markdown -------------------------------------------------------------------------

def test_markdown_fixture_gives_plain_sentences_and_front_matter():
    doc = load(str(FIXTURES / "ledger-flood-barrier.md"))
    assert (doc.title, doc.source, doc.byline, doc.date) == (
        "Harbour city closes its new flood barrier for the first time", "The Coastal Ledger", "Mira Okafor", "2024-11-07")
    assert _sentences(doc) == [
        "Engineers in Port Alder closed the city's new storm-surge barrier for the first time on Thursday, "
        "hours before a spring tide was due to meet gale-force winds.",
        "The two steel gates, each as tall as a five-storey building, took forty minutes to swing across the mouth of the estuary.",
        '"Tonight the barrier does the job it was built for," the harbour master, Tomas Verhoeven, told reporters on the quayside.',
        "The barrier cost 410 million euros.",
        "It was finished two years late.",
        "The city council said the gates would open again at noon on Friday once the tide had turned.",
    ]
    assert [s.paragraph for s in sentences_of(doc.paragraphs)] == [0, 1, 2, 3, 4, 5]
    assert not any(MARKUP & set(s) for s in _sentences(doc))


def test_markdown_title_from_the_first_heading(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("Saved from the web\n\n# Council *approves* new tram line\n\nBy Lena Hart\n\n"
                    "The council approved the line on Tuesday.\n\n## Costs\n\nIt will cost 90 million.\n")
    doc = load(str(path))
    assert doc.title == "Council approves new tram line" and doc.byline == "Lena Hart"
    assert doc.paragraphs == ["Saved from the web", "The council approved the line on Tuesday.", "It will cost 90 million."]


@pytest.mark.parametrize(
    "markdown, text",
    [
        ("The **mayor** said _no_ and *left*.", "The mayor said no and left."),
        ("Read [the report](https://x.example/r \"Report\") today.", "Read the report today."),
        ("See [the ruling][1] and [the appeal].", "See the ruling and the appeal."),
        ("Prices rose [by 4%] in May.", "Prices rose [by 4%] in May."),
        ("A photo ![crowd](c.jpg) was taken.", "A photo was taken."),
        ("Type `ls -l` and 5 \\* 3 \\_x\\_.", "Type ls -l and 5 * 3 _x_."),
        ("Rates at <b>snake_case</b> &amp; co.", "Rates at snake_case & co."),
        ("Visit <https://x.example/> now[^1].", "Visit https://x.example/ now."),
    ],
)
def test_markdown_inlines(markdown, text):
    assert plain_inline(markdown, references={"the appeal"}) == text


def test_markdown_blocks_quotes_lists_code_and_tables(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("# Tram line approved\n\n> \"We waited ten years,\" said one resident.\n> She smiled.\n\n"
                    "1. The line opens in 2027.\n2. It has nine stops.\n\n```\nprint('not text')\n```\n\n"
                    "| a | b |\n|---|---|\n| 1 | 2 |\n\n---\n\nWork starts in June.\n\n[1]: https://x.example/\n")
    assert load(str(path)).paragraphs == [
        "\"We waited ten years,\" said one resident. She smiled.",
        "The line opens in 2027.", "It has nine stops.", "Work starts in June.",
    ]


def test_front_matter_values():
    fields, rest = front_matter('---\ntitle: "Tram: the vote"\nauthor:\n  - "[[Lena Hart]]"\n  - Omar Reyes\n'
                                "tags: [local, transport]\npublished: 2025-02-01T09:00\n---\nBody.\n")
    assert fields == {"title": "Tram: the vote", "author": ["Lena Hart", "Omar Reyes"],
                      "tags": ["local", "transport"], "published": "2025-02-01T09:00"}
    assert rest == "Body.\n"
    doc = document_from_markdown('---\nauthor: [Lena Hart, Omar Reyes]\npublished: 2025-02-01T09:00\n'
                                 'source: "https://www.citynews.example/tram"\n---\nThe vote passed.\n', "clip.md")
    assert (doc.byline, doc.date, doc.source) == ("Lena Hart and Omar Reyes", "2025-02-01", "citynews.example")


@pytest.mark.parametrize("text", ["1. Not a list * but _this_ [and] <that> `code` # | ~ \\ &amp;", "- dash", "=== rule",
                                  "> not a quote", "---"])
def test_escaped_text_reads_back_verbatim(tmp_path, text):
    path = tmp_path / "escaped.md"
    path.write_text(f"# Title here\n\n{escape(text)}\n")
    assert load(str(path)).paragraphs == [text]


# --- standard input -------------------------------------------------------------------

def _json_of(*args: str, stdin: str | None = None) -> dict:
    r = run_cli("align", *args, "--json", stdin=stdin)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


@pytest.mark.parametrize("fixture", ["gazette-market-fire.html", "ledger-flood-barrier.md"])
def test_stdin_gives_the_same_article_as_the_file(fixture):
    other = str(FIXTURES / "tidewater-barrier.html")
    from_file = _json_of(str(FIXTURES / fixture), other)["left"]
    from_stdin = _json_of("-", other, stdin=(FIXTURES / fixture).read_text())["left"]
    assert from_stdin["path"] == "-"
    assert from_stdin["sentences"] == from_file["sentences"]
    assert (from_stdin["title"], from_stdin["byline"], from_stdin["date"]) == (
        from_file["title"], from_file["byline"], from_file["date"])


def test_stdin_plain_text_and_errors():
    data = _json_of(str(FIXTURES / "tidewater-barrier.html"), "-",
                    stdin="Ferry services resumed on Monday.\nThe harbour reopened at noon.\n")
    assert [s["text"] for s in data["right"]["sentences"]] == ["Ferry services resumed on Monday.", "The harbour reopened at noon."]
    r = run_cli("align", "-", str(FIXTURES / "tidewater-barrier.html"), stdin="  \n")
    assert r.returncode == 2 and r.stderr.strip() == "newsreader: standard input: nothing was given"
    r = run_cli("align", "-", "-", stdin="Text.")
    assert r.returncode == 2 and "only one of the two" in r.stderr


# --- command line: metadata, saving, start-up ------------------------------------------

def test_align_of_two_pages_carries_their_metadata():
    r = run_cli("align", str(FIXTURES / "ledger-flood-barrier.html"), str(FIXTURES / "tidewater-barrier.html"), "--markdown")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# The Coastal Ledger and Tidewater Post")
    assert "Mira Okafor" in r.stdout and "2024\\-11\\-07" in r.stdout


def test_save_writes_articles_that_read_back_offline(tmp_path):
    pages = [str(FIXTURES / "ledger-flood-barrier.html"), str(FIXTURES / "gazette-market-fire.html")]
    online = _json_of(*pages, "--save", str(tmp_path / "saved"))
    saved = sorted((tmp_path / "saved").iterdir())
    assert [p.name for p in saved] == ["the-coastal-ledger-harbour-city-closes-its-new-flood-barrier-for-the-first-time.md",
                                       "valley-gazette-fire-destroys-stalls-at-the-old-covered-market.md"]
    offline = _json_of(str(saved[0]), str(saved[1]))
    for side in ("left", "right"):
        for key in ("title", "source", "date", "byline", "captions", "sentences"):
            assert offline[side][key] == online[side][key], (side, key)


def test_save_does_not_overwrite_without_force(tmp_path):
    pages = [str(FIXTURES / "ledger-flood-barrier.html"), str(FIXTURES / "tidewater-barrier.html")]
    _json_of(*pages, "--save", str(tmp_path))
    target = next(tmp_path.glob("tidewater-post-*.md"))
    target.write_text("mine")
    r = run_cli("align", *pages, "--save", str(tmp_path))
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip().count("\n") == 0 and "already exists" in r.stderr and "--force" in r.stderr
    assert target.read_text() == "mine"
    _json_of(*pages, "--save", str(tmp_path), "--force")
    assert target.read_text().startswith("---\ntitle: ")


def test_save_of_unnamed_input(tmp_path):
    doc = Document("-", ["A short note about the weather."])
    assert save(doc, str(tmp_path)).name == "article.md"
    with pytest.raises(InputError, match="already exists"):
        save(doc, str(tmp_path))


@pytest.mark.parametrize("value", ["0", "-1", "soon"])
def test_bad_timeout_is_a_usage_error(value, sample_pair):
    r = run_cli("align", *sample_pair, "--timeout", value)
    assert r.returncode == 2 and "--timeout" in r.stderr and r.stderr.strip().count("\n") == 0


def test_text_files_do_not_load_the_web_machinery(sample_pair):
    heavy = ["trafilatura", "lxml", "urllib.request", "http.client", "ssl", "tui.html_text", "tui.fetch"]
    code = (
        "import sys, io, contextlib\n"
        "from tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['align', {sample_pair[0]!r}, {sample_pair[1]!r}, '--json']) == 0\n"
        f"print([m for m in {heavy!r} if m in sys.modules])\n"
        f"main(['align', {str(FIXTURES / 'tidewater-barrier.html')!r}, {sample_pair[1]!r}, '-o', '/dev/null', '--force'])\n"
        f"print([m for m in {heavy!r} if m in sys.modules])\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    before, after = r.stdout.splitlines()
    assert before == "[]"
    assert "trafilatura" in after and "tui.html_text" in after
