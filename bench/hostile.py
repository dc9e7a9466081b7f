"""Hostile page-text files, generated: the shapes that probe extraction cost.

`make_shape(name, size)` returns about `size` bytes of UTF-8 text of one shape. The
shapes stress what a scraped page never looks like but a broken scraper or an attacker
can produce: one line of megabytes, a hundred thousand short lines, nothing but quote
marks, marks nested thousands deep, one word repeated, a normal article repeated.
The text is invented (fictional people and places) and deterministic.
"""

from __future__ import annotations

from pathlib import Path

# A normal page (invented people and places): the "article" the shapes are made of.
ARTICLE = (Path(__file__).parent / "hostile_article.txt").read_text(encoding="utf-8")

_MARKS = "« » “ ” \" ' ‘ ’ „ ‹ › "
_OPEN = '« dit “ dit ‘ dit ‹ dit „ dit " dit '
_CLOSE = ' fin " fin › fin ’ fin ” fin »'


def _fill(unit: str, size: int) -> str:
    """`unit` repeated to about `size` bytes (whole characters)."""
    reps = size // max(1, len(unit.encode())) + 1
    return (unit * reps)[: max(1, size * len(unit) // max(1, len(unit.encode())))]


SHAPES = {
    "one-line": lambda size: _fill(ARTICLE.replace("\n", " "), size),
    "short-lines": lambda size: _fill("Ligne courte numéro un.\n", size),
    "quote-marks": lambda size: _fill(_MARKS, size),
    "nesting": lambda size: (
        _OPEN * (size // 2 // len(_OPEN.encode()))
        + "paix"
        + _CLOSE * (size // 2 // len(_CLOSE.encode()))
    ),
    "repeated-word": lambda size: _fill("paix ", size),
    "article-repeated": lambda size: _fill(ARTICLE, size),
}


def make_shape(name: str, size: int) -> str:
    """About `size` bytes of text of the shape `name` (one of SHAPES)."""
    return SHAPES[name](size)
