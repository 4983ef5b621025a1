"""Reading files: encodings, line ends, control characters, metadata apart from the body."""
from __future__ import annotations

import pytest

from tui.reading import InputError, decode, clean, parse_document, paragraphs_of, read_file, source_from_name


@pytest.mark.parametrize(
    "data",
    [
        "Café «déjà vu».".encode("utf-8"),
        "\ufeffCafé «déjà vu».".encode("utf-8"),
        "Café «déjà vu».".encode("utf-16"),
        "Café «déjà vu».".encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "cp1252"],
)
def test_encodings_decode_to_the_same_text(data):
    assert clean(decode(data)) == "Café «déjà vu»."


def test_line_ends_and_controls_are_normalised():
    raw = "One.\r\nTwo\x1b[31m red\x1b[0m.\rThree\x07 \x1b]52;c;ZXZpbA==\x07done."
    assert clean(raw) == "One.\nTwo red.\nThree done."


def test_nfc_normalisation_keeps_what_the_reader_sees():
    assert clean("Cafe\u0301") == "Café"


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"%PDF-1.7\n\x00\x01\x02\x03")


def test_paragraphs_split_on_blank_lines_and_sentence_final_lines():
    text = "First para line one\ncontinues here.\n\nSecond para.\nThird para on its own line."
    assert paragraphs_of(text) == ["First para line one continues here.", "Second para.", "Third para on its own line."]


def test_metadata_lines_are_not_body():
    text = (
        "Ministers agree on a new water deal\n\n"
        "date 2021-06-05 Written by Jane Roe and Sam Poe\n\n"
        "June 5, 2021, 09:15 GMT Updated 2 hours ago\n\n"
        "image source, Reuters image caption, The ministers in Oslo\n\n"
        "The ministers signed the deal on Friday.\n\n"
        "Photo: A harbour at dawn\n\n"
        "It takes effect next year."
    )
    doc = parse_document(text, "herald-water.txt")
    assert doc.title == "Ministers agree on a new water deal"
    assert doc.date == "2021-06-05"
    assert doc.byline == "Jane Roe and Sam Poe"
    assert doc.paragraphs == ["The ministers signed the deal on Friday.", "It takes effect next year."]
    assert len(doc.captions) == 2
    assert doc.source == "Herald"


def test_a_lede_sentence_is_not_taken_for_a_title():
    doc = parse_document("The council voted on Monday.\n\nIt was close.", "x.txt")
    assert doc.title is None and doc.paragraphs[0] == "The council voted on Monday."


def test_dateline_outlet_in_the_text_wins_over_the_file_name():
    doc = parse_document("OSLO (Herald) — The ministers met.\n\nThey agreed.", "cnn-story.txt")
    assert doc.source == "Herald"


@pytest.mark.parametrize("name, outlet", [("cnn-story.txt", "CNN"), ("guardian_2023.html", "Guardian"), ("a.txt", None), ("article1.txt", None)])
def test_outlet_from_file_name(name, outlet):
    assert source_from_name(name) == outlet


def test_read_file_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_file(str(tmp_path / "nope.txt"))
    (tmp_path / "e.txt").write_text("")
    with pytest.raises(InputError, match="empty"):
        read_file(str(tmp_path / "e.txt"))


def test_unreadable_file_names_the_problem(tmp_path, monkeypatch):
    from pathlib import Path

    target = tmp_path / "locked.txt"
    target.write_text("Some text.")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError, match=r"locked\.txt: permission denied"):
        read_file(str(target))


def test_oversize_file_is_refused_before_reading(tmp_path, monkeypatch):
    import tui.reading as reading

    target = tmp_path / "big.txt"
    target.write_text("A sentence. " * 100)
    monkeypatch.setattr(reading, "MAX_BYTES", 100)
    with pytest.raises(InputError, match="too large"):
        read_file(str(target))


@pytest.mark.parametrize(
    "text",
    ["Zero\u200bwidth and non\u00a0breaking.", "Combining e\u0301 stays é.", "東京で会談が行われた。👍 Wide text."],
    ids=["zero-width-nbsp", "combining", "wide"],
)
def test_unusual_characters_survive_reading(tmp_path, text):
    import unicodedata

    target = tmp_path / "u.txt"
    target.write_bytes(text.encode("utf-8"))
    assert read_file(str(target)) == unicodedata.normalize("NFC", text)


def test_c1_controls_and_8bit_csi_are_removed():
    assert clean("a\x9b31mb\x85c\x00d") == "abcd"


def test_unicode_text_with_no_letters_or_digits_has_no_sentence(tmp_path):
    target = tmp_path / "dash.txt"
    target.write_text("— … —\n")
    with pytest.raises(InputError, match="no sentence"):
        read_file(str(target))


def test_a_heading_line_ends_its_paragraph():
    text = "Key Points\nThe vote passed by a wide margin and the council adjourned early.\n\nMore text."
    assert paragraphs_of(text)[:2] == ["Key Points", "The vote passed by a wide margin and the council adjourned early."]


def test_hard_wrapped_prose_stays_one_paragraph():
    text = "The council met on Monday to discuss the budget for the coming\nyear and agreed to raise spending on roads."
    assert len(paragraphs_of(text)) == 1


@pytest.mark.parametrize(
    "first, dateline, outlet, rest",
    [
        ("OSLO (Nordwire) - The fjord ferry sank on Friday.", "OSLO (Nordwire) -", "Nordwire", "The fjord ferry sank on Friday."),
        ("Lagos, June 3 (Wire News) — Fuel prices rose.", "Lagos, June 3 (Wire News) —", "Wire News", "Fuel prices rose."),
        ("(KTV) — A storm hit the coast.", "(KTV) —", "KTV", "A storm hit the coast."),
    ],
)
def test_a_wire_dateline_is_metadata_not_sentence_text(first, dateline, outlet, rest):
    doc = parse_document(f"{first}\n\nMore follows.", "x.txt")
    assert (doc.dateline, doc.source, doc.paragraphs[0]) == (dateline, outlet, rest)


def test_brackets_inside_a_first_sentence_are_not_a_dateline():
    doc = parse_document("The agency (which opened in 1990) said it would close.", "x.txt")
    assert doc.dateline is None and doc.paragraphs[0].startswith("The agency")


def test_role_byline_day_first_date_photo_credit_and_footer():
    text = (
        "Harbour tolls to double next year\n\n"
        "Mina Hart Transport correspondent\n\n"
        "Wed 3 Jan 2024 09.10 GMT\n\n"
        "The port authority said tolls would double.\n\n"
        "Trucks queue at the gate on Tuesday. Ola Berg/Nordwire\n\n"
        "Ferries are exempt. Photograph: Ola Berg\n\n"
        "Shippers said they would pass on the cost.\n\n"
        "(Reporting by Ola Berg; Editing by Ann Lee)"
    )
    doc = parse_document(text, "x.txt")
    assert doc.byline == "Mina Hart Transport correspondent"
    assert doc.date == "2024-01-03"
    assert doc.paragraphs == ["The port authority said tolls would double.", "Shippers said they would pass on the cost."]
    assert len(doc.captions) == 2 and doc.notes == ["(Reporting by Ola Berg; Editing by Ann Lee)"]
