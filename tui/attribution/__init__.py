"""Quote attribution: who said what, to whom.

`attribute(sentences)` returns one `Attribution` per speech event: direct
quotations (also split, multi-sentence and multi-paragraph ones) and reported
speech, with the speaker resolved to the person or body and the addressee when
the text names one. Modules: `quotes` (where quotations run), `mentions` (noun
phrases naming people), `entities` (name table and coreference), `cues` (speech
verbs and their parts), `interviews` (question-and-answer turns), `events`
(putting it together).
"""
from __future__ import annotations

from .events import attribute

__all__ = ["attribute"]
