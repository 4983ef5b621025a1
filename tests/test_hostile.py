"""Hostile and unusual input through the command line: encodings, control
sequences, markup, the same file twice."""
from __future__ import annotations

import json

import pytest

from conftest import run_cli

BODY = "The council approved the budget on Monday.\n\nIt will fund two new schools, the mayor said."


def _json(*paths) -> dict:
    r = run_cli("align", *map(str, paths), "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_the_same_file_twice_links_every_sentence_to_itself(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(BODY, encoding="utf-8")
    data = _json(path, path)
    n = len(data["left"]["sentences"])
    assert n == 2 and {(l["left"], l["right"]) for l in data["alignment"]} >= {(i, i) for i in range(n)}


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.replace("\n", "\r\n").encode("cp1252"),
        lambda t: t.replace("\n", "\r").encode("utf-8"),
        lambda t: t.encode("utf-16"),
        lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
    ],
    ids=["cp1252-crlf", "utf8-cr", "utf16-bom", "utf8-bom"],
)
def test_encodings_and_line_ends_give_the_same_sentences(tmp_path, encode):
    text = "Le café «Chez Zoë» a rouvert lundi.\n\nLes clients sont revenus, a dit la gérante."
    plain, odd = tmp_path / "plain.txt", tmp_path / "odd.txt"
    plain.write_text(text, encoding="utf-8")
    odd.write_bytes(encode(text))
    data = _json(plain, odd)
    assert [s["text"] for s in data["right"]["sentences"]] == [s["text"] for s in data["left"]["sentences"]]
    assert data["right"]["sentences"][0]["text"] == "Le café «Chez Zoë» a rouvert lundi."


def test_control_sequences_are_removed_and_the_rest_is_verbatim(tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "The vote\x1b[31m passed\x1b[0m on Monday.\x07\n\n"
        "Officials\x1b]52;c;cm0gLXJmIH4=\x07 cheered [bold red]loudly[/] and [@click=app.quit]left[/].",
        encoding="utf-8",
    )
    data = _json(hostile, hostile)
    texts = [s["text"] for s in data["left"]["sentences"]]
    assert texts == ["The vote passed on Monday.", "Officials cheered [bold red]loudly[/] and [@click=app.quit]left[/]."]
    r = run_cli("align", str(hostile), str(hostile))
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout
    assert "[bold red]loudly[/]" in r.stdout


def test_markdown_report_escapes_markdown_in_article_text(tmp_path):
    path = tmp_path / "md.txt"
    path.write_text("The *only* [link](http://x.test) is <b>here</b> today.\n\nMore text follows here.", encoding="utf-8")
    r = run_cli("align", str(path), str(path), "--markdown")
    assert r.returncode == 0, r.stderr
    assert r"\*only\* \[link\]\(http://x\.test\) is \<b\>here\</b\>" in r.stdout
    assert "<b>" not in r.stdout


def test_a_file_that_is_mostly_control_bytes_is_binary(tmp_path):
    path = tmp_path / "noise.bin"
    path.write_bytes(bytes(range(1, 32)) * 200)
    r = run_cli("align", str(path), str(path))
    assert r.returncode == 2 and "binary" in r.stderr and len(r.stderr.strip().splitlines()) == 1
