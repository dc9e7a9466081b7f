"""Verbs of speech (French and English) and the patterns built on them.

The word lists are data (`data/speech.json`); this module only builds the patterns, all
matched on folded text (lower case, no accents).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "speech.json"


@lru_cache(maxsize=1)
def word_lists() -> dict[str, list[str]]:
    """The lists of data/speech.json, by key."""
    with DATA.open(encoding="utf-8") as f:
        return {k: v for k, v in json.load(f).items() if not k.startswith("_")}


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True))


_W = word_lists()
FR_SPEECH = re.compile(
    rf"""\b(?:
        (?:{_alternation(_W["fr_stems"])})     # a stem: declar, indiqu, fustig ...
        (?:{_alternation(_W["fr_endings"])})   # ... with its ending: declare, declarant
      | {_alternation(_W["fr_forms"])}         # irregular forms: dit, ecrit, selon, fait valoir
      | pour\ (?:lui|elle|eux|elles)(?=\s*,)   # « Pour lui, … »
      | pour(?=\ [^,.;:!?_]{{2,60}},)            # « Pour la ministre X, … » (at a sentence's start)
    )\b""",
    re.VERBOSE,
)
EN_SPEECH = re.compile(rf"\b(?:{_alternation(_W['en_verbs'])})\b")

# Words before a quote that make it a name, not a statement ("le journal « Kommersant »").
NAMING = re.compile(rf"\b(?:{_alternation(_W['naming'])})\s*$")

# A verb after which "de"/"as"/"comme" introduce what the speaker called something:
# "a qualifié la décision de « regrettable »", "described the plan as a “step backwards”".
QUALIFY = re.compile(
    rf"""\b(?:
        (?:{_alternation(_W["qualify_fr"])})\w*
      | {_alternation(_W["qualify_en"])}
    )\b
    (?:\s+\S+){{0,8}}\s*$                      # its object, at most eight words
    """,
    re.VERBOSE,
)


# « Et d'ajouter : », « Puis de poursuivre : », « Avant de conclure : »: a narrative
# infinitive of speech opening its sentence goes on with the current speaker.
NARRATIVE = re.compile(
    rf"""^(?:et|puis|avant|mais|enfin|ensuite|avant\ meme)?\s*(?:de\s+|d')
        (?:{_alternation(_W["narrative_fr"])})\b[^:]{{0,40}}:\s*$""",
    re.VERBOSE,
)


def speech_verbs(language: str) -> re.Pattern:
    """The pattern of verbs of speech for a language ('fr' or 'en'), matched on folded text."""
    return EN_SPEECH if language == "en" else FR_SPEECH


def has_speech_verb(text: str, language: str = "fr") -> bool:
    """True when `text` (folded) contains a verb of speech of the language."""
    return bool(speech_verbs(language).search(text))
