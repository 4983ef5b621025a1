"""A fixed, hand-made comparison for interface tests and snapshots.

It does not change when the analysis improves, so neither do the tests and
the snapshots built on it. Two invented reports of a harbour strike.
"""
from __future__ import annotations

from tui.model import Article, Attribution, Comparison, Document, Link, Sentence

LEFT_TEXTS = [
    # paragraph, text
    (0, "Dock workers in the city of Varno walked off the job on Monday, halting traffic at the country's second port."),
    (0, "The strike is the first at the harbour in twelve years."),
    (1, "“We will stay out until the company signs a fair contract,” union leader Mara Lind told reporters at the gate."),
    (1, "She said the walkout could last for weeks."),
    (2, "Port director Tomas Ortega said the company had offered a raise of four percent."),
    (2, "“The offer on the table is generous and it stays there,” he said."),
    (3, "Ships waited at anchor outside the breakwater [bold]all day[/bold], according to harbour records."),
    (3, "A local bakery handed out bread to the pickets [@click=app.quit]free of charge[/]."),
    (4, "Trade unions in two other cities announced solidarity rallies for Thursday."),
    (4, "The transport ministry has not commented on the dispute."),
    (5, "Analysts warned that a long strike would delay exports of grain."),
    (5, "Grain prices rose two percent in early trading."),
    (6, "Lind said the workers had not had a real raise since the harbour was sold."),
    (6, "Ortega told the city council the port lost money last year."),
    (7, "Talks are due to resume on Wednesday."),
]

RIGHT_TEXTS = [
    (0, "A strike closed the port of Varno on Monday."),
    (0, "Hundreds of dock workers joined the walkout, the first in twelve years."),
    (1, "Union leader Mara Lind told reporters the strike would go on until a fair contract was signed."),
    (2, "The company, which runs the port, said it had made a generous offer."),
    (2, "“The offer on the table is generous and it stays there,” director Tomas Ortega said."),
    (3, "Ships were left waiting outside the harbour."),
    (4, "The city's mayor urged both sides to return to the table."),
    (4, "“Nobody wins when the port is shut,” the mayor said in a statement."),
    (5, "Exporters fear that grain shipments will be delayed."),
    (6, "Talks are expected to resume on Wednesday."),
]

LINKS = [(0, 0, 0.81), (1, 1, 0.62), (2, 2, 0.74), (4, 3, 0.55), (5, 4, 0.97), (6, 5, 0.58), (10, 8, 0.51), (14, 9, 0.88)]


def documents() -> tuple[Document, Document]:
    left = Document(
        path="harbour-left.txt",
        paragraphs=[],
        title="Varno dock workers strike [red]over pay[/red]",
        source="Coastal Herald",
        date="2024-05-06",
        byline="By Ines Vale",
    )
    right = Document(path="harbour-right.txt", paragraphs=[], title="Strike shuts Varno port", source="Daily Courier", date="6 May 2024")
    for doc, texts in ((left, LEFT_TEXTS), (right, RIGHT_TEXTS)):
        paragraphs: dict[int, list[str]] = {}
        for paragraph, text in texts:
            paragraphs.setdefault(paragraph, []).append(text)
        doc.paragraphs = [" ".join(p) for p in paragraphs.values()]
    return left, right


def comparison() -> Comparison:
    left_doc, right_doc = documents()
    left = Article(
        left_doc,
        [Sentence(i, p, t) for i, (p, t) in enumerate(LEFT_TEXTS)],
        [
            Attribution((2,), "We will stay out until the company signs a fair contract,", "Mara Lind", "union leader Mara Lind", "reporters", "told", True),
            Attribution((3,), "the walkout could last for weeks", "Mara Lind", "She", None, "said", False),
            Attribution((4,), "the company had offered a raise of four percent", "Tomas Ortega", "Port director Tomas Ortega", None, "said", False),
            Attribution((5,), "The offer on the table is generous and it stays there,", "Tomas Ortega", "he", None, "said", True),
            Attribution((12,), "the workers had not had a real raise since the harbour was sold", "Mara Lind", "Lind", None, "said", False),
            Attribution((13,), "the port lost money last year", "Tomas Ortega", "Ortega", "the city council", "told", False),
        ],
    )
    right = Article(
        right_doc,
        [Sentence(i, p, t) for i, (p, t) in enumerate(RIGHT_TEXTS)],
        [
            Attribution((2,), "the strike would go on until a fair contract was signed", "Mara Lind", "Union leader Mara Lind", "reporters", "told", False),
            Attribution((4,), "The offer on the table is generous and it stays there,", "Tomas Ortega", "director Tomas Ortega", None, "said", True),
            Attribution((7,), "Nobody wins when the port is shut,", "the mayor", "the mayor", None, "said", True),
        ],
    )
    return Comparison(left, right, [Link(l, r, s) for l, r, s in LINKS])
