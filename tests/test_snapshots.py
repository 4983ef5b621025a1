"""Snapshots of the reader on a fixed hand-made comparison (regenerate with --snapshot-update)."""
from __future__ import annotations

from app_fixtures import comparison, documents
from tui.app import NewsReaderApp


def reader() -> NewsReaderApp:
    left, right = documents()
    return NewsReaderApp(left, right, comparison=comparison())


async def complete(pilot) -> None:
    """Wait for the widgets mounted just after the first frame (the footer, the list of people)."""
    while not pilot.app.screen_complete.is_set():
        await pilot.pause(0.01)
    await pilot.pause()


def test_main_screen_120x35(snap_compare):
    assert snap_compare(reader(), press=["j", "j"], run_before=complete, terminal_size=(120, 35))


def test_main_screen_80x24(snap_compare):
    assert snap_compare(reader(), press=["G"], run_before=complete, terminal_size=(80, 24))


def test_help_screen(snap_compare):
    assert snap_compare(reader(), press=["question_mark"], run_before=complete, terminal_size=(120, 35))


def test_tiny_terminal_40x10(snap_compare):
    assert snap_compare(reader(), press=["n"], run_before=complete, terminal_size=(40, 10))
