"""Word forms a suffix stemmer cannot join: irregular verbs, and near-synonyms common in news reports.

Both tables are plain English, about no article in particular.  Each maps a
word to the word whose stem stands for it: irregular forms as written (lower
case), near-synonyms by their stem, so every form of a listed word joins its
group (`cautioned`, `urges` and `warning` are one term).
"""
from __future__ import annotations

IRREGULAR = {
    past: base
    for base, forms in {
        "begin": "began begun", "bleed": "bled", "break": "broke broken", "bring": "brought", "build": "built",
        "buy": "bought", "catch": "caught", "choose": "chose chosen", "come": "came", "deal": "dealt",
        "dig": "dug", "draw": "drew drawn", "drive": "drove driven", "eat": "ate eaten", "fall": "fell fallen",
        "feed": "fed", "feel": "felt", "fight": "fought", "find": "found", "flee": "fled", "fly": "flew flown",
        "forbid": "forbade forbidden", "freeze": "froze frozen", "give": "gave given", "go": "went gone",
        "grow": "grew grown", "hang": "hung", "hear": "heard", "hide": "hid hidden", "hold": "held",
        "keep": "kept", "know": "knew known", "lead": "led", "lose": "lost", "mean": "meant", "meet": "met",
        "pay": "paid", "rise": "rose risen", "run": "ran", "see": "saw seen", "seek": "sought", "sell": "sold",
        "send": "sent", "shake": "shook shaken", "shoot": "shot", "sink": "sank sunk", "sleep": "slept",
        "speak": "spoke spoken", "spend": "spent", "stand": "stood", "steal": "stole stolen",
        "strike": "struck stricken", "swear": "swore sworn", "take": "took taken", "teach": "taught",
        "tell": "told", "think": "thought", "throw": "threw thrown", "understand": "understood",
        "wake": "woke woken", "wear": "wore worn", "win": "won", "withdraw": "withdrew withdrawn",
        "write": "wrote written",
    }.items()
    for past in forms.split()
}
"""Irregular past forms of common verbs, and the verb."""

NEAR_SYNONYMS = {
    word: group.split()[0]
    for group in (
        "warn caution urge",
        "buyback repurchase",
        "write letter",
        "flee escape",
        "kill dead death die died dying",
        "injure wound hurt",
        "company firm",
        "fine penalty",
        "ban prohibit outlaw",
        "law legislation legislate",
        "help aid assist assistance",
        "arrest detain",
        "resign quit",
        "rise increase climb",
        "fall drop",
        "begin start",
        "quake earthquake tremor",
        "child children kid youngster",
        "car vehicle",
        "purchase buy",
        "cut reduce",
        "probe investigation inquiry",
        "doctor physician",
        "shelter refuge",
    )
    for word in group.split()[1:]
}
"""Words that news reports use for one another, and the word that stands for the group."""
