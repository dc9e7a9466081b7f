"""People and institutions: the registry (data/speakers.json) and the entities of one article.

An entity has one canonical name (in the article's language when the registry knows it,
else the fullest form the article gives), a kind, a gender (grammatical for institutions:
"le Kremlin" is masculine, "la Maison Blanche" feminine) and the roles the text gives it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from archive.text import spelling_key

from .document import SpeakerInfo
from .textshape import fold_keep, trie_pattern
from .textshape import folded as fold

DATA = Path(__file__).parent / "data" / "speakers.json"

# Nouns that head a role ("ministre", "spokesman"); besides them, any "vice-…".
ROLE_WORDS = [
    "ministre", "president", "presidente", "porte-parole", "chef", "cheffe", "dirigeant",
    "dirigeante", "secretaire", "ambassadeur", "ambassadrice", "conseiller", "conseillere",
    "chancelier", "chanceliere", "roi", "reine", "emir", "prince", "princesse", "representant",
    "representante", "envoye", "envoyee", "negociateur", "negociatrice", "diplomate",
    "commissaire", "general", "depute", "deputee", "senateur", "senatrice", "maire",
    "gouverneur", "patron", "patronne", "leader", "homologue", "guide", "premier", "premiere",
    "minister", "spokesman", "spokeswoman", "spokesperson", "secretary", "ambassador",
    "adviser", "advisor", "chancellor", "king", "queen", "envoy", "negotiator", "chief",
    "head", "commissioner", "senator", "governor", "mayor", "counterpart", "representative",
    "director", "directeur", "directrice", "deputy", "diplomat", "official", "responsable",
    "haut-commissaire", "coordinateur", "coordinator", "fonctionnaire", "officier", "officer",
    "expert", "experte", "analyste", "analyst", "chercheur", "chercheuse", "researcher",
    "economiste", "economist", "professeur", "professeure", "professor", "collegue",
    "colleague", "judge", "procureur", "procureure", "prosecutor", "syndicaliste",
    "militant", "militante", "activist", "eveque", "bishop", "imam", "pape", "pope",
    "archeveque", "archbishop", "nonce", "patriarche", "patriarch", "cardinal",
    "colonel", "lieutenant", "capitaine", "captain", "commandant", "commander", "amiral",
    "admiral", "sergent", "sergeant", "marechal", "marshal", "prefet", "prefete",
    "sous-prefet", "sous-prefete", "eurodepute", "eurodeputee", "parlementaire", "mep",
    "mp", "td", "lawmaker", "legislator", "congressman", "congresswoman", "parliamentarian",
    # « L'honorable X », « Son Excellence X »: a person follows; « une source diplomatique »
    "honorable", "excellence", "source",
]  # fmt: skip
# One trie-shaped pattern: no two of these words match at one place and both end a word,
# so it finds what the alternation of the words in any order finds.
ROLE_HEADS = re.compile(r"\b(?:" + trie_pattern(ROLE_WORDS) + r"|vice-\w+)\b")
INSTITUTION_HEADS = re.compile(
    r"^(?:ministere|ministry|kremlin|maison[ -]blanche|white house|departement d'etat|"
    r"state department|gouvernement|government|presidence|presidency|elysee|quai d'orsay|"
    r"pentagone|pentagon|diplomatie|armee|army|commission|conseil|council|junta|onu|otan|nato|ue|"
    r"eu|union|office|ambassade|embassy|cabinet|parlement|parliament|assemblee|senat|senate|"
    r"chancellerie|chancellery|mission|delegation|organisation|organization|agence|agency|"
    r"foreign ministry|defence ministry|defense ministry|"
    r"(?:[a-z]+ )?[a-z]+(?:'s)? (?:[a-z]+ )?(?:ministry|agency|embassy|government|presidency|"
    r"mission|office|authority|authorities|commission|council|junta)|capitainerie|"
    r"prefecture|coast guard|garde-cotes|"
    r"societe civile|civil society|syndicat|trade union|collectif|coalition|federation|"
    r"autorites|authorities)"
)
FEMALE_ROLES = re.compile(
    r"\b(?:presidente|cheffe|dirigeante|ambassadrice|conseillere|chanceliere|reine|princesse|"
    r"representante|envoyee|negociatrice|deputee|eurodeputee|senatrice|patronne|premiere|directrice|"
    r"spokeswoman|queen|ministre \w+(?:aise|oise|ienne|enne|aine|ande|ise|ale) des)\b"
)
NAMES_DATA = Path(__file__).parent / "data" / "firstnames.json"
_FIRST_NAMES = json.loads(NAMES_DATA.read_text(encoding="utf-8"))
# Common first names (folded) by gender, across Europe, Russia, Ukraine, Turkey, the Middle East,
# Asia, Africa and the Americas; names given to both men and women are in neither list.
FEMALE_NAMES = frozenset(_FIRST_NAMES["female"])
MALE_NAMES = frozenset(_FIRST_NAMES["male"])
# Roles that only a man holds (English role nouns are otherwise genderless).
MALE_ROLES = re.compile(r"(?:spokesman|king|prince|chairman|congressman|businessman|roi)")
TITLES = {"m": "m", "mr": "m", "mme": "f", "mrs": "f", "ms": "f", "miss": "f", "mlle": "f"}


@dataclass
class Figure:
    """A registry entry."""

    key: str
    names: dict[str, str]  # language → name
    kind: str
    gender: str
    roles: list[str]
    aliases: list[str]


@dataclass
class Entity:
    """A person or institution of one article."""

    key: str
    name: str
    kind: str = "person"
    gender: str = ""  # "m", "f" or unknown
    roles: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    figure: Figure | None = None

    def info(self) -> SpeakerInfo:
        names = set(self.aliases)
        if self.figure:
            names |= set(self.figure.names.values()) | set(self.figure.aliases)
        role = self.roles[0] if self.roles else ""
        return SpeakerInfo(self.name, self.kind, role, sorted(names - {self.name}))


SHORT_FORMS: set[str] = set()  # aliases of 2–3 letters, matched only as written ("UN", "Xi")


@cache
def figures() -> tuple[list[Figure], dict[str, Figure], re.Pattern]:
    """Return the registry, its index by folded alias, and a pattern finding any alias."""
    items, index = [], {}
    for raw in json.loads(DATA.read_text(encoding="utf-8")):
        fig = Figure(
            key=raw["name"],
            names={"en": raw["name"], "fr": raw.get("fr") or raw["name"]},
            kind=raw.get("kind", "person"),
            gender=raw.get("gender", ""),
            roles=raw.get("roles", []),
            aliases=raw.get("aliases", []),
        )
        items.append(fig)
        for alias in [*fig.names.values(), *fig.aliases]:
            # The pattern runs on fold_keep(text), which leaves ß, œ, æ as they are.
            for key in {fold(alias), fold_keep(alias)}:
                if len(key) >= 2:
                    index.setdefault(key, fig)
                    if len(key) <= 3:
                        SHORT_FORMS.add(alias)
    pattern = re.compile(r"(?<![\w-])" + trie_pattern(list(index)) + r"(?![\w-])")
    return items, index, pattern


@cache
def _by_spelling() -> dict[str, Figure]:
    """Registry people by the spelling key of each full name and alias of two words or more."""
    index: dict[str, Figure] = {}
    for fig in figures()[0]:
        if fig.kind != "person":
            continue
        for name in [*fig.names.values(), *fig.aliases]:
            if len(name.split()) > 1:
                index.setdefault(spelling_key(name), fig)
    return index


def figure_by_spelling(name: str) -> Figure | None:
    """The registry person a name of two words or more spells another way ("Volodymyr
    Zelenski" for Volodymyr Zelensky, "Dmytro Kuleba" for Dmytro Kouleba), if any."""
    if len(name.split()) < 2:
        return None
    return _by_spelling().get(spelling_key(name))


# A capitalised word right after a lone surname, which is then the start of a longer name
# (not a weekday or a month: "said Lavrov Tuesday").
_NAME_GOES_ON = re.compile(
    r"""\ [A-ZÀ-Ý][a-zà-ÿ'’-]{2,}
        (?<!Monday)(?<!Tuesday)(?<!Wednesday)(?<!Thursday)(?<!Friday)(?<!Saturday)(?<!Sunday)
        (?<!January)(?<!February)(?<!March)(?<!April)(?<!June)(?<!July)(?<!August)
        (?<!September)(?<!October)(?<!November)(?<!December)\b""",
    re.VERBOSE,
)


@lru_cache(maxsize=50_000)
def find_figures(text: str) -> tuple[tuple[int, int, Figure], ...]:
    """Return (start, end, figure) for each registry name or alias written in `text`."""
    _, index, pattern = figures()
    low = fold_keep(text)
    out = []
    for m in pattern.finditer(low):
        alias = m.group()
        if len(alias) <= 3 and text[m.start() : m.end()] not in SHORT_FORMS:
            continue
        if alias.isalpha() and len(alias) > 3 and not text[m.start()].isupper():
            if index[alias].kind == "person":
                continue
        if (
            " " not in alias
            and index[alias].kind == "person"
            and _NAME_GOES_ON.match(text, m.end())
        ):
            continue  # "Jean-Pierre Mvondo Nkou" is not Karine Jean-Pierre: a longer name
        out.append((m.start(), m.end(), index[alias]))
    return tuple(out)


@lru_cache(maxsize=20_000)
def role_tokens(role: str) -> frozenset[str]:
    """Content words of a role ("ministre russe des Affaires étrangères" → {ministre, russe, …})."""
    stop = {
        "le",
        "la",
        "les",
        "l",
        "de",
        "du",
        "des",
        "d",
        "the",
        "of",
        "a",
        "an",
        "s",
        "et",
        "and",
    }
    toks = {t for t in re.findall(r"[a-z-]+", fold(role).replace("'", " ")) if t not in stop}
    if {"affaires", "etrangeres"} <= toks or "foreign" in toks:
        toks |= {"diplomat", "diplomate"}  # "the diplomat": the foreign ministry's people
        if toks & {"ministre", "minister", "secretaire", "secretary"}:
            # The foreign minister is the top diplomat; its ministry's spokesperson is not.
            toks |= {"chef", "diplomatie", "top"}
    if {"chef", "diplomatie"} <= toks:  # « le chef de la diplomatie russe » is the minister
        toks |= {"ministre", "minister", "diplomate", "diplomat"}
    return frozenset(toks)


# A role word in an anaphor may stand for another in the entity's role ("le dirigeant russe").
SYNONYMS = {
    "dirigeant": {
        "president",
        "presidente",
        "chef",
        "premier",
        "chancelier",
        "roi",
        "emir",
        "guide",
    },
    "dirigeante": {"presidente", "cheffe", "premiere", "chanceliere", "reine"},
    "leader": {"president", "premier", "chancellor", "king", "emir", "chief", "head", "chef"},
    # "UN chief", "NATO chief": the head of the body, whatever the title.
    "chief": {
        "secretary-general",
        "secretaire",
        "president",
        "director-general",
        "head",
        "chef",
        "leader",
        "director",
    },
    "chef": {"president", "dirigeant", "ministre"},
    "spokesperson": {"spokesman", "spokeswoman"},
    "spokesman": {"spokesperson"},
    "spokeswoman": {"spokesperson"},
    "diplomate": {"diplomatie", "ministre", "ambassadeur", "ambassadrice", "envoye", "consul"},
    "diplomat": {"diplomatie", "minister", "foreign", "ambassador", "envoy", "consul"},
    "presidente": {"president"},
    "ministre": {"minister"},
    # "the envoy" after "X's ambassador to Y"; "the DFA chief" after "DFA Secretary X"
    "envoy": {"ambassador", "representative", "emissary"},
    "ambassador": {"envoy"},
}


def role_match(anaphor: set[str], entity: Entity) -> int:
    """2 when every word of the anaphor is in one of the entity's roles, 1 via synonyms, else 0."""
    best = 0
    for role in entity.roles:
        toks = role_tokens(role)
        if anaphor <= toks:
            return 2
        # « son homologue libyenne » holds the role of the one she is the counterpart of:
        # « la ministre libyenne » may be her.
        # The nationality must match too (« le Roi » is no one's counterpart).
        # A minister's counterpart is a minister: « son homologue gambien » … « le ministre ».
        counterpart = bool(toks & {"homologue", "counterpart"}) and bool(
            anaphor & toks or anaphor <= {"ministre", "minister"}
        )
        if all(
            a in toks or SYNONYMS.get(a, set()) & toks or (counterpart and ROLE_HEADS.fullmatch(a))
            for a in anaphor
        ):
            best = 1
    return best


def gender_of(name: str, role: str = "", det: str = "") -> str:
    """Guess a person's gender from a title, a first name, a feminine role or article."""
    tokens = fold(name).replace(".", " ").split()
    if tokens and tokens[0] in TITLES:
        return TITLES[tokens[0]]
    # The first known first name: "Nuala Fitzpatrick", and "Opposition TD Nuala Fitzpatrick"
    # when a role was left before it.
    # (the first word, or one before the last: a surname may be a first name, "Wajd Moussa")
    known = [t for t in tokens[:1] + tokens[1:-1][:3] if t in FEMALE_NAMES or t in MALE_NAMES]
    first = known[0] if known else ""
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    low_role = fold(role)
    if det in ("le", "un"):
        return "m"  # « le ministre burkinabè des … »: the article tells, not the adjective
    if (
        FEMALE_ROLES.search(low_role)
        or det in ("la", "une")
        or re.search(r"\b(she|her)\b", low_role)
    ):
        return "f"
    if det in ("le", "un") or MALE_ROLES.search(low_role):
        return "m"
    # A role without a determiner says nothing ("Latvian Foreign Minister X" may be a woman).
    return ""
