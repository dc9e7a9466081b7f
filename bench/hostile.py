"""Hostile page-text files, generated: the shapes that probe extraction cost.

`make_shape(name, size)` returns about `size` bytes of UTF-8 text of one shape. The
shapes stress what a scraped page never looks like but a broken scraper or an attacker
can produce: one line of megabytes, a hundred thousand short lines, nothing but quote
marks, marks nested thousands deep, one word repeated, a normal article repeated.
The text is invented (fictional people and places) and deterministic.
"""

from __future__ import annotations

ARTICLE = """Le Monde diplomatique illustré
Négociations à Valdoria : Irena Castell appelle au calme
Publié le 12 mars 2021 à 10h05
La ministre des Affaires étrangères de Valdoria, Irena Castell, a rencontré mardi à Orvane son homologue de Kestria, Tomas Brevik, pour discuter du corridor frontalier.
« Nous ne renoncerons à aucune voie diplomatique tant que la population du corridor attend une solution », a déclaré Mme Castell lors d'une conférence de presse commune.
Selon le ministère de Kestria, les deux pays ont convenu de rouvrir le poste de Lunde avant l'été, une mesure demandée depuis longtemps par les habitants.
“We are ready to sign a lasting agreement if the guarantees are real,” said Tomas Brevik, adding that the talks would resume next week in Orvane.
Le porte-parole du gouvernement, Paul Ardent, a précisé que « rien n'est encore signé » et que les experts se réuniraient jeudi.
Partager sur Facebook
"""

_MARKS = "« » “ ” \" ' ‘ ’ „ ‹ › "
_OPEN = "« dit “ dit ‘ dit ‹ dit „ dit \" dit "
_CLOSE = " fin \" fin › fin ’ fin ” fin »"


def _fill(unit: str, size: int) -> str:
    """`unit` repeated to about `size` bytes (whole characters)."""
    reps = size // max(1, len(unit.encode())) + 1
    return (unit * reps)[: max(1, size * len(unit) // max(1, len(unit.encode())))]


SHAPES = {
    "one-line": lambda size: _fill(ARTICLE.replace("\n", " "), size),
    "short-lines": lambda size: _fill("Ligne courte numéro un.\n", size),
    "quote-marks": lambda size: _fill(_MARKS, size),
    "nesting": lambda size: (
        _OPEN * (size // 2 // len(_OPEN.encode())) + "paix" + _CLOSE * (size // 2 // len(_CLOSE.encode()))
    ),
    "repeated-word": lambda size: _fill("paix ", size),
    "article-repeated": lambda size: _fill(ARTICLE, size),
}


def make_shape(name: str, size: int) -> str:
    """About `size` bytes of text of the shape `name` (one of SHAPES)."""
    return SHAPES[name](size)
