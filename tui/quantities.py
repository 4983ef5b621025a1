"""Amounts, percentages, measures and clock times written in any of the usual ways, as one comparable term.

`£95m`, `95 million pounds` and `£95 million` all give the terms `pound` and
`95000000`; `31%`, `31 per cent` and `31 percent` give `31%`; `10km` and
`10 kilometres` give `10km`; `3.17am` and `03:17` give `t3:17`.  Only equal
values match: nothing here rounds or guesses.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

CURRENCIES = {"£": "pound", "$": "dollar", "€": "euro", "¥": "yen",
              "pound": "pound", "pounds": "pound", "dollar": "dollar", "dollars": "dollar",
              "euro": "euro", "euros": "euro", "yen": "yen"}
"""Currency signs and names, and the term each stands for."""

SCALES = {"k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "million": 10**6,
          "bn": 10**9, "billion": 10**9, "tn": 10**12, "trillion": 10**12}

UNITS = {"%": "%", "per cent": "%", "percent": "%", "km": "km", "kilometre": "km", "kilometer": "km",
         "mile": "mi", "mph": "mph", "kg": "kg", "kilogram": "kg", "tonne": "t", "metre": "m", "meter": "m",
         "feet": "ft", "foot": "ft", "ft": "ft", "cm": "cm"}
"""Units written after a number, by their singular, and the short form the term carries."""

_NUMBER = r"\d+(?:[.,]\d+)*"
QUANTITY = re.compile(
    r"(?P<clock>(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s?(?P<half>(?i:[ap]\.?m)\b\.?)"
    r"|(?P<hh>\d{1,2}):(?P<mm>\d{2})\b)"
    r"|(?:(?P<sign>[£$€¥])\s?)?(?P<number>" + _NUMBER + r")"
    r"(?:(?P<abbr>(?i:bn|mn|tn|m|k))\b|\s?(?P<scale>(?i:thousand|million|billion|trillion))\b)?"
    r"(?:\s?(?P<unit>%|(?i:per\s?cent|percent|km|kilomet(?:re|er)s?|miles?|mph|kg|kilograms?|tonnes?|metres?|meters?"
    r"|feet|foot|ft|cm)\b))?"
)
"""A clock time, or a number with an optional currency sign before it, scale word and unit after it."""


def quantity_terms(match: re.Match) -> tuple[str, ...]:
    """The terms of a QUANTITY match: a currency when a sign was written, then the value (with its unit)."""
    if match.group("clock"):
        return (_clock(match),)
    terms = [CURRENCIES[match.group("sign")]] if match.group("sign") else []
    try:
        value = Decimal(match.group("number").replace(",", ""))
    except InvalidOperation:
        return (*terms, match.group("number"))
    scale = match.group("abbr") or match.group("scale")
    if scale:
        value *= SCALES[scale.lower()]
    text = format(value.normalize(), "f")
    unit = match.group("unit")
    if unit:
        text += UNITS[_singular(" ".join(unit.lower().split()))]
    return (*terms, text)


def _clock(match: re.Match) -> str:
    """`t{hour}:{minute}` on a 24-hour clock."""
    if match.group("hh"):
        hour, minute = int(match.group("hh")), match.group("mm")
    else:
        hour, minute = int(match.group("hour")) % 12, match.group("minute") or "00"
        if match.group("half")[0].lower() == "p":
            hour += 12
    return f"t{hour}:{minute}"


def _singular(unit: str) -> str:
    """A unit as UNITS spells it: `kilometres` → `kilometre`."""
    return unit if unit in UNITS else unit[:-1]
