"""The reader on the bundled sample pair through the real analysis: structure, not exact answers."""
from __future__ import annotations

import pytest

from tui.app import NewsReaderApp
from tui.reading import load_document


@pytest.fixture(autouse=True)
def no_system_clipboard(monkeypatch):
    monkeypatch.setattr("tui.app.copy_to_system", lambda text: False)




async def test_sample_pair_loads_every_sentence_and_counts_unmatched(sample_pair):
    app = NewsReaderApp(*(load_document(p) for p in sample_pair))
    async with app.run_test(size=(120, 35)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        comparison = app.analysis.comparison
        for side in ("left", "right"):
            pane = app.pane(side)
            assert len(pane.content) == len(comparison.side(side).sentences)
            only = len(comparison.unmatched(side))
            assert pane.border_title.endswith(f"{len(pane.content)} sentences · {only} only here")


async def test_counterparts_near_the_end_come_into_view_at_100x30(sample_pair):
    app = NewsReaderApp(*(load_document(p) for p in sample_pair))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        comparison = app.analysis.comparison
        linked = [s.id for s in comparison.left.sentences if comparison.counterpart_ids("left", s.id)]
        assert linked, "the sample pair has aligned sentences"
        for sid in linked[-3:]:
            app.select("left", sid)
            await pilot.pause()
            right = app.pane("right")
            assert right.marked and right.is_sentence_visible(right.marked[0])
            assert app.pane("left").is_sentence_visible(sid)


async def test_copy_on_the_sample_pair_quotes_both_outlets(sample_pair):
    app = NewsReaderApp(*(load_document(p) for p in sample_pair))
    async with app.run_test(size=(140, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        comparison = app.analysis.comparison
        first_linked = next(s.id for s in comparison.left.sentences if comparison.counterpart_ids("left", s.id))
        app.select("left", first_linked)
        await pilot.press("c")
        lines = app.clipboard.splitlines()
        assert lines[0].startswith("> ") and f"({comparison.left.label}" in lines[0]
        assert any(f"({comparison.right.label}" in line for line in lines[1:])
