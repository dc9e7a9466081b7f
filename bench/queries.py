"""The fixed query set: what people type, in classes timed separately.

Each query is a class name, the text typed and optional filters. Filters name a speaker
or a source by what people know them as; the harness turns that into the slug a facet
link would carry, so the page and the raw engines filter on the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Query:
    kind: str  # single | two-word | phrase | name | filtered | statements
    q: str
    speaker: str = ""  # a name, resolved to a slug before timing
    source: str = ""
    date_from: str = ""  # ISO dates
    date_to: str = ""
    language: str = ""
    mode: str = "articles"
    params: dict = field(default_factory=dict)  # filled by the harness: the page's GET

    @property
    def label(self) -> str:
        filters = [f"{k}={v}" for k, v in (
            ("speaker", self.speaker), ("source", self.source), ("from", self.date_from),
            ("to", self.date_to), ("language", self.language),
        ) if v]  # fmt: skip
        mode = " [statements]" if self.mode == "statements" else ""
        return f"{self.q} {' '.join(filters)}".strip() + mode


SINGLE = [
    "sanctions",
    "négociations",
    "cessez-le-feu",
    "réfugiés",
    "nucléaire",
    "gazoduc",
    "terrorisme",
    "Karabakh",
    "ceasefire",
    "refugees",
    "humanitaire",
    "céréales",
]
TWO_WORDS = [
    "sanctions unilatérales",
    "corridor humanitaire",
    "sécurité énergétique",
    "prisonniers guerre",
    "mer Noire",
    "peace agreement",
    "energy security",
    "Conseil sécurité",
    "droit international",
    "délégations inquiétude",
]
PHRASES = [
    '"cessez-le-feu immédiat"',
    '"la seule voie possible"',
    '"sanctions unilatérales"',
    '"frank and constructive"',
    '"communauté internationale"',
    '"maintien de la paix"',
    '"Black Sea"',
    '"respect du droit international"',
    '"Haut-Karabakh"',
    '"prisonniers de guerre"',
]
NAMES = [
    "Lavrov",
    "Poutine",
    "Putin",
    "Zelensky",
    "Zelenskyy",
    "Erdogan",
    "Erdoğan",
    "Pachinian",
    "Pashinyan",
    "Sergueï Lavrov",
    "Aliyev",
    "Çavuşoğlu",
]

FILTERED = [
    Query("filtered", "sanctions", speaker="Sergueï Lavrov"),
    Query("filtered", "négociations", speaker="Vladimir Poutine"),
    Query("filtered", "ceasefire", speaker="Antony Blinken"),
    Query("filtered", "cessez-le-feu", source="La Dépêche du Caucase"),
    Query("filtered", "sanctions", source="The Diplomatic Wire"),
    Query("filtered", "réfugiés", date_from="2020-01-01", date_to="2020-12-31"),
    Query("filtered", "humanitaire", date_from="2022-02-01", date_to="2022-03-31"),
    Query(
        "filtered",
        "gazoduc",
        source="Le Courrier diplomatique",
        date_from="2018-01-01",
        date_to="2019-12-31",
    ),
    Query("filtered", "energy", language="en"),
    Query("filtered", "", speaker="Maria Zakharova"),
]
STATEMENTS = [
    Query("statements", "sanctions", mode="statements"),
    Query("statements", "retenue", mode="statements"),
    Query("statements", "restraint", mode="statements"),
    Query("statements", '"seule voie possible"', mode="statements"),
    Query("statements", "partenaires", speaker="Sergueï Lavrov", mode="statements"),
    Query("statements", "préoccupations", speaker="Maria Zakharova", mode="statements"),
    Query(
        "statements", "escalade", date_from="2021-01-01", date_to="2021-12-31", mode="statements"
    ),
    Query("statements", "", speaker="Recep Tayyip Erdoğan", mode="statements"),
]


def query_set() -> list[Query]:
    """The fixed set, in a fixed order."""
    return [
        *(Query("single", q) for q in SINGLE),
        *(Query("two-word", q) for q in TWO_WORDS),
        *(Query("phrase", q) for q in PHRASES),
        *(Query("name", q) for q in NAMES),
        *FILTERED,
        *STATEMENTS,
    ]
