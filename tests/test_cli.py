"""The command line, run as a user runs it: output formats, errors, exit codes."""
from __future__ import annotations

import json

import pytest

from conftest import run_cli


def test_align_json_follows_the_contract():
    r = run_cli("align", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    for side in ("left", "right"):
        art = data[side]
        assert {"path", "title", "source", "sentences", "attributions"} <= art.keys()
        assert [s["id"] for s in art["sentences"]] == list(range(len(art["sentences"])))
        assert all(isinstance(s["text"], str) and s["text"] for s in art["sentences"])
    n_left, n_right = len(data["left"]["sentences"]), len(data["right"]["sentences"])
    for link in data["alignment"]:
        assert 0 <= link["left"] < n_left and 0 <= link["right"] < n_right
        assert 0.0 <= link["score"] <= 1.0


def test_align_text_is_the_default_and_names_both_sides():
    r = run_cli("align")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("L: ")
    assert "\nR: " in r.stdout and "↔ R" in r.stdout


def test_align_markdown_report(tmp_path):
    r = run_cli("align", "--markdown")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# ")
    assert "## Reported by both" in r.stdout and "## Only in " in r.stdout


def test_align_of_named_files_from_another_folder(tmp_path, sample_pair):
    r = run_cli("align", *sample_pair, "--json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["left"]["path"] == sample_pair[0]


def test_output_file_is_not_overwritten_without_force(tmp_path):
    target = tmp_path / "report.md"
    target.write_text("mine")
    r = run_cli("align", "--markdown", "-o", str(target))
    assert r.returncode == 2
    assert "already exists" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert target.read_text() == "mine"
    r = run_cli("align", "--markdown", "-o", str(target), "--force")
    assert r.returncode == 0 and target.read_text().startswith("# ")


@pytest.mark.parametrize(
    "make, expect",
    [
        (lambda d: str(d / "missing.txt"), "no such file"),
        (lambda d: str(d), "is a directory"),
        (lambda d: _write(d / "empty.txt", b""), "empty"),
        (lambda d: _write(d / "blank.txt", b"  \n\t\n"), "empty"),
        (lambda d: _write(d / "bin.dat", b"\x89PNG\x00\x00\x01\x02" * 100), "binary"),
        (lambda d: _write(d / "dots.txt", b"... --- ...\n"), "no sentence"),
    ],
    ids=["missing", "directory", "empty", "whitespace", "binary", "no-sentence"],
)
@pytest.mark.parametrize("command", [["align"], []], ids=["align", "reader"])
def test_bad_input_is_one_line_and_exit_2(tmp_path, sample_pair, make, expect, command):
    bad = make(tmp_path)
    r = run_cli(*command, bad, sample_pair[1])
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert expect in lines[0] and bad in lines[0]
    assert "Traceback" not in r.stderr and r.stdout == ""


def _write(path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_one_article_alone_is_a_usage_error(sample_pair):
    r = run_cli("align", sample_pair[0])
    assert r.returncode == 2 and "two articles" in r.stderr


def test_unknown_option_is_one_line():
    r = run_cli("align", "--nope")
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "--nope" in r.stderr


def test_version_and_help():
    from tui import __version__

    r = run_cli("--version")
    assert r.returncode == 0 and __version__ in r.stdout
    r = run_cli("--help")
    assert r.returncode == 0 and "align" in r.stdout
    r = run_cli("align", "--help")
    assert r.returncode == 0 and "--json" in r.stdout and "--markdown" in r.stdout
