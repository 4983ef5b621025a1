"""Quote attribution speed: 150,000 sentences of synthetic news text.

    python benchmarks/attribution.py

The text mixes narration, direct quotations (also split and multi-sentence
ones), reported speech (also with the cue last), pronoun and title references,
addressees, negations and labelled interview answers, drawn from a fixed seed
so that runs compare.
"""
from __future__ import annotations

import random
import time

from tui.attribution import attribute
from tui.model import Sentence

SENTENCES = 150_000

FIRST = "Marta Jonas Aiko Samuel Leila Pavel Grace Omar Ingrid Tomas Nadia Felix Chloe Ravi Elena Hugo".split()
LAST = "Okonkwo Lindqvist Tanaka Mbeki Haddad Novak Moreau Castillo Berg Fischer Rahman Duarte Kowalski Brennan".split()
TITLES = ["Mayor", "Finance Minister", "Senator", "Governor", "Police Chief", "Dr", "Judge", "Chief Executive"]
ROLES = ["the minister", "the mayor", "the senator", "the governor", "the chief executive", "the judge"]
BODIES = ["the Ministry of Transport", "Harbour Energy", "the Port Authority", "the city council", "Vesta Airlines"]
AUDIENCES = ["reporters", "the committee", "a local radio station", "lawmakers", "the Herald"]
CLAUSES = [
    "the bridge would reopen by the end of the month",
    "talks with the unions had broken down on Tuesday",
    "about 3,400 homes were still without power",
    "the budget left no room for new spending",
    "inspectors had found cracks in two of the supports",
    "the company would pay $40 million in compensation",
]
QUOTES = [
    "We will not stop until every family is safe",
    "This is a failure of leadership, plain and simple",
    "Nobody told us the water was rising",
    "We expect a full answer within a week",
    "The numbers speak for themselves",
]
NARRATION = [
    "Traffic on the coastal road was diverted for most of the day.",
    "The harbour has been closed twice this year after storms.",
    "Shares in the operator fell 3.2% in early trading.",
    "Repairs are expected to cost more than €120m.",
    "The region has about 1.4 million inhabitants.",
    "Rain is forecast for the rest of the week.",
]


def _person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{rng.choice(TITLES)} {first} {last}", last


def _paragraph(rng: random.Random) -> list[str]:
    full, last = _person(rng)
    quote, clause = rng.choice(QUOTES), rng.choice(CLAUSES)
    pick = rng.randrange(14)
    if pick == 0:
        return [f"“{quote},” {full} told {rng.choice(AUDIENCES)}.", f"“{rng.choice(QUOTES)}.”"]
    if pick == 1:
        return [f"{full} said {clause}.", f"{rng.choice(['He', 'She'])} warned {rng.choice(AUDIENCES)} that {rng.choice(CLAUSES)}."]
    if pick == 2:
        return [f"“{quote},” {rng.choice(['he', 'she'])} said, “and {rng.choice(QUOTES).lower()}.”"]
    if pick == 3:
        return [f"{rng.choice(BODIES).capitalize()} said in a statement that {clause}."]
    if pick == 4:
        return [f"{clause.capitalize()}, according to {rng.choice(BODIES)}."]
    if pick == 5:
        return [f"{rng.choice(ROLES).capitalize()}, {rng.choice(FIRST)} {last}, urged residents to stay indoors."]
    if pick == 6:
        return [f"Mr {last} did not comment on the “{rng.choice(['unacceptable', 'reckless', 'final'])}” offer."]
    if pick == 7:
        return [f"Speaking at a press conference in Lisbon, {full} said: “{quote}.", f"{rng.choice(QUOTES)}.”"]
    if pick == 8:
        return [f"{full}, who chairs the {rng.choice(['transport', 'budget'])} committee, called the plan inadequate."]
    if pick == 9:
        return [f"{clause.capitalize()}, site {rng.choice(['engineers', 'managers'])} said Monday."]
    if pick == 10:
        return [f"A {rng.choice(['ministry', 'council'])} official who was not authorised to speak said {clause}."]
    if pick == 11:
        return [rng.choice(["Q: What happens now?", f"{last}: {quote}."]), f"{rng.choice(QUOTES)}."]
    return [rng.choice(NARRATION), rng.choice(NARRATION)]


def corpus(n: int, seed: int = 7) -> list[Sentence]:
    """`n` sentences in paragraphs of one or two sentences."""
    rng = random.Random(seed)
    out: list[Sentence] = []
    paragraph = 0
    while len(out) < n:
        for text in _paragraph(rng):
            out.append(Sentence(len(out), paragraph, text))
        paragraph += 1
    return out[:n]


def main() -> None:
    sentences = corpus(SENTENCES)
    start, cpu = time.perf_counter(), time.process_time()
    attributions = attribute(sentences)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"attribute: {len(sentences):,} sentences in {elapsed:.2f} s ({cpu:.2f} s CPU), "
          f"{len(attributions):,} attributions, {len(sentences) / elapsed:,.0f} sentences/s")


if __name__ == "__main__":
    main()
