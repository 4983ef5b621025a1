"""The analysis as text: the JSON contract, a terminal report, a Markdown
report, and the Markdown quote lines that the interface copies."""
from __future__ import annotations

import re
import textwrap
from collections import Counter

from .model import Article, Comparison, other_side


def article_json(article: Article) -> dict:
    doc = article.document
    return {
        "path": doc.path,
        "title": doc.title,
        "source": doc.source,
        "date": doc.date,
        "byline": doc.byline,
        "captions": doc.captions,
        "dateline": doc.dateline,
        "notes": doc.notes,
        "sentences": [
            {"id": s.id, "paragraph": s.paragraph, "text": s.text} | ({"kind": s.kind} if s.kind != "body" else {})
            for s in article.sentences
        ],
        "attributions": [
            {
                "sentences": list(a.sentences),
                "quote": a.quote,
                "speaker": a.speaker,
                "speaker_mention": a.speaker_mention,
                "addressee": a.addressee,
                "cue": a.cue,
                "direct": a.direct,
            }
            for a in article.attributions
        ],
    }


def to_json(comparison: Comparison) -> dict:
    """The contract read by the scorer (see README)."""
    return {
        "left": article_json(comparison.left),
        "right": article_json(comparison.right),
        "alignment": [{"left": l.left, "right": l.right, "score": l.score} for l in comparison.links],
    }


def speaker_of(article: Article, sentence_id: int) -> str | None:
    return next((a.speaker for a in article.attributions_of(sentence_id) if a.speaker), None)


def quoted_people(comparison: Comparison) -> list[tuple[str, int, int]]:
    """Every resolved speaker with the number of speech events per article, most quoted first."""
    counts = [Counter(a.speaker for a in art.attributions if a.speaker) for art in (comparison.left, comparison.right)]
    names = set(counts[0]) | set(counts[1])
    rows = [(n, counts[0][n], counts[1][n]) for n in names]
    return sorted(rows, key=lambda r: (-(r[1] + r[2]), r[0]))


def _summary(comparison: Comparison, side: str) -> str:
    art = comparison.side(side)
    only = len(comparison.unmatched(side))
    return f"{len(art.sentences)} sentences, {only} only in {art.label}"


def _cite(article: Article) -> str:
    return ", ".join(x for x in (article.label, article.document.date) if x)


# --- copied quotes ---------------------------------------------------------------

def quote_line(article: Article, sentence_id: int) -> str:
    """`> sentence — Speaker (Outlet, date)`: one Markdown quote line."""
    text = " ".join(article.sentences[sentence_id].text.split())
    speaker = speaker_of(article, sentence_id)
    who = f" — {speaker}" if speaker else ""
    return f"> {text}{who} ({_cite(article)})"


def copy_selection(comparison: Comparison, side: str, sentence_id: int) -> str:
    """The selected sentence with its counterpart(s), as Markdown quote lines."""
    lines = [quote_line(comparison.side(side), sentence_id)]
    for cid in comparison.counterpart_ids(side, sentence_id):
        lines.append(">")
        lines.append(quote_line(comparison.side(other_side(side)), cid))
    return "\n".join(lines) + "\n"


def quotation_pairs(comparison: Comparison) -> list[tuple[int, int]]:
    """Aligned pairs where at least one side is a speech event, in left order."""
    pairs = []
    for link in sorted(comparison.links, key=lambda l: (l.left, l.right)):
        if comparison.left.attributions_of(link.left) or comparison.right.attributions_of(link.right):
            pairs.append((link.left, link.right))
    return pairs


def copy_all_quotes(comparison: Comparison) -> str:
    blocks = [
        quote_line(comparison.left, l) + "\n>\n" + quote_line(comparison.right, r)
        for l, r in quotation_pairs(comparison)
    ]
    return "\n\n".join(blocks) + "\n" if blocks else ""


# --- plain text --------------------------------------------------------------------

def to_text(comparison: Comparison, width: int = 100) -> str:
    """A terminal report: each left sentence with its counterparts, then what only the right has."""
    L, R = comparison.left, comparison.right
    wrap = lambda s, indent: textwrap.fill(" ".join(s.split()), width=width, initial_indent=indent,
                                          subsequent_indent=" " * len(indent))
    out = [f"L: {L.label} — {_summary(comparison, 'left')}", f"R: {R.label} — {_summary(comparison, 'right')}", ""]
    for s in L.sentences:
        out.append(wrap(s.text, f"L{s.id:<4} "))
        links = comparison.counterparts("left", s.id)
        for link in links:
            out.append(wrap(R.sentences[link.right].text, f"   ↔ R{link.right:<4} {link.score:.2f} "))
        if not links:
            out.append(f"   (only in {L.label})")
    only_right = comparison.unmatched("right")
    if only_right:
        out += ["", f"Only in {R.label}:"]
        out += [wrap(R.sentences[i].text, f"R{i:<4} ") for i in only_right]
    people = quoted_people(comparison)
    if people:
        out += ["", f"Quoted ({L.label} / {R.label}):"]
        out += [f"  {name}: {a} / {b}" for name, a, b in people]
    return "\n".join(out) + "\n"


# --- Markdown --------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~])")


def md_escape(text: str) -> str:
    """Text shown literally in Markdown (no emphasis, links, HTML or headings)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def to_markdown(comparison: Comparison) -> str:
    """A report a journalist can paste: what both report, what only one does, who is quoted."""
    L, R = comparison.left, comparison.right
    ln, rn = md_escape(L.label), md_escape(R.label)
    out = [f"# {ln} and {rn}", ""]
    for art, side in ((L, "left"), (R, "right")):
        doc = art.document
        bits = [md_escape(x) for x in (doc.title, doc.date, doc.byline) if x]
        out.append(f"- **{md_escape(art.label)}**: {' · '.join(bits + [_summary(comparison, side)])}")
    out += ["", "## Reported by both", ""]
    for link in sorted(comparison.links, key=lambda l: (l.left, l.right)):
        for art, sid in ((L, link.left), (R, link.right)):
            speaker = speaker_of(art, sid)
            who = f" — {md_escape(speaker)}" if speaker else ""
            out.append(f"> {md_escape(art.sentences[sid].text)}{who} ({md_escape(art.label)})")
            out.append(">")
        out[-1] = f"*score {link.score:.2f}*"
        out.append("")
    for art, side in ((L, "left"), (R, "right")):
        only = comparison.unmatched(side)
        out += [f"## Only in {md_escape(art.label)} ({len(only)})", ""]
        out += [f"- {md_escape(art.sentences[i].text)}" for i in only]
        out.append("")
    people = quoted_people(comparison)
    if people:
        out += ["## Who is quoted", "", f"| speaker | {ln} | {rn} |", "|---|---:|---:|"]
        out += [f"| {md_escape(n)} | {a} | {b} |" for n, a, b in people]
        out.append("")
    return "\n".join(out)
