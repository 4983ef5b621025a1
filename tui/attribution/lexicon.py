"""Word lists for quote attribution: speech verbs, names, titles, roles.

General English newswire vocabulary only; every list is lower case unless it
holds capitalised words.
"""
from __future__ import annotations

import re


def _forms(*groups: str) -> dict[str, str]:
    """Map every listed form to its base form ("said" -> "say")."""
    out: dict[str, str] = {}
    for group in groups:
        words = group.split()
        for w in words:
            out[w] = words[0]
    return out


# Verbs that introduce what someone said, in every form a report uses.
SPEECH_VERBS = _forms(
    "say said says saying",
    "tell told tells telling",
    "add added adds adding",
    "state stated states",
    "urge urged urges urging",
    "warn warned warns warning",
    "accuse accused accuses accusing",
    "ask asked asks asking",
    "confirm confirmed confirms confirming",
    "suggest suggested suggests suggesting",
    "reiterate reiterated reiterates reiterating",
    "insist insisted insists insisting",
    "note noted notes noting",
    "explain explained explains explaining",
    "argue argued argues arguing",
    "claim claimed claims claiming",
    "announce announced announces announcing",
    "declare declared declares declaring",
    "stress stressed stresses stressing",
    "emphasise emphasised emphasises emphasising emphasize emphasized emphasizes emphasizing",
    "write wrote writes writing written",
    "tweet tweeted tweets tweeting",
    "reply replied replies replying",
    "respond responded responds responding",
    "acknowledge acknowledged acknowledges acknowledging",
    "admit admitted admits admitting",
    "deny denied denies denying",
    "demand demanded demands demanding",
    "pledge pledged pledges pledging",
    "promise promised promises promising",
    "vow vowed vows vowing",
    "predict predicted predicts predicting",
    "recall recalled recalls recalling",
    "remark remarked remarks remarking",
    "comment commented comments commenting",
    "observe observed observes observing",
    "counter countered counters countering",
    "maintain maintained maintains maintaining",
    "testify testified testifies testifying",
    "contend contended contends contending",
    "allege alleged alleges alleging",
    "caution cautioned cautions cautioning",
    "complain complained complains complaining",
    "concede conceded concedes conceding",
    "disclose disclosed discloses disclosing",
    "reveal revealed reveals revealing",
    "conclude concluded concludes concluding",
    "mention mentioned mentions mentioning",
    "assure assured assures assuring",
    "inform informed informs informing",
    "remind reminded reminds reminding",
    "call called calls calling",
    "describe described describes describing",
    "dub dubbed dubs dubbing",
    "brand branded brands branding",
    "label labelled labeled labels labelling labeling",
    "term termed terms terming",
    "condemn condemned condemns condemning",
    "criticise criticised criticises criticising criticize criticized criticizes criticizing",
    "apologise apologised apologises apologising apologize apologized apologizes apologizing",
    "blame blamed blames blaming",
)

# Forms that are more often nouns ("his remarks", "the claims"): never cues.
_NOUN_LIKE = frozenset(
    "remarks comments notes claims states calls promises pledges demands vows counters labels brands "
    "terms dubs tweets recalls mentions stresses".split()
)
SPEECH_VERBS = {form: base for form, base in SPEECH_VERBS.items() if form not in _NOUN_LIKE}

# Verbs with other senses ("claimed victory", "observed a silence", "recalled
# the envoy"): they report speech only with a "that" clause or quoted words.
NEEDS_THAT = frozenset(
    "claim observe maintain recall pledge promise reveal announce demand disclose concede "
    "acknowledge admit predict note stress emphasise emphasize mention testify".split()
)

# Verbs of that kind whose object is what was said ("announced €5m in aid").
OBJECT_CONTENT = frozenset("announce promise pledge demand".split())

# Verbs whose addressee follows "to" ("said to the court", "wrote to the minister").
TO_ADDRESSEE = frozenset("say write state apologise apologize".split())

# Nouns that report what someone said when a possessor names the speaker
# ("the charity’s warning that …"): the form is a noun there, never a participle.
SPEECH_NOUNS = frozenset(
    "warning warnings claim claims statement assertion suggestion insistence accusation "
    "accusations argument promise pledge demand admission prediction".split()
)

# Words that stand for part of a group just named ("several said", "many warned").
GROUP_PRONOUNS = frozenset("several many some others most both few".split())

# Verbs that only carry a quoted phrase ("describing the plan as “reckless”"),
# never a reported clause of their own.
LABELLING_VERBS = frozenset("describe dub brand label term".split())

# "call" is speech only as "called on X to" / "called for"; "call X a liar" labels.
CALL_PARTICLES = ("on", "upon", "for")

# Verbs whose direct object is the person or body addressed ("told reporters",
# "urged Russia to").
ADDRESSING_VERBS = frozenset("tell urge ask warn assure inform remind call".split())
# Addressing verbs that need "to"/"that"/"of"/"against" after the object, since
# their object can also be the topic ("asked for contact", "warned of risks").
NEEDS_OBJECT_LINK = frozenset("urge ask warn assure inform remind call".split())
OBJECT_LINKS = frozenset(("to", "that", "of", "against", "not"))

# Words that may stand between a speaker and the verb ("Smith has also said").
AUXILIARIES = frozenset(
    """also has have had then later again reportedly previously earlier
    repeatedly publicly privately separately further once recently initially
    quickly immediately later subsequently additionally further still
    would will may might could can should must just already often frequently
    openly angrily firmly flatly simply clearly bluntly always consistently
    long strongly vehemently""".split()
)
NEGATORS = frozenset(
    """not never no didn't didn’t did doesn't doesn’t does don't don’t
    won't won’t wouldn't wouldn’t hasn't hasn’t haven't haven’t hadn't hadn’t
    cannot can't can’t couldn't couldn’t isn't isn’t wasn't wasn’t n't n’t""".split()
) - {"did", "does"}
# "declined to comment", "refused to say": the speech act did not happen.
REFUSING = frozenset("declined declines refused refuses refusing declining failed fails".split())
PASSIVE = frozenset("was were is are been being be".split())

PRONOUNS = {
    "he": "m", "she": "f", "they": "p", "it": "n",
}
OBJECT_PRONOUNS = {"him": "m", "her": "f", "them": "p", "it": "n"}
DETERMINERS = frozenset("the a an this that these those his her its their our".split())

# Honorifics: carry gender, never part of the resolved name.
HONORIFICS = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "madam": "f", "dame": "f", "lady": "f",
    "dr": "", "dr.": "", "prof": "", "prof.": "", "rev": "", "rev.": "",
}

# Nouns naming a person or a body by role: heads of descriptions ("the top US
# diplomat", "a senior official", "the ministry").
PERSON_ROLES = frozenset(
    """official officials minister ministers diplomat diplomats spokesperson spokeswoman
    spokesman spokespeople spokesmen spokeswomen secretary president vice-president
    ambassador envoy chancellor premier leader leaders officer officers adviser advisor aide
    aides analyst analysts expert experts source sources lawmaker lawmakers legislator
    senator governor mayor director chief chairman chairwoman chair executive ceo founder
    commander general prosecutor prosecutors judge lawyer lawyers attorney investigator
    investigators researcher researchers scientist scientists professor economist
    economists doctor doctors witness witnesses resident residents counterpart negotiator
    negotiators representative representatives mediator monarch king queen prince
    princess pope candidate nominee strategist manager owner head coach captain
    activist activists campaigner campaigners organiser organizer advocate advocates
    critic critics supporter supporters opponent opponents rescuer rescuers survivor
    survivors volunteer volunteers firefighters neighbours neighbors parents teachers
    students workers farmers protesters demonstrators voters patients relatives
    shareholders investors engineer engineers passengers travellers travelers members
    managers executives directors""".split()
)
BODY_ROLES = frozenset(
    """ministry department government agency office police military army embassy council
    committee commission court company firm group union campaign team organisation
    organization party administration authorities regulator bank board kremlin
    parliament cabinet presidency federation foundation institute university charity
    association society watchdog broadcaster newspaper network maker manufacturer authority
    airline carrier insurer lender retailer supplier utility developer panel tribunal""".split()
)
ROLES = PERSON_ROLES | BODY_ROLES
FEMALE_ROLES = frozenset("spokeswoman chairwoman queen princess businesswoman congresswoman".split())
MALE_ROLES = frozenset("spokesman chairman king prince businessman congressman".split())

# Lower-case words that may qualify a role ("a senior State Department official").
ROLE_MODIFIERS = frozenset(
    """top senior former chief deputy foreign acting outgoing incoming interim junior
    lead vice assistant local military government police state federal regional
    security defense defence finance health interior justice economy trade press
    royal prime national general executive unnamed anonymous veteran retired
    high-ranking high-level longtime long-time then-president current new
    traveling travelling visiting opposition presidential ministry department
    white house rights human spokesperson""".split()
)
# Modifiers that say nothing about who is meant ("the top diplomat" = "the diplomat").
# Modifiers that name one institution of its kind ("the central bank", "the supreme court"):
# a description carrying one never stands for a body whose name lacks it.
UNIQUE_INSTITUTION_MODIFIERS = frozenset("central federal supreme national".split())
VAGUE_MODIFIERS = frozenset(
    "top senior former acting outgoing incoming interim junior lead veteran retired high-ranking "
    "high-level longtime long-time current new unnamed anonymous traveling travelling visiting".split()
)

# Role nouns that fit a company.
COMPANY_ROLES = ("company", "firm", "group", "business", "maker", "manufacturer", "airline",
                 "carrier", "insurer", "lender", "retailer", "supplier", "utility", "developer")

# Role synonyms: a description's head noun and the title words it can stand for.
ROLE_SYNONYMS = {
    "diplomat": ("diplomat", "secretary of state", "foreign minister", "foreign secretary",
                 "minister of foreign affairs", "minister for foreign affairs", "ambassador", "envoy"),
    "spokesperson": ("spokesperson", "spokeswoman", "spokesman", "press secretary"),
    "spokeswoman": ("spokeswoman", "spokesperson", "press secretary"),
    "spokesman": ("spokesman", "spokesperson", "press secretary"),
    "leader": ("leader", "president", "prime minister", "premier", "chancellor", "head of"),
    "premier": ("premier", "prime minister"),
    "chief": ("chief", "head", "director", "chairman", "chairwoman", "ceo", "chief executive"),
    "executive": ("executive", "ceo", "chief executive"),
    "lawmaker": ("lawmaker", "senator", "representative", "congressman", "congresswoman", "mp"),
    "secretary": ("secretary",),
    "minister": ("minister",),
    "company": COMPANY_ROLES,
    "firm": COMPANY_ROLES,
    "charity": ("charity", "campaign group", "association", "society", "foundation", "trust"),
    "regulator": ("regulator", "watchdog"),
    "watchdog": ("watchdog", "regulator"),
    "institute": ("institute", "agency"),
    "airline": ("airline", "airlines", "airways", "carrier"),
    "carrier": ("carrier", "airline", "airlines", "airways"),
    "panel": ("panel", "court", "tribunal", "committee", "board", "jury"),
}

# Capitalised words that belong to titles or bodies, not to a person's name.
TITLE_WORDS = frozenset(
    """President Vice Prime Minister Ministers Secretary State Foreign Defense Defence Affairs
    Chancellor Senator Sen. Rep. Representative Governor Gov. Mayor General Gen. Ambassador
    Envoy Chief Spokesman Spokeswoman Spokesperson Director Chairman Chairwoman CEO Deputy
    Assistant Speaker Leader Officer Colonel Col. Captain Capt. Lt. Admiral Adm. Sergeant
    Sgt. Commander Judge Justice Commissioner Premier Pope King Queen Prince Princess Sheikh
    Emir Crown Interior Home Finance Treasury Health Trade Justice Economy Attorney Special
    Representative Secretary-General High Commissioner Executive Senior Former Acting First
    Lady Minister-President Governor-General Archbishop Bishop Cardinal Professor Prof.
    Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Miss Sir Lord Dame Madam Rev. Congressman Congresswoman MP MEP MSP
    Press Department Ministry Office Council Committee Commission Agency Government Kremlin
    Union Nations Party Bank Court Police Army Navy Service Services Embassy Parliament
    Congress Senate House Cabinet Administration Organisation Organization Federation
    Institute University Foundation Group Company Corporation Inc. Ltd Authority Board
    Bureau Forces Force Guard Coach Striker Pilot Farmer Engineer Inspector Detective Sheriff
    Superintendent Constable Mufti Imam Rabbi Ayatollah Chairperson""".split()
) | {r.capitalize() for r in PERSON_ROLES}
# Capitalised words that mark a body rather than a person.
BODY_WORDS = frozenset(
    """Department Ministry Office Council Committee Commission Agency Government Kremlin
    Union Nations Party Bank Court Police Army Navy Service Services Embassy Parliament
    Congress Senate House Cabinet Administration Organisation Organization Federation
    Institute University Foundation Group Company Corporation Inc. Ltd Authority Board
    Bureau Forces Force Guard Times Post News Press Agency Reuters""".split()
) | frozenset(
    # Words that end the name of a company or an association.
    """Therapeutics Pharmaceuticals Pharma Airways Airlines Holdings Water Energy Motors
    Technologies Systems Industries Enterprises Partners Capital Insurance Laboratories
    Labs Railways Rail Telecom Media Networks Foods Mining Petroleum Oil Gas Power
    Utilities Electric Co. Corp Corp. Inc Inc. Ltd. plc PLC LLC AG Association Society Trust Fund
    Alliance Coalition Network Institute Agency Commission Authority Observatory Centre
    Center Survey Laboratory Museum Hospital Academy College School Tribunal Assembly
    Secretariat Directorate Inspectorate""".split()
)
# Of those, the words that make a body a company ("the company", "the firm").
COMPANY_WORDS = frozenset(
    """Therapeutics Pharmaceuticals Pharma Airways Airlines Holdings Water Energy Motors
    Technologies Systems Industries Enterprises Partners Capital Insurance Laboratories
    Labs Railways Rail Telecom Media Networks Foods Mining Petroleum Oil Gas Power
    Utilities Electric Co. Corp Corp. Inc Inc. Ltd. Ltd plc PLC LLC AG Company Corporation Group Bank""".split()
)
# Capitalised words that start sentences or name dates: never a name on their own.
NOT_NAMES = frozenset(
    """The A An But And Or So Yet In On At As By For From To Of With Without During Earlier
    Later After Before When While If It He She They We I You This That These Those There
    Here However Meanwhile According Speaking Asked Since Until Although Though Despite
    Also Still Now Then Thus Instead Even Only Just Both Either Neither Each Every All
    Some Many Most Several Such What Which Who Whom Whose Where Why How His Her Its Their
    Our My Your Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October
    November December Today Yesterday Tomorrow Last Next Over Under About Against Among
    Between Into Through After Following Amid Amidst Like Unlike Once No Not Yes Please
    Further Furthermore Moreover Nevertheless Nonetheless Indeed Perhaps""".split()
)
# Words that make a capitalised run a place or a body even without a title.
PLACE_WORDS = frozenset(
    """United States Kingdom Union Republic North South East West New Saint St. Cold War
    Gulf Sea Ocean Island Islands Street Square City County River Mountains Valley Coast
    Africa America Europe Asia Pacific Atlantic Middle Central Eastern Western Northern
    Southern Democratic People's Federal Arab Emirates Korea""".split()
)

# Addressee phrases: events and audiences named by the place words are said in.
PRESS_EVENTS = ("press conference", "news conference", "press briefing", "news briefing", "briefing")
# Words that end an addressee noun phrase ("told reporters on Thursday").
ADDRESSEE_STOP = frozenset(
    """that on in at during after before about of for with by to last this when while as
    and but who which where whether if how what later earlier on yesterday today tonight
    monday tuesday wednesday thursday friday saturday sunday than from via over outside inside near""".split()
)

def _upper_class() -> str:
    """Regex class body of every upper- or title-case letter below U+2C00."""
    ranges, start, prev = [], None, None
    for cp in range(0x2C00):
        ch = chr(cp)
        ok = ch.isupper() or ch.istitle()
        if ok and start is None:
            start = cp
        if not ok and start is not None:
            ranges.append((start, prev))
            start = None
        prev = cp
    if start is not None:
        ranges.append((start, prev))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


UPPER = _upper_class()


def alternation(words) -> str:
    """A regex matching any of the words, as a trie so that a failed match fails fast."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    if optional:
        body = (body if body.startswith("(?:") else "(?:" + body + ")") + "?"
    return body


# Lower-case particles inside surnames ("de Vries", "van der Berg", "da Silva").
NAME_PARTICLES = frozenset("van von der den de da das dos du di del della ter ten".split())

# Titles that may also follow a name ("Jane Doe MP").
POST_NOMINALS = frozenset("MP MEP MSP".split())
