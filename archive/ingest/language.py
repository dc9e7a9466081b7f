"""The language of an article, from the share of French and English function words."""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .textshape import folded as fold
from .textshape import words

_WORDS = json.loads((Path(__file__).parent / "data" / "language.json").read_text("utf-8"))
FRENCH = frozenset(_WORDS["french"])
ENGLISH = frozenset(_WORDS["english"])


def detect_language(text: str) -> str:
    """Return 'fr' or 'en' (the language whose function words are more frequent); 'fr' on a tie."""
    fr = en = 0
    for word, count in Counter(words(text[:6000])).items():
        f, e = _votes(word)
        fr += f * count
        en += e * count
    return "en" if en > fr else "fr"


@lru_cache(maxsize=50_000)
def _votes(word: str) -> tuple[int, int]:
    """(French, English) function words in one word ("qu'il" counts qu and il)."""
    parts = [p for p in fold(word).replace("’", "'").split("'") if p]
    return sum(p in FRENCH for p in parts), sum(p in ENGLISH for p in parts)
