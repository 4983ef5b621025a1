"""The reader driven with Pilot on a fixed hand-made comparison: keys, mouse,
sidebar, scrolling, copy, search, and text shown literally."""
from __future__ import annotations

import threading
import time

import pytest
from textual.widgets import OptionList, Static

from app_fixtures import LEFT_TEXTS, comparison, documents
from tui.app import NewsReaderApp
from tui.clipboard import SYSTEM, TERMINAL
from tui.export import copy_all_quotes, copy_selection
from tui.widgets.pane import GUTTER, SentencePane
from tui.widgets.search import SearchBar
from tui.widgets.sidebar import Sidebar


@pytest.fixture(autouse=True)
def no_system_clipboard(monkeypatch):
    """No test touches the real clipboard; copies go the terminal's way (kept in `app.clipboard`)."""
    monkeypatch.setattr("tui.app.copy_to_system", lambda text: False)


def make_app(**kwargs) -> NewsReaderApp:
    left, right = documents()
    return NewsReaderApp(left, right, comparison=comparison(), **kwargs)


def record_notifications(app: NewsReaderApp) -> list[str]:
    messages: list[str] = []
    original = app.notify

    def notify(message, **kwargs):
        messages.append(message)
        original(message, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return messages


def screen_text(app: NewsReaderApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def screen_complete(pilot) -> None:
    """Wait for the widgets mounted just after the first frame."""
    for _ in range(200):
        if pilot.app.screen_complete.is_set():
            await pilot.pause()
            return
        await pilot.pause(0.01)
    raise AssertionError("the screen was never completed")


def speech_text(app: NewsReaderApp) -> str:
    return app.query_one("#speech", Static).content.plain


def selected(app: NewsReaderApp) -> tuple[str, int | None, tuple[int, ...]]:
    """(active side, its cursor, marked sentences in the other pane)."""
    other = "right" if app.active_side == "left" else "left"
    return app.active_side, app.active_pane.cursor, app.pane(other).marked


# --- selection keys -----------------------------------------------------------------

async def test_opens_on_the_first_left_sentence_with_its_counterpart_marked():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        assert selected(app) == ("left", 0, (0,))
        assert app.focused is app.pane("left")


@pytest.mark.parametrize("down, up", [("j", "k"), ("down", "up")])
async def test_next_and_previous_sentence(down, up):
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press(down, down)
        assert selected(app) == ("left", 2, (2,))
        await pilot.press(down, down)
        assert selected(app) == ("left", 4, (3,))
        await pilot.press(up)
        assert selected(app) == ("left", 3, ())


async def test_border_counters_follow_the_selection():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("j", "j")
        assert app.pane("left").border_subtitle == "3/15" and app.pane("right").border_subtitle == "↔ 1"
        await pilot.press("n")  # left 3: nothing in the other article
        assert app.pane("left").border_subtitle == "4/15" and app.pane("right").border_subtitle == ""
        assert "4/15" in screen_text(app)


async def test_cursor_stops_at_both_ends():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("k")
        assert app.active_pane.cursor == 0
        await pilot.press("G", "j")
        assert selected(app) == ("left", len(LEFT_TEXTS) - 1, (9,))
        await pilot.press("g")
        assert app.active_pane.cursor == 0


async def test_tab_moves_to_the_counterpart_in_the_other_pane_and_back():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("j", "j", "j", "j", "j")  # left 5 ↔ right 4
        await pilot.press("tab")
        assert selected(app) == ("right", 4, (5,))
        assert app.focused is app.pane("right")
        assert app.pane("right").has_class("-active") and not app.pane("left").has_class("-active")
        await pilot.press("j", "tab")  # right 5 ↔ left 6
        assert selected(app) == ("left", 6, (5,))


async def test_h_and_l_choose_a_side_and_keep_the_cursor_without_counterpart():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("l")
        assert selected(app) == ("right", 0, (0,))
        await pilot.press("j", "j", "j", "j", "j", "j")  # right 6: only in the right article
        await pilot.press("h")
        assert selected(app) == ("left", 0, (0,))
        await pilot.press("h")
        assert app.active_side == "left"


async def test_n_and_shift_n_walk_the_sentences_without_counterpart():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        unmatched = app.analysis.comparison.unmatched("left")
        assert unmatched == [3, 7, 8, 9, 11, 12, 13]
        seen = []
        for _ in unmatched:
            await pilot.press("n")
            seen.append(app.active_pane.cursor)
            assert app.pane("right").marked == ()
        assert seen == unmatched
        notes = record_notifications(app)
        await pilot.press("n")
        assert app.active_pane.cursor == 13 and any("only in Coastal Herald" in n for n in notes)
        await pilot.press("N", "N")
        assert app.active_pane.cursor == 11


async def test_brackets_walk_the_quotations():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        visited = []
        for _ in range(6):
            await pilot.press("right_square_bracket")
            visited.append(app.active_pane.cursor)
        assert visited == [2, 3, 4, 5, 12, 13]
        await pilot.press("left_square_bracket")
        assert app.active_pane.cursor == 12


async def test_page_keys_move_by_a_screenful():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("pagedown")
        after_one_page = app.active_pane.cursor
        assert after_one_page > 2
        await pilot.press("pageup")
        assert app.active_pane.cursor < after_one_page


# --- mouse ---------------------------------------------------------------------------------

async def test_click_selects_the_sentence_under_the_pointer():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        pane = app.pane("left")
        first, _ = pane.sentence_lines(4)
        await pilot.click("#left", offset=(1 + GUTTER + 3, 1 + first - round(pane.scroll_offset.y)))
        assert selected(app) == ("left", 4, (3,))


async def test_click_in_the_other_pane_makes_it_active():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        pane = app.pane("right")
        first, _ = pane.sentence_lines(7)
        await pilot.click("#right", offset=(1 + GUTTER + 1, 1 + first))
        assert selected(app) == ("right", 7, ())
        assert app.focused is pane
        assert "only in Daily Courier" in speech_text(app)


# --- scrolling ------------------------------------------------------------------------------

async def test_counterpart_far_down_is_scrolled_into_view():
    app = make_app()
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.pause()
        right = app.pane("right")
        assert right.scroll_offset.y == 0
        await pilot.press("G")
        await pilot.pause()
        assert selected(app) == ("left", 14, (9,))
        assert right.scroll_offset.y > 0
        assert right.is_sentence_visible(9)
        assert app.pane("left").is_sentence_visible(14)


async def test_resizing_keeps_the_selection_in_view():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("G", "k")
        await pilot.resize_terminal(70, 18)
        await pilot.pause()
        await pilot.pause()
        assert selected(app) == ("left", 13, ())
        assert app.pane("left").is_sentence_visible(13)
        await pilot.resize_terminal(140, 40)
        await pilot.pause()
        await pilot.pause()
        assert app.pane("left").is_sentence_visible(13)


async def test_tiny_terminal_still_reads_and_hides_the_sidebar():
    app = make_app()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        assert not app.query_one(Sidebar).display
        notes = record_notifications(app)
        await pilot.press("s", "j", "j")
        assert any("columns wide" in n for n in notes)
        assert app.active_pane.cursor == 2
        assert app.pane("left").is_sentence_visible(2)
        assert "We will stay" in screen_text(app)


async def test_terminal_too_small_shows_a_message():
    app = make_app()
    async with app.run_test(size=(24, 5)) as pilot:
        await pilot.pause()
        assert "Enlarge the terminal" in screen_text(app)
        await pilot.press("j")
        assert app.active_pane.cursor == 1


# --- sidebar ----------------------------------------------------------------------------------

async def test_sidebar_names_speaker_mention_addressee_cue_and_mode():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("j", "j")
        text = speech_text(app)
        assert "Mara Lind (“union leader Mara Lind”)" in text
        assert "to: reporters" in text and "told · direct quote" in text
        counterpart = text.split("counterpart · Daily Courier #2", 1)[1]
        assert "Mara Lind" in counterpart and "reported speech" in counterpart


async def test_sidebar_shows_a_pronoun_as_written_and_no_addressee():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("j", "j", "j", "j", "j")
        text = speech_text(app)
        assert "Tomas Ortega (“he”)" in text and "to: —" in text


async def test_sidebar_for_narration_without_counterpart():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("n", "n")
        text = speech_text(app)
        assert "Coastal Herald #7" in text and "no speech reported" in text and "only in Coastal Herald" in text


async def test_s_toggles_the_sidebar():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        sidebar = app.query_one(Sidebar)
        assert sidebar.display
        width_with = app.pane("left").size.width
        await pilot.press("s")
        await pilot.pause()
        assert not sidebar.display and app.pane("left").size.width > width_with
        await pilot.press("s")
        assert sidebar.display


async def test_sidebar_starts_hidden_on_an_80_column_terminal():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert not app.query_one(Sidebar).display
        await pilot.press("s")
        assert app.query_one(Sidebar).display


async def test_who_is_quoted_is_a_table_that_jumps_to_a_first_quote():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await screen_complete(pilot)
        people = app.query_one("#people", OptionList)
        prompts = [str(people.get_option_at_index(i).prompt) for i in range(people.option_count)]
        assert [p.split() for p in prompts] == [["Mara", "Lind", "3", "1"], ["Tomas", "Ortega", "3", "1"], ["the", "mayor", "0", "1"]]
        width = people.content_region.width
        assert all(len(p) < width for p in prompts) and len({len(p) for p in prompts}) == 1  # one line each, aligned
        heading = app.query_one("#people-title", Static).content.plain.splitlines()[1]
        assert heading.rstrip().endswith("Coasta… Daily …") and len(heading) == len(prompts[0])
        await pilot.press("p")
        assert app.focused is people
        await pilot.press("down", "enter")
        assert selected(app) == ("left", 4, (3,))
        assert app.focused is app.pane("left")
        await pilot.press("p", "down", "down", "enter")  # only the right article quotes the mayor
        assert selected(app) == ("right", 7, ())


# --- search ---------------------------------------------------------------------------------------

async def test_search_selects_the_first_match_at_or_after_the_cursor():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("j", "slash")
        bar = app.query_one(SearchBar)
        assert bar.display and app.focused is bar
        await pilot.press(*"GRAIN", "enter")
        assert selected(app) == ("left", 10, (8,))
        assert not bar.display and app.focused is app.pane("left")
        await pilot.press("slash", *"grain", "enter")
        assert app.active_pane.cursor == 10  # at or after the cursor: the cursor's own sentence
        await pilot.press("j", "slash", *"grain", "enter")
        assert app.active_pane.cursor == 11


async def test_search_wraps_round_and_reports_a_miss():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        notes = record_notifications(app)
        await pilot.press("G", "slash", *"strike", "enter")
        assert app.active_pane.cursor == 1 and any("wrapped" in n for n in notes)
        await pilot.press("slash", *"[bold] volcano", "enter")
        assert app.active_pane.cursor == 1
        assert any("No match for “[bold] volcano” in Coastal Herald" in n for n in notes)


async def test_escape_cancels_the_search():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("j", "slash", *"talks", "escape")
        assert not app.query_one(SearchBar).display
        assert selected(app) == ("left", 1, (1,))
        assert app.focused is app.pane("left")


async def test_search_runs_in_the_right_pane_when_it_is_active():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("tab", "slash", *"mayor", "enter")
        assert selected(app) == ("right", 6, ())


# --- copy ------------------------------------------------------------------------------------------

async def test_c_copies_the_sentence_counterpart_and_speaker_through_osc52():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        notes = record_notifications(app)
        await pilot.press("j", "j", "c")
        assert app.clipboard == copy_selection(app.analysis.comparison, "left", 2)
        assert app.clipboard.startswith("> “We will stay out") and "— Mara Lind (Coastal Herald, 2024-05-06)" in app.clipboard
        assert "(Daily Courier, 6 May 2024)" in app.clipboard
        assert app.clipboard_route == TERMINAL
        assert any("1 counterpart to the terminal clipboard (OSC 52)" in n for n in notes)


async def test_c_uses_the_system_clipboard_when_there_is_one(monkeypatch):
    copied = []
    monkeypatch.setattr("tui.app.copy_to_system", lambda text: copied.append(text) or True)
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        notes = record_notifications(app)
        await pilot.press("tab", "c")
        assert copied == [copy_selection(app.analysis.comparison, "right", 0)]
        assert app.clipboard_route == SYSTEM and any("system clipboard" in n for n in notes)


async def test_shift_c_copies_every_aligned_quotation_pair():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        notes = record_notifications(app)
        await pilot.press("C")
        assert app.clipboard == copy_all_quotes(app.analysis.comparison)
        assert len(app.clipboard.strip().split("\n\n")) == 3
        assert any("3 aligned quotation pairs" in n for n in notes)


async def test_no_clipboard_at_all_is_a_notification(monkeypatch):
    app = make_app()

    def no_terminal(self, text):
        raise OSError("no terminal")

    monkeypatch.setattr("textual.app.App.copy_to_clipboard", no_terminal)
    async with app.run_test(size=(120, 35)) as pilot:
        notes = record_notifications(app)
        await pilot.press("c")
        assert app.clipboard_route is None and any("No clipboard" in n for n in notes)


# --- untrusted text ----------------------------------------------------------------------------------

async def test_markup_in_articles_is_shown_literally_and_never_runs():
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("n", "n")  # left 7: the sentence with a click action in it
        text = screen_text(app)
        assert "[@click=app.quit]free of charge[/]" in text
        assert "[bold]all" in text and "day[/bold]," in text
        assert "Varno dock workers strike [red]over pay[/red]" in text
        pane = app.pane("left")
        first, count = pane.sentence_lines(7)
        rows = [first + i - round(pane.scroll_offset.y) for i in range(count)]
        y = next(y for y in rows if "[@click" in pane.render_line(y).text)
        x = pane.render_line(y).text.index("[@click") + 3
        await pilot.click("#left", offset=(1 + x, 1 + y))
        assert app.is_running and selected(app) == ("left", 7, ())
        assert "[@click=app.quit]" in speech_text(app)


async def test_control_characters_are_removed_before_display():
    left, right = documents()
    comp = comparison()
    from tui.model import Sentence

    comp.left.sentences[1] = Sentence(1, 0, "Bells \x1b[31mrang\x07 at noon\x9b.")
    app = NewsReaderApp(left, right, comparison=comp)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Bells [31mrang at noon ." in text
        assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text


# --- screens, palette, quitting -------------------------------------------------------------------------

async def test_help_screen_lists_every_key_and_closes():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        text = app.screen.query_one("#help-text", Static).content.plain
        for key, words in [("j", "Next sentence"), ("tab", "Switch"), ("n", "only in this article"),
                           ("]", "Next quotation"), ("/", "Search"), ("C", "Markdown"), ("s", "sidebar"), ("q", "Quit")]:
            assert any(line.startswith(key) and words in line for line in text.splitlines()), key
        await pilot.press("escape")
        assert not app.screen.query("#help-text")


async def test_palette_offers_every_action():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        titles = {command.title: command for command in app.get_system_commands(app.screen)}
        for binding in app.key_bindings():
            if binding.action != "quit":
                assert binding.tooltip in titles
        app.call_later(titles["Next sentence"].callback)
        await pilot.pause()
        assert app.active_pane.cursor == 1


async def test_q_quits_with_status_zero():
    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running and (app.return_code or 0) == 0


# --- analysis in the background ----------------------------------------------------------------------------

async def test_first_paint_shows_the_paragraphs_while_the_analysis_runs():
    gate = threading.Event()

    def slow(left, right):
        gate.wait(20)
        return comparison()

    left, right = documents()
    app = NewsReaderApp(left, right, analyser=slow)
    try:
        async with app.run_test(size=(120, 35)) as pilot:
            await pilot.pause()
            assert not app.ready and "analysing" in app.pane("left").border_title
            assert "Dock workers in the city of Varno" in screen_text(app)
            await pilot.press("j", "c", "n")  # keys are harmless while waiting
            assert app.clipboard == ""
            gate.set()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.ready and selected(app) == ("left", 0, (0,))
            assert app.pane("left").border_title == "Coastal Herald · 15 sentences · 7 only here"
    finally:
        gate.set()


async def test_the_analysis_measures_the_sentences_lines_for_the_panes():
    left, right = documents()
    app = NewsReaderApp(left, right, analyser=lambda l, r: comparison())
    async with app.run_test(size=(120, 35)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for side in ("left", "right"):
            layout = app.analysis.sides[side].layout
            pane = app.pane(side)
            assert layout.complete and layout.width == pane.text_width
            assert pane.virtual_size.height == layout.height
            assert [pane.sentence_lines(i) for i in range(len(pane.content))] == [layout.block_lines(i) for i in range(len(pane.content))]


async def test_q_quits_at_once_during_a_long_analysis():
    gate = threading.Event()
    left, right = documents()
    app = NewsReaderApp(left, right, analyser=lambda l, r: gate.wait(30) and comparison())
    try:
        async with app.run_test(size=(120, 35)) as pilot:
            await pilot.pause()
            start = time.monotonic()
            await pilot.press("q")
        assert time.monotonic() - start < 2 and not app.is_running
    finally:
        gate.set()


async def test_analysis_failure_is_reported_not_raised():
    def broken(left, right):
        raise ValueError("no sentence [b]found[/b]")

    left, right = documents()
    app = NewsReaderApp(left, right, analyser=broken)
    async with app.run_test(size=(120, 35)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if "failed" in app.pane("left").border_title:
                break
        assert "analysis failed" in app.pane("left").border_title
        assert "no sentence [b]found[/b]" in app.query_one("#speech", Static).content.plain
        assert app.is_running
