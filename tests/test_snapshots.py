"""Snapshots of the reader on a fixed hand-made comparison (regenerate with --snapshot-update)."""
from __future__ import annotations

from app_fixtures import comparison, documents
from tui.app import NewsReaderApp


def reader() -> NewsReaderApp:
    left, right = documents()
    return NewsReaderApp(left, right, comparison=comparison())


def test_main_screen_120x35(snap_compare):
    assert snap_compare(reader(), press=["j", "j"], terminal_size=(120, 35))


def test_main_screen_80x24(snap_compare):
    assert snap_compare(reader(), press=["G"], terminal_size=(80, 24))


def test_help_screen(snap_compare):
    assert snap_compare(reader(), press=["question_mark"], terminal_size=(120, 35))


def test_tiny_terminal_40x10(snap_compare):
    assert snap_compare(reader(), press=["n"], terminal_size=(40, 10))
